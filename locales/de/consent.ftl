# Default wording of consent sheets, German.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).
#
# Variables come from study.yaml: $controller, $controller_contact,
# $dpo_email, $legal_basis, $recipients, $retention, $authority, $committee,
# $reference. Values from study.yaml follow a colon or stand alone, so that
# any name reads correctly whatever its article or case.
# Each item has three forms: the statement ticked on a written form (first
# person), the text read aloud in verbal consent (-script, "Sie") and a
# checklist line (-label).

consent-voluntary = Ich nehme freiwillig an dieser Studie teil.
consent-voluntary-script = Die Teilnahme ist freiwillig: Sie entscheiden, ob Sie an diesem Interview teilnehmen möchten.
consent-voluntary-label = Freiwillige Teilnahme

consent-withdraw = Ich weiß, dass ich nicht jede Frage beantworten muss, dass ich jederzeit aufhören und meine Einwilligung auch später widerrufen kann, ohne Angabe von Gründen und ohne Nachteile für mich.
consent-withdraw-script = Sie müssen nicht jede Frage beantworten. Sie können jederzeit aufhören und Ihre Einwilligung auch später widerrufen, ohne Angabe von Gründen; das hat keine Nachteile für Sie.
consent-withdraw-label = Darf Fragen auslassen, aufhören oder die Einwilligung später widerrufen

consent-recording = Ich bin damit einverstanden, dass das Interview als Tonaufnahme aufgezeichnet wird. Die Aufnahme wird nur für dieses Forschungsprojekt verwendet und an niemanden sonst weitergegeben.
consent-recording-script = Mit Ihrer Erlaubnis würde ich unser Gespräch gern aufnehmen. Die Aufnahme wird nur für dieses Forschungsprojekt verwendet und an niemanden sonst weitergegeben. Sie können ablehnen und trotzdem teilnehmen.
consent-recording-label = Tonaufnahme

consent-anonymisation = Ich verstehe, dass mein Name und die Namen von Personen und Orten, die ich nenne, beim Verschriftlichen des Interviews entfernt oder ersetzt werden, sodass ich in Berichten und Veröffentlichungen nicht erkannt werden kann.
consent-anonymisation-script = Ihr Name und die Namen von Personen und Orten, die Sie nennen, werden beim Verschriftlichen des Interviews entfernt. Niemand wird Sie in unseren Veröffentlichungen erkennen können.
consent-anonymisation-label = Namen und Orte anonymisiert

consent-privacy = Ich wurde darüber informiert, wie meine personenbezogenen Daten verarbeitet werden. Verantwortlicher: { $controller }, { $controller_contact }. Datenschutzbeauftragter: { $dpo_email }. Zweck: diese wissenschaftliche Studie. Rechtsgrundlage: { $legal_basis }. Zugang zu den Daten: nur { $recipients }. Speicherdauer: { $retention }. Ich habe das Recht auf Auskunft, Berichtigung und Löschung meiner Daten, auf Einschränkung der Verarbeitung, auf Widerspruch gegen die Verarbeitung und, soweit anwendbar, auf Datenübertragbarkeit; diese Rechte kann ich über den Datenschutzbeauftragten ausüben. Ich kann Beschwerde bei der Aufsichtsbehörde einlegen: { $authority }.
consent-privacy-script = Ihre Daten werden nur für diese Studie verwendet. Verantwortlich für Ihre Daten (Verantwortlicher im Sinne der DSGVO): { $controller }, { $controller_contact }. Rechtsgrundlage: { $legal_basis }. Nur diese Personen können Ihre Daten einsehen: { $recipients }. Wie lange sie gespeichert werden: { $retention }. Sie können Einsicht in Ihre Daten, ihre Berichtigung oder Löschung oder eine Einschränkung ihrer Verwendung verlangen; Sie können ihrer Verwendung auch widersprechen und, soweit anwendbar, Ihre Daten in einem gängigen Format erhalten: Wenden Sie sich dafür an den Datenschutzbeauftragten unter { $dpo_email }. Sie können sich auch bei der Aufsichtsbehörde beschweren: { $authority }.
consent-privacy-label = Über personenbezogene Daten (DSGVO) informiert

# Added to the privacy item when study.yaml sets `privacy.special_categories: true`.
consent-privacy-special = Manches von dem, was ich erzähle, kann besondere Kategorien personenbezogener Daten offenlegen (zum Beispiel meine Herkunft, Religion oder Gesundheit); sie werden zu wissenschaftlichen Forschungszwecken mit geeigneten Garantien verarbeitet (Art. 9 Abs. 2 lit. j und Art. 89 DSGVO).
consent-privacy-special-script = Was Sie mir erzählen, kann etwas über Ihre Herkunft, Ihre Religion oder Ihre Gesundheit verraten. Das Gesetz schützt solche Daten besonders: Wir verwenden sie nur für dieses Forschungsprojekt, mit zusätzlichen Schutzmaßnahmen (Art. 9 Abs. 2 lit. j und Art. 89 DSGVO).

consent-ethics = Ich weiß, dass diese Studie von der Ethikkommission genehmigt wurde ({ $committee }, Aktenzeichen { $reference }) und dass ich der Forscherin oder dem Forscher jetzt oder später alle Fragen dazu stellen kann.
consent-ethics-script = Diese Studie wurde von der Ethikkommission genehmigt ({ $committee }, Aktenzeichen { $reference }). Sie können mir jetzt oder später Fragen zur Studie stellen.
consent-ethics-label = Genehmigung durch die Ethikkommission erklärt, Fragen beantwortet

privacy-default-legal-basis = Wahrnehmung einer Aufgabe im öffentlichen Interesse (wissenschaftliche Forschung; Art. 6 Abs. 1 lit. e und Art. 89 DSGVO)
privacy-default-recipients = das Forschungsteam

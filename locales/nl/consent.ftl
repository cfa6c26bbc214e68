# Standaardtekst van toestemmingsformulieren, Nederlands.
# Reviewed by a native speaker: yes
#
# Variabelen komen uit study.yaml: $controller, $controller_contact,
# $dpo_email, $legal_basis, $recipients, $retention, $authority, $committee,
# $reference (en $institution, $title, $contact). Namen en andere waarden uit
# study.yaml staan altijd na een dubbelepunt of op zichzelf, zodat elke naam
# klopt, met of zonder lidwoord.
# Elk onderdeel heeft drie vormen: de uitspraak die op een schriftelijk
# formulier wordt aangevinkt, de tekst die bij mondelinge toestemming wordt
# voorgelezen (-script) en een regel voor de checklist (-label). Het
# schriftelijke formulier spreekt in de ik-vorm; het voorgelezen script
# spreekt de respondent aan met "je", zoals in een gesprek.

consent-voluntary = Ik neem vrijwillig deel aan dit onderzoek.
consent-voluntary-script = Deelnemen is vrijwillig: jij beslist of je dit interview wilt doen.
consent-voluntary-label = Vrijwillige deelname

consent-withdraw = Ik weet dat ik niet op elke vraag hoef te antwoorden, dat ik op elk moment kan stoppen en dat ik mijn toestemming later kan intrekken, zonder een reden te geven en zonder gevolgen voor mij.
consent-withdraw-script = Je hoeft niet op elke vraag te antwoorden. Je kunt op elk moment stoppen, en je kunt je toestemming ook later intrekken, zonder een reden te geven; dat heeft geen gevolgen voor jou.
consent-withdraw-label = Mag vragen overslaan, stoppen of toestemming later intrekken

consent-recording = Ik ga ermee akkoord dat het interview wordt opgenomen. De opname wordt alleen voor dit onderzoek gebruikt en met niemand anders gedeeld.
consent-recording-script = Als je het goed vindt, neem ik ons gesprek op. De opname wordt alleen voor dit onderzoek gebruikt en met niemand anders gedeeld. Je kunt nee zeggen en toch deelnemen.
consent-recording-label = Opname van het gesprek

consent-anonymisation = Ik begrijp dat mijn naam en de namen van personen en plaatsen die ik noem, worden weggelaten of vervangen wanneer het interview wordt uitgeschreven, zodat ik in verslagen en publicaties niet herkenbaar ben.
consent-anonymisation-script = Je naam, en de namen van personen en plaatsen die je noemt, worden weggelaten wanneer het interview wordt uitgeschreven. Niemand zal jou kunnen herkennen in wat we publiceren.
consent-anonymisation-label = Namen en plaatsen geanonimiseerd

consent-privacy = Ik ben geïnformeerd over de verwerking van mijn persoonsgegevens. Verwerkingsverantwoordelijke: { $controller }, { $controller_contact }. Functionaris voor gegevensbescherming: { $dpo_email }. Doel: dit wetenschappelijk onderzoek. Rechtsgrond: { $legal_basis }. Toegang tot de gegevens: alleen { $recipients }. Bewaartermijn: { $retention }. Ik heb het recht op inzage, verbetering en wissing van mijn gegevens, op beperking van en bezwaar tegen de verwerking en, waar dat van toepassing is, op overdraagbaarheid van mijn gegevens; ik kan die rechten uitoefenen via de functionaris voor gegevensbescherming. Ik kan een klacht indienen bij de toezichthoudende autoriteit: { $authority }.
consent-privacy-script = Je gegevens worden alleen voor dit onderzoek gebruikt. Verantwoordelijk voor je gegevens (de verwerkingsverantwoordelijke): { $controller }, { $controller_contact }. Rechtsgrond: { $legal_basis }. Alleen deze mensen kunnen je gegevens inzien: { $recipients }. Hoe lang ze bewaard worden: { $retention }. Je mag vragen om je gegevens in te zien, te verbeteren of te wissen, om het gebruik ervan te beperken of er bezwaar tegen te maken en, waar dat van toepassing is, om ze in een bruikbare vorm te krijgen: neem contact op met de functionaris voor gegevensbescherming via { $dpo_email }. Je kunt ook een klacht indienen bij de toezichthoudende autoriteit: { $authority }.
consent-privacy-label = Informatie over persoonsgegevens (AVG) gegeven

# Toegevoegd aan het onderdeel privacy wanneer study.yaml `privacy.special_categories: true` zet.
consent-privacy-special = Wat ik vertel, kan bijzondere categorieën van persoonsgegevens onthullen (bijvoorbeeld over mijn afkomst, godsdienst of gezondheid); die worden verwerkt voor wetenschappelijk onderzoek, met passende waarborgen (AVG art. 9, lid 2, j) en art. 89).
consent-privacy-special-script = Wat je me vertelt, kan iets zeggen over je afkomst, je godsdienst of je gezondheid. De wet beschermt zulke gegevens extra: we gebruiken ze alleen voor dit onderzoek, met extra waarborgen (AVG art. 9, lid 2, j) en art. 89).

consent-ethics = Ik weet dat dit onderzoek is goedgekeurd door de ethische commissie { $committee } (referentie { $reference }) en dat ik de onderzoeker er nu of later vragen over kan stellen.
consent-ethics-script = Dit onderzoek is goedgekeurd door de ethische commissie { $committee } (referentie { $reference }). Je kunt me nu of later vragen stellen over het onderzoek.
consent-ethics-label = Ethische goedkeuring uitgelegd, vragen beantwoord

privacy-default-legal-basis = een taak van algemeen belang (wetenschappelijk onderzoek; AVG art. 6, lid 1, e) en art. 89)
privacy-default-recipients = het onderzoeksteam

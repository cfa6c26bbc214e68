# Default wording of consent sheets, Spanish.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).
#
# Variables come from study.yaml: $controller, $controller_contact,
# $dpo_email, $legal_basis, $recipients, $retention, $authority, $committee,
# $reference. Values from study.yaml follow a colon or stand alone, so that
# any name reads correctly with or without an article.
# Each item has three forms: the statement ticked on a written form (first
# person), the text read aloud in verbal consent (-script, "usted") and a
# checklist line (-label).

consent-voluntary = Participo voluntariamente en este estudio.
consent-voluntary-script = La participación es voluntaria: usted decide si quiere hacer esta entrevista.
consent-voluntary-label = Participación voluntaria

consent-withdraw = Sé que no estoy obligado/a a responder a todas las preguntas, que puedo parar en cualquier momento y que puedo retirar mi consentimiento más adelante, sin dar explicaciones y sin ninguna consecuencia para mí.
consent-withdraw-script = No está obligado/a a responder a todas las preguntas. Puede parar en cualquier momento, y también puede retirar su consentimiento más adelante, sin dar explicaciones; esto no tiene ninguna consecuencia para usted.
consent-withdraw-label = Puede saltarse preguntas, parar o retirar el consentimiento más adelante

consent-recording = Acepto que la entrevista se grabe en audio. La grabación se utiliza solo para esta investigación y no se comparte con nadie más.
consent-recording-script = Con su permiso, me gustaría grabar nuestra conversación. La grabación se utiliza solo para esta investigación y no se comparte con nadie más. Puede decir que no y participar igualmente.
consent-recording-label = Grabación de audio

consent-anonymisation = Entiendo que mi nombre y los nombres de personas y lugares que mencione se eliminan o se sustituyen al transcribir la entrevista, de modo que no se me pueda reconocer en informes ni publicaciones.
consent-anonymisation-script = Su nombre, y los nombres de personas y lugares que mencione, se eliminan al transcribir la entrevista. Nadie podrá reconocerle en lo que publiquemos.
consent-anonymisation-label = Nombres y lugares anonimizados

consent-privacy = He sido informado/a de cómo se tratan mis datos personales. Responsable del tratamiento: { $controller }, { $controller_contact }. Delegado de protección de datos: { $dpo_email }. Finalidad: este estudio científico. Base jurídica: { $legal_basis }. Acceso a los datos: solo { $recipients }. Plazo de conservación: { $retention }. Tengo derecho a acceder a mis datos, rectificarlos y suprimirlos, a limitar su tratamiento o a oponerme a él y, cuando proceda, a la portabilidad de mis datos; puedo ejercer estos derechos a través del delegado de protección de datos. Puedo presentar una reclamación ante la autoridad de control: { $authority }.
consent-privacy-script = Sus datos se utilizan solo para este estudio. Responsable de sus datos (responsable del tratamiento): { $controller }, { $controller_contact }. Base jurídica: { $legal_basis }. Solo estas personas pueden ver sus datos: { $recipients }. Cuánto tiempo se conservan: { $retention }. Puede pedir ver, corregir o suprimir sus datos, limitar su uso u oponerse a él y, cuando proceda, recibirlos en un formato utilizable: póngase en contacto con el delegado de protección de datos en la dirección { $dpo_email }. También puede presentar una reclamación ante la autoridad de control: { $authority }.
consent-privacy-label = Información sobre datos personales (RGPD) facilitada

# Added to the privacy item when study.yaml sets `privacy.special_categories: true`.
consent-privacy-special = Parte de lo que diga puede revelar categorías especiales de datos personales (por ejemplo, mi origen, mi religión o mi salud); se tratan con fines de investigación científica, con las garantías adecuadas (artículos 9.2.j) y 89 del RGPD).
consent-privacy-special-script = Parte de lo que me cuente puede revelar algo sobre su origen, su religión o su salud. La ley protege especialmente estos datos: los utilizamos solo para esta investigación, con garantías adicionales (artículos 9.2.j) y 89 del RGPD).

consent-ethics = Sé que este estudio ha sido aprobado por el comité de ética { $committee } (referencia { $reference }) y que puedo hacer a la persona investigadora cualquier pregunta sobre el estudio, ahora o más adelante.
consent-ethics-script = Este estudio ha sido aprobado por el comité de ética { $committee } (referencia { $reference }). Puede hacerme preguntas sobre el estudio ahora o más adelante.
consent-ethics-label = Aprobación ética explicada, preguntas respondidas

privacy-default-legal-basis = el cumplimiento de una misión realizada en interés público (investigación científica; artículos 6.1.e) y 89 del RGPD)
privacy-default-recipients = el equipo de investigación

# The sample study that `enquete new` writes, Spanish. Every text is an
# example that the researcher replaces with their own; keep it plain and
# neutral. Messages are written into YAML as they are: keep the ids, and
# keep `{ $organisation }`, `{ $city }` and `{ $programme }` in the letter.
# Register: "usted", as in enquete.ftl and consent.ftl.
# Reviewed by a native speaker: no

study-title = Estudio de ejemplo: participar en un programa de voluntariado
study-intro = Este estudio examina cómo viven el programa las personas participantes. Sustituya este texto por la introducción de su propio estudio.
institution = Universidad de Ejemplo
researcher-role = Investigador/a
privacy-controller = Universidad de Ejemplo
privacy-retention = 10 años después de la publicación
privacy-authority = la autoridad nacional de protección de datos
programme = el programa de voluntariado

guide-title = Guion de entrevista para participantes
guide-intro = Gracias por participar en esta entrevista.
section-start = Introducción
section-start-instructions = Preséntese, explique el estudio y repase el consentimiento con la persona entrevistada antes de empezar.
question-code = Código de participante
question-code-help = El código que figura en el formulario de consentimiento; nunca un nombre.
question-joined = ¿Cómo llegó a participar en el programa?
probe-heard = ¿Quién le habló del programa?
probe-expected = ¿Qué esperaba del programa?
question-joined-note = Deje que la persona entrevistada cuente la historia con sus propias palabras; no sugiera respuestas.
question-since = ¿Desde cuándo participa?
question-age = ¿Qué edad tiene?
section-programme = El programa
question-activities = ¿Qué hace en el programa?
option-meeting = Conocer a gente nueva
option-language = Practicar el idioma
option-leisure = Actividades de ocio
question-frequency = ¿Con qué frecuencia participa?
option-weekly = Cada semana
option-monthly = Cada mes
option-less = Con menos frecuencia
question-satisfaction = ¿Cuál es su grado de satisfacción con el programa?
scale-low = nada
scale-high = totalmente
note-last-part = Agradezca a la persona entrevistada las respuestas dadas hasta ahora y anuncie la última parte de la entrevista.
section-change = El cambio más significativo
question-change = Mirando atrás, ¿cuál fue para usted el cambio más significativo?
change-period = desde que empezó en el programa

survey-title = Breve cuestionario al finalizar el programa
survey-section = Su experiencia
question-recommend = ¿Recomendaría el programa a otras personas?
option-yes = Sí
option-no = No
option-unsure = No estoy seguro/a
question-change-wish = ¿Qué cambiaría del programa?

consent-written-title = Consentimiento informado
consent-verbal-title = Consentimiento informado (oral)
consent-purpose = Este estudio quiere comprender cómo viven el programa las personas participantes. La entrevista dura aproximadamente una hora.

letter-title = Invitación a participar en una entrevista
letter-body =
    Estimado lector, estimada lectora:

    A través de { $organisation } en { $city } usted participa en { $programme }. Nos gustaría conocer su experiencia en una entrevista de aproximadamente una hora, en el lugar y el momento que mejor le convengan.

    La participación es voluntaria. Si desea participar o tiene alguna pregunta, póngase en contacto con nosotros.

# Interface strings of enquete, Spanish. A study overrides any message by
# defining it again in its own locales/es/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Register: "usted", as on a university information sheet.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).

language-name = Español
skip-to-content = Ir al contenido
languages = Idiomas
not-translated = aún sin traducir
made-with = Hecho con enquete. Esta página no envía nada a ningún sitio; las respuestas se quedan en este navegador hasta que usted las exporte.
version = versión
definition-hash = Huella digital de la definición del cuestionario
footer-version = versión { $version }
page-x-of-y = página { $page } de { $pages }
study = Estudio
colon = :

## Home page
questionnaires = Cuestionarios
documents = Información y consentimiento
printable-version = Versión para imprimir
kind-interview = Guion de entrevista
kind-survey = Cuestionario
kind-consent-written = Formulario de consentimiento escrito
kind-consent-verbal = Guion de consentimiento oral
kind-letter = Carta de invitación
kind-codebook = Esquema de codificación para el análisis
codebook-title = Libro de códigos
codebook-intro = El esquema de codificación para analizar las respuestas: cada código, lo que abarca y las preguntas cuyas respuestas se codifican con él.
codebook-questions = Preguntas codificadas con él
bilingual-versions = Versiones bilingües
bilingual-pair = { $a } / { $b }
contact = Contacto
ethics-approval = Aprobado por el comité de ética { $committee } (referencia { $reference }).
letter-variants-intro = Esta carta tiene varias versiones; abra una para imprimirla.
all-variants = Todas las versiones de esta carta

## Durations and counts
duration-minutes = { $min } min
duration-range = { $min }–{ $max } min
question-count = { $count ->
    [one] { $count } pregunta
    [many] { $count } de preguntas
   *[other] { $count } preguntas
}
planned = Tiempo previsto
actual-time = Real
consent-reminder = Consentimiento obtenido antes de la primera pregunta

## Forms
web-form = Formulario web
print = Imprimir
consent-document = Consentimiento
no-script = JavaScript está desactivado: puede leer e imprimir esta página, pero las respuestas no se guardan.
encrypted-note = Las respuestas se cifran en este dispositivo antes de exportarse o enviarse: solo el equipo de investigación puede abrirlas.
respondent-code = Código de participante
respondent-code-help = Un código como R07, nunca un nombre.
respondent-code-never-name = Código de participante (nunca un nombre)
sections = Partes
interviewer-instructions = Para la persona entrevistadora
interviewer-note = Nota para la persona entrevistadora
interviewer = Entrevistador/a
required = obligatorio
optional = opcional
other = Otro
other-specify = Otro (especifique)
msc-period = Período
msc-story = La historia: ¿qué cambió?
msc-why = ¿Por qué es este el cambio más significativo para usted?
probes = Preguntas de seguimiento (marcar al hacerlas)
notes = Notas de la persona entrevistadora
notes-on = Notas sobre la pregunta
submit = Enviar las respuestas
date = Fecha
time = Hora

## Consent and letters
consent-purpose = Objetivo del estudio
consent-statements = Declaración
consent-tick = Marque cada afirmación con la que esté de acuerdo.
consent-yes = Sí
consent-no = No
consent-two-copies = Este formulario se firma por duplicado: un ejemplar para la persona participante y otro para la persona investigadora.
signatures = Firmas
participant = Participante
researcher = Investigador/a
name = Nombre
signature = Firma
consent-script = Texto para leer en voz alta
consent-script-instruction = Lea cada parte a la persona participante y compruebe que la ha entendido antes de continuar.
consent-checklist = Lista de control de la persona entrevistadora
consent-item = Punto
consent-agreed = Aceptado
consent-refused = Rechazado
consent-recorded = El propio consentimiento se grabó en audio
interviewer-initials = Iniciales de la persona entrevistadora
letter-qr = Escanee para abrir la página del estudio en este idioma:
letter-address = Pegue aquí la etiqueta con la dirección o escriba la dirección (esta indicación no se imprime)
continue-to-site = Continuar al estudio

## Script (enquete.js): saving, sessions, exports, clocks, validation
js-sessions = Participante en este dispositivo
js-no-code = aún sin código
js-new-session = Nuevo participante
js-delete-session = Borrar estas respuestas
js-delete-confirm = ¿Borrar de este dispositivo las respuestas de { $code }? No se puede deshacer.
js-deleted = Las respuestas se han borrado de este dispositivo.
js-export-json = Exportar en JSON
js-export-csv = Exportar en CSV
js-export-md = Exportar en Markdown
js-import = Importar JSON
js-import-done = Respuestas importadas: { $code }.
js-import-invalid = Este archivo no es un archivo de respuestas de enquete ({ $reason }). No se ha cambiado nada.
js-import-wrong = Este archivo contiene respuestas a otro cuestionario ({ $id }).
js-encrypt-failed = No se ha exportado ni enviado nada: este navegador no pudo cifrar las respuestas ({ $reason }). Siguen guardadas en este dispositivo. Abra la página desde un archivo o por https, en un navegador actualizado, y vuelva a intentarlo.
js-import-encrypted = Este archivo está cifrado con la clave del estudio, así que ningún navegador puede abrirlo: el equipo de investigación lo abre con enquete. No se ha cambiado nada.
js-saving = Guardando…
js-saved = Guardado en este navegador a las { $time }.
js-restored = Respuestas recuperadas: { $code }.
js-not-saved = No se pueden guardar las respuestas en este navegador (navegación privada, almacenamiento bloqueado o lleno). Mantenga la página abierta y exporte las respuestas antes de cerrarla.
js-code-taken = Ya hay respuestas de { $code } en este dispositivo: se muestran ahora.
js-downloaded = Guardado como el archivo { $file }.
js-unexported = Algunas respuestas aún no se han exportado.
js-progress = { $answered } de { $total } preguntas respondidas
js-clock-start = Iniciar el cronómetro
js-clock-pause = Pausar el cronómetro
js-clock-total = Duración de la entrevista
js-clock-section = Tiempo en esta parte
js-required-missing = Responda a esta pregunta.
js-errors-summary = Algunas preguntas necesitan respuesta ({ $count }):
js-submitted = Sus respuestas se han enviado y el estudio las ha recibido.
js-submit-failed = No se han podido enviar sus respuestas ({ $reason }). Siguen guardadas en este navegador: inténtelo de nuevo más tarde.
js-dismiss = Ocultar
js-privacy-file = Esta página se ha abierto desde un archivo. Todas las páginas abiertas desde archivos en este navegador comparten un mismo almacenamiento, así que cualquier archivo HTML abierto en este ordenador podría leer las respuestas guardadas aquí. En un ordenador compartido, exporte las respuestas y elimínelas de este dispositivo.
js-orphans-title = Respuestas a preguntas que ya no están en este guion
js-orphans-help = El guion ha cambiado desde que se guardaron estas respuestas. Se conservan aquí y en cada exportación.
js-definition-changed = Este guion ha cambiado desde que se guardaron estas respuestas: preguntas nuevas: { $added }; preguntas eliminadas: { $removed }. Las respuestas se asocian pregunta por pregunta; una respuesta a una pregunta eliminada se conserva y se exporta.
js-definition-changed-since = Este guion ha cambiado desde que se guardaron estas respuestas. Las respuestas se asocian pregunta por pregunta; las respuestas a preguntas que ya no están en el guion ({ $removed }) se conservan y se exportan.
js-open-elsewhere = { $code } también está abierto en otra pestaña o ventana. Los cambios hechos allí aparecen aquí; de cada respuesta se conserva la versión más reciente.
js-exported-removed = Guardado como el archivo { $file } y eliminado de este dispositivo.
js-import-cancelled = Importación cancelada: no se ha cambiado nada.
js-import-merged = Las respuestas del archivo se han combinado con las que ya había en este dispositivo para { $code }. La versión anterior se conserva hasta la próxima exportación.
js-undo-import = Deshacer la importación
js-import-undone = Importación deshecha: las respuestas de { $code } vuelven a estar como antes.
js-mail-opened = Su programa de correo electrónico debería abrir ahora un mensaje para { $address } con sus respuestas. Envíe ese mensaje para terminar.
js-mail-attach-body = Mis respuestas están en el archivo adjunto { $file }.
js-mail-too-long = Sus respuestas son demasiado largas para un enlace de correo electrónico, así que se han guardado como el archivo { $file } en las descargas de su navegador. Adjunte ese archivo a un correo electrónico para { $address }.
js-download-done = Sus respuestas se han guardado como el archivo { $file } en la carpeta de descargas de su navegador.
js-thanks-title = Gracias
js-forget-answers = Eliminar mis respuestas de este navegador
js-forgotten = Sus respuestas se han eliminado de este navegador.
js-bar = Entrevista
js-menu = Sesión
js-export-all = Exportar las respuestas de todos los participantes (JSON)
js-send = Enviar las respuestas
js-remove-after-export = Eliminar a este participante de este dispositivo tras exportar en JSON
js-shortcuts = Atajos de teclado
js-clock-stopped = El cronómetro estaba en marcha cuando se cerró la página; está en pausa en { $time }.
js-conflicts-title = Respuestas modificadas en ambos lados: { $code }
js-conflicts-help = Estas respuestas se han modificado tanto en este dispositivo como en el archivo desde la última exportación de este dispositivo. Elija la versión que desea conservar; la otra se podrá recuperar hasta la próxima exportación.
js-conflict-mine = Este dispositivo ({ $time }):
js-conflict-theirs = El archivo ({ $time }):
js-conflicts-merge = Combinar
js-conflicts-cancel = Cancelar la importación
js-skip-to-questions = Ir a las preguntas
js-key-next = Siguiente pregunta
js-key-previous = Pregunta anterior
js-key-unanswered = Siguiente pregunta sin responder
js-key-clock = Iniciar o pausar el cronómetro
js-key-probe = Marcar la siguiente pregunta de seguimiento
js-key-notes = Notas sobre esta pregunta
js-key-mark = Insertar el tiempo del cronómetro, por ejemplo [12:40], en una nota o una respuesta
js-key-help = Esta lista
js-close = Cerrar
js-found-elsewhere = Este navegador también guarda respuestas a este cuestionario procedentes de otra compilación de un estudio, hecha antes de que se modificara su study.yaml (participantes: { $count }). Si pertenecen a este estudio, incorpórelas aquí.
js-take-found = Incorporarlas a este estudio
js-taken-found = Respuestas incorporadas a este estudio (participantes: { $count }).

## Skip logic: when a question or section applies (show_if)
routing-only-if = Solo si { $condition }
routing-equals = la pregunta { $number } es «{ $value }»
routing-not-equals = la pregunta { $number } no es «{ $value }»
routing-includes = «{ $value }» está marcado en la pregunta { $number }
routing-not-includes = «{ $value }» no está marcado en la pregunta { $number }
routing-at-least = la respuesta a la pregunta { $number } es { $value } o más
routing-at-most = la respuesta a la pregunta { $number } es { $value } o menos
routing-on-or-after = la respuesta a la pregunta { $number } es el { $value } o después
routing-on-or-before = la respuesta a la pregunta { $number } es el { $value } o antes
routing-answered = la pregunta { $number } tiene respuesta
routing-not-answered = la pregunta { $number } no tiene respuesta
routing-and = y
routing-or = o
routing-not = no es cierto que { $condition }
# On paper, under a question that later questions depend on.
routing-go-to = Si «{ $value }», pase a la pregunta { $number }
# In a transcript, under a question that did not apply to the respondent.
not-applicable = No procede, según las respuestas anteriores
js-shown-now = Ahora se muestra: { $question }

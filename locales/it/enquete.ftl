# Interface strings of enquete, Italian. A study overrides any message by
# defining it again in its own locales/it/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Register: "Lei", as on a university information sheet.

language-name = Italiano
skip-to-content = Vai al contenuto
languages = Lingue
not-translated = non ancora tradotto
made-with = Realizzato con enquete. Questa pagina non invia nulla; le risposte restano in questo browser finché non le esporta.
version = versione
definition-hash = Impronta della definizione del questionario
footer-version = versione { $version }
page-x-of-y = pagina { $page } di { $pages }
study = Studio
colon = :

## Home page
questionnaires = Questionari
documents = Informazioni e consenso
printable-version = Versione stampabile
kind-interview = Traccia di intervista
kind-survey = Questionario
kind-consent-written = Modulo di consenso scritto
kind-consent-verbal = Testo per il consenso orale
kind-letter = Lettera di invito
bilingual-versions = Versioni bilingui
bilingual-pair = { $a } e { $b }
contact = Contatti
ethics-approval = Approvato dal comitato etico { $committee } (riferimento { $reference }).
letter-variants-intro = Questa lettera esiste in più versioni; ne apra una per stamparla.
all-variants = Tutte le versioni di questa lettera

## Durations and counts
duration-minutes = { $min } min
duration-range = { $min }–{ $max } min
question-count = { $count ->
    [one] { $count } domanda
    [many] { $count } di domande
   *[other] { $count } domande
}
planned = Previsto

## Forms
web-form = Modulo web
print = Stampa
consent-document = Consenso
no-script = JavaScript è disattivato: può leggere e stampare questa pagina, ma le risposte non vengono salvate.
respondent-code = Codice del partecipante
respondent-code-help = Un codice come R07, mai un nome.
respondent-code-never-name = Codice del partecipante (mai un nome)
sections = Parti
interviewer-instructions = Per chi intervista
interviewer-note = Nota per chi intervista
interviewer = Intervistatore/intervistatrice
required = obbligatorio
optional = facoltativo
other = Altro
other-specify = Altro (specificare)
msc-period = Periodo
msc-story = La storia: che cosa è cambiato?
msc-why = Perché questo cambiamento è il più importante per Lei?
probes = Domande di approfondimento (spuntare quando poste)
notes = Note di chi intervista
notes-on = Note sulla domanda
submit = Invia le risposte
date = Data
time = Ora

## Consent and letters
consent-purpose = Scopo dello studio
consent-statements = Dichiarazione
consent-tick = Spunti ogni affermazione con cui è d’accordo.
consent-yes = Sì
consent-no = No
consent-two-copies = Questo modulo si firma in due copie: una per la persona partecipante, una per chi conduce la ricerca.
signatures = Firme
participant = Partecipante
researcher = Ricercatore/ricercatrice
name = Nome
signature = Firma
consent-script = Testo da leggere ad alta voce
consent-script-instruction = Legga ogni parte alla persona partecipante e verifichi che sia stata compresa prima di proseguire.
consent-checklist = Lista di controllo di chi intervista
consent-item = Punto
consent-agreed = Accettato
consent-refused = Rifiutato
consent-recorded = Il consenso stesso è stato registrato
interviewer-initials = Iniziali di chi intervista
letter-qr = Scansioni per aprire la pagina dello studio in questa lingua:
continue-to-site = Continua verso lo studio

## Script (enquete.js): saving, sessions, exports, clocks, validation
js-sessions = Partecipante su questo dispositivo
js-no-code = ancora nessun codice
js-new-session = Nuovo partecipante
js-delete-session = Elimina queste risposte
js-delete-confirm = Eliminare da questo dispositivo le risposte di { $code }? L’operazione non si può annullare.
js-deleted = Le risposte sono state eliminate da questo dispositivo.
js-export-json = Esporta in JSON
js-export-csv = Esporta in CSV
js-export-md = Esporta in Markdown
js-import = Importa JSON
js-import-done = Risposte importate: { $code }.
js-import-invalid = Questo file non è un file di risposte esportato da enquete.
js-import-wrong = Questo file contiene le risposte a un altro questionario ({ $id }).
js-import-other-version = Questo file proviene da un’altra versione di questo questionario: le risposte vengono riprese domanda per domanda.
js-saving = Salvataggio…
js-saved = Salvato in questo browser alle { $time }.
js-restored = Risposte ripristinate: { $code }.
js-not-saved = Non è possibile salvare le risposte in questo browser (navigazione privata, memoria bloccata o piena). Tenga aperta la pagina ed esporti le risposte prima di chiuderla.
js-code-taken = Su questo dispositivo esistono già risposte di { $code }: ora vengono mostrate.
js-downloaded = Salvato nel file { $file }.
js-unexported = Alcune risposte non sono ancora state esportate.
js-progress = { $answered } domande su { $total } con risposta
js-clock-start = Avvia il cronometro
js-clock-pause = Metti in pausa il cronometro
js-clock-total = Durata dell’intervista
js-clock-section = Tempo in questa parte
js-required-missing = Risponda a questa domanda.
js-errors-summary = Alcune domande attendono una risposta ({ $count }):
js-submitted = Grazie: le Sue risposte sono state inviate.
js-submit-failed = Non è stato possibile inviare le Sue risposte ({ $reason }). Restano salvate in questo browser: riprovi più tardi.

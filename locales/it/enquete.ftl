# Interface strings of enquete, Italian. A study overrides any message by
# defining it again in its own locales/it/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Register: "Lei", as on a university information sheet.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).

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
kind-codebook = Schema di codifica per l’analisi
codebook-title = Libro dei codici
codebook-intro = Lo schema di codifica per l’analisi delle risposte: ogni codice, che cosa comprende e le domande le cui risposte vengono codificate con esso.
codebook-questions = Domande codificate con esso
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
planned = Durata prevista
actual-time = Effettivo
consent-reminder = Consenso ottenuto prima della prima domanda

## Forms
web-form = Modulo web
print = Stampa
consent-document = Consenso
no-script = JavaScript è disattivato: può leggere e stampare questa pagina, ma le risposte non vengono salvate.
encrypted-note = Le risposte vengono cifrate su questo dispositivo prima di essere esportate o inviate: solo il gruppo di ricerca può aprirle.
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
consent-two-copies = Questo modulo viene firmato in duplice copia: una per la persona partecipante, una per chi conduce la ricerca.
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
consent-recorded = Il consenso stesso è stato registrato in audio
interviewer-initials = Iniziali di chi intervista
letter-qr = Scansioni il codice QR per aprire la pagina dello studio in questa lingua:
letter-address = Incolli qui l’etichetta con l’indirizzo o scriva l’indirizzo (questa indicazione non viene stampata)
continue-to-site = Vai allo studio

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
js-import-invalid = Questo file non è un file di risposte di enquete ({ $reason }). Non è stato modificato nulla.
js-import-wrong = Questo file contiene le risposte a un altro questionario ({ $id }).
js-encrypt-failed = Non è stato esportato né inviato nulla: questo browser non è riuscito a cifrare le risposte ({ $reason }). Restano salvate su questo dispositivo. Apra la pagina da un file o tramite https, in un browser aggiornato, e riprovi.
js-import-encrypted = Questo file è cifrato con la chiave dello studio, quindi nessun browser può aprirlo: il gruppo di ricerca lo apre con enquete. Non è stato modificato nulla.
js-saving = Salvataggio…
js-saved = Salvato in questo browser alle { $time }.
js-restored = Risposte ripristinate: { $code }.
js-not-saved = Non è possibile salvare le risposte in questo browser (navigazione privata, memoria bloccata o piena). Tenga aperta la pagina ed esporti le risposte prima di chiuderla.
js-code-taken = Su questo dispositivo esistono già risposte di { $code }: ora vengono mostrate.
js-downloaded = Salvato nel file { $file }.
js-unexported = Alcune risposte non sono ancora state esportate.
js-progress = Domande con risposta: { $answered } su { $total }
js-clock-start = Avvia il cronometro
js-clock-pause = Metti in pausa il cronometro
js-clock-total = Durata dell’intervista
js-clock-section = Tempo in questa parte
js-required-missing = Risponda a questa domanda.
js-errors-summary = Alcune domande richiedono una risposta ({ $count }):
js-submitted = Le Sue risposte sono state inviate e lo studio le ha ricevute.
js-submit-failed = Non è stato possibile inviare le Sue risposte ({ $reason }). Restano salvate in questo browser: riprovi più tardi.
js-dismiss = Nascondi
js-privacy-file = Questa pagina è aperta da un file. Tutte le pagine aperte da file in questo browser condividono un unico spazio di memoria, quindi qualsiasi file HTML aperto su questo computer potrebbe leggere le risposte conservate qui. Su un computer condiviso, esporti le risposte e le rimuova da questo dispositivo.
js-orphans-title = Risposte a domande non più presenti in questa traccia
js-orphans-help = La traccia è cambiata da quando queste risposte sono state salvate. Sono conservate qui e in ogni esportazione.
js-definition-changed = Questa traccia è cambiata da quando queste risposte sono state salvate: nuove domande: { $added }; domande rimosse: { $removed }. Le risposte sono abbinate domanda per domanda; una risposta a una domanda rimossa viene conservata ed esportata.
js-definition-changed-since = Questa traccia è cambiata da quando queste risposte sono state salvate. Le risposte sono abbinate domanda per domanda; le risposte a domande non più presenti nella traccia ({ $removed }) vengono conservate ed esportate.
js-open-elsewhere = { $code } è aperto anche in un’altra scheda o finestra. Le modifiche fatte lì compaiono qui; di ogni risposta si conserva la versione più recente.
js-exported-removed = Salvato nel file { $file } e rimosso da questo dispositivo.
js-import-cancelled = Importazione interrotta: non è stato modificato nulla.
js-import-merged = Le risposte del file sono state unite a quelle già presenti su questo dispositivo per { $code }. La versione precedente viene conservata fino alla prossima esportazione.
js-undo-import = Annulla l’importazione
js-import-undone = Importazione annullata: le risposte di { $code } sono tornate com’erano.
js-mail-opened = Il Suo programma di posta elettronica dovrebbe ora aprire un messaggio a { $address } con le Sue risposte. Invii quel messaggio per concludere.
js-mail-attach-body = Le mie risposte sono nel file allegato { $file }.
js-mail-too-long = Le Sue risposte sono troppo lunghe per un link e-mail, quindi sono state salvate nel file { $file } tra i download del Suo browser. Alleghi quel file a un’e-mail da inviare a { $address }.
js-download-done = Le Sue risposte sono state salvate nel file { $file } nella cartella dei download del Suo browser.
js-thanks-title = Grazie
js-forget-answers = Rimuovi le mie risposte da questo browser
js-forgotten = Le Sue risposte sono state rimosse da questo browser.
js-bar = Intervista
js-menu = Sessione
js-export-all = Esporta tutti i partecipanti (JSON)
js-send = Invia le risposte
js-remove-after-export = Rimuovi questo partecipante da questo dispositivo dopo l’esportazione in JSON
js-shortcuts = Scorciatoie da tastiera
js-clock-stopped = Il cronometro era in funzione quando la pagina è stata chiusa; è in pausa a { $time }.
js-conflicts-title = Risposte modificate da entrambe le parti: { $code }
js-conflicts-help = Queste risposte sono state modificate sia su questo dispositivo sia nel file dall’ultima esportazione da questo dispositivo. Scelga la versione da conservare; l’altra resta recuperabile fino alla prossima esportazione.
js-conflict-mine = Questo dispositivo ({ $time }):
js-conflict-theirs = Il file ({ $time }):
js-conflicts-merge = Unisci
js-conflicts-cancel = Interrompi l’importazione
js-skip-to-questions = Vai alle domande
js-key-next = Domanda successiva
js-key-previous = Domanda precedente
js-key-unanswered = Prossima domanda senza risposta
js-key-clock = Avvia o metti in pausa il cronometro
js-key-probe = Spunta la prossima domanda di approfondimento
js-key-notes = Note su questa domanda
js-key-mark = Inserisci il tempo del cronometro, ad esempio [12:40], in una nota o in una risposta
js-key-help = Questo elenco
js-close = Chiudi
js-found-elsewhere = Questo browser conserva anche risposte a questo questionario provenienti da un’altra build di uno studio, generata prima della modifica del suo study.yaml (partecipanti: { $count }). Se appartengono a questo studio, le trasferisca qui.
js-take-found = Trasferiscile in questo studio
js-taken-found = Risposte trasferite in questo studio (partecipanti: { $count }).

## Skip logic: when a question or section applies (show_if)
routing-only-if = Solo se { $condition }
routing-equals = la domanda { $number } è «{ $value }»
routing-not-equals = la domanda { $number } non è «{ $value }»
routing-includes = «{ $value }» è selezionato alla domanda { $number }
routing-not-includes = «{ $value }» non è selezionato alla domanda { $number }
routing-at-least = la risposta alla domanda { $number } è { $value } o più
routing-at-most = la risposta alla domanda { $number } è { $value } o meno
routing-on-or-after = la risposta alla domanda { $number } è il { $value } o dopo
routing-on-or-before = la risposta alla domanda { $number } è il { $value } o prima
routing-answered = la domanda { $number } ha una risposta
routing-not-answered = la domanda { $number } non ha una risposta
routing-and = e
routing-or = o
routing-not = non è vero che { $condition }
# On paper, under a question that later questions depend on.
routing-go-to = Se «{ $value }», passi alla domanda { $number }
# In a transcript, under a question that did not apply to the respondent.
not-applicable = Non pertinente, date le risposte precedenti
js-shown-now = Ora visibile: { $question }

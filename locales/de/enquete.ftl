# Interface strings of enquete, German. A study overrides any message by
# defining it again in its own locales/de/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Register: "Sie", as on a university information sheet.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).

language-name = Deutsch
skip-to-content = Zum Inhalt springen
languages = Sprachen
not-translated = noch nicht übersetzt
made-with = Erstellt mit enquete. Diese Seite sendet nichts; die Antworten bleiben in diesem Browser, bis Sie sie exportieren.
version = Version
definition-hash = Fingerabdruck der Definition des Fragebogens
footer-version = Version { $version }
page-x-of-y = Seite { $page } von { $pages }
study = Studie
colon = :

## Home page
questionnaires = Fragebögen
documents = Information und Einwilligung
printable-version = Druckversion
kind-interview = Interviewleitfaden
kind-survey = Fragebogen
kind-consent-written = Schriftliche Einwilligungserklärung
kind-consent-verbal = Skript für die mündliche Einwilligung
kind-letter = Einladungsschreiben
kind-codebook = Kodierschema für die Auswertung
codebook-title = Codebuch
codebook-intro = Das Kodierschema für die Auswertung der Antworten: jeder Code, was er umfasst, und die Fragen, deren Antworten mit ihm kodiert werden.
codebook-questions = Damit kodierte Fragen
bilingual-versions = Zweisprachige Fassungen
bilingual-pair = { $a } und { $b }
contact = Kontakt
ethics-approval = Genehmigt von der Ethikkommission ({ $committee }, Aktenzeichen { $reference }).
letter-variants-intro = Dieses Schreiben gibt es in mehreren Fassungen; öffnen Sie eine, um sie zu drucken.
all-variants = Alle Fassungen dieses Schreibens

## Durations and counts
duration-minutes = { $min } Min.
duration-range = { $min }–{ $max } Min.
question-count = { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}
planned = Geplant
actual-time = Tatsächlich
consent-reminder = Einwilligung vor der ersten Frage eingeholt

## Forms
web-form = Webformular
print = Drucken
consent-document = Einwilligung
no-script = JavaScript ist ausgeschaltet: Sie können diese Seite lesen und drucken, aber Antworten werden nicht gespeichert.
encrypted-note = Antworten werden auf diesem Gerät verschlüsselt, bevor sie exportiert oder gesendet werden: Nur das Forschungsteam kann sie öffnen.
respondent-code = Teilnehmercode
respondent-code-help = Ein Code wie R07, niemals ein Name.
respondent-code-never-name = Teilnehmercode (niemals ein Name)
sections = Abschnitte
interviewer-instructions = Für die interviewende Person
interviewer-note = Hinweis für die interviewende Person
interviewer = Interviewer/in
required = Pflichtfeld
optional = freiwillig
other = Sonstiges
other-specify = Sonstiges, und zwar
msc-period = Zeitraum
msc-story = Die Geschichte: Was hat sich verändert?
msc-why = Warum ist diese Veränderung für Sie die wichtigste?
probes = Nachfragen (abhaken, wenn gestellt)
notes = Notizen der interviewenden Person
notes-on = Notizen zur Frage
submit = Antworten absenden
date = Datum
time = Uhrzeit

## Consent and letters
consent-purpose = Zweck der Studie
consent-statements = Erklärung
consent-tick = Bitte kreuzen Sie jede Aussage an, der Sie zustimmen.
consent-yes = Ja
consent-no = Nein
consent-two-copies = Diese Erklärung wird in zwei Exemplaren unterschrieben: eines für die teilnehmende Person, eines für die Forscherin oder den Forscher.
signatures = Unterschriften
participant = Teilnehmende Person
researcher = Forscher/in
name = Name
signature = Unterschrift
consent-script = Vorzulesender Text
consent-script-instruction = Lesen Sie der teilnehmenden Person jeden Teil vor und vergewissern Sie sich, dass er verstanden wurde, bevor Sie fortfahren.
consent-checklist = Checkliste der interviewenden Person
consent-item = Punkt
consent-agreed = Zugestimmt
consent-refused = Abgelehnt
consent-recorded = Die Einwilligung selbst wurde als Tonaufnahme aufgezeichnet
interviewer-initials = Kürzel der interviewenden Person
letter-qr = Scannen, um die Seite der Studie in dieser Sprache zu öffnen:
letter-address = Adressetikett hier aufkleben oder die Adresse von Hand schreiben (dieser Hinweis wird nicht gedruckt)
continue-to-site = Weiter zur Studie

## Script (enquete.js): saving, sessions, exports, clocks, validation
js-sessions = Teilnehmende Person auf diesem Gerät
js-no-code = noch kein Code
js-new-session = Neue teilnehmende Person
js-delete-session = Diese Antworten löschen
js-delete-confirm = Die Antworten von { $code } von diesem Gerät löschen? Das kann nicht rückgängig gemacht werden.
js-deleted = Die Antworten wurden von diesem Gerät gelöscht.
js-export-json = Als JSON exportieren
js-export-csv = Als CSV exportieren
js-export-md = Als Markdown exportieren
js-import = JSON importieren
js-import-done = Antworten importiert: { $code }.
js-import-invalid = Diese Datei ist keine Antwortdatei von enquete ({ $reason }). Es wurde nichts geändert.
js-import-wrong = Diese Datei enthält Antworten auf einen anderen Fragebogen ({ $id }).
js-encrypt-failed = Es wurde nichts exportiert oder gesendet: Dieser Browser konnte die Antworten nicht verschlüsseln ({ $reason }). Sie sind weiterhin auf diesem Gerät gespeichert. Öffnen Sie die Seite aus einer Datei oder über https in einem aktuellen Browser und versuchen Sie es erneut.
js-import-encrypted = Diese Datei ist mit dem Schlüssel der Studie verschlüsselt, daher kann kein Browser sie öffnen: Das Forschungsteam öffnet sie mit enquete. Es wurde nichts geändert.
js-saving = Wird gespeichert…
js-saved = Um { $time } in diesem Browser gespeichert.
js-restored = Antworten wiederhergestellt: { $code }.
js-not-saved = Antworten können in diesem Browser nicht gespeichert werden (privates Fenster, Speicher gesperrt oder voll). Lassen Sie die Seite offen und exportieren Sie die Antworten, bevor Sie die Seite schließen.
js-code-taken = Für { $code } gibt es auf diesem Gerät bereits Antworten; diese werden jetzt angezeigt.
js-downloaded = Als Datei { $file } gespeichert.
js-unexported = Einige Antworten wurden noch nicht exportiert.
js-progress = { $answered } von { $total } Fragen beantwortet
js-clock-start = Uhr starten
js-clock-pause = Uhr anhalten
js-clock-total = Dauer des Interviews
js-clock-section = Zeit in diesem Teil
js-required-missing = Bitte beantworten Sie diese Frage.
js-errors-summary = Einige Fragen müssen noch beantwortet werden ({ $count }):
js-submitted = Ihre Antworten wurden gesendet, und die Studie hat sie erhalten.
js-submit-failed = Ihre Antworten konnten nicht gesendet werden ({ $reason }), sind aber weiterhin in diesem Browser gespeichert: Versuchen Sie es später noch einmal.
js-dismiss = Ausblenden
js-privacy-file = Diese Seite wurde aus einer Datei geöffnet. Alle aus Dateien geöffneten Seiten teilen sich in diesem Browser einen Speicher, sodass jede auf diesem Computer geöffnete HTML-Datei die hier gespeicherten Antworten lesen könnte. Exportieren Sie an einem gemeinsam genutzten Computer die Antworten und entfernen Sie sie von diesem Gerät.
js-orphans-title = Antworten auf Fragen, die nicht mehr in diesem Leitfaden stehen
js-orphans-help = Der Leitfaden wurde geändert, seit diese Antworten gespeichert wurden. Die Antworten bleiben hier erhalten und sind in jedem Export enthalten.
js-definition-changed = Dieser Leitfaden wurde geändert, seit diese Antworten gespeichert wurden: neue Fragen: { $added }; entfernte Fragen: { $removed }. Die Antworten werden Frage für Frage zugeordnet; eine Antwort auf eine entfernte Frage bleibt erhalten und wird exportiert.
js-definition-changed-since = Dieser Leitfaden wurde geändert, seit diese Antworten gespeichert wurden. Die Antworten werden Frage für Frage zugeordnet; Antworten auf Fragen, die nicht mehr im Leitfaden stehen ({ $removed }), bleiben erhalten und werden exportiert.
js-open-elsewhere = { $code } ist auch in einem anderen Tab oder Fenster geöffnet. Dort vorgenommene Änderungen erscheinen hier; von jeder Antwort wird die neueste Fassung behalten.
js-exported-removed = Als Datei { $file } gespeichert und von diesem Gerät entfernt.
js-import-cancelled = Import abgebrochen: Es wurde nichts geändert.
js-import-merged = Die Antworten aus der Datei wurden mit den bereits auf diesem Gerät vorhandenen Antworten von { $code } zusammengeführt. Die vorherige Fassung bleibt bis zum nächsten Export erhalten.
js-undo-import = Import rückgängig machen
js-import-undone = Import rückgängig gemacht: Die Antworten von { $code } sind wieder wie vorher.
js-mail-opened = Ihr E-Mail-Programm sollte jetzt eine Nachricht an { $address } mit Ihren Antworten öffnen. Senden Sie diese Nachricht ab, um den Vorgang abzuschließen.
js-mail-attach-body = Meine Antworten befinden sich in der angehängten Datei { $file }.
js-mail-too-long = Ihre Antworten sind für einen E-Mail-Link zu lang; sie wurden daher als Datei { $file } in den Downloads Ihres Browsers gespeichert. Hängen Sie diese Datei an eine E-Mail an { $address } an.
js-download-done = Ihre Antworten wurden als Datei { $file } im Download-Ordner Ihres Browsers gespeichert.
js-thanks-title = Vielen Dank
js-forget-answers = Meine Antworten aus diesem Browser entfernen
js-forgotten = Ihre Antworten wurden aus diesem Browser entfernt.
js-bar = Interview
js-menu = Sitzung
js-export-all = Alle teilnehmenden Personen exportieren (JSON)
js-send = Antworten senden
js-remove-after-export = Diese teilnehmende Person nach dem JSON-Export von diesem Gerät entfernen
js-shortcuts = Tastenkürzel
js-clock-stopped = Die Uhr lief noch, als die Seite geschlossen wurde; sie ist bei { $time } angehalten.
js-conflicts-title = Auf beiden Seiten geänderte Antworten: { $code }
js-conflicts-help = Diese Antworten wurden seit dem letzten Export dieses Geräts sowohl auf diesem Gerät als auch in der Datei geändert. Wählen Sie die Fassung, die behalten werden soll; die andere bleibt bis zum nächsten Export wiederherstellbar.
js-conflict-mine = Dieses Gerät ({ $time }):
js-conflict-theirs = Die Datei ({ $time }):
js-conflicts-merge = Zusammenführen
js-conflicts-cancel = Import abbrechen
js-skip-to-questions = Zu den Fragen springen
js-key-next = Nächste Frage
js-key-previous = Vorherige Frage
js-key-unanswered = Nächste unbeantwortete Frage
js-key-clock = Uhr starten oder anhalten
js-key-probe = Nächste Nachfrage abhaken
js-key-notes = Notizen zu dieser Frage
js-key-mark = Den Stand der Uhr, etwa [12:40], in eine Notiz oder Antwort einfügen
js-key-help = Diese Liste
js-close = Schließen
js-found-elsewhere = Dieser Browser enthält auch Antworten auf diesen Fragebogen aus einem anderen Build einer Studie, der vor einer Änderung ihrer study.yaml erzeugt wurde (teilnehmende Personen: { $count }). Wenn sie zu dieser Studie gehören, übernehmen Sie sie hierher.
js-take-found = In diese Studie übernehmen
js-taken-found = Antworten in diese Studie übernommen (teilnehmende Personen: { $count }).

## Skip logic: when a question or section applies (show_if)
routing-only-if = Nur wenn { $condition }
routing-equals = Frage { $number } „{ $value }“ ist
routing-not-equals = Frage { $number } nicht „{ $value }“ ist
routing-includes = „{ $value }“ bei Frage { $number } angekreuzt ist
routing-not-includes = „{ $value }“ bei Frage { $number } nicht angekreuzt ist
routing-at-least = die Antwort auf Frage { $number } { $value } oder mehr ist
routing-at-most = die Antwort auf Frage { $number } { $value } oder weniger ist
routing-on-or-after = die Antwort auf Frage { $number } der { $value } oder später ist
routing-on-or-before = die Antwort auf Frage { $number } der { $value } oder früher ist
routing-answered = Frage { $number } beantwortet ist
routing-not-answered = Frage { $number } nicht beantwortet ist
routing-and = und
routing-or = oder
routing-not = nicht gilt, dass { $condition }
# On paper, under a question that later questions depend on.
routing-go-to = Bei „{ $value }“ weiter mit Frage { $number }
# In a transcript, under a question that did not apply to the respondent.
not-applicable = Entfällt aufgrund der vorherigen Antworten
js-shown-now = Jetzt angezeigt: { $question }

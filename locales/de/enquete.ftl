# Interface strings of enquete, German. A study overrides any message by
# defining it again in its own locales/de/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Register: "Sie", as on a university information sheet.

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
bilingual-versions = Zweisprachige Fassungen
bilingual-pair = { $a } und { $b }
contact = Kontakt
ethics-approval = Genehmigt von der Ethikkommission { $committee } (Aktenzeichen { $reference }).
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

## Forms
web-form = Webformular
print = Drucken
consent-document = Einwilligung
no-script = JavaScript ist ausgeschaltet: Sie können diese Seite lesen und drucken, aber Antworten werden nicht gespeichert.
respondent-code = Teilnehmercode
respondent-code-help = Ein Code wie R07, niemals ein Name.
respondent-code-never-name = Teilnehmercode (niemals ein Name)
sections = Teile
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
consent-script-instruction = Lesen Sie jeden Teil vor und vergewissern Sie sich, dass er verstanden wurde, bevor Sie fortfahren.
consent-checklist = Checkliste der interviewenden Person
consent-item = Punkt
consent-agreed = Zugestimmt
consent-refused = Abgelehnt
consent-recorded = Die Einwilligung selbst wurde aufgezeichnet
interviewer-initials = Kürzel der interviewenden Person
letter-qr = Scannen, um die Seite der Studie in dieser Sprache zu öffnen:
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
js-import-invalid = Diese Datei ist keine von enquete exportierte Antwortdatei.
js-import-wrong = Diese Datei enthält Antworten auf einen anderen Fragebogen ({ $id }).
js-import-other-version = Diese Datei stammt aus einer anderen Version dieses Fragebogens: Die Antworten werden Frage für Frage übernommen.
js-saving = Wird gespeichert…
js-saved = Um { $time } in diesem Browser gespeichert.
js-restored = Antworten wiederhergestellt: { $code }.
js-not-saved = Antworten können in diesem Browser nicht gespeichert werden (privates Fenster, Speicher gesperrt oder voll). Lassen Sie die Seite offen und exportieren Sie die Antworten, bevor Sie sie schließen.
js-code-taken = Für { $code } gibt es auf diesem Gerät bereits Antworten: Sie werden jetzt angezeigt.
js-downloaded = Als Datei { $file } gespeichert.
js-unexported = Einige Antworten wurden noch nicht exportiert.
js-progress = { $answered } von { $total } Fragen beantwortet
js-clock-start = Uhr starten
js-clock-pause = Uhr anhalten
js-clock-total = Dauer des Interviews
js-clock-section = Zeit in diesem Teil
js-required-missing = Bitte beantworten Sie diese Frage.
js-errors-summary = Einige Fragen müssen noch beantwortet werden ({ $count }):
js-submitted = Vielen Dank: Ihre Antworten wurden gesendet.
js-submit-failed = Ihre Antworten konnten nicht gesendet werden ({ $reason }). Sie bleiben in diesem Browser gespeichert: Versuchen Sie es später noch einmal.

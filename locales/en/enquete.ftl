# Interface strings of enquete, English. A study overrides any message by
# defining it again in its own locales/en/*.ftl.
# Reviewed by a native speaker: yes

language-name = English
skip-to-content = Skip to content
languages = Languages
not-translated = not yet translated
made-with = Made with enquete. This page sends nothing anywhere; answers stay in this browser until you export them.
version = version
definition-hash = Fingerprint of the questionnaire's definition
footer-version = version { $version }
page-x-of-y = page { $page } of { $pages }
study = Study
# Punctuation after a label, as in "Study: ..." (French puts a narrow no-break space before it).
colon = :

## Home page
questionnaires = Questionnaires
documents = Information and consent
printable-version = Printable version
kind-interview = Interview guide
kind-survey = Questionnaire
kind-consent-written = Written consent form
kind-consent-verbal = Verbal consent script
kind-letter = Invitation letter
kind-codebook = Coding frame for analysis
codebook-title = Codebook
codebook-intro = The coding frame for analysing the answers: each code, what it covers, and the questions whose answers are coded with it.
codebook-questions = Questions coded with it
bilingual-versions = Side-by-side versions
bilingual-pair = { $a } and { $b }
contact = Contact
ethics-approval = Approved by the ethics committee { $committee } (reference { $reference }).
letter-variants-intro = This letter comes in several versions; open one to print it.
all-variants = All versions of this letter

## Durations and counts
duration-minutes = { $min } min
duration-range = { $min }–{ $max } min
question-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
planned = Planned
actual-time = Actual
consent-reminder = Consent obtained before the first question

## Forms
web-form = Web form
print = Print
consent-document = Consent
no-script = JavaScript is off: you can read and print this page, but answers are not saved.
encrypted-note = Answers are encrypted on this device before they are exported or sent: only the research team can open them.
respondent-code = Respondent code
respondent-code-help = A code such as R07, never a name.
respondent-code-never-name = Respondent code (never a name)
sections = Sections
interviewer-instructions = For the interviewer
interviewer-note = Note for the interviewer
interviewer = Interviewer
required = required
optional = optional
other = Other
other-specify = Other, please specify
msc-period = Period
msc-story = The story: what changed?
msc-why = Why is this change the most significant for you?
probes = Follow-up prompts (tick when asked)
notes = Interviewer's notes
notes-on = Notes on question
submit = Submit answers
date = Date
time = Time

## Consent and letters
consent-purpose = Purpose of the study
consent-statements = Declaration
consent-tick = Please tick each statement you agree with.
consent-yes = Yes
consent-no = No
consent-two-copies = This form is signed in two copies: one for the participant, one for the researcher.
signatures = Signatures
participant = Participant
researcher = Researcher
name = Name
signature = Signature
consent-script = Script to read aloud
consent-script-instruction = Read each part to the respondent and check that it is understood before you go on.
consent-checklist = Interviewer's checklist
consent-item = Item
consent-agreed = Agreed
consent-refused = Refused
consent-recorded = Consent itself was audio-recorded
interviewer-initials = Interviewer's initials
letter-qr = Scan to open the study's page in this language:
letter-address = Stick the address label here or write the address (this hint is not printed)
continue-to-site = Continue to the study

## Script (enquete.js): saving, sessions, exports, clocks, validation
js-sessions = Respondent on this device
js-no-code = no code yet
js-new-session = New respondent
js-delete-session = Delete these answers
js-delete-confirm = Delete the answers of { $code } from this device? This cannot be undone.
js-deleted = The answers were deleted from this device.
js-export-json = Export JSON
js-export-csv = Export CSV
js-export-md = Export Markdown
js-import = Import JSON
js-import-done = Answers imported: { $code }.
js-import-invalid = This file is not an answers file of enquete ({ $reason }). Nothing was changed.
js-import-wrong = This file holds answers to another questionnaire ({ $id }).
js-encrypt-failed = Nothing was exported or sent: this browser could not encrypt the answers ({ $reason }). They are still saved on this device. Open the page from a file or over https, in an up-to-date browser, and try again.
js-import-encrypted = This file is encrypted to the study's key, so no browser can open it: the research team opens it with enquete. Nothing was changed.
js-saving = Saving…
js-saved = Saved in this browser at { $time }.
js-restored = Answers restored: { $code }.
js-not-saved = Answers cannot be saved in this browser (private mode, blocked or full storage). Keep the page open and export the answers before you close it.
js-code-taken = Answers for { $code } already exist on this device: they are shown now.
js-downloaded = Saved as the file { $file }.
js-unexported = Some answers have not been exported yet.
js-progress = { $answered } of { $total } questions answered
js-clock-start = Start the clock
js-clock-pause = Pause the clock
js-clock-total = Interview time
js-clock-section = Time in this part
js-required-missing = Please answer this question.
js-errors-summary = Some questions need an answer ({ $count }):
js-submitted = Your answers have been sent, and the study has received them.
js-submit-failed = Your answers could not be sent ({ $reason }). They are still saved in this browser: try again later.
js-dismiss = Dismiss
js-privacy-file = This page is opened from a file. All pages opened from files in this browser share one storage, so any HTML file opened on this computer could read the answers kept here. On a shared computer, export the answers and remove them from this device.
js-orphans-title = Answers to questions no longer in this guide
js-orphans-help = The guide changed since these answers were saved. They are kept here and in every export.
js-definition-changed = This guide changed since these answers were saved: new questions: { $added }; removed questions: { $removed }. Answers are matched by question; an answer to a removed question is kept and exported.
js-definition-changed-since = This guide changed since these answers were saved. Answers are matched by question; answers to questions no longer in the guide ({ $removed }) are kept and exported.
js-open-elsewhere = { $code } is also open in another tab or window. Changes made there appear here; each answer keeps its latest version.
js-exported-removed = Saved as the file { $file } and removed from this device.
js-import-cancelled = Import cancelled: nothing was changed.
js-import-merged = The file's answers were merged with those already on this device for { $code }. The previous version is kept until the next export.
js-undo-import = Undo the import
js-import-undone = Import undone: the answers of { $code } are back as they were.
js-mail-opened = Your e-mail program should now open a message to { $address } with your answers. Send that message to finish.
js-mail-attach-body = My answers are in the attached file { $file }.
js-mail-too-long = Your answers are too long for an e-mail link, so they were saved as the file { $file } in your browser's downloads. Attach that file to an e-mail to { $address }.
js-download-done = Your answers were saved as the file { $file } in your browser's downloads folder.
js-thanks-title = Thank you
js-forget-answers = Remove my answers from this browser
js-forgotten = Your answers were removed from this browser.
js-bar = Interview
js-menu = Session
js-export-all = Export all respondents (JSON)
js-send = Send the answers
js-remove-after-export = Remove this respondent from this device after exporting JSON
js-shortcuts = Keyboard shortcuts
js-clock-stopped = The clock was running when the page was closed; it is paused at { $time }.
js-conflicts-title = Answers changed on both sides: { $code }
js-conflicts-help = These answers were changed both on this device and in the file since this device last exported. Choose the version to keep; the other one stays recoverable until the next export.
js-conflict-mine = This device ({ $time }):
js-conflict-theirs = The file ({ $time }):
js-conflicts-merge = Merge
js-conflicts-cancel = Cancel the import
js-skip-to-questions = Skip to the questions
js-key-next = Next question
js-key-previous = Previous question
js-key-unanswered = Next unanswered question
js-key-clock = Start or pause the clock
js-key-probe = Tick the next follow-up prompt
js-key-notes = Notes on this question
js-key-mark = Insert the time on the clock, such as [12:40], in a note or answer
js-key-help = This list
js-close = Close
js-found-elsewhere = This browser also keeps answers to this questionnaire from another build of a study, made before its study.yaml was changed (respondents: { $count }). If they belong to this study, take them here.
js-take-found = Take them into this study
js-taken-found = Answers taken into this study (respondents: { $count }).

## Skip logic: when a question or section applies (show_if)
# { $condition } is one or more of the messages below, joined with routing-and / routing-or.
routing-only-if = Only if { $condition }
routing-equals = question { $number } is “{ $value }”
routing-not-equals = question { $number } is not “{ $value }”
routing-includes = “{ $value }” is ticked at question { $number }
routing-not-includes = “{ $value }” is not ticked at question { $number }
routing-at-least = the answer to question { $number } is { $value } or more
routing-at-most = the answer to question { $number } is { $value } or less
routing-on-or-after = the answer to question { $number } is { $value } or later
routing-on-or-before = the answer to question { $number } is { $value } or earlier
routing-answered = question { $number } is answered
routing-not-answered = question { $number } is not answered
routing-and = and
routing-or = or
routing-not = it is not so that { $condition }
# On paper, under a question that later questions depend on.
routing-go-to = If “{ $value }”, go to question { $number }
# In a transcript, under a question that did not apply to the respondent.
not-applicable = Not applicable, given the earlier answers
js-shown-now = Now shown: { $question }

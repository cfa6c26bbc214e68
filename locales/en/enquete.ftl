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

## Forms
web-form = Web form
print = Print
consent-document = Consent
no-script = JavaScript is off: you can read and print this page, but answers are not saved.
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
js-import-invalid = This file is not an answers file exported by enquete.
js-import-wrong = This file holds answers to another questionnaire ({ $id }).
js-import-other-version = This file comes from another version of this questionnaire: answers are matched by question.
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
js-submitted = Thank you: your answers have been sent.
js-submit-failed = Your answers could not be sent ({ $reason }). They are still saved in this browser: try again later.

# Interface strings of enquete, English. A study overrides any message by
# defining it again in its own locales/en/*.ftl.

language-name = Français
skip-to-content = Skip to content
languages = Languages
not-translated = not yet translated
made-with = Made with enquete. This page sends nothing anywhere; answers stay in this browser until you export them.
version = version
definition-hash = Fingerprint of the questionnaire's definition
footer-version = version { $version }
page-x-of-y = page { $page } of { $pages }
study = Study

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
letter-variants-intro = One letter per programme and place; open one to print it.
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
consent-statements = Consent
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
continue-to-site = Continuer vers l’étude
respondent-code-never-name = Code du répondant (jamais un nom)

# Default wording of consent sheets, English.
# Reviewed by a native speaker: yes
#
# Variables come from study.yaml: $controller, $controller_contact,
# $dpo_email, $legal_basis, $recipients, $retention, $authority, $committee,
# $reference (and $institution, $title, $contact). Names and other values
# from study.yaml always follow a colon or stand alone, so that any name
# reads correctly whether or not it carries an article.
# Each item has three forms: the statement ticked on a written form, the
# text read aloud in verbal consent (-script) and a checklist line (-label).
# A new language starts as a copy of this file and locales/en/enquete.ftl,
# see docs/languages.md.

consent-voluntary = I take part in this study voluntarily.
consent-voluntary-script = Taking part is voluntary: you decide whether you want to do this interview.
consent-voluntary-label = Voluntary participation

consent-withdraw = I know that I do not have to answer every question, that I can stop at any time and that I can withdraw my consent later, without giving a reason and without any consequence for me.
consent-withdraw-script = You do not have to answer every question. You can stop at any moment, and you can also withdraw your consent later, without giving a reason; this has no consequences for you.
consent-withdraw-label = May skip questions, stop, or withdraw consent later

consent-recording = I agree that the interview is audio-recorded. The recording is used only for this research and is not shared with anyone else.
consent-recording-script = With your permission, I would like to record our conversation. The recording is only used for this research and is not shared with anyone else. You can say no and still take part.
consent-recording-label = Audio recording

consent-anonymisation = I understand that my name and any names of people and places I mention are removed or replaced when the interview is written out, so that I cannot be recognised in reports or publications.
consent-anonymisation-script = Your name, and names of people and places you mention, are removed when the interview is written out. Nobody will be able to recognise you in what we publish.
consent-anonymisation-label = Names and places anonymised

consent-privacy = I have been informed how my personal data are processed. Data controller: { $controller }, { $controller_contact }. Data protection officer: { $dpo_email }. Purpose: this scientific study. Legal basis: { $legal_basis }. Access to the data: only { $recipients }. Retention period: { $retention }. I have the right to access, rectify and erase my data, to restrict or object to their processing and, where it applies, to data portability; I can exercise these rights through the data protection officer. I can lodge a complaint with the supervisory authority: { $authority }.
consent-privacy-script = Your data are used for this study only. Responsible for your data (the data controller): { $controller }, { $controller_contact }. Legal basis: { $legal_basis }. Only these people can see your data: { $recipients }. How long they are kept: { $retention }. You may ask to see, correct or delete your data, to limit their use or to object to it, and, where it applies, to receive them in a usable form: contact the data protection officer at { $dpo_email }. You can also complain to the supervisory authority: { $authority }.
consent-privacy-label = Information on personal data (GDPR) given

# Added to the privacy item when study.yaml sets `privacy.special_categories: true`.
consent-privacy-special = Some of what I say may reveal special categories of personal data (for example my origin, religion or health); these are processed for scientific research with appropriate safeguards (GDPR Art. 9(2)(j) and Art. 89).
consent-privacy-special-script = Some of what you tell me may say something about your origin, religion or health. The law protects such data specially: we use them only for this research, with extra safeguards (GDPR Art. 9(2)(j) and Art. 89).

consent-ethics = I know that this study was approved by the ethics committee { $committee } (reference { $reference }), and that I can ask the researcher any question about it, now or later.
consent-ethics-script = This study was approved by the ethics committee { $committee } (reference { $reference }). You can ask me questions about the study now or later.
consent-ethics-label = Ethics approval explained, questions answered

privacy-default-legal-basis = a task carried out in the public interest (scientific research; GDPR Art. 6(1)(e) and Art. 89)
privacy-default-recipients = the research team

# Default wording of consent sheets, English. Variables come from study.yaml:
# $institution, $title, $contact, $controller, $dpo_email, $legal_basis,
# $recipients, $retention, $authority, $committee, $reference.
# Each item has three forms: the statement ticked on a written form, the
# text read aloud in verbal consent (-script) and a checklist line (-label).

consent-voluntary = I take part in this study voluntarily.
consent-voluntary-script = Taking part is voluntary: you decide whether you want to do this interview.
consent-voluntary-label = Voluntary participation

consent-withdraw = I know that I do not have to answer every question and that I can stop at any time, without giving a reason and without any consequence for me.
consent-withdraw-script = You do not have to answer every question. You can stop at any moment, without giving a reason, and this has no consequences for you.
consent-withdraw-label = May skip questions or stop at any time

consent-recording = I agree that the interview is audio-recorded. The recording is used only for this research and is not shared with anyone else.
consent-recording-script = With your permission, I would like to record our conversation. The recording is only used for this research and is not shared with anyone else. You can say no and still take part.
consent-recording-label = Audio recording

consent-anonymisation = I understand that my name and any names of people and places I mention are removed or replaced when the interview is written out, so that I cannot be recognised in reports or publications.
consent-anonymisation-script = Your name, and names of people and places you mention, are removed when the interview is written out. Nobody will be able to recognise you in what we publish.
consent-anonymisation-label = Names and places anonymised

consent-privacy = I have been informed how my personal data are processed: the controller is { $controller }; the purpose is this scientific study; the legal basis is { $legal_basis }; the data are accessible to { $recipients } and kept { $retention }. I have the right to access, rectify and erase my data, and to restrict or object to their processing; I can contact the data protection officer at { $dpo_email } and lodge a complaint with { $authority }.
consent-privacy-script = Your data are processed by { $controller } for this study only, on the basis of { $legal_basis }. Only { $recipients } can see them, and they are kept { $retention }. You may ask to see, correct or delete your data, or to limit or object to their use: contact { $dpo_email }. You can also complain to { $authority }.
consent-privacy-label = Information on personal data (GDPR) given

consent-ethics = I know that this study was approved by the ethics committee { $committee } (reference { $reference }), and that I can ask the researcher any question about it, now or later.
consent-ethics-script = This study was approved by the ethics committee { $committee } (reference { $reference }). You can ask me questions about the study now or later.
consent-ethics-label = Ethics approval explained, questions answered

privacy-default-legal-basis = a task carried out in the public interest: scientific research (GDPR Art. 6(1)(e) and Art. 89)
privacy-default-recipients = the research team only
privacy-default-retention = as long as the research requires and no longer
privacy-default-authority = the data protection authority

# The sample study that `enquete new` writes, English. Every text is an
# example that the researcher replaces with their own; keep it plain and
# neutral. Messages are written into YAML as they are: keep the ids, and
# keep `{ $organisation }`, `{ $city }` and `{ $programme }` in the letter.
# Reviewed by a native speaker: yes

study-title = Example study: taking part in a volunteer programme
study-intro = This study examines how participants experience the programme. Replace this text with the introduction of your own study.
institution = Example University
researcher-role = Researcher
privacy-controller = Example University
privacy-retention = 10 years after publication
privacy-authority = the national data protection authority
programme = the volunteer programme

guide-title = Interview guide for participants
guide-intro = Thank you for taking part in this interview.
section-start = Introduction
section-start-instructions = Introduce yourself, explain the study and go through the consent before you start.
question-code = Respondent code
question-code-help = The code on the consent sheet; never a name.
question-joined = How did you come to take part in the programme?
probe-heard = Who told you about it?
probe-expected = What did you expect from it?
question-joined-note = Let the respondent tell the story in their own words; do not suggest answers.
question-since = Since when have you taken part?
question-age = How old are you?
section-programme = The programme
question-activities = What do you do in the programme?
option-meeting = Meeting new people
option-language = Practising the language
option-leisure = Leisure activities
question-frequency = How often do you take part?
option-weekly = Every week
option-monthly = Every month
option-less = Less often
question-satisfaction = How satisfied are you with the programme?
scale-low = not at all
scale-high = completely
note-last-part = Thank the respondent for the answers so far and announce the last part of the interview.
section-change = The most significant change
question-change = Looking back, what was the most significant change for you?
change-period = since you started in the programme

survey-title = Short survey after the programme
survey-section = Your experience
question-recommend = Would you recommend the programme to others?
option-yes = Yes
option-no = No
option-unsure = Not sure
question-change-wish = What would you change in the programme?

consent-written-title = Informed consent
consent-verbal-title = Informed consent (verbal)
consent-purpose = This study wants to understand how participants experience the programme. The interview takes about an hour.

letter-title = Invitation to take part in an interview
letter-body =
    Dear reader,

    Through { $organisation } in { $city } you take part in { $programme }. We would like to hear about your experience in an interview of about an hour, at a place and time that suit you.

    Taking part is voluntary. If you would like to take part or have a question, please contact us.

# The sample study that `enquete new` writes, French. Every text is an
# example that the researcher replaces with their own; keep it plain and
# neutral. Messages are written into YAML as they are: keep the ids, and
# keep `{ $organisation }`, `{ $city }` and `{ $programme }` in the letter.
# Register: "vous", as in the other French files. Typography: narrow no-break
# space (U+202F) before ": ; ? !", typographic apostrophe (’).
# Reviewed by a native speaker: no

study-title = Étude exemple : participer à un programme de bénévolat
study-intro = Cette étude examine comment les participants vivent le programme. Remplacez ce texte par l’introduction de votre propre étude.
institution = Université Exemple
researcher-role = Chercheur·euse
privacy-controller = Université Exemple
privacy-retention = 10 ans après la publication
privacy-authority = l’autorité nationale de protection des données
programme = le programme de bénévolat

guide-title = Guide d’entretien pour les participants
guide-intro = Merci de participer à cet entretien.
section-start = Introduction
section-start-instructions = Présentez-vous, expliquez l’étude et passez en revue le consentement avant de commencer.
question-code = Code du répondant
question-code-help = Le code inscrit sur le formulaire de consentement ; jamais un nom.
question-joined = Comment avez-vous été amené·e à participer au programme ?
probe-heard = Qui vous en a parlé ?
probe-expected = Qu’en attendiez-vous ?
question-joined-note = Laissez la personne interrogée raconter son histoire avec ses propres mots ; ne suggérez pas de réponses.
question-since = Depuis quand y participez-vous ?
question-age = Quel âge avez-vous ?
section-programme = Le programme
question-activities = Que faites-vous dans le programme ?
option-meeting = Rencontrer de nouvelles personnes
option-language = Pratiquer la langue
option-leisure = Activités de loisirs
question-frequency = À quelle fréquence y participez-vous ?
option-weekly = Chaque semaine
option-monthly = Chaque mois
option-less = Moins souvent
question-satisfaction = Dans quelle mesure êtes-vous satisfait·e du programme ?
scale-low = pas du tout
scale-high = tout à fait
note-last-part = Remerciez la personne interrogée pour ses réponses jusqu’ici et annoncez la dernière partie de l’entretien.
section-change = Le changement le plus important
question-change = Avec le recul, quel a été pour vous le changement le plus important ?
change-period = depuis que vous avez commencé le programme

survey-title = Court questionnaire après le programme
survey-section = Votre expérience
question-recommend = Recommanderiez-vous le programme à d’autres personnes ?
option-yes = Oui
option-no = Non
option-unsure = Je ne sais pas
question-change-wish = Que changeriez-vous dans le programme ?

consent-written-title = Consentement éclairé
consent-verbal-title = Consentement éclairé (oral)
consent-purpose = Cette étude cherche à comprendre comment les participants vivent le programme. L’entretien dure environ une heure.

letter-title = Invitation à participer à un entretien
letter-body =
    Madame, Monsieur,

    Par l’intermédiaire de { $organisation } à { $city }, vous suivez { $programme }. Nous aimerions connaître votre expérience lors d’un entretien d’environ une heure, dans un lieu et à un moment qui vous conviennent.

    La participation est volontaire. Si vous souhaitez participer ou si vous avez une question, n’hésitez pas à nous contacter.

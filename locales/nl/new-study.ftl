# The sample study that `enquete new` writes, Dutch. Every text is an
# example that the researcher replaces with their own; keep it plain and
# neutral. Messages are written into YAML as they are: keep the ids, and
# keep `{ $organisation }`, `{ $city }` and `{ $programme }` in the letter.
# Register: "u", as in the other Dutch files.
# Reviewed by a native speaker: no

study-title = Voorbeeldonderzoek: deelnemen aan een vrijwilligersprogramma
study-intro = Dit onderzoek gaat na hoe deelnemers het programma ervaren. Vervang deze tekst door de inleiding van uw eigen onderzoek.
institution = Voorbeelduniversiteit
researcher-role = Onderzoeker
privacy-controller = Voorbeelduniversiteit
privacy-retention = 10 jaar na publicatie
privacy-authority = de nationale gegevensbeschermingsautoriteit
programme = het vrijwilligersprogramma

guide-title = Interviewleidraad voor deelnemers
guide-intro = Dank u voor uw deelname aan dit interview.
section-start = Inleiding
section-start-instructions = Stel uzelf voor, leg het onderzoek uit en neem de toestemming door voordat u begint.
question-code = Respondentcode
question-code-help = De code op het toestemmingsformulier; nooit een naam.
question-joined = Hoe bent u ertoe gekomen om aan het programma deel te nemen?
probe-heard = Wie heeft u erover verteld?
probe-expected = Wat verwachtte u ervan?
question-joined-note = Laat de respondent het verhaal in eigen woorden vertellen; suggereer geen antwoorden.
question-since = Sinds wanneer neemt u deel?
question-age = Hoe oud bent u?
section-programme = Het programma
question-activities = Wat doet u in het programma?
option-meeting = Nieuwe mensen ontmoeten
option-language = De taal oefenen
option-leisure = Vrijetijdsactiviteiten
question-frequency = Hoe vaak neemt u deel?
option-weekly = Elke week
option-monthly = Elke maand
option-less = Minder vaak
question-satisfaction = Hoe tevreden bent u over het programma?
scale-low = helemaal niet
scale-high = volledig
note-last-part = Bedank de respondent voor de antwoorden tot nu toe en kondig het laatste deel van het interview aan.
section-change = De belangrijkste verandering
question-change = Als u terugkijkt, wat was voor u de belangrijkste verandering?
change-period = sinds u met het programma begonnen bent

survey-title = Korte vragenlijst na het programma
survey-section = Uw ervaring
question-recommend = Zou u het programma aan anderen aanraden?
option-yes = Ja
option-no = Nee
option-unsure = Niet zeker
question-change-wish = Wat zou u aan het programma veranderen?

consent-written-title = Geïnformeerde toestemming
consent-verbal-title = Geïnformeerde toestemming (mondeling)
consent-purpose = Dit onderzoek wil begrijpen hoe deelnemers het programma ervaren. Het interview duurt ongeveer een uur.

letter-title = Uitnodiging om deel te nemen aan een interview
letter-body =
    Beste lezer,

    Via { $organisation } in { $city } neemt u deel aan { $programme }. We horen graag over uw ervaring in een interview van ongeveer een uur, op een plaats en een tijdstip die u passen.

    Deelnemen is vrijwillig. Wilt u deelnemen of hebt u een vraag? Neem dan contact met ons op.

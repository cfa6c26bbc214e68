# Interfaceteksten van enquete, Nederlands. Een studie vervangt elke tekst
# door hem opnieuw te definiëren in haar eigen locales/nl/*.ftl.

language-name = Nederlands
skip-to-content = Naar de inhoud
languages = Talen
not-translated = nog niet vertaald
made-with = Gemaakt met enquete. Deze pagina verstuurt niets; antwoorden blijven in deze browser tot je ze exporteert.
version = versie
definition-hash = Vingerafdruk van de definitie van de vragenlijst
footer-version = versie { $version }
page-x-of-y = pagina { $page } van { $pages }
study = Onderzoek

## Startpagina
questionnaires = Vragenlijsten
documents = Informatie en toestemming
printable-version = Afdrukbare versie
kind-interview = Interviewleidraad
kind-survey = Vragenlijst
kind-consent-written = Schriftelijk toestemmingsformulier
kind-consent-verbal = Script voor mondelinge toestemming
kind-letter = Uitnodigingsbrief
bilingual-versions = Tweetalige versies
bilingual-pair = { $a } en { $b }
contact = Contact
ethics-approval = Goedgekeurd door de ethische commissie { $committee } (referentie { $reference }).
letter-variants-intro = Eén brief per project en plaats; open er een om hem af te drukken.
all-variants = Alle versies van deze brief

## Duur en aantallen
duration-minutes = { $min } min
duration-range = { $min }–{ $max } min
question-count = { $count ->
    [one] { $count } vraag
   *[other] { $count } vragen
}
planned = Gepland

## Formulieren
web-form = Webformulier
print = Afdrukken
consent-document = Toestemming
no-script = JavaScript staat uit: je kunt deze pagina lezen en afdrukken, maar antwoorden worden niet bewaard.
respondent-code = Respondentcode
respondent-code-help = Een code zoals R07, nooit een naam.
respondent-code-never-name = Respondentcode (nooit een naam)
sections = Delen
interviewer-instructions = Voor de interviewer
interviewer-note = Opmerking voor de interviewer
interviewer = Interviewer
required = verplicht
optional = optioneel
other = Andere
other-specify = Andere, namelijk
msc-period = Periode
msc-story = Het verhaal: wat is er veranderd?
msc-why = Waarom is deze verandering voor jou de belangrijkste?
probes = Doorvraagvragen (aanvinken wanneer gesteld)
notes = Notities van de interviewer
notes-on = Notities bij vraag
submit = Antwoorden versturen
date = Datum
time = Tijd

## Toestemming en brieven
consent-purpose = Doel van het onderzoek
consent-statements = Verklaring
consent-tick = Vink elke uitspraak aan waarmee je akkoord gaat.
consent-yes = Ja
consent-no = Nee
consent-two-copies = Dit formulier wordt in twee exemplaren ondertekend: één voor de deelnemer, één voor de onderzoeker.
signatures = Handtekeningen
participant = Deelnemer
researcher = Onderzoeker
name = Naam
signature = Handtekening
consent-script = Voor te lezen tekst
consent-script-instruction = Lees elk deel voor aan de respondent en ga na of het begrepen is voor je verdergaat.
consent-checklist = Checklist van de interviewer
consent-item = Onderdeel
consent-agreed = Akkoord
consent-refused = Geweigerd
consent-recorded = De toestemming zelf werd opgenomen
interviewer-initials = Initialen van de interviewer
letter-qr = Scan om de pagina van het onderzoek in deze taal te openen:
continue-to-site = Verder naar het onderzoek

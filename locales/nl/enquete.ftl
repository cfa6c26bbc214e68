# Interfaceteksten van enquete, Nederlands. Een studie vervangt elke tekst
# door hem opnieuw te definiëren in haar eigen locales/nl/*.ftl.
# Reviewed by a native speaker: yes

language-name = Nederlands
skip-to-content = Naar de inhoud
languages = Talen
not-translated = nog niet vertaald
made-with = Gemaakt met enquete. Deze pagina verstuurt niets; antwoorden blijven in deze browser tot u ze exporteert.
version = versie
definition-hash = Vingerafdruk van de definitie van de vragenlijst
footer-version = versie { $version }
page-x-of-y = pagina { $page } van { $pages }
study = Onderzoek
colon = :

## Startpagina
questionnaires = Vragenlijsten
documents = Informatie en toestemming
printable-version = Afdrukbare versie
kind-interview = Interviewleidraad
kind-survey = Vragenlijst
kind-consent-written = Schriftelijk toestemmingsformulier
kind-consent-verbal = Script voor mondelinge toestemming
kind-letter = Uitnodigingsbrief
kind-codebook = Codeerschema voor de analyse
codebook-title = Codeboek
codebook-intro = Het codeerschema voor de analyse van de antwoorden: elke code, wat ze omvat, en de vragen waarvan de antwoorden ermee gecodeerd worden.
codebook-questions = Vragen die ermee gecodeerd worden
bilingual-versions = Tweetalige versies
bilingual-pair = { $a } en { $b }
contact = Contact
ethics-approval = Goedgekeurd door de ethische commissie { $committee } (referentie { $reference }).
letter-variants-intro = Deze brief bestaat in verschillende versies; open er een om hem af te drukken.
all-variants = Alle versies van deze brief

## Duur en aantallen
duration-minutes = { $min } min
duration-range = { $min }–{ $max } min
question-count = { $count ->
    [one] { $count } vraag
   *[other] { $count } vragen
}
planned = Gepland
actual-time = Werkelijk
consent-reminder = Toestemming verkregen vóór de eerste vraag

## Formulieren
web-form = Webformulier
print = Afdrukken
consent-document = Toestemming
no-script = JavaScript staat uit: u kunt deze pagina lezen en afdrukken, maar antwoorden worden niet bewaard.
encrypted-note = Antwoorden worden op dit toestel versleuteld voordat ze worden geëxporteerd of verstuurd: alleen het onderzoeksteam kan ze openen.
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
msc-why = Waarom is deze verandering voor u de belangrijkste?
probes = Doorvraagvragen (aanvinken wanneer gesteld)
notes = Notities van de interviewer
notes-on = Notities bij vraag
submit = Antwoorden versturen
date = Datum
time = Tijd

## Toestemming en brieven
consent-purpose = Doel van het onderzoek
consent-statements = Verklaring
consent-tick = Vink elke uitspraak aan waarmee u akkoord gaat.
consent-yes = Ja
consent-no = Nee
consent-two-copies = Dit formulier wordt in twee exemplaren ondertekend: één voor de deelnemer, één voor de onderzoeker.
signatures = Handtekeningen
participant = Deelnemer
researcher = Onderzoeker
name = Naam
signature = Handtekening
consent-script = Voor te lezen tekst
consent-script-instruction = Lees elk deel voor aan de respondent en ga na of het begrepen is voordat u verdergaat.
consent-checklist = Checklist van de interviewer
consent-item = Onderdeel
consent-agreed = Akkoord
consent-refused = Geweigerd
consent-recorded = De toestemming zelf werd opgenomen
interviewer-initials = Initialen van de interviewer
letter-qr = Scan om de pagina van het onderzoek in deze taal te openen:
letter-address = Kleef hier het adresetiket of schrijf het adres (deze aanwijzing wordt niet afgedrukt)
continue-to-site = Verder naar het onderzoek

## Script (enquete.js): bewaren, sessies, export, klokken, controle
js-sessions = Respondent op dit toestel
js-no-code = nog geen code
js-new-session = Nieuwe respondent
js-delete-session = Deze antwoorden wissen
js-delete-confirm = De antwoorden van { $code } van dit toestel wissen? Dit kan niet ongedaan worden.
js-deleted = De antwoorden zijn van dit toestel gewist.
js-export-json = Exporteren als JSON
js-export-csv = Exporteren als CSV
js-export-md = Exporteren als Markdown
js-import = JSON importeren
js-import-done = Antwoorden geïmporteerd: { $code }.
js-import-invalid = Dit bestand is geen antwoordbestand van enquete ({ $reason }). Er is niets gewijzigd.
js-import-wrong = Dit bestand bevat antwoorden op een andere vragenlijst ({ $id }).
js-encrypt-failed = Er is niets geëxporteerd of verstuurd: deze browser kon de antwoorden niet versleutelen ({ $reason }). Ze zijn nog bewaard op dit toestel. Open de pagina vanuit een bestand of via https, in een recente browser, en probeer opnieuw.
js-import-encrypted = Dit bestand is versleuteld met de sleutel van het onderzoek, dus geen enkele browser kan het openen: het onderzoeksteam opent het met enquete. Er is niets gewijzigd.
js-saving = Bezig met bewaren…
js-saved = Bewaard in deze browser om { $time }.
js-restored = Antwoorden teruggezet: { $code }.
js-not-saved = Antwoorden kunnen in deze browser niet bewaard worden (privévenster, opslag geblokkeerd of vol). Laat de pagina open en exporteer de antwoorden voor je ze sluit.
js-code-taken = Er bestaan al antwoorden voor { $code } op dit toestel: die worden nu getoond.
js-downloaded = Bewaard als het bestand { $file }.
js-unexported = Sommige antwoorden zijn nog niet geëxporteerd.
js-progress = { $answered } van { $total } vragen beantwoord
js-clock-start = Klok starten
js-clock-pause = Klok pauzeren
js-clock-total = Duur van het interview
js-clock-section = Tijd in dit deel
js-required-missing = Beantwoord deze vraag.
js-errors-summary = Sommige vragen moeten nog beantwoord worden ({ $count }):
js-submitted = Bedankt: uw antwoorden zijn verstuurd.
js-submit-failed = Uw antwoorden konden niet verstuurd worden ({ $reason }). Ze blijven bewaard in deze browser: probeer het later opnieuw.
js-dismiss = Sluiten
js-privacy-file = Deze pagina is als bestand geopend. Alle pagina's die in deze browser als bestand geopend worden, delen één opslag: elk HTML-bestand dat op deze computer geopend wordt, kan de antwoorden lezen die hier bewaard zijn. Op een gedeelde computer: exporteer de antwoorden en verwijder ze van dit toestel.
js-orphans-title = Antwoorden op vragen die niet meer in deze gids staan
js-orphans-help = De gids is gewijzigd sinds deze antwoorden bewaard werden. Ze blijven hier bewaard en zitten in elke export.
js-definition-changed = Deze gids is gewijzigd sinds deze antwoorden bewaard werden: nieuwe vragen: { $added }; verwijderde vragen: { $removed }. De antwoorden worden per vraag overgenomen; een antwoord op een verwijderde vraag blijft bewaard en wordt geëxporteerd.
js-definition-changed-since = Deze gids is gewijzigd sinds deze antwoorden bewaard werden. De antwoorden worden per vraag overgenomen; antwoorden op vragen die niet meer in de gids staan ({ $removed }) blijven bewaard en worden geëxporteerd.
js-open-elsewhere = { $code } is ook in een ander tabblad of venster geopend. Wijzigingen daar verschijnen ook hier; van elk antwoord blijft de laatste versie.
js-exported-removed = Bewaard als het bestand { $file } en van dit toestel verwijderd.
js-import-cancelled = Import geannuleerd: er is niets gewijzigd.
js-import-merged = De antwoorden uit het bestand zijn samengevoegd met die van { $code } op dit toestel. De vorige versie blijft bewaard tot de volgende export.
js-undo-import = Import ongedaan maken
js-import-undone = Import ongedaan gemaakt: de antwoorden van { $code } zijn terug zoals ze waren.
js-mail-opened = Uw e-mailprogramma opent nu normaal een bericht aan { $address } met uw antwoorden. Verstuur dat bericht om af te ronden.
js-mail-attach-body = Mijn antwoorden staan in het bijgevoegde bestand { $file }.
js-mail-too-long = Uw antwoorden zijn te lang voor een e-maillink. Daarom zijn ze bewaard als het bestand { $file } bij de downloads van uw browser. Voeg dat bestand toe aan een e-mail aan { $address }.
js-download-done = Uw antwoorden zijn bewaard als het bestand { $file } in de downloadmap van uw browser.
js-thanks-title = Bedankt
js-forget-answers = Mijn antwoorden uit deze browser verwijderen
js-forgotten = Uw antwoorden zijn uit deze browser verwijderd.
js-bar = Interview
js-menu = Sessie
js-export-all = Alle respondenten exporteren (JSON)
js-send = Antwoorden versturen
js-remove-after-export = Deze respondent na de JSON-export van dit toestel verwijderen
js-shortcuts = Sneltoetsen
js-clock-stopped = De klok liep toen de pagina gesloten werd; ze staat nu gepauzeerd op { $time }.
js-conflicts-title = Antwoorden aan beide kanten gewijzigd: { $code }
js-conflicts-help = Deze antwoorden zijn sinds de laatste export van dit toestel zowel hier als in het bestand gewijzigd. Kies welke versie u houdt; de andere blijft terug te halen tot de volgende export.
js-conflict-mine = Dit toestel ({ $time }):
js-conflict-theirs = Het bestand ({ $time }):
js-conflicts-merge = Samenvoegen
js-conflicts-cancel = Import annuleren
js-skip-to-questions = Naar de vragen
js-key-next = Volgende vraag
js-key-previous = Vorige vraag
js-key-unanswered = Volgende onbeantwoorde vraag
js-key-clock = Klok starten of pauzeren
js-key-probe = Volgende doorvraag aanvinken
js-key-notes = Notities bij deze vraag
js-key-mark = De tijd op de klok, zoals [12:40], invoegen in een notitie of antwoord
js-key-help = Deze lijst
js-close = Sluiten
js-found-elsewhere = Deze browser bewaart ook antwoorden op deze vragenlijst uit een andere build van een onderzoek, gemaakt voor de study.yaml ervan gewijzigd werd (respondenten: { $count }). Als ze bij dit onderzoek horen, neem ze dan hier over.
js-take-found = Overnemen in dit onderzoek
js-taken-found = Antwoorden overgenomen in dit onderzoek (respondenten: { $count }).

## Skip logic: when a question or section applies (show_if)
routing-only-if = Alleen als { $condition }
routing-equals = vraag { $number } “{ $value }” is
routing-not-equals = vraag { $number } niet “{ $value }” is
routing-includes = “{ $value }” is aangekruist bij vraag { $number }
routing-not-includes = “{ $value }” niet is aangekruist bij vraag { $number }
routing-at-least = het antwoord op vraag { $number } { $value } of meer is
routing-at-most = het antwoord op vraag { $number } { $value } of minder is
routing-on-or-after = het antwoord op vraag { $number } { $value } of later is
routing-on-or-before = het antwoord op vraag { $number } { $value } of vroeger is
routing-answered = vraag { $number } beantwoord is
routing-not-answered = vraag { $number } niet beantwoord is
routing-and = en
routing-or = of
routing-not = het niet zo is dat { $condition }
# On paper, under a question that later questions depend on.
routing-go-to = Bij “{ $value }”, ga naar vraag { $number }
# In a transcript, under a question that did not apply to the respondent.
not-applicable = Niet van toepassing, gezien de eerdere antwoorden
js-shown-now = Nu getoond: { $question }

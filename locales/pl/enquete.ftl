# Interface strings of enquete, Polish. A study overrides any message by
# defining it again in its own locales/pl/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Register: the polite "Pan/Pani" or impersonal forms, as on a university
# information sheet.

language-name = Polski
skip-to-content = Przejdź do treści
languages = Języki
not-translated = jeszcze nieprzetłumaczone
made-with = Utworzono za pomocą enquete. Ta strona niczego nie wysyła; odpowiedzi pozostają w tej przeglądarce, dopóki nie zostaną wyeksportowane.
version = wersja
definition-hash = Odcisk definicji kwestionariusza
footer-version = wersja { $version }
page-x-of-y = strona { $page } z { $pages }
study = Badanie
colon = :

## Home page
questionnaires = Kwestionariusze
documents = Informacje i zgoda
printable-version = Wersja do druku
kind-interview = Scenariusz wywiadu
kind-survey = Kwestionariusz
kind-consent-written = Formularz pisemnej zgody
kind-consent-verbal = Tekst zgody ustnej
kind-letter = List zapraszający
bilingual-versions = Wersje dwujęzyczne
bilingual-pair = { $a } i { $b }
contact = Kontakt
ethics-approval = Zatwierdzone przez komisję etyczną { $committee } (sygnatura { $reference }).
letter-variants-intro = Ten list ma kilka wersji; proszę otworzyć jedną, aby ją wydrukować.
all-variants = Wszystkie wersje tego listu

## Durations and counts
duration-minutes = { $min } min
duration-range = { $min }–{ $max } min
question-count = { $count ->
    [one] { $count } pytanie
    [few] { $count } pytania
    [many] { $count } pytań
   *[other] { $count } pytania
}
planned = Planowany czas

## Forms
web-form = Formularz internetowy
print = Drukuj
consent-document = Zgoda
no-script = JavaScript jest wyłączony: stronę można czytać i drukować, ale odpowiedzi nie są zapisywane.
respondent-code = Kod uczestnika
respondent-code-help = Kod taki jak R07, nigdy imię i nazwisko.
respondent-code-never-name = Kod uczestnika (nigdy imię i nazwisko)
sections = Części
interviewer-instructions = Dla osoby prowadzącej wywiad
interviewer-note = Uwaga dla osoby prowadzącej wywiad
interviewer = Osoba prowadząca wywiad
required = wymagane
optional = nieobowiązkowe
other = Inne
other-specify = Inne (jakie?)
msc-period = Okres
msc-story = Historia: co się zmieniło?
msc-why = Dlaczego ta zmiana jest najważniejsza?
probes = Pytania pogłębiające (zaznaczyć po zadaniu)
notes = Notatki osoby prowadzącej wywiad
notes-on = Notatki do pytania
submit = Wyślij odpowiedzi
date = Data
time = Godzina

## Consent and letters
consent-purpose = Cel badania
consent-statements = Oświadczenie
consent-tick = Proszę zaznaczyć każde stwierdzenie, z którym się Pan/Pani zgadza.
consent-yes = Tak
consent-no = Nie
consent-two-copies = Formularz podpisuje się w dwóch egzemplarzach: jeden dla uczestnika, jeden dla badacza.
signatures = Podpisy
participant = Uczestnik/uczestniczka
researcher = Badacz/badaczka
name = Imię i nazwisko
signature = Podpis
consent-script = Tekst do odczytania na głos
consent-script-instruction = Proszę odczytać każdą część i upewnić się, że została zrozumiana, zanim przejdzie się dalej.
consent-checklist = Lista kontrolna osoby prowadzącej wywiad
consent-item = Punkt
consent-agreed = Zgoda
consent-refused = Odmowa
consent-recorded = Sama zgoda została nagrana
interviewer-initials = Inicjały osoby prowadzącej wywiad
letter-qr = Zeskanuj, aby otworzyć stronę badania w tym języku:
continue-to-site = Przejdź do badania

## Script (enquete.js): saving, sessions, exports, clocks, validation
js-sessions = Uczestnik na tym urządzeniu
js-no-code = jeszcze bez kodu
js-new-session = Nowy uczestnik
js-delete-session = Usuń te odpowiedzi
js-delete-confirm = Usunąć z tego urządzenia odpowiedzi { $code }? Tej operacji nie można cofnąć.
js-deleted = Odpowiedzi zostały usunięte z tego urządzenia.
js-export-json = Eksportuj jako JSON
js-export-csv = Eksportuj jako CSV
js-export-md = Eksportuj jako Markdown
js-import = Importuj JSON
js-import-done = Zaimportowano odpowiedzi: { $code }.
js-import-invalid = Ten plik nie jest plikiem odpowiedzi wyeksportowanym przez enquete.
js-import-wrong = Ten plik zawiera odpowiedzi na inny kwestionariusz ({ $id }).
js-import-other-version = Ten plik pochodzi z innej wersji tego kwestionariusza: odpowiedzi są przenoszone pytanie po pytaniu.
js-saving = Zapisywanie…
js-saved = Zapisano w tej przeglądarce o { $time }.
js-restored = Przywrócono odpowiedzi: { $code }.
js-not-saved = Nie można zapisać odpowiedzi w tej przeglądarce (tryb prywatny, pamięć zablokowana lub pełna). Proszę nie zamykać strony i wyeksportować odpowiedzi przed jej zamknięciem.
js-code-taken = Na tym urządzeniu są już odpowiedzi dla { $code }: są teraz wyświetlane.
js-downloaded = Zapisano jako plik { $file }.
js-unexported = Niektóre odpowiedzi nie zostały jeszcze wyeksportowane.
js-progress = Udzielone odpowiedzi: { $answered } z { $total }
js-clock-start = Uruchom zegar
js-clock-pause = Wstrzymaj zegar
js-clock-total = Czas wywiadu
js-clock-section = Czas w tej części
js-required-missing = Proszę odpowiedzieć na to pytanie.
js-errors-summary = Niektóre pytania wymagają odpowiedzi ({ $count }):
js-submitted = Dziękujemy: odpowiedzi zostały wysłane.
js-submit-failed = Nie udało się wysłać odpowiedzi ({ $reason }). Nadal są zapisane w tej przeglądarce: proszę spróbować później.

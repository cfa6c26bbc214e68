# Interface strings of enquete, Polish. A study overrides any message by
# defining it again in its own locales/pl/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Register: the polite "Pan/Pani" or impersonal forms, as on a university
# information sheet.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).

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
kind-codebook = Schemat kodowania do analizy
codebook-title = Książka kodów
codebook-intro = Schemat kodowania do analizy odpowiedzi: każdy kod, co obejmuje, oraz pytania, których odpowiedzi są nim kodowane.
codebook-questions = Pytania kodowane tym kodem
bilingual-versions = Wersje dwujęzyczne
bilingual-pair = { $a } i { $b }
contact = Kontakt
ethics-approval = Badanie zatwierdzone przez komisję etyczną ({ $committee }, sygnatura { $reference }).
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
actual-time = Faktycznie
consent-reminder = Zgoda uzyskana przed pierwszym pytaniem

## Forms
web-form = Formularz internetowy
print = Drukuj
consent-document = Zgoda
no-script = JavaScript jest wyłączony: stronę można czytać i drukować, ale odpowiedzi nie są zapisywane.
encrypted-note = Odpowiedzi są szyfrowane na tym urządzeniu, zanim zostaną wyeksportowane lub wysłane: tylko zespół badawczy może je otworzyć.
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
msc-why = Dlaczego ta zmiana jest dla Pana/Pani najważniejsza?
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
consent-two-copies = Formularz podpisuje się w dwóch egzemplarzach: jeden dla uczestnika, drugi dla badacza.
signatures = Podpisy
participant = Uczestnik/uczestniczka
researcher = Badacz/badaczka
name = Imię i nazwisko
signature = Podpis
consent-script = Tekst do odczytania na głos
consent-script-instruction = Proszę odczytać uczestnikowi każdą część i przed przejściem dalej upewnić się, że została zrozumiana.
consent-checklist = Lista kontrolna osoby prowadzącej wywiad
consent-item = Punkt
consent-agreed = Zgoda
consent-refused = Odmowa
consent-recorded = Sama zgoda została nagrana
interviewer-initials = Inicjały osoby prowadzącej wywiad
letter-qr = Proszę zeskanować kod, aby otworzyć stronę badania w tym języku:
letter-address = Proszę nakleić tu etykietę z adresem lub wpisać adres (ta wskazówka nie jest drukowana)
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
js-import-invalid = Ten plik nie jest plikiem odpowiedzi enquete ({ $reason }). Niczego nie zmieniono.
js-import-wrong = Ten plik zawiera odpowiedzi na inny kwestionariusz ({ $id }).
js-encrypt-failed = Niczego nie wyeksportowano ani nie wysłano: ta przeglądarka nie mogła zaszyfrować odpowiedzi ({ $reason }). Nadal są zapisane na tym urządzeniu. Otwórz stronę z pliku lub przez https, w aktualnej przeglądarce, i spróbuj ponownie.
js-import-encrypted = Ten plik jest zaszyfrowany kluczem badania, więc żadna przeglądarka go nie otworzy: zespół badawczy otwiera go za pomocą enquete. Niczego nie zmieniono.
js-saving = Zapisywanie…
js-saved = Zapisano w tej przeglądarce o { $time }.
js-restored = Przywrócono odpowiedzi: { $code }.
js-not-saved = Nie można zapisać odpowiedzi w tej przeglądarce (tryb prywatny, pamięć zablokowana lub pełna). Proszę pozostawić stronę otwartą i przed jej zamknięciem wyeksportować odpowiedzi.
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
js-submitted = Odpowiedzi zostały wysłane i dotarły do zespołu badawczego.
js-submit-failed = Nie udało się wysłać odpowiedzi ({ $reason }). Nadal są zapisane w tej przeglądarce: proszę spróbować później.
js-dismiss = Ukryj
js-privacy-file = Ta strona jest otwarta z pliku. Wszystkie strony otwierane z plików w tej przeglądarce korzystają z jednej wspólnej pamięci, więc każdy plik HTML otwarty na tym komputerze mógłby odczytać przechowywane tu odpowiedzi. Na współdzielonym komputerze proszę wyeksportować odpowiedzi i usunąć je z tego urządzenia.
js-orphans-title = Odpowiedzi na pytania, których nie ma już w tym scenariuszu
js-orphans-help = Scenariusz zmienił się od zapisania tych odpowiedzi. Są one przechowywane tutaj i w każdym eksporcie.
js-definition-changed = Ten scenariusz zmienił się od zapisania tych odpowiedzi: nowe pytania: { $added }; usunięte pytania: { $removed }. Odpowiedzi są przypisywane do pytań; odpowiedź na usunięte pytanie jest zachowywana i eksportowana.
js-definition-changed-since = Ten scenariusz zmienił się od zapisania tych odpowiedzi. Odpowiedzi są przypisywane do pytań; odpowiedzi na pytania, których nie ma już w scenariuszu ({ $removed }), są zachowywane i eksportowane.
js-open-elsewhere = Odpowiedzi { $code } są otwarte również w innej karcie lub innym oknie. Zmiany wprowadzone tam pojawiają się tutaj; każda odpowiedź zachowuje swoją najnowszą wersję.
js-exported-removed = Zapisano jako plik { $file } i usunięto z tego urządzenia.
js-import-cancelled = Import anulowany: niczego nie zmieniono.
js-import-merged = Odpowiedzi z pliku zostały scalone z odpowiedziami { $code } znajdującymi się już na tym urządzeniu. Poprzednia wersja jest przechowywana do następnego eksportu.
js-undo-import = Cofnij import
js-import-undone = Import cofnięty: przywrócono poprzedni stan odpowiedzi { $code }.
js-mail-opened = Program pocztowy powinien teraz otworzyć wiadomość do { $address } z odpowiedziami. Aby zakończyć, proszę wysłać tę wiadomość.
js-mail-attach-body = Moje odpowiedzi znajdują się w załączonym pliku { $file }.
js-mail-too-long = Odpowiedzi są zbyt długie dla odnośnika e-mail, dlatego zapisano je jako plik { $file } w pobranych plikach przeglądarki. Proszę załączyć ten plik do wiadomości e-mail do { $address }.
js-download-done = Odpowiedzi zapisano jako plik { $file } w folderze pobranych plików przeglądarki.
js-thanks-title = Dziękujemy
js-forget-answers = Usuń moje odpowiedzi z tej przeglądarki
js-forgotten = Odpowiedzi zostały usunięte z tej przeglądarki.
js-bar = Wywiad
js-menu = Sesja
js-export-all = Eksportuj wszystkich uczestników (JSON)
js-send = Wyślij odpowiedzi
js-remove-after-export = Usuń tego uczestnika z tego urządzenia po eksporcie JSON
js-shortcuts = Skróty klawiszowe
js-clock-stopped = Zegar działał w chwili zamknięcia strony; jest wstrzymany na { $time }.
js-conflicts-title = Odpowiedzi zmienione po obu stronach: { $code }
js-conflicts-help = Te odpowiedzi zostały zmienione zarówno na tym urządzeniu, jak i w pliku od ostatniego eksportu z tego urządzenia. Proszę wybrać wersję do zachowania; drugą będzie można odzyskać do następnego eksportu.
js-conflict-mine = To urządzenie ({ $time }):
js-conflict-theirs = Plik ({ $time }):
js-conflicts-merge = Scal
js-conflicts-cancel = Anuluj import
js-skip-to-questions = Przejdź do pytań
js-key-next = Następne pytanie
js-key-previous = Poprzednie pytanie
js-key-unanswered = Następne pytanie bez odpowiedzi
js-key-clock = Uruchom lub wstrzymaj zegar
js-key-probe = Zaznacz następne pytanie pogłębiające
js-key-notes = Notatki do tego pytania
js-key-mark = Wstaw czas z zegara, np. [12:40], do notatki lub odpowiedzi
js-key-help = Ta lista
js-close = Zamknij
js-found-elsewhere = Ta przeglądarka przechowuje również odpowiedzi na ten kwestionariusz z innej wersji badania, wygenerowanej przed zmianą jego pliku study.yaml (uczestnicy: { $count }). Jeśli należą do tego badania, można je tutaj przejąć.
js-take-found = Przejmij je do tego badania
js-taken-found = Odpowiedzi przejęte do tego badania (uczestnicy: { $count }).

## Skip logic: when a question or section applies (show_if)
routing-only-if = Tylko jeśli { $condition }
routing-equals = pytanie { $number } to „{ $value }”
routing-not-equals = pytanie { $number } to nie „{ $value }”
routing-includes = w pytaniu { $number } zaznaczono „{ $value }”
routing-not-includes = w pytaniu { $number } nie zaznaczono „{ $value }”
routing-at-least = odpowiedź na pytanie { $number } wynosi { $value } lub więcej
routing-at-most = odpowiedź na pytanie { $number } wynosi { $value } lub mniej
routing-on-or-after = odpowiedź na pytanie { $number } to { $value } lub później
routing-on-or-before = odpowiedź na pytanie { $number } to { $value } lub wcześniej
routing-answered = udzielono odpowiedzi na pytanie { $number }
routing-not-answered = nie udzielono odpowiedzi na pytanie { $number }
routing-and = i
routing-or = lub
routing-not = nie jest prawdą, że { $condition }
# On paper, under a question that later questions depend on.
routing-go-to = Jeśli „{ $value }”, przejdź do pytania { $number }
# In a transcript, under a question that did not apply to the respondent.
not-applicable = Nie dotyczy, biorąc pod uwagę wcześniejsze odpowiedzi
js-shown-now = Teraz widoczne: { $question }

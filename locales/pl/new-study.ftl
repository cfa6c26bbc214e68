# The sample study that `enquete new` writes, Polish. Every text is an
# example that the researcher replaces with their own; keep it plain and
# neutral. Messages are written into YAML as they are: keep the ids, and
# keep `{ $organisation }`, `{ $city }` and `{ $programme }` in the letter.
# Register: the polite "Pan/Pani" or impersonal forms, as in enquete.ftl and
# consent.ftl; past-tense and conditional verbs, which show gender, are
# avoided. In the letter each placeholder stands where the nominative is
# correct (after "organizacji", in brackets, after a colon), so values are
# written in the nominative.
# Reviewed by a native speaker: no

study-title = Przykładowe badanie: udział w programie wolontariatu
study-intro = Badanie dotyczy tego, jak uczestnicy odbierają program. Proszę zastąpić ten tekst wstępem do własnego badania.
institution = Uniwersytet Przykładowy
researcher-role = Badacz/badaczka
privacy-controller = Uniwersytet Przykładowy
privacy-retention = 10 lat od publikacji
privacy-authority = krajowy organ ochrony danych osobowych
programme = program wolontariatu

guide-title = Scenariusz wywiadu z uczestnikami
guide-intro = Dziękujemy za udział w tym wywiadzie.
section-start = Wprowadzenie
section-start-instructions = Proszę się przedstawić, objaśnić badanie i przed rozpoczęciem omówić z osobą badaną formularz zgody.
question-code = Kod uczestnika
question-code-help = Kod z formularza zgody; nigdy imię i nazwisko.
question-joined = Jak to się stało, że bierze Pan/Pani udział w programie?
probe-heard = Kto powiedział Panu/Pani o programie?
probe-expected = Jakie były Pana/Pani oczekiwania wobec programu?
question-joined-note = Proszę pozwolić osobie badanej opowiedzieć historię własnymi słowami i nie podsuwać odpowiedzi.
question-since = Od kiedy bierze Pan/Pani udział w programie?
question-age = Ile ma Pan/Pani lat?
section-programme = Program
question-activities = Co robi Pan/Pani w ramach programu?
option-meeting = Poznawanie nowych ludzi
option-language = Praktyka językowa
option-leisure = Zajęcia w czasie wolnym
question-frequency = Jak często uczestniczy Pan/Pani w programie?
option-weekly = Co tydzień
option-monthly = Co miesiąc
option-less = Rzadziej
question-satisfaction = W jakim stopniu jest Pan/Pani zadowolony(-a) z programu?
scale-low = wcale
scale-high = całkowicie
note-last-part = Proszę podziękować osobie badanej za dotychczasowe odpowiedzi i zapowiedzieć ostatnią część wywiadu.
section-change = Najbardziej znacząca zmiana
question-change = Z perspektywy czasu: co było dla Pana/Pani najbardziej znaczącą zmianą?
change-period = od rozpoczęcia udziału w programie

survey-title = Krótka ankieta po zakończeniu programu
survey-section = Pana/Pani doświadczenia
question-recommend = Czy Pana/Pani zdaniem warto polecić ten program innym osobom?
option-yes = Tak
option-no = Nie
option-unsure = Trudno powiedzieć
question-change-wish = Co Pana/Pani zdaniem należałoby zmienić w programie?

consent-written-title = Świadoma zgoda
consent-verbal-title = Świadoma zgoda (ustna)
consent-purpose = Celem badania jest zrozumienie, jak uczestnicy odbierają program. Wywiad trwa około godziny.

letter-title = Zaproszenie do udziału w wywiadzie
letter-body =
    Szanowna Pani, Szanowny Panie,

    Za pośrednictwem organizacji { $organisation } ({ $city }) bierze Pan/Pani udział w programie: { $programme }. Chcielibyśmy porozmawiać z Panem/Panią o Pana/Pani doświadczeniach podczas wywiadu trwającego około godziny, w miejscu i czasie, które Panu/Pani odpowiadają.

    Udział jest dobrowolny. Jeśli chce Pan/Pani wziąć udział lub ma Pan/Pani pytania, prosimy o kontakt.

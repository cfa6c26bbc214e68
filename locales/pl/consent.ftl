# Default wording of consent sheets, Polish.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).
#
# Variables come from study.yaml: $controller, $controller_contact,
# $dpo_email, $legal_basis, $recipients, $retention, $authority, $committee,
# $reference. Values from study.yaml follow a colon or stand alone, in the
# nominative, so that any name reads correctly whatever its case.
# Each item has three forms: the statement ticked on a written form (first
# person), the text read aloud in verbal consent (-script, "Pan/Pani") and a
# checklist line (-label).

consent-voluntary = Biorę udział w tym badaniu dobrowolnie.
consent-voluntary-script = Udział jest dobrowolny: to Pan/Pani decyduje, czy chce wziąć udział w tym wywiadzie.
consent-voluntary-label = Dobrowolny udział

consent-withdraw = Wiem, że nie muszę odpowiadać na każde pytanie, że mogę przerwać w dowolnym momencie i że mogę później wycofać swoją zgodę, bez podawania przyczyny i bez żadnych konsekwencji dla mnie.
consent-withdraw-script = Nie musi Pan/Pani odpowiadać na każde pytanie. Może Pan/Pani przerwać w dowolnym momencie, a także później wycofać swoją zgodę, bez podawania przyczyny; nie ma to dla Pana/Pani żadnych konsekwencji.
consent-withdraw-label = Może pominąć pytania, przerwać lub później wycofać zgodę

consent-recording = Zgadzam się na nagranie dźwiękowe wywiadu. Nagranie jest wykorzystywane wyłącznie na potrzeby tego badania i nie jest udostępniane nikomu innemu.
consent-recording-script = Jeśli Pan/Pani się zgodzi, chcielibyśmy nagrać naszą rozmowę. Nagranie jest wykorzystywane wyłącznie na potrzeby tego badania i nie jest udostępniane nikomu innemu. Może Pan/Pani odmówić i mimo to wziąć udział.
consent-recording-label = Nagranie dźwiękowe

consent-anonymisation = Rozumiem, że podczas spisywania wywiadu moje imię i nazwisko oraz wszystkie wymienione przeze mnie imiona, nazwiska i nazwy miejsc zostaną usunięte lub zastąpione, tak aby nie można było mnie rozpoznać w raportach ani publikacjach.
consent-anonymisation-script = Podczas spisywania wywiadu Pana/Pani imię i nazwisko oraz wymienione przez Pana/Panią imiona, nazwiska i nazwy miejsc zostaną usunięte. Nikt nie będzie mógł Pana/Panią rozpoznać w naszych publikacjach.
consent-anonymisation-label = Imiona, nazwiska i miejsca zanonimizowane

consent-privacy = Poinformowano mnie, w jaki sposób przetwarzane są moje dane osobowe. Administrator danych: { $controller }, { $controller_contact }. Inspektor ochrony danych: { $dpo_email }. Cel: to badanie naukowe. Podstawa prawna: { $legal_basis }. Dostęp do danych: wyłącznie { $recipients }. Okres przechowywania: { $retention }. Mam prawo dostępu do swoich danych, ich sprostowania i usunięcia, ograniczenia przetwarzania, wniesienia sprzeciwu oraz, w stosownych przypadkach, przenoszenia danych; mogę wykonywać te prawa za pośrednictwem inspektora ochrony danych. Mogę wnieść skargę do organu nadzorczego: { $authority }.
consent-privacy-script = Pana/Pani dane są wykorzystywane wyłącznie do tego badania. Za dane odpowiada (administrator danych): { $controller }, { $controller_contact }. Podstawa prawna: { $legal_basis }. Wgląd w dane mają wyłącznie te osoby: { $recipients }. Jak długo dane są przechowywane: { $retention }. Może Pan/Pani poprosić o wgląd w swoje dane, ich poprawienie lub usunięcie albo ograniczenie ich wykorzystania, może Pan/Pani też sprzeciwić się ich wykorzystaniu, a w stosownych przypadkach otrzymać je w formacie nadającym się do dalszego wykorzystania: proszę skontaktować się z inspektorem ochrony danych pod adresem { $dpo_email }. Może Pan/Pani też wnieść skargę do organu nadzorczego: { $authority }.
consent-privacy-label = Przekazano informacje o danych osobowych (RODO)

# Added to the privacy item when study.yaml sets `privacy.special_categories: true`.
consent-privacy-special = Część tego, co powiem, może ujawniać szczególne kategorie danych osobowych (na przykład moje pochodzenie, wyznanie lub zdrowie); są one przetwarzane do celów badań naukowych z odpowiednimi zabezpieczeniami (art. 9 ust. 2 lit. j i art. 89 RODO).
consent-privacy-special-script = To, co Pan/Pani mi opowie, może ujawniać coś o Pana/Pani pochodzeniu, wyznaniu lub zdrowiu. Prawo szczególnie chroni takie dane: wykorzystujemy je wyłącznie do tego badania, z dodatkowymi zabezpieczeniami (art. 9 ust. 2 lit. j i art. 89 RODO).

consent-ethics = Wiem, że to badanie zostało zatwierdzone przez komisję etyczną ({ $committee }, sygnatura { $reference }) i że mogę teraz lub później zadać osobie prowadzącej badanie wszelkie pytania na jego temat.
consent-ethics-script = To badanie zostało zatwierdzone przez komisję etyczną ({ $committee }, sygnatura { $reference }). Może Pan/Pani zadawać mi pytania o badanie teraz lub później.
consent-ethics-label = Wyjaśniono zgodę komisji etycznej, udzielono odpowiedzi na pytania

privacy-default-legal-basis = wykonanie zadania realizowanego w interesie publicznym (badania naukowe; art. 6 ust. 1 lit. e i art. 89 RODO)
privacy-default-recipients = zespół badawczy

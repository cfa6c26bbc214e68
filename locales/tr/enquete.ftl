# Interface strings of enquete, Turkish. A study overrides any message by
# defining it again in its own locales/tr/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Register: the polite "siz", as on a university information sheet. A noun
# after a number stays singular in Turkish: both plural forms read "soru".
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).

language-name = Türkçe
skip-to-content = İçeriğe geç
languages = Diller
not-translated = henüz çevrilmedi
made-with = enquete ile yapıldı. Bu sayfa hiçbir şey göndermez; yanıtlar, siz dışa aktarana kadar bu tarayıcıda kalır.
version = sürüm
definition-hash = Anket tanımının parmak izi
footer-version = sürüm { $version }
page-x-of-y = sayfa { $page } / { $pages }
study = Araştırma
colon = :

## Home page
questionnaires = Anketler
documents = Bilgilendirme ve onam
printable-version = Yazdırılabilir sürüm
kind-interview = Görüşme kılavuzu
kind-survey = Anket
kind-consent-written = Yazılı onam formu
kind-consent-verbal = Sözlü onam metni
kind-letter = Davet mektubu
kind-codebook = Analiz için kodlama çerçevesi
codebook-title = Kod kitabı
codebook-intro = Yanıtların analizi için kodlama çerçevesi: her kod, neyi kapsadığı ve yanıtları bu kodla kodlanan sorular.
codebook-questions = Bu kodla kodlanan sorular
bilingual-versions = İki dilli sürümler
bilingual-pair = { $a } ve { $b }
contact = İletişim
ethics-approval = Etik kurul onayı: { $committee } (referans: { $reference }).
letter-variants-intro = Bu mektubun birkaç sürümü var; yazdırmak için birini açın.
all-variants = Bu mektubun tüm sürümleri

## Durations and counts
duration-minutes = { $min } dk
duration-range = { $min }–{ $max } dk
question-count = { $count ->
    [one] { $count } soru
   *[other] { $count } soru
}
planned = Planlanan süre
actual-time = Gerçekleşen
consent-reminder = Onam ilk sorudan önce alındı

## Forms
web-form = Web formu
print = Yazdır
consent-document = Onam
no-script = JavaScript kapalı: bu sayfayı okuyabilir ve yazdırabilirsiniz, ancak yanıtlar kaydedilmez.
encrypted-note = Yanıtlar dışa aktarılmadan veya gönderilmeden önce bu cihazda şifrelenir: onları yalnızca araştırma ekibi açabilir.
respondent-code = Katılımcı kodu
respondent-code-help = R07 gibi bir kod, asla bir ad değil.
respondent-code-never-name = Katılımcı kodu (asla bir ad değil)
sections = Bölümler
interviewer-instructions = Görüşmeci için
interviewer-note = Görüşmeci için not
interviewer = Görüşmeci
required = zorunlu
optional = isteğe bağlı
other = Diğer
other-specify = Diğer (belirtiniz)
msc-period = Dönem
msc-story = Hikâye: ne değişti?
msc-why = Bu değişiklik sizin için neden en önemlisi?
probes = Ek sorular (sorulduğunda işaretleyin)
notes = Görüşmecinin notları
notes-on = Soruyla ilgili notlar
submit = Yanıtları gönder
date = Tarih
time = Saat

## Consent and letters
consent-purpose = Araştırmanın amacı
consent-statements = Beyan
consent-tick = Lütfen katıldığınız her ifadeyi işaretleyin.
consent-yes = Evet
consent-no = Hayır
consent-two-copies = Bu form iki nüsha olarak imzalanır: biri katılımcı, biri araştırmacı için.
signatures = İmzalar
participant = Katılımcı
researcher = Araştırmacı
name = Ad soyad
signature = İmza
consent-script = Sesli okunacak metin
consent-script-instruction = Her bölümü katılımcıya okuyun ve devam etmeden önce anlaşıldığından emin olun.
consent-checklist = Görüşmecinin kontrol listesi
consent-item = Madde
consent-agreed = Kabul edildi
consent-refused = Reddedildi
consent-recorded = Onamın kendisi ses kaydına alındı
interviewer-initials = Görüşmecinin baş harfleri
letter-qr = Araştırmanın sayfasını bu dilde açmak için QR kodu tarayın:
letter-address = Adres etiketini buraya yapıştırın veya adresi elle yazın (bu not yazdırılmaz)
continue-to-site = Araştırma sayfasına git

## Script (enquete.js): saving, sessions, exports, clocks, validation
js-sessions = Bu cihazdaki katılımcı
js-no-code = henüz kod yok
js-new-session = Yeni katılımcı
js-delete-session = Bu yanıtları sil
js-delete-confirm = { $code } yanıtları bu cihazdan silinsin mi? Bu işlem geri alınamaz.
js-deleted = Yanıtlar bu cihazdan silindi.
js-export-json = JSON olarak dışa aktar
js-export-csv = CSV olarak dışa aktar
js-export-md = Markdown olarak dışa aktar
js-import = JSON içe aktar
js-import-done = Yanıtlar içe aktarıldı: { $code }.
js-import-invalid = Bu dosya bir enquete yanıt dosyası değil ({ $reason }). Hiçbir şey değiştirilmedi.
js-import-wrong = Bu dosya başka bir ankete ait yanıtlar içeriyor ({ $id }).
js-encrypt-failed = Hiçbir şey dışa aktarılmadı veya gönderilmedi: bu tarayıcı yanıtları şifreleyemedi ({ $reason }). Yanıtlar bu cihazda kayıtlı duruyor. Sayfayı bir dosyadan veya https üzerinden, güncel bir tarayıcıda açıp yeniden deneyin.
js-import-encrypted = Bu dosya araştırmanın anahtarıyla şifrelenmiştir, bu yüzden hiçbir tarayıcı onu açamaz: araştırma ekibi onu enquete ile açar. Hiçbir şey değiştirilmedi.
js-saving = Kaydediliyor…
js-saved = Bu tarayıcıya { $time } saatinde kaydedildi.
js-restored = Yanıtlar geri yüklendi: { $code }.
js-not-saved = Yanıtlar bu tarayıcıya kaydedilemiyor (gizli pencere, depolama engellenmiş veya dolu). Sayfayı açık tutun ve kapatmadan önce yanıtları dışa aktarın.
js-code-taken = Bu cihazda { $code } için yanıtlar zaten var: şimdi gösteriliyor.
js-downloaded = { $file } dosyası olarak kaydedildi.
js-unexported = Bazı yanıtlar henüz dışa aktarılmadı.
js-progress = Yanıtlanan soru: { $answered } / { $total }
js-clock-start = Kronometreyi başlat
js-clock-pause = Kronometreyi duraklat
js-clock-total = Görüşme süresi
js-clock-section = Bu bölümdeki süre
js-required-missing = Lütfen bu soruyu yanıtlayın.
js-errors-summary = Bazı sorular yanıt bekliyor ({ $count }):
js-submitted = Yanıtlarınız gönderildi ve araştırma ekibine ulaştı.
js-submit-failed = Yanıtlarınız gönderilemedi ({ $reason }). Bu tarayıcıda kayıtlı kalmaya devam ediyor: daha sonra yeniden deneyin.
js-dismiss = Gizle
js-privacy-file = Bu sayfa bir dosyadan açıldı. Bu tarayıcıda dosyadan açılan tüm sayfalar tek bir depolama alanını paylaşır; bu nedenle bu bilgisayarda açılan herhangi bir HTML dosyası burada tutulan yanıtları okuyabilir. Ortak kullanılan bir bilgisayarda yanıtları dışa aktarın ve bu cihazdan kaldırın.
js-orphans-title = Artık bu kılavuzda olmayan sorulara verilen yanıtlar
js-orphans-help = Bu yanıtlar kaydedildikten sonra kılavuz değişti. Yanıtlar burada ve her dışa aktarımda tutulur.
js-definition-changed = Bu yanıtlar kaydedildikten sonra bu kılavuz değişti: yeni sorular: { $added }; kaldırılan sorular: { $removed }. Yanıtlar sorulara göre eşleştirilir; kaldırılan bir sorunun yanıtı tutulur ve dışa aktarılır.
js-definition-changed-since = Bu yanıtlar kaydedildikten sonra bu kılavuz değişti. Yanıtlar sorulara göre eşleştirilir; artık kılavuzda olmayan soruların yanıtları ({ $removed }) tutulur ve dışa aktarılır.
js-open-elsewhere = { $code } başka bir sekmede veya pencerede de açık. Orada yapılan değişiklikler burada görünür; her yanıtın en son sürümü korunur.
js-exported-removed = { $file } dosyası olarak kaydedildi ve bu cihazdan kaldırıldı.
js-import-cancelled = İçe aktarma iptal edildi: hiçbir şey değiştirilmedi.
js-import-merged = Dosyadaki yanıtlar, bu cihazda { $code } için zaten bulunan yanıtlarla birleştirildi. Önceki sürüm bir sonraki dışa aktarıma kadar tutulur.
js-undo-import = İçe aktarmayı geri al
js-import-undone = İçe aktarma geri alındı: { $code } yanıtları önceki hâline döndü.
js-mail-opened = E-posta programınız şimdi { $address } adresine yanıtlarınızı içeren bir ileti açmalıdır. Bitirmek için bu iletiyi gönderin.
js-mail-attach-body = Yanıtlarım ekteki { $file } dosyasındadır.
js-mail-too-long = Yanıtlarınız bir e-posta bağlantısı için çok uzun olduğundan tarayıcınızın indirilenlerine { $file } dosyası olarak kaydedildi. Bu dosyayı { $address } adresine göndereceğiniz bir e-postaya ekleyin.
js-download-done = Yanıtlarınız tarayıcınızın indirilenler klasörüne { $file } dosyası olarak kaydedildi.
js-thanks-title = Teşekkürler
js-forget-answers = Yanıtlarımı bu tarayıcıdan kaldır
js-forgotten = Yanıtlarınız bu tarayıcıdan kaldırıldı.
js-bar = Görüşme
js-menu = Oturum
js-export-all = Tüm katılımcıları dışa aktar (JSON)
js-send = Yanıtları gönder
js-remove-after-export = JSON dışa aktarımından sonra bu katılımcıyı bu cihazdan kaldır
js-shortcuts = Klavye kısayolları
js-clock-stopped = Sayfa kapatıldığında kronometre çalışıyordu; { $time } gösterirken duraklatıldı.
js-conflicts-title = Her iki tarafta da değişen yanıtlar: { $code }
js-conflicts-help = Bu yanıtlar, bu cihazdan yapılan son dışa aktarımdan bu yana hem bu cihazda hem de dosyada değiştirildi. Tutulacak sürümü seçin; diğeri bir sonraki dışa aktarıma kadar geri alınabilir.
js-conflict-mine = Bu cihaz ({ $time }):
js-conflict-theirs = Dosya ({ $time }):
js-conflicts-merge = Birleştir
js-conflicts-cancel = İçe aktarmayı iptal et
js-skip-to-questions = Sorulara geç
js-key-next = Sonraki soru
js-key-previous = Önceki soru
js-key-unanswered = Sonraki yanıtlanmamış soru
js-key-clock = Kronometreyi başlat veya duraklat
js-key-probe = Sonraki ek soruyu işaretle
js-key-notes = Bu soruyla ilgili notlar
js-key-mark = Kronometredeki süreyi, örneğin [12:40], bir nota veya yanıta ekle
js-key-help = Bu liste
js-close = Kapat
js-found-elsewhere = Bu tarayıcı bu ankete verilmiş başka yanıtlar da tutuyor: bunlar, bir araştırmanın study.yaml dosyası değiştirilmeden önce yapılmış başka bir derlemesinden geliyor (katılımcı: { $count }). Bu araştırmaya aitlerse onları buraya alın.
js-take-found = Bunları bu araştırmaya al
js-taken-found = Yanıtlar bu araştırmaya alındı (katılımcı: { $count }).

## Skip logic: when a question or section applies (show_if)
routing-only-if = Yalnızca { $condition } ise
routing-equals = { $number }. sorunun cevabı “{ $value }”
routing-not-equals = { $number }. sorunun cevabı “{ $value }” değil
routing-includes = { $number }. soruda “{ $value }” işaretli
routing-not-includes = { $number }. soruda “{ $value }” işaretli değil
routing-at-least = { $number }. sorunun cevabı { $value } veya daha fazla
routing-at-most = { $number }. sorunun cevabı { $value } veya daha az
routing-on-or-after = { $number }. sorunun cevabı { $value } veya sonrası
routing-on-or-before = { $number }. sorunun cevabı { $value } veya öncesi
routing-answered = { $number }. soru cevaplanmış
routing-not-answered = { $number }. soru cevaplanmamış
routing-and = ve
routing-or = veya
routing-not = { $condition } doğru değil
# On paper, under a question that later questions depend on.
routing-go-to = “{ $value }” ise { $number }. soruya geçin
# In a transcript, under a question that did not apply to the respondent.
not-applicable = Önceki cevaplar nedeniyle geçerli değil
js-shown-now = Şimdi gösteriliyor: { $question }

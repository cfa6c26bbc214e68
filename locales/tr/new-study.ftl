# The sample study that `enquete new` writes, Turkish. Every text is an
# example that the researcher replaces with their own; keep it plain and
# neutral. Messages are written into YAML as they are: keep the ids, and
# keep `{ $organisation }`, `{ $city }` and `{ $programme }` in the letter.
# Register: the polite "siz", as in the other Turkish files of enquete. In the
# letter, `{ $programme }` follows a colon, so that no case suffix is ever
# attached to a name.
# Reviewed by a native speaker: no

study-title = Örnek araştırma: bir gönüllülük programına katılım
study-intro = Bu araştırma, katılımcıların programı nasıl deneyimlediğini inceliyor. Bu metni kendi araştırmanızın tanıtımıyla değiştirin.
institution = Örnek Üniversitesi
researcher-role = Araştırmacı
privacy-controller = Örnek Üniversitesi
privacy-retention = yayımdan sonra 10 yıl
privacy-authority = ulusal veri koruma kurumu
programme = gönüllülük programı

guide-title = Katılımcılarla görüşme kılavuzu
guide-intro = Bu görüşmeye katıldığınız için teşekkür ederiz.
section-start = Giriş
section-start-instructions = Kendinizi tanıtın, araştırmayı açıklayın ve başlamadan önce onam metnini katılımcıyla birlikte gözden geçirin.
question-code = Katılımcı kodu
question-code-help = Onam formundaki kod; asla bir ad değil.
question-joined = Programa katılmanız nasıl oldu?
probe-heard = Programdan size kim bahsetti?
probe-expected = Programdan ne bekliyordunuz?
question-joined-note = Katılımcının hikâyesini kendi sözleriyle anlatmasına izin verin; yanıt önermeyin.
question-since = Ne zamandan beri programa katılıyorsunuz?
question-age = Kaç yaşındasınız?
section-programme = Program
question-activities = Programda neler yapıyorsunuz?
option-meeting = Yeni insanlarla tanışmak
option-language = Dil pratiği yapmak
option-leisure = Boş zaman etkinlikleri
question-frequency = Programa ne sıklıkla katılıyorsunuz?
option-weekly = Her hafta
option-monthly = Her ay
option-less = Daha seyrek
question-satisfaction = Programdan ne kadar memnunsunuz?
scale-low = hiç
scale-high = tamamen
note-last-part = Katılımcıya şimdiye kadarki yanıtları için teşekkür edin ve görüşmenin son bölümüne geçtiğinizi söyleyin.
section-change = En önemli değişiklik
question-change = Geriye dönüp baktığınızda, sizin için en önemli değişiklik ne oldu?
change-period = programa başladığınızdan beri

survey-title = Program sonrası kısa anket
survey-section = Deneyiminiz
question-recommend = Programı başkalarına tavsiye eder misiniz?
option-yes = Evet
option-no = Hayır
option-unsure = Emin değilim
question-change-wish = Programda neyi değiştirirdiniz?

consent-written-title = Bilgilendirilmiş onam
consent-verbal-title = Bilgilendirilmiş onam (sözlü)
consent-purpose = Bu araştırma, katılımcıların programı nasıl deneyimlediğini anlamayı amaçlıyor. Görüşme yaklaşık bir saat sürer.

letter-title = Görüşmeye katılım daveti
letter-body =
    Değerli okur,

    { $city } kentindeki { $organisation } aracılığıyla şu programa katılıyorsunuz: { $programme }. Deneyiminizi, size uygun bir yer ve zamanda, yaklaşık bir saat sürecek bir görüşmede dinlemek isteriz.

    Katılım gönüllülük esasına dayanır. Katılmak isterseniz ya da bir sorunuz varsa lütfen bizimle iletişime geçin.

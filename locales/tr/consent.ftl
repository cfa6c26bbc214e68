# Default wording of consent sheets, Turkish.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).
#
# Variables come from study.yaml: $controller, $controller_contact,
# $dpo_email, $legal_basis, $recipients, $retention, $authority, $committee,
# $reference. Values from study.yaml follow a colon or stand alone, so that
# no case suffix is ever attached to a name.
# Each item has three forms: the statement ticked on a written form (first
# person), the text read aloud in verbal consent (-script, "siz") and a
# checklist line (-label).

consent-voluntary = Bu araştırmaya gönüllü olarak katılıyorum.
consent-voluntary-script = Katılım gönüllüdür: bu görüşmeyi yapmak isteyip istemediğinize siz karar verirsiniz.
consent-voluntary-label = Gönüllü katılım

consent-withdraw = Her soruyu yanıtlamak zorunda olmadığımı, görüşmeyi istediğim zaman durdurabileceğimi ve onamımı daha sonra geri çekebileceğimi, bunun için bir neden göstermem gerekmediğini ve bunun benim için hiçbir sonucu olmayacağını biliyorum.
consent-withdraw-script = Her soruyu yanıtlamak zorunda değilsiniz. Görüşmeyi istediğiniz an durdurabilir, onamınızı daha sonra da geri çekebilirsiniz; bunun için neden göstermeniz gerekmez ve bunun sizin için hiçbir sonucu olmaz.
consent-withdraw-label = Soru atlayabilir, görüşmeyi durdurabilir ya da onamını sonra geri çekebilir

consent-recording = Görüşmenin ses kaydına alınmasını kabul ediyorum. Kayıt yalnızca bu araştırma için kullanılır ve başka hiç kimseyle paylaşılmaz.
consent-recording-script = İzin verirseniz konuşmamızı kaydetmek istiyorum. Kayıt yalnızca bu araştırma için kullanılır ve başka hiç kimseyle paylaşılmaz. Hayır diyebilir ve yine de katılabilirsiniz.
consent-recording-label = Ses kaydı

consent-anonymisation = Görüşme yazıya dökülürken adımın ve andığım kişi ve yer adlarının silineceğini ya da değiştirileceğini, böylece raporlarda ve yayınlarda tanınamayacağımı anlıyorum.
consent-anonymisation-script = Görüşme yazıya dökülürken adınız ve andığınız kişi ve yer adları silinir. Yayımladıklarımızda kimse sizi tanıyamaz.
consent-anonymisation-label = Adlar ve yerler anonimleştirildi

consent-privacy = Kişisel verilerimin nasıl işlendiği konusunda bilgilendirildim. Veri sorumlusu: { $controller }, { $controller_contact }. Veri koruma görevlisi: { $dpo_email }. Amaç: bu bilimsel araştırma. Hukuki dayanak: { $legal_basis }. Verilere erişim: yalnızca { $recipients }. Saklama süresi: { $retention }. Verilerime erişme, bunları düzeltme ve silme, işlenmesini kısıtlama, işlenmesine itiraz etme ve uygulanabildiği durumlarda veri taşınabilirliği haklarına sahibim; bu hakları veri koruma görevlisi aracılığıyla kullanabilirim. Denetim makamına şikâyette bulunabilirim: { $authority }.
consent-privacy-script = Verileriniz yalnızca bu araştırma için kullanılır. Verilerinizden sorumlu olan (veri sorumlusu): { $controller }, { $controller_contact }. Hukuki dayanak: { $legal_basis }. Verilerinizi yalnızca şu kişiler görebilir: { $recipients }. Saklama süresi: { $retention }. Verilerinizi görmeyi, düzeltilmesini veya silinmesini, kullanımının kısıtlanmasını isteyebilir ya da kullanımına itiraz edebilir, uygulanabildiği durumlarda verilerinizi kullanılabilir bir biçimde alabilirsiniz. Bunun için veri koruma görevlisine şu adresten ulaşın: { $dpo_email }. Denetim makamına da şikâyette bulunabilirsiniz: { $authority }.
consent-privacy-label = Kişisel veriler hakkında bilgi verildi (GDPR)

# Added to the privacy item when study.yaml sets `privacy.special_categories: true`.
consent-privacy-special = Anlattıklarımın bir kısmı özel nitelikli kişisel verileri (örneğin kökenimi, dinimi veya sağlığımı) ortaya koyabilir; bu veriler uygun güvencelerle bilimsel araştırma amacıyla işlenir (GDPR md. 9(2)(j) ve md. 89).
consent-privacy-special-script = Bana anlattıklarınızın bir kısmı kökeniniz, dininiz veya sağlığınız hakkında bilgi verebilir. Yasa bu verileri özel olarak korur: bunları yalnızca bu araştırma için, ek güvencelerle kullanırız (GDPR md. 9(2)(j) ve md. 89).

consent-ethics = Bu araştırmanın etik kurul tarafından onaylandığını ({ $committee }, referans: { $reference }) ve araştırmacıya çalışmayla ilgili her türlü soruyu şimdi ya da daha sonra sorabileceğimi biliyorum.
consent-ethics-script = Bu araştırma etik kurul tarafından onaylandı: { $committee } (referans: { $reference }). Araştırma hakkında bana şimdi ya da daha sonra soru sorabilirsiniz.
consent-ethics-label = Etik onay açıklandı, sorular yanıtlandı

privacy-default-legal-basis = kamu yararına yürütülen bir görev (bilimsel araştırma; GDPR md. 6(1)(e) ve md. 89)
privacy-default-recipients = araştırma ekibi

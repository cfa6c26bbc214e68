# The sample study that `enquete new` writes, Arabic (Modern Standard Arabic).
# Every text is an example that the researcher replaces with their own; keep
# it plain and neutral. Messages are written into YAML as they are: keep the
# ids, and keep `{ $organisation }`, `{ $city }` and `{ $programme }` in the letter.
# Register: the participant is addressed in the singular ("أنت"), as in the
# other Arabic files of enquete.
# Reviewed by a native speaker: no

study-title = دراسة نموذجية: المشاركة في برنامج تطوعي
study-intro = تتناول هذه الدراسة كيف يعيش المشاركون تجربة البرنامج. استبدل هذا النص بمقدمة دراستك.
institution = الجامعة النموذجية
researcher-role = باحث
privacy-controller = الجامعة النموذجية
privacy-retention = 10 سنوات بعد النشر
privacy-authority = الهيئة الوطنية لحماية البيانات
programme = البرنامج التطوعي

guide-title = دليل المقابلة مع المشاركين
guide-intro = شكرًا لمشاركتك في هذه المقابلة.
section-start = مقدمة
section-start-instructions = عرّف بنفسك، واشرح الدراسة، وراجع الموافقة مع المشارك قبل أن تبدأ.
question-code = رمز المشارك
question-code-help = الرمز المكتوب على استمارة الموافقة؛ وليس اسمًا أبدًا.
question-joined = كيف بدأت مشاركتك في البرنامج؟
probe-heard = من أخبرك عنه؟
probe-expected = ماذا كنت تتوقع منه؟
question-joined-note = دع المشارك يروي قصته بكلماته الخاصة؛ ولا تقترح عليه إجابات.
question-since = منذ متى تشارك في البرنامج؟
question-age = كم عمرك؟
section-programme = البرنامج
question-activities = ماذا تفعل في البرنامج؟
option-meeting = التعرّف على أشخاص جدد
option-language = ممارسة اللغة
option-leisure = أنشطة ترفيهية
question-frequency = كم مرة تشارك في البرنامج؟
option-weekly = كل أسبوع
option-monthly = كل شهر
option-less = أقل من ذلك
question-satisfaction = ما مدى رضاك عن البرنامج؟
scale-low = لا على الإطلاق
scale-high = تمامًا
note-last-part = اشكر المشارك على إجاباته حتى الآن، وأعلن بدء الجزء الأخير من المقابلة.
section-change = التغيير الأهم
question-change = عندما تنظر إلى الوراء، ما التغيير الأهم بالنسبة لك؟
change-period = منذ أن بدأت في البرنامج

survey-title = استبيان قصير بعد البرنامج
survey-section = تجربتك
question-recommend = هل تنصح الآخرين بالبرنامج؟
option-yes = نعم
option-no = لا
option-unsure = لست متأكدًا
question-change-wish = ما الذي تودّ تغييره في البرنامج؟

consent-written-title = الموافقة المستنيرة
consent-verbal-title = الموافقة المستنيرة (الشفهية)
consent-purpose = تسعى هذه الدراسة إلى فهم كيف يعيش المشاركون تجربة البرنامج. تستغرق المقابلة نحو ساعة.

letter-title = دعوة للمشاركة في مقابلة
letter-body =
    القارئ الكريم،

    تشارك في { $programme } عن طريق { $organisation } في { $city }. نودّ أن نستمع إلى تجربتك في مقابلة تستغرق نحو ساعة، في مكان ووقت يناسبانك.

    المشاركة طوعية. إذا رغبت في المشاركة أو كان لديك سؤال، فيُرجى التواصل معنا.

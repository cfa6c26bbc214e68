# Interface strings of enquete, Arabic (Modern Standard Arabic). A study
# overrides any message by defining it again in its own locales/ar/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).

language-name = العربية
skip-to-content = الانتقال إلى المحتوى
languages = اللغات
not-translated = لم تُترجم بعد
made-with = أُنشئت باستخدام enquete. لا ترسل هذه الصفحة أي شيء إلى أي مكان؛ تبقى الإجابات في هذا المتصفح إلى أن تصدّرها.
version = الإصدار
definition-hash = بصمة تعريف الاستبيان
footer-version = الإصدار { $version }
page-x-of-y = الصفحة { $page } من { $pages }
study = الدراسة
colon = :

## Home page
questionnaires = الاستبيانات
documents = المعلومات والموافقة
printable-version = نسخة قابلة للطباعة
kind-interview = دليل المقابلة
kind-survey = استبيان
kind-consent-written = استمارة موافقة مكتوبة
kind-consent-verbal = نص الموافقة الشفهية
kind-letter = رسالة دعوة
kind-codebook = إطار الترميز للتحليل
codebook-title = دليل الرموز
codebook-intro = إطار الترميز لتحليل الإجابات: كل رمز، وما يشمله، والأسئلة التي تُرمَّز إجاباتها به.
codebook-questions = الأسئلة المرمَّزة به
bilingual-versions = نسخ ثنائية اللغة
bilingual-pair = { $a } و { $b }
contact = للتواصل
ethics-approval = وافقت لجنة الأخلاقيات { $committee } على هذه الدراسة (المرجع { $reference }).
letter-variants-intro = لهذه الرسالة عدة نسخ؛ افتح إحداها لطباعتها.
all-variants = كل نسخ هذه الرسالة

## Durations and counts
duration-minutes = { $min ->
    [zero] { $min } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $min } دقائق
    [many] { $min } دقيقة
   *[other] { $min } دقيقة
}
duration-range = { $max ->
    [zero] { $min }–{ $max } دقيقة
    [one] { $min }–{ $max } دقيقة
    [two] { $min }–{ $max } دقيقة
    [few] { $min }–{ $max } دقائق
    [many] { $min }–{ $max } دقيقة
   *[other] { $min }–{ $max } دقيقة
}
question-count = { $count ->
    [zero] لا أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالًا
   *[other] { $count } سؤال
}
planned = المدة المخططة
actual-time = الفعلي
consent-reminder = تم الحصول على الموافقة قبل السؤال الأول

## Forms
web-form = الاستمارة الإلكترونية
print = طباعة
consent-document = الموافقة
no-script = جافاسكريبت معطّل: يمكنك قراءة هذه الصفحة وطباعتها، لكن الإجابات لا تُحفظ.
encrypted-note = تُشفَّر الإجابات على هذا الجهاز قبل تصديرها أو إرسالها: لا يستطيع فتحها إلا فريق البحث.
respondent-code = رمز المشارك
respondent-code-help = رمز مثل R07، وليس اسمًا أبدًا.
respondent-code-never-name = رمز المشارك (وليس اسمًا أبدًا)
sections = الأجزاء
interviewer-instructions = للمُحاوِر
interviewer-note = ملاحظة للمُحاوِر
interviewer = المُحاوِر
required = إلزامي
optional = اختياري
other = غير ذلك
other-specify = غير ذلك، يرجى التحديد
msc-period = الفترة
msc-story = القصة: ما الذي تغيّر؟
msc-why = لماذا يُعدّ هذا التغيير الأهم بالنسبة لك؟
probes = أسئلة المتابعة (ضع علامة عند طرحها)
notes = ملاحظات المُحاوِر
notes-on = ملاحظات على السؤال
submit = إرسال الإجابات
date = التاريخ
time = الوقت

## Consent and letters
consent-purpose = هدف الدراسة
consent-statements = الإقرار
consent-tick = يُرجى وضع علامة أمام كل عبارة توافق عليها.
consent-yes = نعم
consent-no = لا
consent-two-copies = تُوقَّع هذه الاستمارة في نسختين: نسخة للمشارك ونسخة للباحث.
signatures = التوقيعات
participant = المشارك
researcher = الباحث
name = الاسم
signature = التوقيع
consent-script = نص يُقرأ بصوت عالٍ
consent-script-instruction = اقرأ كل جزء على المشارك وتأكد من أنه مفهوم قبل المتابعة.
consent-checklist = قائمة التحقق الخاصة بالمُحاوِر
consent-item = البند
consent-agreed = موافق
consent-refused = رافض
consent-recorded = سُجّلت الموافقة نفسها صوتيًا
interviewer-initials = الأحرف الأولى من اسم المُحاوِر
letter-qr = امسح الرمز لفتح صفحة الدراسة بهذه اللغة:
letter-address = ألصق ملصق العنوان هنا أو اكتب العنوان بخط اليد (لا تُطبع هذه الملاحظة)
continue-to-site = المتابعة إلى الدراسة

## Script (enquete.js): saving, sessions, exports, clocks, validation
js-sessions = المشارك على هذا الجهاز
js-no-code = لا يوجد رمز بعد
js-new-session = مشارك جديد
js-delete-session = حذف هذه الإجابات
js-delete-confirm = هل تريد حذف إجابات { $code } من هذا الجهاز؟ لا يمكن التراجع عن ذلك.
js-deleted = حُذفت الإجابات من هذا الجهاز.
js-export-json = تصدير JSON
js-export-csv = تصدير CSV
js-export-md = تصدير Markdown
js-import = استيراد JSON
js-import-done = تم استيراد الإجابات: { $code }.
js-import-invalid = هذا الملف ليس ملف إجابات من enquete ({ $reason }). لم يتغيّر شيء.
js-import-wrong = يحتوي هذا الملف على إجابات لاستبيان آخر ({ $id }).
js-encrypt-failed = لم يُصدَّر أو يُرسَل شيء: تعذّر على هذا المتصفح تشفير الإجابات ({ $reason }). لا تزال محفوظة على هذا الجهاز. افتح الصفحة من ملف أو عبر https في متصفح محدَّث، ثم حاول مرة أخرى.
js-import-encrypted = هذا الملف مشفَّر بمفتاح الدراسة، لذلك لا يستطيع أي متصفح فتحه: يفتحه فريق البحث باستخدام enquete. لم يتغيّر شيء.
js-saving = جارٍ الحفظ…
js-saved = حُفظت في هذا المتصفح في الساعة { $time }.
js-restored = استُعيدت الإجابات: { $code }.
js-not-saved = لا يمكن حفظ الإجابات في هذا المتصفح (تصفح خاص، أو تخزين محظور أو ممتلئ). أبقِ الصفحة مفتوحة وصدّر الإجابات قبل إغلاقها.
js-code-taken = توجد بالفعل على هذا الجهاز إجابات للرمز { $code }: وهي معروضة الآن.
js-downloaded = حُفظت في الملف { $file }.
js-unexported = بعض الإجابات لم تُصدَّر بعد.
js-progress = الأسئلة المُجاب عنها: { $answered } من { $total }
js-clock-start = تشغيل المؤقت
js-clock-pause = إيقاف المؤقت مؤقتًا
js-clock-total = مدة المقابلة
js-clock-section = الوقت في هذا الجزء
js-required-missing = يرجى الإجابة عن هذا السؤال.
js-errors-summary = بعض الأسئلة تحتاج إلى إجابة ({ $count }):
js-submitted = أُرسلت إجاباتك وتسلّمتها الدراسة.
js-submit-failed = تعذّر إرسال إجاباتك ({ $reason }). ما زالت محفوظة في هذا المتصفح: حاول مرة أخرى لاحقًا.
js-dismiss = إغلاق
js-privacy-file = فُتحت هذه الصفحة من ملف. كل الصفحات المفتوحة من ملفات في هذا المتصفح تتشارك مساحة تخزين واحدة، لذا يمكن لأي ملف HTML يُفتح على هذا الحاسوب أن يقرأ الإجابات المحفوظة هنا. على حاسوب مشترك، صدّر الإجابات ثم احذفها من هذا الجهاز.
js-orphans-title = إجابات عن أسئلة لم تعد في هذا الدليل
js-orphans-help = تغيّر الدليل منذ حفظ هذه الإجابات. تبقى محفوظة هنا وتُضمَّن في كل تصدير.
js-definition-changed = تغيّر هذا الدليل منذ حفظ هذه الإجابات: أسئلة جديدة: { $added }؛ أسئلة محذوفة: { $removed }. تُطابق الإجابات حسب السؤال؛ وتبقى الإجابة عن سؤال محذوف محفوظة وتُصدَّر.
js-definition-changed-since = تغيّر هذا الدليل منذ حفظ هذه الإجابات. تُطابق الإجابات حسب السؤال؛ وتبقى الإجابات عن الأسئلة التي لم تعد في الدليل ({ $removed }) محفوظة وتُصدَّر.
js-open-elsewhere = { $code } مفتوح أيضًا في علامة تبويب أو نافذة أخرى. تظهر هنا التغييرات التي تُجرى هناك؛ وتُحفظ لكل إجابة أحدث نسخة منها.
js-exported-removed = حُفظت في الملف { $file } وحُذفت من هذا الجهاز.
js-import-cancelled = أُلغي الاستيراد: لم يتغيّر شيء.
js-import-merged = دُمجت إجابات الملف مع إجابات { $code } الموجودة على هذا الجهاز. تبقى النسخة السابقة محفوظة حتى التصدير التالي.
js-undo-import = التراجع عن الاستيراد
js-import-undone = تم التراجع عن الاستيراد: عادت إجابات { $code } كما كانت.
js-mail-opened = من المفترض أن يفتح برنامج البريد الإلكتروني لديك الآن رسالة إلى { $address } تتضمن إجاباتك. أرسل تلك الرسالة لإتمام العملية.
js-mail-attach-body = إجاباتي في الملف المرفق { $file }.
js-mail-too-long = إجاباتك أطول من أن تُرسل عبر رابط بريد إلكتروني، لذا حُفظت في الملف { $file } ضمن تنزيلات المتصفح. أرفق ذلك الملف برسالة بريد إلكتروني إلى { $address }.
js-download-done = حُفظت إجاباتك في الملف { $file } في مجلد التنزيلات في متصفحك.
js-thanks-title = شكرًا لك
js-forget-answers = حذف إجاباتي من هذا المتصفح
js-forgotten = حُذفت إجاباتك من هذا المتصفح.
js-bar = المقابلة
js-menu = الجلسة
js-export-all = تصدير كل المشاركين (JSON)
js-send = إرسال الإجابات
js-remove-after-export = حذف هذا المشارك من هذا الجهاز بعد تصدير JSON
js-shortcuts = اختصارات لوحة المفاتيح
js-clock-stopped = كان المؤقت يعمل عند إغلاق الصفحة؛ وهو الآن متوقف مؤقتًا عند { $time }.
js-conflicts-title = إجابات تغيّرت في الجانبين: { $code }
js-conflicts-help = تغيّرت هذه الإجابات على هذا الجهاز وفي الملف معًا منذ آخر تصدير من هذا الجهاز. اختر النسخة التي تريد الاحتفاظ بها؛ ويمكن استرجاع الأخرى حتى التصدير التالي.
js-conflict-mine = هذا الجهاز ({ $time }):
js-conflict-theirs = الملف ({ $time }):
js-conflicts-merge = دمج
js-conflicts-cancel = إلغاء الاستيراد
js-skip-to-questions = الانتقال إلى الأسئلة
js-key-next = السؤال التالي
js-key-previous = السؤال السابق
js-key-unanswered = السؤال التالي بلا إجابة
js-key-clock = تشغيل المؤقت أو إيقافه مؤقتًا
js-key-probe = التأشير على سؤال المتابعة التالي
js-key-notes = ملاحظات على هذا السؤال
js-key-mark = إدراج وقت المؤقت، مثل [12:40]، في ملاحظة أو إجابة
js-key-help = هذه القائمة
js-close = إغلاق
js-found-elsewhere = يحتفظ هذا المتصفح أيضًا بإجابات عن هذا الاستبيان من نسخة أخرى مبنية لدراسة، أُنشئت قبل تعديل ملف study.yaml الخاص بها (عدد المشاركين: { $count }). إن كانت تخص هذه الدراسة، فانقلها إلى هنا.
js-take-found = نقلها إلى هذه الدراسة
js-taken-found = نُقلت الإجابات إلى هذه الدراسة (عدد المشاركين: { $count }).

## Skip logic: when a question or section applies (show_if)
routing-only-if = فقط إذا { $condition }
routing-equals = كانت إجابة السؤال { $number } «{ $value }»
routing-not-equals = لم تكن إجابة السؤال { $number } «{ $value }»
routing-includes = تم اختيار «{ $value }» في السؤال { $number }
routing-not-includes = لم يتم اختيار «{ $value }» في السؤال { $number }
routing-at-least = كانت إجابة السؤال { $number } { $value } أو أكثر
routing-at-most = كانت إجابة السؤال { $number } { $value } أو أقل
routing-on-or-after = كانت إجابة السؤال { $number } { $value } أو بعده
routing-on-or-before = كانت إجابة السؤال { $number } { $value } أو قبله
routing-answered = تمت الإجابة عن السؤال { $number }
routing-not-answered = لم تتم الإجابة عن السؤال { $number }
routing-and = و
routing-or = أو
routing-not = لم يكن صحيحًا أن { $condition }
# On paper, under a question that later questions depend on.
routing-go-to = إذا كانت الإجابة «{ $value }»، انتقل إلى السؤال { $number }
# In a transcript, under a question that did not apply to the respondent.
not-applicable = لا ينطبق بناءً على الإجابات السابقة
js-shown-now = معروض الآن: { $question }

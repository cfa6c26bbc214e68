# Default wording of consent sheets, Persian (Farsi).
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).
#
# Variables come from study.yaml: $controller, $controller_contact,
# $dpo_email, $legal_basis, $recipients, $retention, $authority, $committee,
# $reference. Values from study.yaml follow a colon or stand alone.
# Each item has three forms: the statement ticked on a written form (first
# person), the text read aloud in verbal consent (-script, "شما") and a
# checklist line (-label).

consent-voluntary = من داوطلبانه در این پژوهش شرکت می‌کنم.
consent-voluntary-script = شرکت در این پژوهش داوطلبانه است: خودتان تصمیم می‌گیرید که آیا می‌خواهید در این مصاحبه شرکت کنید یا نه.
consent-voluntary-label = شرکت داوطلبانه

consent-withdraw = می‌دانم که لازم نیست به همه پرسش‌ها پاسخ دهم، می‌توانم هر زمان که بخواهم مصاحبه را متوقف کنم و می‌توانم بعداً رضایتم را پس بگیرم، بی‌آنکه دلیلی بیاورم و بی‌آنکه این کار هیچ پیامدی برایم داشته باشد.
consent-withdraw-script = لازم نیست به همه پرسش‌ها پاسخ دهید. هر لحظه می‌توانید مصاحبه را متوقف کنید و بعداً هم می‌توانید رضایتتان را پس بگیرید، بی‌آنکه دلیلی بیاورید؛ این کار هیچ پیامدی برای شما ندارد.
consent-withdraw-label = می‌تواند از پرسش‌ها بگذرد، مصاحبه را متوقف کند یا بعداً رضایتش را پس بگیرد

consent-recording = موافقم که مصاحبه به‌صورت صوتی ضبط شود. صدای ضبط‌شده فقط برای این پژوهش به کار می‌رود و با هیچ کس دیگری به اشتراک گذاشته نمی‌شود.
consent-recording-script = با اجازه شما، مایلم گفت‌وگویمان را ضبط کنم. صدای ضبط‌شده فقط برای این پژوهش به کار می‌رود و با هیچ کس دیگری به اشتراک گذاشته نمی‌شود. می‌توانید نپذیرید و باز هم در پژوهش شرکت کنید.
consent-recording-label = ضبط صوتی

consent-anonymisation = می‌دانم که هنگام پیاده‌سازی متن مصاحبه، نام من و نام افراد و مکان‌هایی که ذکر می‌کنم حذف یا جایگزین می‌شوند تا نتوان مرا در گزارش‌ها یا انتشارات شناسایی کرد.
consent-anonymisation-script = هنگام پیاده‌سازی متن مصاحبه، نام شما و نام افراد و مکان‌هایی که ذکر می‌کنید حذف می‌شوند. هیچ کس نخواهد توانست شما را در آنچه منتشر می‌کنیم شناسایی کند.
consent-anonymisation-label = ناشناس‌سازی نام‌ها و مکان‌ها

consent-privacy = درباره نحوه پردازش داده‌های شخصی‌ام به من اطلاع داده شده است. کنترل‌کننده داده‌ها: { $controller }، { $controller_contact }. مسئول حفاظت از داده‌ها: { $dpo_email }. هدف: همین پژوهش علمی. مبنای قانونی: { $legal_basis }. دسترسی به داده‌ها: فقط { $recipients }. مدت نگهداری: { $retention }. حق دارم به داده‌هایم دسترسی داشته باشم، آن‌ها را اصلاح یا پاک کنم، پردازش آن‌ها را محدود کنم یا به آن اعتراض کنم و، در موارد مربوط، از حق انتقال‌پذیری داده‌ها استفاده کنم؛ این حقوق را می‌توانم از طریق مسئول حفاظت از داده‌ها اعمال کنم. می‌توانم به مرجع نظارتی شکایت کنم: { $authority }.
consent-privacy-script = داده‌های شما فقط برای این پژوهش به کار می‌روند. مسئول داده‌های شما (کنترل‌کننده داده‌ها): { $controller }، { $controller_contact }. مبنای قانونی: { $legal_basis }. فقط این افراد می‌توانند داده‌های شما را ببینند: { $recipients }. مدت نگهداری آن‌ها: { $retention }. می‌توانید درخواست کنید که داده‌هایتان را ببینید، اصلاح یا پاک کنید، استفاده از آن‌ها را محدود کنید یا به آن اعتراض کنید و، در موارد مربوط، آن‌ها را در قالبی قابل استفاده دریافت کنید: با مسئول حفاظت از داده‌ها به نشانی { $dpo_email } تماس بگیرید. همچنین می‌توانید به مرجع نظارتی شکایت کنید: { $authority }.
consent-privacy-label = اطلاعات مربوط به داده‌های شخصی (GDPR) ارائه شد

# Added to the privacy item when study.yaml sets `privacy.special_categories: true`.
consent-privacy-special = بخشی از آنچه می‌گویم ممکن است دسته‌های ویژه داده‌های شخصی (مثلاً خاستگاه، دین یا سلامت من) را آشکار کند؛ این داده‌ها با تدابیر حفاظتی مناسب برای پژوهش علمی پردازش می‌شوند (ماده ۹(۲)(j) و ماده ۸۹ مقررات عمومی حفاظت از داده‌ها، GDPR).
consent-privacy-special-script = بخشی از آنچه به من می‌گویید ممکن است چیزی درباره خاستگاه، دین یا سلامت شما آشکار کند. قانون از این داده‌ها حمایت ویژه می‌کند: ما فقط برای این پژوهش و با تدابیر حفاظتی بیشتر از آن‌ها استفاده می‌کنیم (ماده ۹(۲)(j) و ماده ۸۹ مقررات عمومی حفاظت از داده‌ها، GDPR).

consent-ethics = می‌دانم که این پژوهش به تأیید کمیته اخلاق رسیده است ({ $committee }، شماره { $reference }) و می‌توانم هر پرسشی درباره آن را، اکنون یا بعداً، از پژوهشگر بپرسم.
consent-ethics-script = این پژوهش به تأیید کمیته اخلاق رسیده است ({ $committee }، شماره { $reference }). می‌توانید اکنون یا بعداً درباره پژوهش از من بپرسید.
consent-ethics-label = تأیید اخلاقی توضیح داده شد، به پرسش‌ها پاسخ داده شد

privacy-default-legal-basis = انجام وظیفه‌ای در جهت منافع عمومی (پژوهش علمی؛ ماده ۶(۱)(e) و ماده ۸۹ مقررات عمومی حفاظت از داده‌ها، GDPR)
privacy-default-recipients = گروه پژوهش

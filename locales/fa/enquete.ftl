# Interface strings of enquete, Persian (Farsi). A study overrides any
# message by defining it again in its own locales/fa/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).
# Register: the polite "شما", as on a university information sheet. A noun
# after a number stays singular in Persian: both plural forms read "پرسش".

language-name = فارسی
skip-to-content = رفتن به محتوا
languages = زبان‌ها
not-translated = هنوز ترجمه نشده
made-with = ساخته‌شده با enquete. این صفحه چیزی ارسال نمی‌کند؛ پاسخ‌ها تا زمانی که آن‌ها را صادر کنید در همین مرورگر می‌مانند.
version = نسخه
definition-hash = اثر انگشت تعریف پرسش‌نامه
footer-version = نسخه { $version }
page-x-of-y = صفحه { $page } از { $pages }
study = پژوهش
colon = :

## Home page
questionnaires = پرسش‌نامه‌ها
documents = اطلاعات و رضایت
printable-version = نسخه قابل چاپ
kind-interview = راهنمای مصاحبه
kind-survey = پرسش‌نامه
kind-consent-written = فرم رضایت کتبی
kind-consent-verbal = متن رضایت شفاهی
kind-letter = دعوت‌نامه
kind-codebook = چارچوب کدگذاری برای تحلیل
codebook-title = کتاب کد
codebook-intro = چارچوب کدگذاری برای تحلیل پاسخ‌ها: هر کد، آنچه در بر می‌گیرد، و پرسش‌هایی که پاسخ‌هایشان با آن کدگذاری می‌شود.
codebook-questions = پرسش‌هایی که با آن کدگذاری می‌شوند
bilingual-versions = نسخه‌های دوزبانه
bilingual-pair = { $a } و { $b }
contact = تماس
ethics-approval = این پژوهش به تأیید کمیته اخلاق رسیده است ({ $committee }، شماره { $reference }).
letter-variants-intro = این نامه چند نسخه دارد؛ برای چاپ، یکی را باز کنید.
all-variants = همه نسخه‌های این نامه

## Durations and counts
duration-minutes = { $min } دقیقه
duration-range = { $min }–{ $max } دقیقه
question-count = { $count ->
    [one] { $count } پرسش
   *[other] { $count } پرسش
}
planned = برنامه‌ریزی‌شده
actual-time = واقعی
consent-reminder = رضایت پیش از نخستین پرسش گرفته شد

## Forms
web-form = فرم وب
print = چاپ
consent-document = رضایت
no-script = جاوااسکریپت خاموش است: می‌توانید این صفحه را بخوانید و چاپ کنید، اما پاسخ‌ها ذخیره نمی‌شوند.
encrypted-note = پاسخ‌ها پیش از صدور یا ارسال، روی همین دستگاه رمزگذاری می‌شوند: فقط گروه پژوهش می‌تواند آن‌ها را باز کند.
respondent-code = کد شرکت‌کننده
respondent-code-help = کدی مانند R07؛ هرگز نام ننویسید.
respondent-code-never-name = کد شرکت‌کننده (هرگز نام ننویسید)
sections = بخش‌ها
interviewer-instructions = برای مصاحبه‌گر
interviewer-note = یادداشت برای مصاحبه‌گر
interviewer = مصاحبه‌گر
required = الزامی
optional = اختیاری
other = سایر
other-specify = سایر، لطفاً مشخص کنید
msc-period = دوره
msc-story = داستان: چه چیزی تغییر کرد؟
msc-why = چرا این تغییر برای شما مهم‌ترین است؟
probes = پرسش‌های پیگیری (هنگام پرسیدن علامت بزنید)
notes = یادداشت‌های مصاحبه‌گر
notes-on = یادداشت‌ها درباره پرسش
submit = ارسال پاسخ‌ها
date = تاریخ
time = ساعت

## Consent and letters
consent-purpose = هدف پژوهش
consent-statements = اعلام رضایت
consent-tick = لطفاً کنار هر جمله‌ای که با آن موافقید علامت بزنید.
consent-yes = بله
consent-no = خیر
consent-two-copies = این فرم در دو نسخه امضا می‌شود: یکی برای شرکت‌کننده و یکی برای پژوهشگر.
signatures = امضاها
participant = شرکت‌کننده
researcher = پژوهشگر
name = نام
signature = امضا
consent-script = متن برای خواندن با صدای بلند
consent-script-instruction = هر بخش را برای شرکت‌کننده بخوانید و پیش از ادامه مطمئن شوید که فهمیده شده است.
consent-checklist = فهرست بررسی مصاحبه‌گر
consent-item = مورد
consent-agreed = موافقت
consent-refused = مخالفت
consent-recorded = خود رضایت ضبط صوتی شد
interviewer-initials = حروف اول نام مصاحبه‌گر
letter-qr = برای باز کردن صفحه پژوهش به این زبان، اسکن کنید:
letter-address = برچسب نشانی را اینجا بچسبانید یا نشانی را با دست بنویسید (این راهنما چاپ نمی‌شود)
continue-to-site = رفتن به صفحه پژوهش

## Script (enquete.js): saving, sessions, exports, clocks, validation
js-sessions = شرکت‌کننده در این دستگاه
js-no-code = هنوز کدی نیست
js-new-session = شرکت‌کننده جدید
js-delete-session = حذف این پاسخ‌ها
js-delete-confirm = پاسخ‌های { $code } از این دستگاه حذف شود؟ این کار بازگشت‌پذیر نیست.
js-deleted = پاسخ‌ها از این دستگاه حذف شدند.
js-export-json = صدور JSON
js-export-csv = صدور CSV
js-export-md = صدور Markdown
js-import = وارد کردن JSON
js-import-done = پاسخ‌ها وارد شدند: { $code }.
js-import-invalid = این پرونده یک پرونده پاسخ enquete نیست ({ $reason }). هیچ چیز تغییر نکرد.
js-import-wrong = این پرونده پاسخ‌های پرسش‌نامه دیگری را دارد ({ $id }).
js-encrypt-failed = هیچ چیز صادر یا ارسال نشد: این مرورگر نتوانست پاسخ‌ها را رمزگذاری کند ({ $reason }). پاسخ‌ها همچنان روی این دستگاه ذخیره شده‌اند. صفحه را از یک پرونده یا از راه https در مرورگری به‌روز باز کنید و دوباره امتحان کنید.
js-import-encrypted = این پرونده با کلید پژوهش رمزگذاری شده است، پس هیچ مرورگری نمی‌تواند آن را باز کند: گروه پژوهش آن را با enquete باز می‌کند. هیچ چیز تغییر نکرد.
js-saving = در حال ذخیره…
js-saved = ساعت { $time } در این مرورگر ذخیره شد.
js-restored = پاسخ‌ها بازیابی شدند: { $code }.
js-not-saved = پاسخ‌ها را نمی‌توان در این مرورگر ذخیره کرد (حالت خصوصی، حافظه مسدود یا پر). صفحه را باز نگه دارید و پیش از بستن آن، پاسخ‌ها را صادر کنید.
js-code-taken = از پیش پاسخ‌هایی برای { $code } در این دستگاه وجود دارد: اکنون نمایش داده می‌شوند.
js-downloaded = در پرونده { $file } ذخیره شد.
js-unexported = برخی پاسخ‌ها هنوز صادر نشده‌اند.
js-progress = پرسش‌های پاسخ‌داده‌شده: { $answered } از { $total }
js-clock-start = شروع زمان‌سنج
js-clock-pause = توقف موقت زمان‌سنج
js-clock-total = مدت مصاحبه
js-clock-section = زمان در این بخش
js-required-missing = لطفاً به این پرسش پاسخ دهید.
js-errors-summary = برخی پرسش‌ها پاسخ لازم دارند ({ $count }):
js-submitted = پاسخ‌های شما ارسال و دریافت شد.
js-submit-failed = پاسخ‌های شما ارسال نشد ({ $reason }). همچنان در این مرورگر ذخیره هستند: بعداً دوباره تلاش کنید.
js-dismiss = بستن پیام
js-privacy-file = این صفحه از یک پرونده باز شده است. همه صفحه‌هایی که در این مرورگر از پرونده باز می‌شوند یک حافظه مشترک دارند، پس هر پرونده HTML که در این رایانه باز شود می‌تواند پاسخ‌های ذخیره‌شده در اینجا را بخواند. در رایانه مشترک، پاسخ‌ها را صادر کنید و آن‌ها را از این دستگاه حذف کنید.
js-orphans-title = پاسخ به پرسش‌هایی که دیگر در این راهنما نیستند
js-orphans-help = این راهنما پس از ذخیره این پاسخ‌ها تغییر کرده است. این پاسخ‌ها در اینجا و در هر صدور نگه داشته می‌شوند.
js-definition-changed = این راهنما پس از ذخیره این پاسخ‌ها تغییر کرده است: پرسش‌های جدید: { $added }؛ پرسش‌های حذف‌شده: { $removed }. پاسخ‌ها بر اساس پرسش تطبیق داده می‌شوند؛ پاسخ به پرسش حذف‌شده نگه داشته و صادر می‌شود.
js-definition-changed-since = این راهنما پس از ذخیره این پاسخ‌ها تغییر کرده است. پاسخ‌ها بر اساس پرسش تطبیق داده می‌شوند؛ پاسخ به پرسش‌هایی که دیگر در راهنما نیستند ({ $removed }) نگه داشته و صادر می‌شوند.
js-open-elsewhere = { $code } در زبانه یا پنجره دیگری هم باز است. تغییراتی که آنجا داده شود در اینجا نمایش داده می‌شود؛ برای هر پاسخ، آخرین نسخه آن نگه داشته می‌شود.
js-exported-removed = در پرونده { $file } ذخیره و از این دستگاه حذف شد.
js-import-cancelled = وارد کردن لغو شد: هیچ چیز تغییر نکرد.
js-import-merged = پاسخ‌های پرونده با پاسخ‌هایی که از پیش برای { $code } در این دستگاه بود ادغام شدند. نسخه قبلی تا صدور بعدی نگه داشته می‌شود.
js-undo-import = برگرداندن به پیش از وارد کردن
js-import-undone = وضعیت پیش از وارد کردن بازگردانده شد: پاسخ‌های { $code } به حالت قبل برگشتند.
js-mail-opened = اکنون باید برنامه ایمیل شما پیامی به { $address } همراه با پاسخ‌هایتان باز کند. برای پایان، آن پیام را ارسال کنید.
js-mail-attach-body = پاسخ‌های من در پرونده پیوست { $file } است.
js-mail-too-long = پاسخ‌های شما برای پیوند ایمیل بیش از حد طولانی است، بنابراین به صورت پرونده { $file } در بارگیری‌های مرورگر شما ذخیره شد. این پرونده را به ایمیلی به نشانی { $address } پیوست کنید.
js-download-done = پاسخ‌های شما به صورت پرونده { $file } در پوشه بارگیری‌های مرورگرتان ذخیره شد.
js-thanks-title = سپاسگزاریم
js-forget-answers = حذف پاسخ‌های من از این مرورگر
js-forgotten = پاسخ‌های شما از این مرورگر حذف شدند.
js-bar = مصاحبه
js-menu = جلسه
js-export-all = صدور پاسخ‌های همه شرکت‌کنندگان (JSON)
js-send = ارسال پاسخ‌ها
js-remove-after-export = پس از صدور JSON، این شرکت‌کننده از این دستگاه حذف شود
js-shortcuts = میان‌برهای صفحه‌کلید
js-clock-stopped = هنگام بسته شدن صفحه، زمان‌سنج در حال کار بود؛ اکنون در { $time } متوقف است.
js-conflicts-title = پاسخ‌هایی که در هر دو طرف تغییر کرده‌اند: { $code }
js-conflicts-help = این پاسخ‌ها از آخرین صدور این دستگاه، هم در این دستگاه و هم در پرونده تغییر کرده‌اند. نسخه‌ای را که می‌خواهید نگه دارید انتخاب کنید؛ نسخه دیگر تا صدور بعدی قابل بازیابی می‌ماند.
js-conflict-mine = این دستگاه ({ $time }):
js-conflict-theirs = پرونده ({ $time }):
js-conflicts-merge = ادغام
js-conflicts-cancel = لغو وارد کردن
js-skip-to-questions = رفتن به پرسش‌ها
js-key-next = پرسش بعدی
js-key-previous = پرسش قبلی
js-key-unanswered = پرسش بی‌پاسخ بعدی
js-key-clock = شروع یا توقف موقت زمان‌سنج
js-key-probe = علامت زدن پرسش پیگیری بعدی
js-key-notes = یادداشت‌های این پرسش
js-key-mark = درج زمان زمان‌سنج، مانند [12:40]، در یادداشت یا پاسخ
js-key-help = همین فهرست
js-close = بستن
js-found-elsewhere = این مرورگر پاسخ‌هایی به این پرسش‌نامه را نیز از ساخت دیگری از یک پژوهش نگه می‌دارد که پیش از تغییر study.yaml آن ساخته شده است (شرکت‌کنندگان: { $count }). اگر به این پژوهش تعلق دارند، آن‌ها را به اینجا منتقل کنید.
js-take-found = انتقال آن‌ها به این پژوهش
js-taken-found = پاسخ‌ها به این پژوهش منتقل شدند (شرکت‌کنندگان: { $count }).

## Skip logic: when a question or section applies (show_if)
routing-only-if = فقط اگر { $condition }
routing-equals = پاسخ پرسش { $number } «{ $value }» باشد
routing-not-equals = پاسخ پرسش { $number } «{ $value }» نباشد
routing-includes = در پرسش { $number } گزینهٔ «{ $value }» علامت خورده باشد
routing-not-includes = در پرسش { $number } گزینهٔ «{ $value }» علامت نخورده باشد
routing-at-least = پاسخ پرسش { $number } { $value } یا بیشتر باشد
routing-at-most = پاسخ پرسش { $number } { $value } یا کمتر باشد
routing-on-or-after = پاسخ پرسش { $number } { $value } یا پس از آن باشد
routing-on-or-before = پاسخ پرسش { $number } { $value } یا پیش از آن باشد
routing-answered = به پرسش { $number } پاسخ داده شده باشد
routing-not-answered = به پرسش { $number } پاسخ داده نشده باشد
routing-and = و
routing-or = یا
routing-not = این‌طور نباشد که { $condition }
# On paper, under a question that later questions depend on.
routing-go-to = اگر «{ $value }»، به پرسش { $number } بروید
# In a transcript, under a question that did not apply to the respondent.
not-applicable = با توجه به پاسخ‌های قبلی، مربوط نیست
js-shown-now = اکنون نمایش داده شد: { $question }

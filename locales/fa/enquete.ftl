# Interface strings of enquete, Persian (Farsi). A study overrides any
# message by defining it again in its own locales/fa/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
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
bilingual-versions = نسخه‌های دوزبانه
bilingual-pair = { $a } و { $b }
contact = تماس
ethics-approval = تأییدشده توسط کمیته اخلاق { $committee } (شماره { $reference }).
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

## Forms
web-form = فرم وب
print = چاپ
consent-document = رضایت
no-script = جاوااسکریپت خاموش است: می‌توانید این صفحه را بخوانید و چاپ کنید، اما پاسخ‌ها ذخیره نمی‌شوند.
respondent-code = کد شرکت‌کننده
respondent-code-help = کدی مانند R07، هرگز نام.
respondent-code-never-name = کد شرکت‌کننده (هرگز نام)
sections = بخش‌ها
interviewer-instructions = برای مصاحبه‌گر
interviewer-note = یادداشت برای مصاحبه‌گر
interviewer = مصاحبه‌گر
required = الزامی
optional = اختیاری
other = غیره
other-specify = غیره، لطفاً مشخص کنید
msc-period = دوره
msc-story = داستان: چه چیزی تغییر کرد؟
msc-why = چرا این تغییر برای شما مهم‌ترین است؟
probes = پرسش‌های پیگیری (هنگام پرسیدن علامت بزنید)
notes = یادداشت‌های مصاحبه‌گر
notes-on = یادداشت‌های پرسش
submit = ارسال پاسخ‌ها
date = تاریخ
time = ساعت

## Consent and letters
consent-purpose = هدف پژوهش
consent-statements = اظهارنامه
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
continue-to-site = ادامه به پژوهش

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
js-import = ورود JSON
js-import-done = پاسخ‌ها وارد شدند: { $code }.
js-import-invalid = این پرونده یک پرونده پاسخ صادرشده از enquete نیست.
js-import-wrong = این پرونده پاسخ‌های پرسش‌نامه دیگری را دارد ({ $id }).
js-import-other-version = این پرونده از نسخه دیگری از این پرسش‌نامه است: پاسخ‌ها پرسش به پرسش منتقل می‌شوند.
js-saving = در حال ذخیره…
js-saved = ساعت { $time } در این مرورگر ذخیره شد.
js-restored = پاسخ‌ها بازیابی شدند: { $code }.
js-not-saved = پاسخ‌ها در این مرورگر ذخیره نمی‌شوند (حالت خصوصی، حافظه مسدود یا پر). صفحه را باز نگه دارید و پیش از بستن آن، پاسخ‌ها را صادر کنید.
js-code-taken = پاسخ‌هایی برای { $code } در این دستگاه وجود دارد: اکنون نمایش داده می‌شوند.
js-downloaded = در پرونده { $file } ذخیره شد.
js-unexported = برخی پاسخ‌ها هنوز صادر نشده‌اند.
js-progress = پرسش‌های پاسخ‌داده‌شده: { $answered } از { $total }
js-clock-start = شروع زمان‌سنج
js-clock-pause = توقف زمان‌سنج
js-clock-total = مدت مصاحبه
js-clock-section = زمان در این بخش
js-required-missing = لطفاً به این پرسش پاسخ دهید.
js-errors-summary = برخی پرسش‌ها پاسخ لازم دارند ({ $count }):
js-submitted = سپاس: پاسخ‌های شما ارسال شد.
js-submit-failed = پاسخ‌های شما ارسال نشد ({ $reason }). همچنان در این مرورگر ذخیره هستند: بعداً دوباره تلاش کنید.

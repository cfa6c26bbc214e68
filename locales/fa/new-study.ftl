# The sample study that `enquete new` writes, Persian (Farsi). Every text is an
# example that the researcher replaces with their own; keep it plain and
# neutral. Messages are written into YAML as they are: keep the ids, and
# keep `{ $organisation }`, `{ $city }` and `{ $programme }` in the letter.
# Register: the polite "شما", as in the other Persian files of enquete.
# Reviewed by a native speaker: no

study-title = پژوهش نمونه: شرکت در یک برنامه داوطلبانه
study-intro = این پژوهش بررسی می‌کند که شرکت‌کنندگان برنامه را چگونه تجربه می‌کنند. این متن را با مقدمه پژوهش خودتان جایگزین کنید.
institution = دانشگاه نمونه
researcher-role = پژوهشگر
privacy-controller = دانشگاه نمونه
privacy-retention = ۱۰ سال پس از انتشار
privacy-authority = مرجع ملی حفاظت از داده‌ها
programme = برنامه داوطلبانه

guide-title = راهنمای مصاحبه با شرکت‌کنندگان
guide-intro = از اینکه در این مصاحبه شرکت می‌کنید سپاسگزاریم.
section-start = مقدمه
section-start-instructions = خودتان را معرفی کنید، پژوهش را توضیح دهید و پیش از شروع، متن رضایت را با شرکت‌کننده مرور کنید.
question-code = کد شرکت‌کننده
question-code-help = کدی که روی فرم رضایت آمده است؛ هرگز نام ننویسید.
question-joined = چطور شد که در این برنامه شرکت کردید؟
probe-heard = چه کسی درباره آن به شما گفت؟
probe-expected = چه انتظاری از آن داشتید؟
question-joined-note = بگذارید شرکت‌کننده ماجرا را با کلمات خودش تعریف کند؛ پاسخی پیشنهاد نکنید.
question-since = از چه زمانی در برنامه شرکت می‌کنید؟
question-age = چند سال دارید؟
section-programme = برنامه
question-activities = در برنامه چه کارهایی انجام می‌دهید؟
option-meeting = آشنایی با افراد جدید
option-language = تمرین زبان
option-leisure = فعالیت‌های تفریحی
question-frequency = هر چند وقت یک‌بار در برنامه شرکت می‌کنید؟
option-weekly = هر هفته
option-monthly = هر ماه
option-less = کمتر از این
question-satisfaction = چقدر از برنامه راضی هستید؟
scale-low = اصلاً
scale-high = کاملاً
note-last-part = از شرکت‌کننده برای پاسخ‌هایش تا اینجا تشکر کنید و بخش پایانی مصاحبه را اعلام کنید.
section-change = مهم‌ترین تغییر
question-change = وقتی به گذشته نگاه می‌کنید، مهم‌ترین تغییر برای شما چه بوده است؟
change-period = از زمانی که شرکت در برنامه را آغاز کردید

survey-title = پرسش‌نامه کوتاه پس از برنامه
survey-section = تجربه شما
question-recommend = آیا این برنامه را به دیگران توصیه می‌کنید؟
option-yes = بله
option-no = خیر
option-unsure = مطمئن نیستم
question-change-wish = چه چیزی را در برنامه تغییر می‌دادید؟

consent-written-title = رضایت آگاهانه
consent-verbal-title = رضایت آگاهانه (شفاهی)
consent-purpose = هدف این پژوهش این است که بفهمیم شرکت‌کنندگان برنامه را چگونه تجربه می‌کنند. مصاحبه حدود یک ساعت طول می‌کشد.

letter-title = دعوت به شرکت در مصاحبه
letter-body =
    خواننده گرامی،

    شما از طریق { $organisation } در { $city }، در { $programme } شرکت می‌کنید. مایلیم در مصاحبه‌ای حدوداً یک‌ساعته، در مکان و زمانی که برایتان مناسب است، درباره تجربه‌تان از شما بشنویم.

    شرکت در این پژوهش داوطلبانه است. اگر مایل به شرکت هستید یا پرسشی دارید، لطفاً با ما تماس بگیرید.

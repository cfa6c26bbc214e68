# The sample study that `enquete new` writes, Ukrainian. Every text is an
# example that the researcher replaces with their own; keep it plain and
# neutral. Messages are written into YAML as they are: keep the ids, and
# keep `{ $organisation }`, `{ $city }` and `{ $programme }` in the letter.
# Register: the polite "ви" (lower case), as in the other Ukrainian files. In the
# letter `{ $programme }` follows a colon, so its value stays in the nominative.
# Reviewed by a native speaker: no

study-title = Приклад дослідження: участь у волонтерській програмі
study-intro = Це дослідження вивчає, як учасники сприймають програму. Замініть цей текст вступом до вашого власного дослідження.
institution = Університет «Приклад»
researcher-role = Дослідник
privacy-controller = Університет «Приклад»
privacy-retention = 10 років після публікації
privacy-authority = національний орган із захисту даних
programme = волонтерська програма

guide-title = Путівник інтерв’ю для учасників
guide-intro = Дякуємо за участь у цьому інтерв’ю.
section-start = Вступ
section-start-instructions = Представтеся, поясніть суть дослідження і, перш ніж почати, пройдіть з учасником усі пункти згоди.
question-code = Код учасника
question-code-help = Код із форми згоди; ніколи не ім’я.
question-joined = Як сталося, що ви берете участь у програмі?
probe-heard = Хто вам про неї розповів?
probe-expected = Чого ви від неї очікували?
question-joined-note = Дайте учасникові розповісти свою історію власними словами; не підказуйте відповідей.
question-since = Відколи ви берете участь у програмі?
question-age = Скільки вам років?
section-programme = Програма
question-activities = Чим ви займаєтеся в програмі?
option-meeting = Знайомство з новими людьми
option-language = Мовна практика
option-leisure = Дозвіллєві заходи
question-frequency = Як часто ви берете участь?
option-weekly = Щотижня
option-monthly = Щомісяця
option-less = Рідше
question-satisfaction = Наскільки ви задоволені програмою?
scale-low = зовсім ні
scale-high = повністю
note-last-part = Подякуйте учасникові за вже надані відповіді й повідомте, що починається остання частина інтерв’ю.
section-change = Найзначущіша зміна
question-change = Озираючись назад, яка зміна була для вас найзначущішою?
change-period = відтоді, як ви почали брати участь у програмі

survey-title = Коротка анкета після програми
survey-section = Ваш досвід
question-recommend = Чи порадили б ви цю програму іншим?
option-yes = Так
option-no = Ні
option-unsure = Важко відповісти
question-change-wish = Що б ви змінили в програмі?

consent-written-title = Інформована згода
consent-verbal-title = Інформована згода (усна)
consent-purpose = Мета цього дослідження — зрозуміти, як учасники сприймають програму. Інтерв’ю триває близько години.

letter-title = Запрошення взяти участь в інтерв’ю
letter-body =
    Доброго дня!

    Через організацію { $organisation } у місті { $city } ви берете участь у такій програмі: { $programme }. Ми хотіли б поговорити з вами про ваш досвід під час інтерв’ю тривалістю близько години, у зручний для вас час і в зручному для вас місці.

    Участь добровільна. Якщо ви хочете взяти участь або маєте запитання, будь ласка, зв’яжіться з нами.

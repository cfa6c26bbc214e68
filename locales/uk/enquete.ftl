# Interface strings of enquete, Ukrainian. A study overrides any message by
# defining it again in its own locales/uk/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Register: the polite "ви", as on a university information sheet (lower case,
# as in forms and interfaces addressed to any reader).
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).

language-name = Українська
skip-to-content = Перейти до основного вмісту
languages = Мови
not-translated = ще не перекладено
made-with = Створено за допомогою enquete. Ця сторінка нічого не надсилає; відповіді залишаються в цьому браузері, доки ви їх не експортуєте.
version = версія
definition-hash = Відбиток опису анкети
footer-version = версія { $version }
page-x-of-y = сторінка { $page } з { $pages }
study = Дослідження
colon = :

## Home page
questionnaires = Анкети
documents = Інформація та згода
printable-version = Версія для друку
kind-interview = Путівник інтерв’ю
kind-survey = Анкета
kind-consent-written = Форма письмової згоди
kind-consent-verbal = Текст усної згоди
kind-letter = Лист-запрошення
kind-codebook = Схема кодування для аналізу
codebook-title = Кодова книга
codebook-intro = Схема кодування для аналізу відповідей: кожен код, що він охоплює, і питання, відповіді на які кодуються ним.
codebook-questions = Питання, що кодуються ним
bilingual-versions = Двомовні версії
bilingual-pair = { $a } та { $b }
contact = Контакти
ethics-approval = Схвалено етичним комітетом ({ $committee }, номер { $reference }).
letter-variants-intro = Цей лист має кілька варіантів; відкрийте один із них, щоб його надрукувати.
all-variants = Усі варіанти цього листа

## Durations and counts
duration-minutes = { $min } хв
duration-range = { $min }–{ $max } хв
question-count = { $count ->
    [one] { $count } запитання
    [few] { $count } запитання
    [many] { $count } запитань
   *[other] { $count } запитання
}
planned = Заплановано
actual-time = Фактично
consent-reminder = Згоду отримано до першого запитання

## Forms
web-form = Вебформа
print = Друк
consent-document = Згода
no-script = JavaScript вимкнено: цю сторінку можна читати й друкувати, але відповіді не зберігаються.
encrypted-note = Відповіді шифруються на цьому пристрої, перш ніж їх експортують або надішлють: відкрити їх може лише дослідницька група.
respondent-code = Код учасника
respondent-code-help = Код, наприклад R07, але ніколи не ім’я.
respondent-code-never-name = Код учасника (ніколи не ім’я)
sections = Частини
interviewer-instructions = Для інтерв’юера
interviewer-note = Примітка для інтерв’юера
interviewer = Інтерв’юер
required = обов’язково
optional = необов’язково
other = Інше
other-specify = Інше (уточніть)
msc-period = Період
msc-story = Історія: що змінилося?
msc-why = Чому ця зміна для вас найзначущіша?
probes = Уточнювальні запитання (позначайте поставлені)
notes = Нотатки інтерв’юера
notes-on = Нотатки до запитання
submit = Надіслати відповіді
date = Дата
time = Час

## Consent and letters
consent-purpose = Мета дослідження
consent-statements = Заява
consent-tick = Позначте кожне твердження, з яким ви погоджуєтеся.
consent-yes = Так
consent-no = Ні
consent-two-copies = Ця форма підписується у двох примірниках: один для учасника, другий для дослідника.
signatures = Підписи
participant = Учасник
researcher = Дослідник
name = Ім’я та прізвище
signature = Підпис
consent-script = Текст для читання вголос
consent-script-instruction = Прочитайте учасникові кожну частину й переконайтеся, що її зрозуміли, перш ніж продовжити.
consent-checklist = Контрольний список інтерв’юера
consent-item = Пункт
consent-agreed = Згода
consent-refused = Відмова
consent-recorded = Саму згоду записано на аудіо
interviewer-initials = Ініціали інтерв’юера
letter-qr = Відскануйте, щоб відкрити сторінку дослідження цією мовою:
letter-address = Наклейте тут етикетку з адресою або напишіть адресу від руки (ця підказка не друкується)
continue-to-site = Перейти до дослідження

## Script (enquete.js): saving, sessions, exports, clocks, validation
js-sessions = Учасник на цьому пристрої
js-no-code = коду ще немає
js-new-session = Новий учасник
js-delete-session = Видалити ці відповіді
js-delete-confirm = Видалити з цього пристрою відповіді { $code }? Цю дію не можна скасувати.
js-deleted = Відповіді видалено з цього пристрою.
js-export-json = Експорт у JSON
js-export-csv = Експорт у CSV
js-export-md = Експорт у Markdown
js-import = Імпорт із JSON
js-import-done = Відповіді імпортовано: { $code }.
js-import-invalid = Цей файл не є файлом відповідей enquete ({ $reason }). Нічого не змінено.
js-import-wrong = Цей файл містить відповіді на іншу анкету ({ $id }).
js-encrypt-failed = Нічого не експортовано й не надіслано: цей браузер не зміг зашифрувати відповіді ({ $reason }). Вони й далі збережені на цьому пристрої. Відкрийте сторінку з файлу або через https в актуальному браузері й спробуйте ще раз.
js-import-encrypted = Цей файл зашифровано ключем дослідження, тому жоден браузер не може його відкрити: дослідницька група відкриває його за допомогою enquete. Нічого не змінено.
js-saving = Збереження…
js-saved = Збережено в цьому браузері о { $time }.
js-restored = Відповіді відновлено: { $code }.
js-not-saved = Відповіді не можна зберегти в цьому браузері (приватний режим, сховище заблоковане або заповнене). Не закривайте сторінку, доки не експортуєте відповіді.
js-code-taken = На цьому пристрої вже є відповіді для { $code }: зараз відкрито саме їх.
js-downloaded = Збережено у файл { $file }.
js-unexported = Деякі відповіді ще не експортовано.
js-progress = Запитань із відповіддю: { $answered } з { $total }
js-clock-start = Запустити секундомір
js-clock-pause = Призупинити секундомір
js-clock-total = Тривалість інтерв’ю
js-clock-section = Час у цій частині
js-required-missing = Будь ласка, дайте відповідь на це запитання.
js-errors-summary = Деякі запитання потребують відповіді ({ $count }):
js-submitted = Ваші відповіді надіслано, і команда дослідження їх отримала.
js-submit-failed = Не вдалося надіслати ваші відповіді ({ $reason }). Вони й далі збережені в цьому браузері: спробуйте пізніше.
js-dismiss = Приховати
js-privacy-file = Цю сторінку відкрито з файлу. Усі сторінки, відкриті з файлів у цьому браузері, користуються одним спільним сховищем, тому будь-який HTML-файл, відкритий на цьому комп’ютері, може прочитати відповіді, що зберігаються тут. На спільному комп’ютері експортуйте відповіді та видаліть їх із цього пристрою.
js-orphans-title = Відповіді на запитання, яких більше немає в цьому путівнику
js-orphans-help = Путівник змінився після збереження цих відповідей. Вони зберігаються тут і в кожному експорті.
js-definition-changed = Цей путівник змінився після збереження цих відповідей: нові запитання: { $added }; вилучені запитання: { $removed }. Відповіді зіставляються за запитаннями; відповідь на вилучене запитання зберігається й експортується.
js-definition-changed-since = Цей путівник змінився після збереження цих відповідей. Відповіді зіставляються за запитаннями; відповіді на запитання, яких більше немає в путівнику ({ $removed }), зберігаються й експортуються.
js-open-elsewhere = Відповіді { $code } відкрито також в іншій вкладці або вікні. Зміни, зроблені там, з’являються тут; для кожної відповіді зберігається її остання версія.
js-exported-removed = Збережено у файл { $file } і видалено з цього пристрою.
js-import-cancelled = Імпорт скасовано: нічого не змінено.
js-import-merged = Відповіді з файлу об’єднано з відповідями { $code }, які вже є на цьому пристрої. Попередня версія зберігається до наступного експорту.
js-undo-import = Скасувати імпорт
js-import-undone = Імпорт скасовано: відповіді { $code } повернуто до попереднього стану.
js-mail-opened = Зараз у вашій поштовій програмі має відкритися лист на адресу { $address } з вашими відповідями. Надішліть цей лист, щоб завершити.
js-mail-attach-body = Мої відповіді містяться в доданому файлі { $file }.
js-mail-too-long = Ваші відповіді задовгі для посилання електронної пошти, тому їх збережено у файл { $file } у завантаженнях вашого браузера. Додайте цей файл до листа на адресу { $address }.
js-download-done = Ваші відповіді збережено у файл { $file } у теці завантажень вашого браузера.
js-thanks-title = Дякуємо
js-forget-answers = Видалити мої відповіді з цього браузера
js-forgotten = Ваші відповіді видалено з цього браузера.
js-bar = Інтерв’ю
js-menu = Сеанс
js-export-all = Експорт відповідей усіх учасників (JSON)
js-send = Надіслати відповіді
js-remove-after-export = Після експорту в JSON видалити цього учасника з пристрою
js-shortcuts = Клавіатурні скорочення
js-clock-stopped = Секундомір працював, коли сторінку було закрито; його призупинено на { $time }.
js-conflicts-title = Відповіді змінено з обох боків: { $code }
js-conflicts-help = Ці відповіді було змінено і на цьому пристрої, і у файлі після останнього експорту з цього пристрою. Виберіть версію, яку слід зберегти; іншу можна буде відновити до наступного експорту.
js-conflict-mine = Цей пристрій ({ $time }):
js-conflict-theirs = Файл ({ $time }):
js-conflicts-merge = Об’єднати
js-conflicts-cancel = Скасувати імпорт
js-skip-to-questions = Перейти до запитань
js-key-next = Наступне запитання
js-key-previous = Попереднє запитання
js-key-unanswered = Наступне запитання без відповіді
js-key-clock = Запустити або призупинити секундомір
js-key-probe = Позначити наступне уточнювальне запитання
js-key-notes = Нотатки до цього запитання
js-key-mark = Вставити час секундоміра, наприклад [12:40], у нотатку або відповідь
js-key-help = Цей список
js-close = Закрити
js-found-elsewhere = Цей браузер також зберігає відповіді на цю анкету з іншої збірки дослідження, зробленої до зміни його study.yaml (учасників: { $count }). Якщо вони належать до цього дослідження, перенесіть їх сюди.
js-take-found = Перенести їх у це дослідження
js-taken-found = Відповіді перенесено в це дослідження (учасників: { $count }).

## Skip logic: when a question or section applies (show_if)
routing-only-if = Лише якщо { $condition }
routing-equals = у питанні { $number } відповідь «{ $value }»
routing-not-equals = у питанні { $number } відповідь не «{ $value }»
routing-includes = у питанні { $number } позначено «{ $value }»
routing-not-includes = у питанні { $number } не позначено «{ $value }»
routing-at-least = відповідь на питання { $number } — { $value } або більше
routing-at-most = відповідь на питання { $number } — { $value } або менше
routing-on-or-after = відповідь на питання { $number } — { $value } або пізніше
routing-on-or-before = відповідь на питання { $number } — { $value } або раніше
routing-answered = на питання { $number } є відповідь
routing-not-answered = на питання { $number } немає відповіді
routing-and = і
routing-or = або
routing-not = неправда, що { $condition }
# On paper, under a question that later questions depend on.
routing-go-to = Якщо «{ $value }», перейдіть до питання { $number }
# In a transcript, under a question that did not apply to the respondent.
not-applicable = Не застосовується з огляду на попередні відповіді
js-shown-now = Тепер показано: { $question }

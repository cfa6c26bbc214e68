# Interface strings of enquete, Russian. A study overrides any message by
# defining it again in its own locales/ru/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Register: the polite "Вы", as on a university information sheet.

language-name = Русский
skip-to-content = Перейти к содержанию
languages = Языки
not-translated = ещё не переведено
made-with = Сделано с помощью enquete. Эта страница ничего не отправляет; ответы остаются в этом браузере, пока вы их не экспортируете.
version = версия
definition-hash = Отпечаток определения анкеты
footer-version = версия { $version }
page-x-of-y = страница { $page } из { $pages }
study = Исследование
colon = :

## Home page
questionnaires = Анкеты
documents = Информация и согласие
printable-version = Версия для печати
kind-interview = Гайд интервью
kind-survey = Анкета
kind-consent-written = Форма письменного согласия
kind-consent-verbal = Текст устного согласия
kind-letter = Письмо-приглашение
bilingual-versions = Двуязычные версии
bilingual-pair = { $a } и { $b }
contact = Контакты
ethics-approval = Одобрено этическим комитетом { $committee } (номер { $reference }).
letter-variants-intro = У этого письма несколько вариантов; откройте один, чтобы распечатать его.
all-variants = Все варианты этого письма

## Durations and counts
duration-minutes = { $min } мин
duration-range = { $min }–{ $max } мин
question-count = { $count ->
    [one] { $count } вопрос
    [few] { $count } вопроса
    [many] { $count } вопросов
   *[other] { $count } вопроса
}
planned = Запланировано

## Forms
web-form = Веб-форма
print = Печать
consent-document = Согласие
no-script = JavaScript отключён: эту страницу можно читать и печатать, но ответы не сохраняются.
respondent-code = Код участника
respondent-code-help = Код, например R07, и никогда не имя.
respondent-code-never-name = Код участника (никогда не имя)
sections = Части
interviewer-instructions = Для интервьюера
interviewer-note = Примечание для интервьюера
interviewer = Интервьюер
required = обязательно
optional = необязательно
other = Другое
other-specify = Другое (уточните)
msc-period = Период
msc-story = История: что изменилось?
msc-why = Почему это изменение для вас самое важное?
probes = Уточняющие вопросы (отметить, когда заданы)
notes = Заметки интервьюера
notes-on = Заметки к вопросу
submit = Отправить ответы
date = Дата
time = Время

## Consent and letters
consent-purpose = Цель исследования
consent-statements = Заявление
consent-tick = Отметьте каждое утверждение, с которым вы согласны.
consent-yes = Да
consent-no = Нет
consent-two-copies = Эта форма подписывается в двух экземплярах: один для участника, другой для исследователя.
signatures = Подписи
participant = Участник
researcher = Исследователь
name = Имя и фамилия
signature = Подпись
consent-script = Текст для чтения вслух
consent-script-instruction = Прочитайте участнику каждую часть и убедитесь, что она понятна, прежде чем продолжить.
consent-checklist = Контрольный список интервьюера
consent-item = Пункт
consent-agreed = Согласие
consent-refused = Отказ
consent-recorded = Само согласие записано на аудио
interviewer-initials = Инициалы интервьюера
letter-qr = Отсканируйте, чтобы открыть страницу исследования на этом языке:
continue-to-site = Перейти к исследованию

## Script (enquete.js): saving, sessions, exports, clocks, validation
js-sessions = Участник на этом устройстве
js-no-code = кода ещё нет
js-new-session = Новый участник
js-delete-session = Удалить эти ответы
js-delete-confirm = Удалить с этого устройства ответы { $code }? Это действие нельзя отменить.
js-deleted = Ответы удалены с этого устройства.
js-export-json = Экспорт в JSON
js-export-csv = Экспорт в CSV
js-export-md = Экспорт в Markdown
js-import = Импорт JSON
js-import-done = Ответы импортированы: { $code }.
js-import-invalid = Этот файл не является файлом ответов, экспортированным enquete.
js-import-wrong = Этот файл содержит ответы на другую анкету ({ $id }).
js-import-other-version = Этот файл относится к другой версии этой анкеты: ответы переносятся по вопросам.
js-saving = Сохранение…
js-saved = Сохранено в этом браузере в { $time }.
js-restored = Ответы восстановлены: { $code }.
js-not-saved = Ответы нельзя сохранить в этом браузере (приватный режим, хранилище заблокировано или заполнено). Не закрывайте страницу и экспортируйте ответы перед тем, как её закрыть.
js-code-taken = Ответы для { $code } на этом устройстве уже есть: они показаны сейчас.
js-downloaded = Сохранено в файл { $file }.
js-unexported = Некоторые ответы ещё не экспортированы.
js-progress = Отвечено вопросов: { $answered } из { $total }
js-clock-start = Запустить часы
js-clock-pause = Остановить часы
js-clock-total = Продолжительность интервью
js-clock-section = Время в этой части
js-required-missing = Пожалуйста, ответьте на этот вопрос.
js-errors-summary = На некоторые вопросы нужен ответ ({ $count }):
js-submitted = Спасибо: ваши ответы отправлены.
js-submit-failed = Не удалось отправить ваши ответы ({ $reason }). Они по-прежнему сохранены в этом браузере: попробуйте позже.

# Interface strings of enquete, Russian. A study overrides any message by
# defining it again in its own locales/ru/*.ftl.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Register: the polite "вы", as on a university information sheet (lower case,
# as in forms and interfaces addressed to any reader).
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).

language-name = Русский
skip-to-content = Перейти к содержанию
languages = Языки
not-translated = ещё не переведено
made-with = Сделано с помощью enquete. Эта страница ничего не отправляет; ответы остаются в этом браузере, пока вы их не экспортируете.
version = версия
definition-hash = Отпечаток описания анкеты
footer-version = версия { $version }
page-x-of-y = страница { $page } из { $pages }
study = Исследование
colon = :

## Home page
questionnaires = Анкеты
documents = Информация и согласие
printable-version = Версия для печати
kind-interview = Путеводитель интервью
kind-survey = Анкета
kind-consent-written = Форма письменного согласия
kind-consent-verbal = Текст устного согласия
kind-letter = Письмо-приглашение
kind-codebook = Схема кодирования для анализа
codebook-title = Кодовая книга
codebook-intro = Схема кодирования для анализа ответов: каждый код, что он охватывает, и вопросы, ответы на которые кодируются им.
codebook-questions = Вопросы, кодируемые им
bilingual-versions = Двуязычные версии
bilingual-pair = { $a } и { $b }
contact = Контакты
ethics-approval = Одобрено этическим комитетом ({ $committee }, номер { $reference }).
letter-variants-intro = У этого письма несколько вариантов; откройте один из них, чтобы его распечатать.
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
actual-time = Фактически
consent-reminder = Согласие получено до первого вопроса

## Forms
web-form = Веб-форма
print = Печать
consent-document = Согласие
no-script = JavaScript отключён: эту страницу можно читать и печатать, но ответы не сохраняются.
encrypted-note = Ответы шифруются на этом устройстве, прежде чем их экспортируют или отправят: открыть их может только исследовательская группа.
respondent-code = Код участника
respondent-code-help = Код, например R07, но никогда не имя.
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
msc-why = Почему это изменение для вас самое значимое?
probes = Уточняющие вопросы (отмечайте заданные)
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
letter-address = Наклейте здесь этикетку с адресом или напишите адрес от руки (эта подсказка не печатается)
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
js-import = Импорт из JSON
js-import-done = Ответы импортированы: { $code }.
js-import-invalid = Этот файл не является файлом ответов enquete ({ $reason }). Ничего не изменено.
js-import-wrong = Этот файл содержит ответы на другую анкету ({ $id }).
js-encrypt-failed = Ничего не экспортировано и не отправлено: этот браузер не смог зашифровать ответы ({ $reason }). Они по-прежнему сохранены на этом устройстве. Откройте страницу из файла или по https в актуальном браузере и попробуйте снова.
js-import-encrypted = Этот файл зашифрован ключом исследования, поэтому ни один браузер не может его открыть: исследовательская группа открывает его с помощью enquete. Ничего не изменено.
js-saving = Сохранение…
js-saved = Сохранено в этом браузере в { $time }.
js-restored = Ответы восстановлены: { $code }.
js-not-saved = Ответы нельзя сохранить в этом браузере (приватный режим, хранилище заблокировано или заполнено). Не закрывайте страницу, пока не экспортируете ответы.
js-code-taken = На этом устройстве уже есть ответы для { $code }: сейчас открыты именно они.
js-downloaded = Сохранено в файл { $file }.
js-unexported = Некоторые ответы ещё не экспортированы.
js-progress = Отвечено вопросов: { $answered } из { $total }
js-clock-start = Запустить секундомер
js-clock-pause = Приостановить секундомер
js-clock-total = Продолжительность интервью
js-clock-section = Время в этой части
js-required-missing = Пожалуйста, ответьте на этот вопрос.
js-errors-summary = На некоторые вопросы нужен ответ ({ $count }):
js-submitted = Ваши ответы отправлены, и команда исследования их получила.
js-submit-failed = Не удалось отправить ваши ответы ({ $reason }). Они по-прежнему сохранены в этом браузере: попробуйте позже.
js-dismiss = Скрыть
js-privacy-file = Эта страница открыта из файла. Все страницы, открытые из файлов в этом браузере, используют одно общее хранилище, поэтому любой HTML-файл, открытый на этом компьютере, может прочитать хранящиеся здесь ответы. На общем компьютере экспортируйте ответы и удалите их с этого устройства.
js-orphans-title = Ответы на вопросы, которых больше нет в этом путеводителе
js-orphans-help = Путеводитель изменился после сохранения этих ответов. Они сохраняются здесь и в каждом экспорте.
js-definition-changed = Этот путеводитель изменился после сохранения этих ответов: новые вопросы: { $added }; удалённые вопросы: { $removed }. Ответы сопоставляются по вопросам; ответ на удалённый вопрос сохраняется и экспортируется.
js-definition-changed-since = Этот путеводитель изменился после сохранения этих ответов. Ответы сопоставляются по вопросам; ответы на вопросы, которых больше нет в путеводителе ({ $removed }), сохраняются и экспортируются.
js-open-elsewhere = Ответы { $code } открыты также в другой вкладке или окне. Изменения, сделанные там, появляются здесь; для каждого ответа сохраняется его последняя версия.
js-exported-removed = Сохранено в файл { $file } и удалено с этого устройства.
js-import-cancelled = Импорт отменён: ничего не изменено.
js-import-merged = Ответы из файла объединены с ответами { $code }, уже имеющимися на этом устройстве. Предыдущая версия сохраняется до следующего экспорта.
js-undo-import = Отменить импорт
js-import-undone = Импорт отменён: ответы { $code } возвращены в прежнее состояние.
js-mail-opened = Сейчас в вашей почтовой программе должно открыться письмо на адрес { $address } с вашими ответами. Отправьте это письмо, чтобы завершить.
js-mail-attach-body = Мои ответы находятся в прикреплённом файле { $file }.
js-mail-too-long = Ваши ответы слишком длинные для ссылки электронной почты, поэтому они сохранены в файл { $file } в загрузках вашего браузера. Прикрепите этот файл к письму на адрес { $address }.
js-download-done = Ваши ответы сохранены в файл { $file } в папке загрузок вашего браузера.
js-thanks-title = Спасибо
js-forget-answers = Удалить мои ответы из этого браузера
js-forgotten = Ваши ответы удалены из этого браузера.
js-bar = Интервью
js-menu = Сеанс
js-export-all = Экспорт ответов всех участников (JSON)
js-send = Отправить ответы
js-remove-after-export = После экспорта в JSON удалить этого участника с устройства
js-shortcuts = Сочетания клавиш
js-clock-stopped = Секундомер работал, когда страница была закрыта; он приостановлен на { $time }.
js-conflicts-title = Ответы изменены с обеих сторон: { $code }
js-conflicts-help = Эти ответы были изменены и на этом устройстве, и в файле после последнего экспорта с этого устройства. Выберите версию, которую нужно сохранить; другую можно будет восстановить до следующего экспорта.
js-conflict-mine = Это устройство ({ $time }):
js-conflict-theirs = Файл ({ $time }):
js-conflicts-merge = Объединить
js-conflicts-cancel = Отменить импорт
js-skip-to-questions = Перейти к вопросам
js-key-next = Следующий вопрос
js-key-previous = Предыдущий вопрос
js-key-unanswered = Следующий вопрос без ответа
js-key-clock = Запустить или приостановить секундомер
js-key-probe = Отметить следующий уточняющий вопрос
js-key-notes = Заметки к этому вопросу
js-key-mark = Вставить время секундомера, например [12:40], в заметку или ответ
js-key-help = Этот список
js-close = Закрыть
js-found-elsewhere = В этом браузере также хранятся ответы на эту анкету из другой сборки исследования, сделанной до изменения его study.yaml (участников: { $count }). Если они относятся к этому исследованию, перенесите их сюда.
js-take-found = Перенести их в это исследование
js-taken-found = Ответы перенесены в это исследование (участников: { $count }).

## Skip logic: when a question or section applies (show_if)
routing-only-if = Только если { $condition }
routing-equals = в вопросе { $number } ответ «{ $value }»
routing-not-equals = в вопросе { $number } ответ не «{ $value }»
routing-includes = в вопросе { $number } отмечено «{ $value }»
routing-not-includes = в вопросе { $number } не отмечено «{ $value }»
routing-at-least = ответ на вопрос { $number } — { $value } или больше
routing-at-most = ответ на вопрос { $number } — { $value } или меньше
routing-on-or-after = ответ на вопрос { $number } — { $value } или позже
routing-on-or-before = ответ на вопрос { $number } — { $value } или раньше
routing-answered = на вопрос { $number } есть ответ
routing-not-answered = на вопрос { $number } нет ответа
routing-and = и
routing-or = или
routing-not = неверно, что { $condition }
# On paper, under a question that later questions depend on.
routing-go-to = Если «{ $value }», перейдите к вопросу { $number }
# In a transcript, under a question that did not apply to the respondent.
not-applicable = Не применимо с учётом предыдущих ответов
js-shown-now = Теперь показано: { $question }

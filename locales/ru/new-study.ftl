# The sample study that `enquete new` writes, Russian. Every text is an
# example that the researcher replaces with their own; keep it plain and
# neutral. Messages are written into YAML as they are: keep the ids, and
# keep `{ $organisation }`, `{ $city }` and `{ $programme }` in the letter.
# Register: the polite "вы" (lower case), as in the other Russian files. In the
# letter `{ $programme }` follows a colon, so its value stays in the nominative.
# Reviewed by a native speaker: no

study-title = Пример исследования: участие в волонтёрской программе
study-intro = В этом исследовании изучается, как участники воспринимают программу. Замените этот текст введением к вашему собственному исследованию.
institution = Университет «Пример»
researcher-role = Исследователь
privacy-controller = Университет «Пример»
privacy-retention = 10 лет после публикации
privacy-authority = национальный орган по защите данных
programme = волонтёрская программа

guide-title = Путеводитель интервью для участников
guide-intro = Спасибо за участие в этом интервью.
section-start = Введение
section-start-instructions = Представьтесь, объясните суть исследования и, прежде чем начать, пройдите с участником все пункты согласия.
question-code = Код участника
question-code-help = Код из формы согласия; никогда не имя.
question-joined = Как получилось, что вы участвуете в программе?
probe-heard = Кто вам о ней рассказал?
probe-expected = Чего вы от неё ожидали?
question-joined-note = Дайте участнику рассказать свою историю своими словами; не подсказывайте ответы.
question-since = С какого времени вы участвуете в программе?
question-age = Сколько вам лет?
section-programme = Программа
question-activities = Чем вы занимаетесь в программе?
option-meeting = Знакомство с новыми людьми
option-language = Языковая практика
option-leisure = Досуговые мероприятия
question-frequency = Как часто вы участвуете?
option-weekly = Каждую неделю
option-monthly = Каждый месяц
option-less = Реже
question-satisfaction = Насколько вы довольны программой?
scale-low = совсем нет
scale-high = полностью
note-last-part = Поблагодарите участника за уже данные ответы и сообщите, что начинается последняя часть интервью.
section-change = Самое значимое изменение
question-change = Оглядываясь назад, какое изменение было для вас самым значимым?
change-period = с тех пор, как вы начали участвовать в программе

survey-title = Короткая анкета после программы
survey-section = Ваш опыт
question-recommend = Вы бы порекомендовали эту программу другим?
option-yes = Да
option-no = Нет
option-unsure = Затрудняюсь ответить
question-change-wish = Что бы вы изменили в программе?

consent-written-title = Информированное согласие
consent-verbal-title = Информированное согласие (устное)
consent-purpose = Цель этого исследования — понять, как участники воспринимают программу. Интервью длится около часа.

letter-title = Приглашение принять участие в интервью
letter-body =
    Здравствуйте!

    Через организацию { $organisation } в городе { $city } вы участвуете в следующей программе: { $programme }. Мы хотели бы поговорить с вами о вашем опыте на интервью продолжительностью около часа, в удобное для вас время и в удобном для вас месте.

    Участие добровольное. Если вы хотите принять участие или у вас есть вопросы, пожалуйста, свяжитесь с нами.

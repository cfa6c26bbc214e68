# Default wording of consent sheets, Ukrainian.
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
# Read back for meaning, grammar and register on 2026-12-02 (see the note of issue 11).
#
# Variables come from study.yaml: $controller, $controller_contact,
# $dpo_email, $legal_basis, $recipients, $retention, $authority, $committee,
# $reference. Values from study.yaml follow a colon or stand alone, in the
# nominative, so that any name reads correctly whatever its case.
# Each item has three forms: the statement ticked on a written form (first
# person), the text read aloud in verbal consent (-script, "ви") and a
# checklist line (-label).

consent-voluntary = Я беру участь у цьому дослідженні добровільно.
consent-voluntary-script = Участь добровільна: ви самі вирішуєте, чи хочете дати це інтерв’ю.
consent-voluntary-label = Добровільна участь

consent-withdraw = Я знаю, що не зобов’язаний (не зобов’язана) відповідати на кожне запитання, що можу припинити участь будь-коли і пізніше відкликати свою згоду, не пояснюючи причин і без жодних наслідків для мене.
consent-withdraw-script = Ви не зобов’язані відповідати на кожне запитання. Ви можете припинити участь будь-коли, а також пізніше відкликати свою згоду, не пояснюючи причин; це не матиме для вас жодних наслідків.
consent-withdraw-label = Може пропускати запитання, припинити участь або пізніше відкликати згоду

consent-recording = Я погоджуюся на аудіозапис інтерв’ю. Запис використовується лише для цього дослідження і нікому іншому не передається.
consent-recording-script = З вашого дозволу я запишу нашу розмову. Запис використовується лише для цього дослідження і нікому іншому не передається. Ви можете відмовитися від запису й однаково взяти участь у дослідженні.
consent-recording-label = Аудіозапис

consent-anonymisation = Я розумію, що моє ім’я, а також імена людей і назви місць, які я згадаю, видаляються або замінюються під час розшифрування інтерв’ю, щоб мене не можна було впізнати у звітах і публікаціях.
consent-anonymisation-script = Ваше ім’я, а також імена людей і назви місць, які ви згадаєте, видаляються під час розшифрування інтерв’ю. Ніхто не зможе впізнати вас у наших публікаціях.
consent-anonymisation-label = Імена та місця анонімізовано

consent-privacy = Мене поінформовано про те, як обробляються мої персональні дані. Контролер даних: { $controller }, { $controller_contact }. Інспектор із захисту даних: { $dpo_email }. Мета: це наукове дослідження. Правова підстава: { $legal_basis }. Доступ до даних: лише { $recipients }. Строк зберігання: { $retention }. Я маю право на доступ до своїх даних, їх виправлення та видалення, на обмеження обробки, на заперечення проти неї та, де це застосовно, на перенесення даних; здійснити ці права я можу, звернувшись до інспектора із захисту даних. Я можу подати скаргу до наглядового органу: { $authority }.
consent-privacy-script = Ваші дані використовуються лише для цього дослідження. Відповідальний за ваші дані (контролер даних): { $controller }, { $controller_contact }. Правова підстава: { $legal_basis }. Бачити ваші дані можуть лише: { $recipients }. Строк зберігання: { $retention }. Ви можете попросити показати вам ваші дані, виправити або видалити їх, обмежити їх використання або заперечити проти нього, а де це застосовно — отримати їх у зручному форматі: напишіть інспекторові із захисту даних на адресу { $dpo_email }. Ви також можете подати скаргу до наглядового органу: { $authority }.
consent-privacy-label = Інформацію про персональні дані (GDPR) надано

# Added to the privacy item when study.yaml sets `privacy.special_categories: true`.
consent-privacy-special = Те, що я розповідаю, може розкривати особливі категорії персональних даних (наприклад, відомості про моє походження, релігію чи здоров’я); вони обробляються з метою наукового дослідження з належними гарантіями (ст. 9(2)(j) і ст. 89 GDPR).
consent-privacy-special-script = Те, що ви мені розповісте, може розкрити щось про ваше походження, релігію чи здоров’я. Закон особливо захищає такі дані: ми використовуємо їх лише для цього дослідження, з додатковими гарантіями (ст. 9(2)(j) і ст. 89 GDPR).

consent-ethics = Я знаю, що це дослідження схвалено етичним комітетом ({ $committee }, номер { $reference }) і що я можу поставити досліднику будь-які запитання про дослідження зараз або пізніше.
consent-ethics-script = Це дослідження схвалено етичним комітетом ({ $committee }, номер { $reference }). Ви можете поставити мені запитання про дослідження зараз або пізніше.
consent-ethics-label = Схвалення етичного комітету пояснено, на запитання відповіли

privacy-default-legal-basis = виконання завдання в суспільних інтересах (наукове дослідження; ст. 6(1)(e) і ст. 89 GDPR)
privacy-default-recipients = дослідницька група

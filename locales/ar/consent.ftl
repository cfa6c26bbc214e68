# Default wording of consent sheets, Arabic. Variables come from study.yaml:
# $institution, $title, $contact, $controller, $dpo_email, $legal_basis,
# $recipients, $retention, $authority, $committee, $reference.
# Each item has three forms: the statement ticked on a written form, the
# text read aloud in verbal consent (-script) and a checklist line (-label).

consent-voluntary = أشارك في هذه الدراسة طوعًا.
consent-voluntary-script = المشاركة طوعية: أنت من يقرر إن كنت تريد إجراء هذه المقابلة.
consent-voluntary-label = المشاركة الطوعية

consent-withdraw = أعلم أنني لست مضطرًا إلى الإجابة عن كل سؤال، وأنه يمكنني التوقف في أي وقت، دون ذكر السبب ودون أي عواقب عليّ.
consent-withdraw-script = لست مضطرًا إلى الإجابة عن كل سؤال. يمكنك التوقف في أي لحظة، دون ذكر السبب، ولن تكون لذلك أي عواقب عليك.
consent-withdraw-label = يمكن تخطي الأسئلة أو التوقف في أي وقت

consent-recording = أوافق على تسجيل المقابلة صوتيًا. يُستخدم التسجيل لهذا البحث فقط ولا يُشارَك مع أي شخص آخر.
consent-recording-script = بإذنك، أودّ تسجيل حديثنا. يُستخدم التسجيل لهذا البحث فقط ولا يُشارَك مع أي شخص آخر. يمكنك الرفض والمشاركة مع ذلك.
consent-recording-label = التسجيل الصوتي

consent-anonymisation = أفهم أن اسمي وأسماء الأشخاص والأماكن التي أذكرها تُحذف أو تُستبدل عند تفريغ المقابلة كتابيًا، حتى لا يمكن التعرف عليّ في التقارير أو المنشورات.
consent-anonymisation-script = يُحذف اسمك وأسماء الأشخاص والأماكن التي تذكرها عند تفريغ المقابلة كتابيًا. لن يستطيع أحد التعرف عليك فيما ننشره.
consent-anonymisation-label = إخفاء الأسماء والأماكن

consent-privacy = أُبلغت بكيفية معالجة بياناتي الشخصية: المسؤول عن المعالجة هو { $controller }؛ والغرض هو هذه الدراسة العلمية؛ والأساس القانوني هو { $legal_basis }؛ ولا يطّلع على البيانات إلا { $recipients }، وتُحفظ { $retention }. لي الحق في الاطلاع على بياناتي وتصحيحها ومحوها، وفي تقييد معالجتها أو الاعتراض عليها؛ ويمكنني التواصل مع مسؤول حماية البيانات على { $dpo_email } وتقديم شكوى إلى { $authority }.
consent-privacy-script = تعالج { $controller } بياناتك لهذه الدراسة فقط، على أساس { $legal_basis }. لا يطّلع عليها إلا { $recipients }، وتُحفظ { $retention }. يمكنك أن تطلب الاطلاع على بياناتك أو تصحيحها أو محوها، أو تقييد استخدامها أو الاعتراض عليه: راسل { $dpo_email }. ويمكنك أيضًا تقديم شكوى إلى { $authority }.
consent-privacy-label = تقديم المعلومات عن البيانات الشخصية (اللائحة العامة لحماية البيانات)

consent-ethics = أعلم أن لجنة الأخلاقيات { $committee } وافقت على هذه الدراسة (المرجع { $reference })، وأنه يمكنني طرح أي سؤال عنها على الباحث، الآن أو لاحقًا.
consent-ethics-script = وافقت لجنة الأخلاقيات { $committee } على هذه الدراسة (المرجع { $reference }). يمكنك أن تسألني عن الدراسة الآن أو لاحقًا.
consent-ethics-label = شرح الموافقة الأخلاقية والإجابة عن الأسئلة

privacy-default-legal-basis = مهمة تُنفَّذ للمصلحة العامة: البحث العلمي (المادة 6(1)(هـ) والمادة 89 من اللائحة العامة لحماية البيانات)
privacy-default-recipients = فريق البحث
privacy-default-retention = طالما تتطلب الدراسة ذلك لا أكثر
privacy-default-authority = هيئة حماية البيانات

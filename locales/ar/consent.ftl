# Default wording of consent sheets, Arabic (Modern Standard Arabic).
# Reviewed by a native speaker: no. This translation has not been reviewed
# by a native speaker: have it checked before printing.
#
# Variables come from study.yaml: $controller, $controller_contact,
# $dpo_email, $legal_basis, $recipients, $retention, $authority, $committee,
# $reference. Values from study.yaml follow a colon or stand alone.
# Each item has three forms: the statement ticked on a written form, the
# text read aloud in verbal consent (-script) and a checklist line (-label).

consent-voluntary = أشارك في هذه الدراسة طوعًا.
consent-voluntary-script = المشاركة طوعية: أنت من يقرر إن كنت تريد إجراء هذه المقابلة.
consent-voluntary-label = المشاركة الطوعية

consent-withdraw = أعلم أنني لست مضطرًا إلى الإجابة عن كل سؤال، وأنه يمكنني التوقف في أي وقت وسحب موافقتي لاحقًا، دون ذكر السبب ودون أي عواقب عليّ.
consent-withdraw-script = لست مضطرًا إلى الإجابة عن كل سؤال. يمكنك التوقف في أي لحظة، ويمكنك أيضًا سحب موافقتك لاحقًا، دون ذكر السبب؛ ولن تكون لذلك أي عواقب عليك.
consent-withdraw-label = يمكن تخطي الأسئلة أو التوقف أو سحب الموافقة لاحقًا

consent-recording = أوافق على تسجيل المقابلة صوتيًا. يُستخدم التسجيل لهذا البحث فقط ولا يُشارَك مع أي شخص آخر.
consent-recording-script = بإذنك، أودّ تسجيل حديثنا. يُستخدم التسجيل لهذا البحث فقط ولا يُشارَك مع أي شخص آخر. يمكنك الرفض والمشاركة مع ذلك.
consent-recording-label = التسجيل الصوتي

consent-anonymisation = أفهم أن اسمي وأسماء الأشخاص والأماكن التي أذكرها تُحذف أو تُستبدل عند تفريغ المقابلة كتابيًا، حتى لا يمكن التعرف عليّ في التقارير أو المنشورات.
consent-anonymisation-script = يُحذف اسمك وأسماء الأشخاص والأماكن التي تذكرها عند تفريغ المقابلة كتابيًا. لن يستطيع أحد التعرف عليك فيما ننشره.
consent-anonymisation-label = إخفاء الأسماء والأماكن

consent-privacy = أُبلغت بكيفية معالجة بياناتي الشخصية. المسؤول عن المعالجة: { $controller }، { $controller_contact }. مسؤول حماية البيانات: { $dpo_email }. الغرض: هذه الدراسة العلمية. الأساس القانوني: { $legal_basis }. الاطلاع على البيانات: { $recipients } فقط. مدة الحفظ: { $retention }. لي الحق في الاطلاع على بياناتي وتصحيحها ومحوها، وفي تقييد معالجتها أو الاعتراض عليها، وفي نقلها حيثما ينطبق ذلك؛ ويمكنني ممارسة هذه الحقوق عن طريق مسؤول حماية البيانات. ويمكنني تقديم شكوى إلى السلطة الرقابية: { $authority }.
consent-privacy-script = تُستخدم بياناتك لهذه الدراسة فقط. المسؤول عن بياناتك (المسؤول عن المعالجة): { $controller }، { $controller_contact }. الأساس القانوني: { $legal_basis }. لا يطّلع على بياناتك إلا هؤلاء: { $recipients }. مدة حفظها: { $retention }. يمكنك أن تطلب الاطلاع على بياناتك أو تصحيحها أو محوها، أو تقييد استخدامها أو الاعتراض عليه، وأن تحصل عليها بصيغة قابلة للاستخدام حيثما ينطبق ذلك: تواصل مع مسؤول حماية البيانات على { $dpo_email }. ويمكنك أيضًا تقديم شكوى إلى السلطة الرقابية: { $authority }.
consent-privacy-label = تقديم المعلومات عن البيانات الشخصية (اللائحة العامة لحماية البيانات)

# Added to the privacy item when study.yaml sets `privacy.special_categories: true`.
consent-privacy-special = قد يكشف ما أقوله عن فئات خاصة من البيانات الشخصية (مثل أصلي أو ديني أو صحتي)؛ وتُعالج هذه البيانات لأغراض البحث العلمي مع ضمانات مناسبة (المادة 9(2)(ي) والمادة 89 من اللائحة العامة لحماية البيانات).
consent-privacy-special-script = قد يكشف ما تخبرني به شيئًا عن أصلك أو دينك أو صحتك. يحمي القانون هذه البيانات حماية خاصة: نستخدمها لهذا البحث فقط، مع ضمانات إضافية (المادة 9(2)(ي) والمادة 89 من اللائحة العامة لحماية البيانات).

consent-ethics = أعلم أن لجنة الأخلاقيات { $committee } وافقت على هذه الدراسة (المرجع { $reference })، وأنه يمكنني طرح أي سؤال عنها على الباحث، الآن أو لاحقًا.
consent-ethics-script = وافقت لجنة الأخلاقيات { $committee } على هذه الدراسة (المرجع { $reference }). يمكنك أن تسألني عن الدراسة الآن أو لاحقًا.
consent-ethics-label = شرح الموافقة الأخلاقية والإجابة عن الأسئلة

privacy-default-legal-basis = مهمة تُنفَّذ للمصلحة العامة (البحث العلمي؛ المادة 6(1)(هـ) والمادة 89 من اللائحة العامة لحماية البيانات)
privacy-default-recipients = فريق البحث

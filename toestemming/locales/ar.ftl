# Toestemming — العربية (Arabic) catalog for signers, parents and receivers.
# Review: MACHINE-ASSISTED translation, NEEDS REVIEW by a native speaker before real use.
# Plain Modern Standard Arabic at B1 level. Same message ids and $variables as nl.ftl.

language-name = العربية
language-direction = rtl

## Dates and lists (what the texts are built with)

date = { $day }/{ $month }/{ $year }
list-separator = { "، " }

## أنواع الجهات

kind-onderwijs = التعليم
kind-zorg = الرعاية
kind-arbeid = العمل
kind-gemeente = البلدية
kind-leerplicht_rmc = متابعة الحضور المدرسي / RMC
kind-werkgever = صاحب العمل
kind-anders = جهة أخرى

## الأدوار وطرق التواصل

role-youth = الشاب أو الشابة
role-parent = أحد الوالدين
role-guardian = الوصي
role-curator = القيّم
role-mentor = المرشد القانوني
role-unknown = غير معروف
channel-desk = في المكتب أو بالهاتف
channel-tablet = بالتوقيع على الجهاز اللوحي
channel-email = بالبريد الإلكتروني
channel-app = برسالة تطبيق أو رسالة نصية
channel-paper = على الورق

## من يقرر

decider-parents = عمر { $youth } أقل من 16 سنة، لذلك يقرر الوالدان اللذان لهما السلطة الأبوية (أو الوصي). نخبر { $youth } بذلك ونسأل عن رأيه أو رأيها.
decider-parents_young_child = عمر { $youth } أقل من 8 سنوات، لذلك يقرر الوالدان اللذان لهما السلطة الأبوية (أو الوصي). لا يوقّع { $youth } على أي شيء؛ يخبره الوالدان بذلك بكلمات تناسب عمره.
decider-parents_and_youth = عمر { $youth } بين 12 و15 سنة: الوالدان اللذان لهما السلطة الأبوية و{ $youth } يقررون معًا.
decider-youth = عمر { $youth } 16 سنة أو أكثر، ويقرر وحده.
decider-adult_representative = { $youth } تحت القوامة أو الإرشاد القانوني (curatele أو mentorschap): القيّم أو المرشد يقرر.

## نص كل جزء (يُحفظ كما هو)

item-part = الجزء { $position }: { $title }
item-which = ما هي المعلومات: { $categories }.
item-to-whom = لمن: { $recipient } ({ $kind }).
item-why = لماذا: { $description }
item-how-long = إلى متى: حتى { $until } كحد أقصى.
item-responsible = الجهة المسؤولة: { $organisation }.
item-special = معلومات حساسة ({ $names }): لا نشاركها إلا إذا وضعت علامة عليها بشكل منفصل.
item-say-no = يمكنك أن تقول لا. هذا لا يؤثر على مدرستك أو تدريبك.
item-withdraw = يمكنك سحب موافقتك في أي وقت، بدون ذكر سبب: أخبر المرشد، أو أرسل بريدًا إلكترونيًا أو رسالة مع الرمز { $code }. ما تمت مشاركته يبقى كما هو؛ وبعد ذلك لا نشارك شيئًا.
request-head = طلب موافقة — { $organisation } — الرمز { $code }
request-intro = نسألك هل يمكننا مشاركة معلومات عنك. أنت تقرر في كل جزء.

## الطلب بالبريد الإلكتروني

mail-subject = { $reminder ->
        [yes] تذكير: طلب موافقة
       *[no] طلب موافقة
    } – { $organisation } – الرمز { $code }
mail-greeting = عزيزي/عزيزتي { $name }،
mail-intro-youth = نسألك هل يمكننا مشاركة معلومات عنك مع جهات أخرى. تجد أدناه لكل جزء: ما هي المعلومات، ومع من، ولماذا، وإلى متى. أنت تقرر بنفسك في كل جزء: نعم أو لا.
mail-intro-representative = هذا الطلب يخص { $youth }. أنت تقرر بصفتك { $role } في كل جزء: نعم أو لا. حيث يقول النص «أنت»، المقصود هو { $youth }.
mail-representative = الممثل القانوني
mail-reminder = لم نستلم ردًا على طلبنا بعد.
mail-code-line = الرمز المرجعي:
mail-how = كيف ترد؟
mail-how-text = رد على هذا البريد واكتب نعم أو لا لكل جزء، مثلًا: 1 نعم، 2 لا. أو اكتب: نعم للكل، أو: لا للكل. اترك الرمز { $code } في الموضوع أو في الرسالة.
mail-special = { $count ->
        [one] الجزء { $positions } يخص
       *[other] الأجزاء { $positions } تخص
    } معلومات حساسة. لا نشاركها إلا إذا ذكرت ذلك صراحة في ردك، مثلًا: { $first } نعم، المعلومات الحساسة أيضًا.
mail-say-no = يمكنك دائمًا أن تقول لا. هذا لا يؤثر على المدرسة أو التدريب. إذا لم ترد فلن نشارك شيئًا.
mail-withdraw = يمكنك السحب في أي وقت، بدون سبب: أرسل رسالة فيها الرمز وكلمة سحب (أو مثلًا: سحب 2، لجزء واحد)، أو أخبر المرشد. ما تمت مشاركته يبقى كما هو؛ وبعد ذلك لا نشارك شيئًا.
mail-valid = هذا الطلب صالح حتى { $until }. إذا لم يصلنا رد خلال { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }، يسقط الطلب.
mail-closing = مع أطيب التحيات،

## الرد عبر التطبيق أو الرسالة النصية

app-answer = { $position }: نعم / لا
app-special = (المعلومات الحساسة: اكتب «نعم، المعلومات الحساسة أيضًا»)

## الإيصال بالبريد الإلكتروني

receipt-subject = { $withdrawal ->
        [yes] تأكيد سحب موافقتك
       *[no] إيصالك
    } – { $organisation }
receipt-subject-code = { receipt-subject } – الرمز { $code }
receipt-what = { $withdrawal ->
        [yes] في المرفق تأكيد الموافقة التي سحبتها اليوم لدى { $organisation }{ $code_part }.
       *[no] في المرفق إيصال ما وقّعت عليه اليوم لدى { $organisation }{ $code_part }.
    }
receipt-code-part = { " " }(الرمز { $code })
receipt-keep = احتفظ به من فضلك.
receipt-withdraw = يمكنك سحب الموافقة في أي وقت، بدون سبب: أخبر المرشد، أو أرسل بريدًا إلكترونيًا أو رسالة مع الرمز.
receipt-file = receipt.pdf
withdrawal-file = withdrawal-confirmation.pdf

## الإيصال (PDF بعد التوقيع)

signing-receipt-form = إيصال الموافقة
signing-receipt-title = الإيصال: اختياراتك
signing-receipt-recorded = سجّلت { $organisation } إجاباتك. هذا ما اخترته:
signing-receipt-col-part = الجزء
signing-receipt-col-purpose = الغرض
signing-receipt-col-recipient = الجهة المستلمة
signing-receipt-col-answer = إجابتك
signing-receipt-yes = نعم، موافق
signing-receipt-no = لا
signing-receipt-withdrawn = لا: سُحبت الموافقة في { $moment }
signing-receipt-yes-before = نعم (سبق أن أعطيتها في { $moment })
signing-receipt-no-before = لا (سبق أن أعطيتها في { $moment })
signing-receipt-about = بخصوص
signing-receipt-signed-by = وقّع
signing-receipt-when = متى
signing-receipt-on-tablet = (على الجهاز اللوحي)
signing-receipt-language = لغة النص
signing-receipt-code = الرمز
signing-receipt-signature = التوقيع
signing-receipt-changed-mind = هل غيّرت رأيك؟
signing-receipt-withdraw = يمكنك سحب موافقتك في أي وقت، بدون ذكر سبب: أخبر المرشد، أو أرسل بريدًا إلكترونيًا أو رسالة مع الرمز { $code }. ما تمت مشاركته يبقى كما هو؛ وبعد ذلك لا نشارك شيئًا.
signing-receipt-no-consequences = قول لا لا يؤثر على مدرستك أو تدريبك.

## تأكيد السحب (PDF)

withdrawal-form = تأكيد السحب
withdrawal-title = تأكيد: تم سحب الموافقة
withdrawal-about = بخصوص: { $name }
withdrawal-by = سحبها: { $who }
withdrawal-when = متى: { $moment } ({ $channel })
withdrawal-recorded = سجّلت { $organisation } سحب موافقتك. لا تحتاج إلى فعل أي شيء آخر. ولم يكن عليك ذكر سبب.
withdrawal-what = ما الذي تم سحبه
withdrawal-col-code = الرمز
withdrawal-col-part = الجزء
withdrawal-col-purpose = الغرض
withdrawal-col-recipient = الجهة المستلمة
withdrawal-col-data = المعلومات
withdrawal-meaning = ماذا يعني هذا
withdrawal-meaning-text = منذ لحظة السحب لا نشارك هذه المعلومات بعد الآن مع هذه الجهات لهذا الغرض. ما تمت مشاركته قبل ذلك كان مسموحًا به في ذلك الوقت ويبقى كما هو.
withdrawal-told = هذه الجهات استلمت معلومات من قبل. سنخبرها بأنك سحبت موافقتك:
withdrawal-none-shared = لم تتم مشاركة أي معلومات بموجب هذه الموافقة بعد.
withdrawal-again = هل تريد أن توافق مرة أخرى لاحقًا؟
withdrawal-again-text = هذا ممكن دائمًا، بطلب جديد. هل لديك أسئلة؟ تواصل مع { $contact }.

## التوقيع على الجهاز اللوحي

tablet-who = من أنت؟
tablet-who-hint = اضغط على اسمك. كل شخص يقرر بشكل منفصل.
tablet-about = هذا يخص: { $youth }
tablet-done-before = تمت الإجابة
tablet-done-why = من لديه ✓ قد وقّع بالفعل ولا يمكنه التوقيع مرة أخرى. هل تريد تغيير شيء؟ فقط عن طريق المرشد.
tablet-nothing-open = لم يبقَ شيء للإجابة عليه في هذا الطلب.
tablet-withdraw-start = سحب الموافقة
tablet-item-of = الجزء { $n } من { $total }
tablet-to = إلى: { $name } ({ $kind })
tablet-whose = { $addressee ->
       *[representative] هذا يخص معلومات { $child }. حيث يقول النص «أنت»، المقصود هو { $child }.
        [youth] { "" }
    }
tablet-yes = نعم، موافق
tablet-no = لا
tablet-special-tick = { $addressee ->
       *[representative] نعم، أوافق بشكل منفصل على مشاركة هذه المعلومات الحساسة الخاصة بـ { $child }: { $names }.
        [youth] نعم، أوافق بشكل منفصل على مشاركة هذه المعلومات الحساسة: { $names }.
    }
tablet-special-needed = إذا قلت نعم، ضع علامة في المربع أعلاه أولًا.
tablet-choose = اختر نعم أو لا.
tablet-read-first = اقرأ النص كله أولًا ↓
tablet-read-first-why = يعمل نعم ولا بعد أن ترى النص كله. مرّر أو اسحب إلى الأسفل، أو اضغط Page Down.
tablet-text-name = النص الذي تقول له نعم أو لا
tablet-back = السابق
tablet-next = التالي
tablet-summary = هل هذا صحيح؟
tablet-summary-hint = { $addressee ->
       *[representative] هذه إجاباتك بخصوص معلومات { $child }. ما زال بإمكانك تغيير كل شيء. بعد ذلك توقّع.
        [youth] ما زال بإمكانك تغيير كل شيء. بعد ذلك توقّع.
    }
tablet-change = تغيير
tablet-to-sign = متابعة إلى التوقيع
tablet-sign = وقّع هنا
tablet-sign-hint = بإصبعك أو بالقلم أو بالفأرة.
tablet-sign-as = أنت توقّع باسم { $name }.
tablet-again = من جديد
tablet-confirm = تأكيد
tablet-thanks = شكرًا لك!
tablet-thanks-hint = { $addressee ->
       *[representative] تم حفظ اختياراتك لـ { $child }. أعد الجهاز اللوحي إلى المرشد من فضلك.
        [youth] تم حفظ اختياراتك. أعد الجهاز اللوحي إلى المرشد من فضلك.
    }
tablet-next-signer = التالي للتوقيع: { $names }.
tablet-all-signed = وقّع كل من يقرر. لا أحد آخر يحتاج إلى التوقيع.
tablet-agreed = { $addressee ->
       *[representative] هذا ما اخترته لـ { $child }:
        [youth] هذا ما اخترته:
    }
tablet-withdrawn = تم السحب:
tablet-receipt = الإيصال (طباعة أو حفظ)…
tablet-mail = إرسال بالبريد الإلكتروني
tablet-mail-sending = جارٍ الإرسال إلى { $address }…
tablet-mail-sent = تم إرسال الإيصال بالبريد الإلكتروني إلى { $address }.
tablet-mail-failed = لم يتم الإرسال: { $reason }
tablet-next-person = الشخص التالي
tablet-text-smaller = A−
tablet-text-larger = A+
tablet-text-smaller-name = نص أصغر
tablet-text-larger-name = نص أكبر
tablet-pad-name = مكان التوقيع
tablet-type-instead = لا تستطيع الرسم؟ اكتب اسمك
tablet-draw-instead = الرسم بدلًا من ذلك
tablet-typed-name-field = اسمك
tablet-typed-name-hint = اكتب اسمك كما هو مكتوب في الأعلى وضع علامة في المربع.
tablet-typed-name-confirm = أؤكد أن اسمي المكتوب يُعتبر توقيعي.
tablet-typed-name-tick = ضع العلامة أولًا: عندها يُعتبر اسمك المكتوب توقيعك.
tablet-typed-name-missing = اكتب اسمك في المربع.
tablet-typed-name-mismatch = هذا ليس الاسم المكتوب في الأعلى. اكتب اسمك كما هو في الأعلى.
tablet-typed-name-label = اسم مكتوب (ليس توقيعًا مرسومًا)
tablet-read-aloud = القراءة بصوت عالٍ
tablet-staff = المرشد
tablet-withdraw-who = من يسحب الموافقة؟
tablet-withdraw-pick = ماذا تريد أن تسحب؟
tablet-withdraw-hint = يمكنك ذلك دائمًا، بدون سبب. ما تمت مشاركته يبقى كما هو؛ وبعد ذلك لا نشارك شيئًا.
tablet-withdraw-none = لا توجد موافقة يمكنك سحبها.
tablet-withdraw-choose = اختر جزءًا واحدًا على الأقل.
tablet-withdraw-sign = وقّع لسحب الموافقة
tablet-withdraw-done = تم سحب الموافقة.
tablet-to-start = العودة إلى البداية
tablet-saving-failed = لم يتم الحفظ: { $reason }

## رسائل الخطأ أثناء التوقيع

error-nothing-to-sign = لا يوجد شيء للتوقيع بعد.
error-texts-not-shown = اقرأ كل جزء بهذه اللغة أولًا.
error-for-the-worker = لم يتم الحفظ. أعطِ الجهاز اللوحي للمرشد من فضلك. للمرشد: { $reason }
error-signature-missing = وقّع في المربع أولًا.
error-signature-too-long = التوقيع طويل جدًا. اضغط على «من جديد».
error-signature-unreadable = لا يمكن قراءة التوقيع. اضغط على «من جديد».
error-signature-too-small = هذا التوقيع صغير جدًا. وقّع بشكل أكبر في المربع.
error-signature-image = صورة التوقيع غير صالحة.
error-youth-erased = تم حذف معلومات هذا الشاب أو هذه الشابة.
error-no-text-in-language = هذا الطلب ليس له نص بهذه اللغة.
error-answer-every-part = أجب أولًا بنعم أو لا على كل جزء.
error-choose-withdraw = اختر ما تريد سحبه.
error-unknown-language = لغة غير معروفة.
error-withdraw-one-youth = اسحب أجزاء لشخص واحد في كل مرة.
error-may-not-withdraw = لا يمكن لهذا الشخص سحب هذه الموافقة.
error-cannot-withdraw-any-more = لا يمكن سحب أحد هذه الأجزاء (بعد الآن).
error-signing-not-found = هذا التوقيع غير موجود.
error-no-mail-server = لم يتم إعداد خادم البريد.
error-no-email = لا يوجد عنوان بريد إلكتروني لهذا الشخص. أدخله أولًا.

## رأس الصفحة وتذييلها، خانة التوقيع

pdf-made = أُنشئ في
pdf-page = الصفحة { $n } من { $total }
signature-name = الاسم
signature-role = الصفة
signature-date = التاريخ
signature-signature = التوقيع

## استمارة الموافقة الورقية

paper-form = استمارة الموافقة
paper-subject = استمارة موافقة ورقية
paper-lead = الموافقة على مشاركة المعلومات — الرمز { $code }
paper-about = بخصوص: { $name }، تاريخ الميلاد { $born }
paper-valid = صالحة من { $start } حتى { $end }. الجهة المسؤولة: { $organisation }.
paper-who = من يوقّع، ولماذا
paper-filled-by = يملأ هذه الاستمارة: { $names }.
paper-how = كيف تملأ الاستمارة
paper-how-text = اقرأ كل جزء. ضع علامة على نعم أو لا لكل جزء؛ كل من يوقّع يضع علامته بنفسه. يمكنك أن تقول لا، وهذا لا يؤثر على المدرسة أو التدريب. إذا لم تضع أي علامة فهذا يعني: لا موافقة.
paper-whose = { $addressee ->
       *[representative] حيث تقول الأجزاء أدناه «أنت»، المقصود هو { $child }: هي تخص معلومات { $child }.
        [youth] { "" }
    }
paper-yes = نعم
paper-no = لا
paper-special = { $addressee ->
       *[representative] أوافق بشكل منفصل وصريح على مشاركة المعلومات الحساسة الخاصة بـ { $child }
        [youth] أوافق بشكل منفصل وصريح على مشاركة المعلومات الحساسة
    }
paper-withdraw = سحب الموافقة
paper-withdraw-text = يمكنك دائمًا سحب موافقتك، كلها أو لجزء منها، بدون ذكر سبب. أخبر المرشد{ $who }، أو أرسل بريدًا إلكترونيًا أو رسالة مع الرمز { $code }. سحب الموافقة سهل مثل إعطائها. ما تمت مشاركته يبقى كما هو؛ وبعد ذلك لا نشارك شيئًا، ونخبر من استلم المعلومات بأنك سحبت موافقتك.
paper-signature = التوقيع
paper-informed = الشاب أو الشابة (تم إعلامه وسؤاله عن رأيه)
paper-for-worker = للمرشد: امسح الاستمارة المعبأة ضوئيًا أو صوّرها وأدخلها في البرنامج. رمز QR يربطها بهذا الطلب؛ بعد ذلك سجّل الإجابات.

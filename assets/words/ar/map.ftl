# الكلمات التي تراها القاعة على جهاز العرض وفي التقارير (انظر en/map.ftl).

## أرباع خريطة القوى والاستراتيجية التي يقترحها كل ربع.

strategy-partner = شراكة
strategy-partner-summary = بإمكانهم التأثير في النتيجة وهم يميلون إلى صفّنا. تواصلوا معهم واجعلوهم حلفاء: ادعوهم إلى عمل مشترك، وابحثوا عن داعمين أقوياء لم نعدّهم شركاء بعد.
strategy-awareness = رفع الوعي
strategy-awareness-summary = بإمكانهم التأثير في النتيجة لكنهم لا يدعموننا بعد. حاولوا تقريبهم خطوة واحدة بالتوعية والتثقيف.
strategy-awareness-caveat = اعرفوا أولًا سبب ضعف دعمهم. إن كانوا لا يعرفون أو لا يهتمون فعرّفوهم. وإن كانوا معارضين بشدة فلا تجعلوهم هدفًا أول، بل اعملوا على إضعاف شرعية موقفهم.
strategy-capacity = بناء القدرات
strategy-capacity-summary = هم معنا لكن وزنهم ما زال قليلًا. ساعدوهم على أن يصبحوا أقوى: تدريب وموارد وعلاقات وصوت في الحملة.
strategy-monitor = متابعة
strategy-monitor-summary = ليسوا هدفًا ولا موردًا في الوقت الحالي. راقبوهم وانتبهوا إن بدأ موقفهم أو تأثيرهم يتغيّر.
place-on-the-line = على الخط المحايد
place-on-the-line-note = لا مؤيد ولا معارض، فهو خارج الأرباع ولا استراتيجية له بعد. حين تعرف القاعة إلى أي جهة يميل، أخرجوه عن الخط.
place-not-placed = لم يُوضع بعد

## عناوين محاور خريطة القوى.

caption-strongly-opposed = معارض بشدة
caption-neutral = محايد
caption-strongly-supportive = مؤيد بشدة
caption-high-influence = تأثير كبير
caption-low-influence = تأثير ضعيف

## شرائح طيف الحلفاء الخمس، وما يقرّب الفاعل شريحة واحدة نحونا.

slice-active-allies = حلفاء فاعلون
slice-passive-allies = حلفاء سلبيون
slice-neutral = محايدون
slice-passive-opposition = معارضة سلبية
slice-active-opposition = معارضة فاعلة
tactics-active-allies-aim = إبقاؤهم فاعلين وتوظيف طاقتهم
tactics-active-allies-how = خطّطوا معهم لأنشطة وفعاليات وتدريبات مشتركة، وأعطوهم أدوارًا ظاهرة، واطلبوا منهم أن يجذبوا أشخاصًا من الشريحة التالية.
tactics-passive-allies-aim = تحويل الموافقة إلى فعل
tactics-passive-allies-how = اعرفوا ما يعيقهم: ضيق الوقت، أم الخوف، أم طلب غير واضح؟ قدّموا طلبًا صغيرًا ومحددًا، وخفّفوا كلفة الانضمام، وعزّزوا ثقتهم بقدرتهم على الفعل.
tactics-neutral-aim = كسب تعاطفهم
tactics-neutral-how = عرّفوهم بالقضية واربطوا الحملة بتجربتهم ومصالحهم. القصص الشخصية والرسل الموثوقون أنجع من الحجج.
tactics-passive-opposition-aim = نقلهم إلى الحياد
tactics-passive-opposition-how = لا تعطوهم سببًا للتعبئة ضدنا. أجيبوا عن مخاوفهم، وأظهروا الاحترام، ودعوا الشكوك في موقفهم تنمو من تلقاء نفسها.
tactics-active-opposition-aim = لا تحاولوا إقناعهم، بل أضعفوا موقفهم
tactics-active-opposition-how = نادرًا ما ينجح إقناعهم وهو مكلف. اعملوا بدلًا من ذلك على تقويض شرعية موقفهم وعزلهم عمّن حولهم: فهذا يقرّب أولئك الناس خطوة نحونا.
aim-hold = الهدف إبقاؤهم حيث هم: { $slice }.
aim-away = هذا الهدف يبعدهم عنا؛ هل هذا ما قصدته القاعة؟
aim-one-step = خطوة خطوة: استهدفوا أولًا { $next }، ثم اذهبوا أبعد.
aim-one-step-toward-us = خطوة نحونا: { $next }

## أنواع الفاعلين والعلاقات كما تسمّيها الشرح واللوحة الجانبية.

kind-individual = فرد
kind-group = مجموعة
kind-organization = منظمة
kind-institution = مؤسسة
relationship-cooperating = تعاون
relationship-conflicting = صراع
tie-work = عمل
tie-political = سياسة
tie-family = عائلة
tie-religious = دين
tie-neighbourhood = جوار
tie-funding = تمويل
tie-other = أخرى

## مفتاح الخريطة.

legend-heading = مفتاح الخريطة
legend-us = نحن
legend-cooperates-with-us = يتعاون معنا
legend-uncertain = غير مؤكد
legend-aim = إلى أين نسعى لنقلهم
legend-moved = تحرّك منذ جولة سابقة
legend-disagree = الشريحة والخريطة غير متوافقتين
legend-spread = إجابات القاعة: الوسيط والنصف الأوسط
page-spread = إجابات القاعة في { $opened }

## ترويسة الصفحة المصدّرة وجدولها.

page-power-map = خريطة القوى
page-spectrum = طيف الحلفاء
page-both = خريطة القوى وطيف الحلفاء
page-moved-since-round = تُظهر الأسهم التحرّكات منذ «{ $round }» ({ $date })
page-moved-since-date = تُظهر الأسهم التحرّكات منذ جولة { $date }
page-moved-since-earlier = تُظهر الأسهم التحرّكات منذ جولة سابقة
table-actor = الفاعل
table-strategy = الاستراتيجية
table-slice = الشريحة
table-aim = الهدف
table-not-placed = لم يُوضع
table-room-heading = إجابات القاعة، الأكثر خلافًا أولًا
table-answers = وُضع
table-dont-know = لا أعرف
table-disagreement = الخلاف
table-split = منقسم بين
table-more-actors = { $count ->
    [one] وفاعل آخر
    [two] وفاعلان آخران
    [few] و{ $count } فاعلين آخرين
    [many] و{ $count } فاعلًا آخر
   *[other] و{ $count } من الفاعلين الآخرين
}

## الأسماء التي لم تتسع لها الخريطة كاملة.

names-shortened = { $count ->
    [one] اسم واحد مختصر
    [two] اسمان مختصران
    [few] { $count } أسماء مختصرة
    [many] { $count } اسمًا مختصرًا
   *[other] { $count } من الأسماء المختصرة
}
names-not-shown = { $count ->
    [one] اسم واحد غير معروض
    [two] اسمان غير معروضين
    [few] { $count } أسماء غير معروضة
    [many] { $count } اسمًا غير معروض
   *[other] { $count } من الأسماء غير المعروضة
}
names-zoom-in = كبّروا العرض أو استعملوا التصفية لرؤيتها

## أسئلة التخطيط ومحفّزات العصف الذهني.

question-targets = من نستهدف بتحرّكنا القادم؟
question-resources = ما الذي يلزم لتقريبهم خطوة نحونا؟
question-interests = ما التحرّكات التي تخاطب مصالحهم واحتياجاتهم وثقافتهم؟
question-risks = ما التحرّكات التي قد تفرّق بيننا؟
prompt-affected = من المتضرّر من المشكلة؟
prompt-can-change = من يستطيع تغيير الوضع، إلى الأفضل أو إلى الأسوأ؟
prompt-decides = من يتخذ القرارات المهمة هنا؟
prompt-resources = من يملك المال أو المهارات أو الانتشار لتنفيذ حل؟
prompt-ties = من يرتبط بمن: بالعمل أو السياسة أو العائلة أو الدين أو الجوار؟

## الفئات المدمجة: أنواع الشركاء، ثم الأدوار في تحليل القوى.

category-grassroots = حركة قاعدية
category-ngo = منظمة مجتمع مدني / منظمة غير حكومية
category-network = منظمة لبناء الشبكات
category-international_ngo = منظمة غير حكومية دولية
category-un_agency = وكالة أممية
category-foreign_state = دولة أجنبية أو بعثة
category-media = إعلام
category-government = جهة أو مسؤول حكومي
category-business = شركة
category-religious_body = هيئة دينية
category-political_party = حزب سياسي
category-union = نقابة
category-decision_maker = صاحب قرار
category-organised_stakeholder = طرف معني منظّم
category-influencer = شخصية مؤثرة
category-core_constituency = القاعدة الاجتماعية

## النصف الثاني: الاحتياجات، ودرجات التعاون، وشكل الشبكة، ومسودة مذكرة التفاهم.

need-meeting_space = مكان للاجتماع
need-supporters = مزيد من المؤيدين
need-expertise = معرفة متخصصة
need-legal_help = مساعدة قانونية
need-credibility = مصداقية لدى الجمهور
need-international_attention = اهتمام دولي
need-media_reach = انتشار إعلامي
need-funding = تمويل
need-access = الوصول إلى صانعي القرار
collab-cooperation = تعاون
collab-network = شبكة
collab-campaign_coalition = ائتلاف حملة
collab-strategic_alliance = تحالف استراتيجي
collab-merger = اندماج أو انتساب هيكلي
purpose-exchange_information = تبادل المعلومات
purpose-coordinate = تنسيق السياسات أو البرامج أو الأنشطة
purpose-common_funding = الحصول على تمويل مشترك
purpose-joint_venture = تنفيذ مشروع مشترك
purpose-common_identity = بناء هوية مشتركة طويلة الأمد
members-similar = أعضاء متشابهون
members-diverse = أعضاء متنوعون
structure-informal = هيكل غير رسمي
structure-formal = هيكل رسمي
draft-purpose-why = لماذا نعمل معًا: { $purpose }.
draft-member = { $name }: { $level }
draft-member-offers = { $name }: { $level }؛ يقدّم { $offers }
draft-decisions-informal = تُتخذ القرارات معًا في اجتماعات مفتوحة، بالتوافق قدر الإمكان؛ ومن يدعو إلى الاجتماع التالي يدوّن محضره.
draft-decisions-formal = تتخذ لجنة توجيهية، فيها مندوب عن كل عضو، القرارات وفق إجراءات مكتوبة؛ ويوافق الأعضاء على الالتزامات الكبرى.
draft-resource = { $need }: { $names }

## خطة التحالف في التقرير: صفحاتها بعد الخريطة، ونصّها بصيغة Markdown.

report-alliance-plan = خطة التحالف
report-redacted = الأسماء هنا رموز. أُسقطت أسباب اختيار شكل الشبكة، واتفاق المجموعة، ومذكرة التفاهم.
report-left-out-redacted = أُسقط: هذا التقرير مُخفى الأسماء.
report-not-written = لم يُكتب بعد.
report-page = الصفحة { $page } من { $pages }
report-needs = ما نحتاجه، ومن يمكنه تقديمه
report-need = الحاجة
report-covered-by = من يمكنه تقديمها، الأنسب أولًا
report-nobody = لا أحد بعد
report-partners = الشركاء
report-partner = الشريك
report-now = الآن
report-aim = المستهدف
report-no-level = لا شيء
report-offers = يمكنه تقديم
report-no-partners = لم يُنظر بعد في أي جهة كشريك.
report-trust = الثقة
report-benefits = المنافع
report-risks = المخاطر
report-rated-note = { $what }: { $note }
report-network = شكل الشبكة
report-purpose = الغاية
report-members = الأعضاء
report-structure = البنية
report-not-chosen = لم يُختر بعد
report-choice = { $label }: { $choice }
report-agreement = اتفاق المجموعة
report-values = القيم التي نتشاركها
report-commitments = ما يلتزم به كل منا
report-conflict = كيف نتعامل مع الخلاف
report-memorandum = مذكرة التفاهم
report-memo-purpose = الغاية من الشراكة
report-memo-members = الأعضاء وأدوارهم
report-memo-decisions = كيف نتخذ القرار
report-memo-resources = ما يقدّمه كل طرف
report-memo-commitments = ما يعد به كل طرف
report-level = المستوى
report-round = الجولة
report-chart-levels = الشركاء حسب المستوى
report-chart-needs = الاحتياجات
report-chart-covered = يمكن لأحد تقديمها
report-chart-rounds = الفاعلون في كل شريحة، جولة بعد جولة
report-chart-rounds-latest = { $count ->
    [zero] الفاعلون في كل شريحة
    [one] الفاعلون في كل شريحة، آخر جولة
    [two] الفاعلون في كل شريحة، آخر جولتين
    [few] الفاعلون في كل شريحة، آخر { $count } جولات
   *[other] الفاعلون في كل شريحة، آخر { $count } جولة
}

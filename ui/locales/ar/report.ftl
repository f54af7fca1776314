# Mizan — نصوص تقرير المقارنة المرجعية بصيغة PDF (العربية).
# يقرؤها التقرير المكتوب بلغة Rust (src-tauri/crates/report)، لا الواجهة. العناصر مثل
# { $agency } نصوص يدخلها المستخدم أو أرقام منسقة مسبقا حسب اللغة؛ تبقى في كل ترجمة.
# الرسالة الغائبة هنا يظهر معرفها في التقرير.

report-kicker = تقرير المقارنة المرجعية
report-document-subject = تقرير المقارنة المرجعية: { $agency }
report-draft-watermark = مسودة

## رأس الصفحة وتذييلها

report-footer-framework = { $framework } { $version }
report-footer-page = الصفحة { $page } من { $pages }

## الغلاف

report-cover-framework = { $framework }، الإصدار { $version }
report-cover-assessment = التقييم
# يظهر لتقييم محفوظ دون عنوان.
report-untitled = تقييم بلا عنوان
report-cover-agency-profile = الجهة
report-cover-profile = { $sector } · { $country } · { $size }
report-cover-mode = الأسلوب
report-cover-status = الحالة
report-cover-assessed = آخر تحديث
report-cover-generated = تاريخ إعداد التقرير
report-cover-completeness = نسبة الإنجاز
report-cover-final-on = نهائي، { $date }
report-cover-draft-note = هذه مسودة: قد تتغير الإجابات. والدرجات والمقارنات مؤقتة.
report-cover-note = تم إعداد هذا التقرير باستخدام «ميزان»، دون اتصال بالإنترنت، انطلاقا من بيانات التقييم وحدها. وتستند الدرجات إلى المنهجية المبينة في نهاية هذا التقرير.
report-mode-self = تقييم ذاتي
report-mode-interview = مقابلات ({ $respondents ->
    [zero] لا مستجيبين
    [one] مستجيب واحد
    [two] مستجيبان
    [few] { $respondents } مستجيبين
    [many] { $respondents } مستجيبا
   *[other] { $respondents } مستجيب
})
report-status-draft = مسودة
report-status-final = نهائي
report-not-given = غير مذكور

## الملخص التنفيذي

report-summary-title = الملخص التنفيذي
report-summary-index = مؤشر الجاهزية
report-summary-index-of = من 100
report-summary-stage = المرحلة
report-summary-stage-of = المستوى { $stage } من { $levels }
report-summary-peers = بين الجهات النظيرة
report-summary-rank = { $rank } من { $total }
report-summary-percentile = المئين { $percentile }
report-better-than = { $n ->
    [zero] لا توجد جهات نظيرة
    [one] متقدمة على { $lower } من أصل جهة نظيرة واحدة
    [two] متقدمة على { $lower } من أصل جهتين نظيرتين
    [few] متقدمة على { $lower } من أصل { $n } جهات نظيرة
    [many] متقدمة على { $lower } من أصل { $n } جهة نظيرة
   *[other] متقدمة على { $lower } من أصل { $n } جهة نظيرة
}
report-unranked-incomplete = يتم عرض الترتيب بعد اكتمال التقييم ({ $left ->
    [zero] لم يبق أي سؤال
    [one] بقي سؤال واحد
    [two] بقي سؤالان
    [few] بقيت { $left } أسئلة
    [many] بقي { $left } سؤالا
   *[other] بقي { $left } سؤال
})
report-unranked-dimension = غير مصنفة: لم تتم الإجابة عن جميع أسئلة البعد
report-summary-no-peers = لا توجد مقارنة مرجعية
report-summary-completeness = نسبة الإنجاز
report-summary-answered = { $answered } من أصل { $total } من الأسئلة
report-summary-not-scored = لم تتم الإجابة عن أي سؤال بعد، لذا لا توجد درجة.
report-summary-incomplete = نسبة إنجاز هذا التقييم { $percent }: قد تتغير النتائج مع الإجابة عن مزيد من الأسئلة.
report-position = بمؤشر قدره { $index } من 100، تحتل { $agency } المرتبة { $rank } من { $total } بين الجهات النظيرة ({ $group })، وهي { $relation } وسيط الجهات النظيرة البالغ { $median }: المئين { $percentile }، { $better }.
report-position-unranked = بمؤشر قدره { $index } من 100، تأتي { $agency } { $relation } وسيط الجهات النظيرة ({ $group }) البالغ { $median }. { $unranked }.
report-position-above = أعلى من
report-position-below = أدنى من
report-position-equal = في مستوى
report-position-none = يبلغ مؤشر { $agency } { $index } من 100. { $reason }
report-radar-title = { $shows ->
    [both] درجات الأبعاد مقارنة بوسيط الجهات النظيرة وبالغايات
    [median] درجات الأبعاد مقارنة بوسيط الجهات النظيرة
    [targets] درجات الأبعاد مقارنة بالغايات
   *[none] درجات الأبعاد
}
report-legend-not-answered = لم تتم الإجابة عنه (بلا درجة)
report-radar-not-answered = { $dimension } (لم تتم الإجابة عنه)
report-legend-agency = هذه الجهة
report-legend-median = وسيط الجهات النظيرة
report-legend-target = الغاية
report-legend-iqr = النصف الأوسط من الجهات النظيرة (الربيع الأول – الربيع الثالث)
report-legend-range = مدى الجهات النظيرة
report-legend-peers = الجهات النظيرة
report-strongest = أقوى الأبعاد
report-weakest = أضعف الأبعاد
report-highlights-withheld = لا تتم تسمية أقوى الأبعاد وأضعفها إلا بعد أن يحصل نصف الأبعاد على الأقل على درجة (حصل { $scored } من أصل { $total } على درجة حتى الآن).
report-disagreements = { $count ->
    [zero] لا يختلف المستجيبون (بفارق مستويين أو أكثر) في أي سؤال
    [one] يختلف المستجيبون (بفارق مستويين أو أكثر) في سؤال واحد
    [two] يختلف المستجيبون (بفارق مستويين أو أكثر) في سؤالين
    [few] يختلف المستجيبون (بفارق مستويين أو أكثر) في { $count } أسئلة
    [many] يختلف المستجيبون (بفارق مستويين أو أكثر) في { $count } سؤالا
   *[other] يختلف المستجيبون (بفارق مستويين أو أكثر) في { $count } سؤال
}: { $where }. ويتم عرض كل منها مع الإجابات في صفحة البعد الذي ينتمي إليه.
report-disagreements-none = لا يتجاوز الفارق بين مستويات المستجيبين مستوى واحدا في أي سؤال.
report-disagreements-where = { $dimension } ({ $count })
report-dimension-score = { $score } · { $stage }
report-priorities = خمس توصيات ذات أولوية
report-priorities-intro = أكبر الفجوات مقارنة بالغايات، مرجحة بحسب أهميتها. وتعرضها خارطة الطريق كاملة.
report-priority-meta = { $dimension } · { $gap ->
    [zero] لا فجوة
    [one] فجوة بمستوى واحد
    [two] فجوة بمستويين
    [few] فجوة بـ { $gap } مستويات
    [many] فجوة بـ { $gap } مستوى
   *[other] فجوة بـ { $gap } مستوى
}
report-no-recommendations = كل الأبعاد تبلغ غاياتها: لا توجد فجوة يلزم سدها.

## الأبعاد

report-dimensions-title = الأبعاد
report-dimension-kicker = البعد { $number } من { $count }
report-dim-score = الدرجة
report-dim-score-value = { $score } من { $levels }
report-dim-index = المؤشر
report-dim-stage = المرحلة
report-dim-target = الغاية
report-dim-target-value = المستوى { $target }
report-dim-answered = الأسئلة المجاب عنها
report-dim-answered-value = { $answered } من { $total }
report-dim-not-scored = لم يتم بعد تحديد مستوى أي سؤال من أسئلة هذا البعد.
report-dim-peers = الجهات النظيرة: الوسيط { $median }، والنصف الأوسط { $q1 }–{ $q3 }، وعدد الجهات { $n }. وتحتل هذه الجهة المرتبة { $rank } من { $total } (المئين { $percentile }، { $better }).
report-dim-peers-unranked = الجهات النظيرة: الوسيط { $median }، والنصف الأوسط { $q1 }–{ $q3 }، وعدد الجهات { $n }. هذه الجهة { $unranked }.
report-dim-peers-none = لا توجد مقارنة بالجهات النظيرة لهذا البعد: { $n ->
    [0] لا يوجد أي تقييم نظير له درجة هنا
    [zero] لا يوجد أي تقييم نظير له درجة هنا
    [one] لا يوجد إلا تقييم نظير واحد له درجة هنا
    [two] لا يوجد إلا تقييمان نظيران لهما درجة هنا
    [few] لا توجد إلا { $n } تقييمات نظيرة لها درجة هنا
    [many] لا يوجد إلا { $n } تقييما نظيرا له درجة هنا
   *[other] لا يوجد إلا { $n } تقييم نظير له درجة هنا
}، في حين تتطلب المقارنة ألا يقل العدد عن { $min } حتى لا يمكن التعرف على أي جهة.
report-unanswered-title = أبعاد لم تتم الإجابة عنها بعد
report-unanswered-intro = { $count ->
    [zero] لا توجد أبعاد بلا أسئلة مجاب عنها:
    [one] بعد واحد لم تتم الإجابة عن أي من أسئلته بعد، لذا ليست له درجة ولا صفحة خاصة به:
    [two] بعدان لم تتم الإجابة عن أي من أسئلتهما بعد، لذا ليست لهما درجة ولا صفحة خاصة بهما:
    [few] { $count } أبعاد لم تتم الإجابة عن أي من أسئلتها بعد، لذا ليست لها درجة ولا صفحة خاصة بها:
    [many] { $count } بعدا لم تتم الإجابة عن أي من أسئلتها بعد، لذا ليست لها درجة ولا صفحة خاصة بها:
   *[other] { $count } بعد لم تتم الإجابة عن أي من أسئلتها بعد، لذا ليست لها درجة ولا صفحة خاصة بها:
}
report-unanswered-row = { $questions ->
    [zero] لا أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $questions } أسئلة
    [many] { $questions } سؤالا
   *[other] { $questions } سؤال
}
report-col-question = السؤال
report-col-level = المستوى
report-col-descriptor = دلالة هذا المستوى
report-level-value = { $level }
report-not-answered = لم تتم الإجابة عنه
report-not-applicable = لا ينطبق
report-note = ملاحظة ({ $who }): { $text }
report-evidence = الأدلة ({ $who }): { $text }
report-disagreement = { $spread ->
    [zero] تتطابق الإجابات: { $answers }.
    [one] تختلف الإجابات بفارق مستوى واحد: { $answers }.
    [two] تختلف الإجابات بفارق مستويين: { $answers }.
    [few] تختلف الإجابات بفارق { $spread } مستويات: { $answers }.
    [many] تختلف الإجابات بفارق { $spread } مستوى: { $answers }.
   *[other] تختلف الإجابات بفارق { $spread } مستوى: { $answers }.
}
report-consensus = توافق على المستوى { $level }{ $rationale }
report-consensus-rationale = : { $text }

## خارطة الطريق

report-roadmap-title = خارطة الطريق
report-roadmap-intro = كل فجوة بين مستوى سؤال ما والغاية المحددة لبعده، في صورة توصية. وتأتي أولا التوصية ذات الأولوية القصوى (الفجوة × وزن السؤال × وزن البعد)؛ ويتم ترتيب الأبعاد بحسب أكثر توصياتها إلحاحا.
report-col-number = الرقم
report-col-recommendation = التوصية
report-col-from-to = المستوى ← الغاية
report-col-gap = الفجوة
report-col-priority = الأولوية
report-roadmap-group = { $dimension } — الدرجة { $score }، المستوى المستهدف { $target }
report-roadmap-question = بشأن: { $question }
report-roadmap-owner = المسؤول: { $owner }
report-roadmap-after = يأتي بعد: { $questions }
report-from-to = { $level } ← { $target }

## المقارنة المرجعية

report-benchmark-title = المقارنة المرجعية
report-peer-group = الجهات النظيرة هي آخر تقييم نهائي لكل جهة أخرى تم إجراؤه باستخدام { $framework } { $major }.x{ $filter }.
report-peer-filter = ، مع الاقتصار على: { $filter }
report-peer-all = : جميع الجهات، من جميع القطاعات والبلدان
report-group-all = جميع الجهات، من جميع القطاعات والبلدان
report-filter-sector = القطاع: { $value }
report-filter-country = البلد: { $value }
report-filter-size = الحجم: { $value }
report-filter-tag = الوسم: { $value }
report-peer-count = { $n ->
    [zero] لا يطابق أي تقييم نظير.
    [one] يطابق تقييم نظير واحد.
    [two] يطابق تقييمان نظيران.
    [few] تطابق { $n } تقييمات نظيرة.
    [many] يطابق { $n } تقييما نظيرا.
   *[other] يطابق { $n } تقييم نظير.
}
report-benchmark-hidden = لا يتم عرض أي مقارنة مرجعية: { $n ->
    [0] لا يطابق أي تقييم نظير
    [zero] لا يطابق أي تقييم نظير
    [one] لا يطابق إلا تقييم نظير واحد
    [two] لا يطابق إلا تقييمان نظيران
    [few] لا تطابق إلا { $n } تقييمات نظيرة
    [many] لا يطابق إلا { $n } تقييما نظيرا
   *[other] لا يطابق إلا { $n } تقييم نظير
}، في حين تتطلب المقارنة المرجعية ألا يقل العدد عن { $min } حتى لا يمكن التعرف على أي جهة.
report-distribution-title = المؤشر الإجمالي للجهات النظيرة
report-distribution-median = الوسيط { $median }
report-bars-title = درجات الأبعاد مقارنة بالجهات النظيرة
report-quartiles-title = الربيعيات حسب البعد
report-quartiles-note = الدرجات على سلم من 1 إلى { $levels }. والمرتبة 1 هي أعلى درجة؛ وتبين المنهجية كيفية حساب الربيعيات والمئينات.
report-quartiles-n = { $n ->
    [zero] لا تتم مقارنة أي صف بجهات نظيرة.
    [one] تتم مقارنة كل صف بجهة نظيرة واحدة.
    [two] تتم مقارنة كل صف بجهتين نظيرتين.
    [few] تتم مقارنة كل صف بـ { $n } جهات نظيرة.
    [many] تتم مقارنة كل صف بـ { $n } جهة نظيرة.
   *[other] تتم مقارنة كل صف بـ { $n } جهة نظيرة.
}
report-quartiles-unranked = –: غير مصنفة (لم تتم الإجابة عن التقييم أو البعد بالكامل).
report-col-dimension = البعد
report-col-n = الجهات النظيرة
report-col-min = الأدنى
report-col-q1 = الربيع الأول
report-col-median = الوسيط
report-col-q3 = الربيع الثالث
report-col-max = الأعلى
report-col-agency = الجهة
report-col-rank = الترتيب
report-col-percentile = المئين
report-overall = الإجمالي
report-trend-title = تطور المؤشر الإجمالي
report-trend-intro = التقييمات النهائية السابقة لهذه الجهة باستخدام الإطار نفسه، وهذا التقييم.
report-trend-current = هذا التقييم

## المنهجية

report-method-title = المنهجية
report-method-scoring = كيفية حساب الدرجات
report-method-levels-intro = يجاب عن كل سؤال على سلم من المستويات عددها { $levels }، مرقمة من 1 إلى { $levels }:
report-method-1 = مستوى السؤال هو مستوى التوافق إذا تم الاتفاق عليه؛ وإلا فهو وسيط مستويات المستجيبين (وعند وجود عدد زوجي من الإجابات، متوسط الإجابتين الوسطيين). ويتم استبعاد الأسئلة الموسومة «لا ينطبق» والأسئلة غير المجاب عنها. وإذا اختلفت مستويات المستجيبين بمستويين أو أكثر، يعرض التقرير هذا الاختلاف.
report-method-2 = درجة البعد هي المتوسط المرجح لمستويات أسئلته. والبعد الذي لم تتم الإجابة عن أي من أسئلته ليست له درجة (ولا يتم احتسابه صفرا).
report-method-3 = الدرجة الإجمالية هي المتوسط المرجح لدرجات الأبعاد، محسوبا على الأبعاد التي لها درجة.
report-method-4 = يعبر المؤشر عن الدرجة على سلم من 0 إلى 100: (الدرجة − 1) ÷ ({ $levels } − 1) × 100، ويتم عرضه بمنزلة عشرية واحدة.
report-method-5 = المرحلة هي المستوى الأقرب إلى الدرجة، مع تقريب الأنصاف إلى الأعلى (2.5 تعني المستوى 3).
report-method-6 = نسبة الإنجاز هي حصة الأسئلة المجاب عنها: بتحديد مستوى، أو بوسمها «لا ينطبق» من جميع من أجابوا عنها.
report-method-7 = فجوة السؤال هي مقدار قصور مستواه عن الغاية المحددة لبعده: الغاية المحددة للتقييم، وإلا فالمستوى الذي يلي مرحلة البعد مباشرة. ويتم إرفاق توصية الإطار لذلك المستوى بكل فجوة. الأولوية = الفجوة × وزن السؤال × وزن البعد؛ ويتم ترتيب التوصيات بحسب الأولوية، ثم بحسب درجة البعد الأدنى، ثم وفق ترتيب الإطار.
report-method-benchmark = المقارنة المرجعية
report-method-peers = الجهات النظيرة هي آخر تقييم نهائي لكل جهة أخرى تم إجراؤه باستخدام الإطار نفسه والإصدار الرئيسي نفسه، مع إمكانية الاقتصار على قطاع أو بلد أو حجم أو وسم. ولا تكون الجهة نظيرة لنفسها أبدا. وإذا قل عدد الجهات النظيرة عن { $min } لا يتم عرض أي إحصاءات، حتى لا يمكن التعرف على أي جهة.
report-method-quartiles = يتم حساب الربيعيات بالاستكمال الخطي بين أقرب رتبتين — وهي الطريقة الافتراضية في R (النوع 7) وفي NumPy، وطريقة الدالة QUARTILE.INC في Excel: لعدد n من الدرجات المرتبة ونسبة p، يكون h = (n − 1) × p، ويقع الربيعي بين الدرجتين في الرتبتين ⌊h⌋ و⌊h⌋ + 1، بنسبة h − ⌊h⌋.
report-method-rank = الترتيب = 1 + عدد الجهات النظيرة التي حصلت على درجة أعلى تماما. المئين = 100 × (الجهات النظيرة ذات الدرجة الأدنى + نصف الجهات ذات الدرجة نفسها) ÷ n.
report-method-completeness = نسبة الإنجاز
report-method-completeness-text = أجاب هذا التقييم عن { $answered } من أصل { $total } من الأسئلة ({ $percent }).
report-method-levels = المستويات
report-col-number-level = المستوى
report-col-name = الاسم
report-col-description = الوصف
report-method-sources = مصادر الإطار
report-method-framework = { $framework }، الإصدار { $version }. { $description }
report-untranslated-note = النصوص المتبوعة بالعلامة { $mark } لم تتم ترجمتها بعد إلى العربية، فهي معروضة بالإنكليزية.
report-method-about = الإطار
report-method-changes = ما الجديد في هذا الإصدار
report-method-measures = ما يقيسه الإطار
report-method-reading-levels = كيفية قراءة المستويات
report-method-best-fit = عندما تستوفي الجهة جزءا من مستوى ما
report-method-not-covered = ما لا يشمله الإطار
report-method-weights = الأوزان المختلفة عن 1
report-col-item = البعد أو السؤال
report-col-weight = الوزن
report-col-why = المبرر
report-weight-no-reason = لا يذكر ملف الإطار أي مبرر.
report-method-respondents = المستجيبون
report-col-respondent = الاسم
# اسم المستجيب الوحيد في التقييم الذاتي (ليس له اسم محفوظ).
report-respondent-self = الجهة نفسها (تقييم ذاتي)
report-col-role = الوظيفة
report-col-unit = الوحدة
report-col-interviewed = تاريخ المقابلة
report-col-answers = الإجابات
report-no-respondents = لم يتم تسجيل أي مستجيب.
report-generated-by = أعده «ميزان» في { $date } انطلاقا من التقييم { $id }.

## ملف تعريف الجهة: تسميات التطبيق (ui/locales/ar/app.ftl، وأسماء البلدان كما يعرضها
## التطبيق). القيمة التي ليست لها تسمية تعرض كما خزنت.

report-sector-health = الصحة
report-sector-education = التعليم
report-sector-finance = المالية
report-sector-interior = الداخلية
report-sector-justice = العدل
report-sector-municipal = البلديات
report-sector-social = الشؤون الاجتماعية
report-sector-economy = الاقتصاد
report-sector-digital = الحكومة الرقمية
report-sector-other = قطاع آخر
report-size-small = صغيرة (أقل من 100 موظف)
report-size-medium = متوسطة (من 100 إلى 1,000 موظف)
report-size-large = كبيرة (من 1,000 إلى 10,000 موظف)
report-size-very_large = كبيرة جدا (أكثر من 10,000 موظف)

report-country-AD = أندورا
report-country-AE = الإمارات العربية المتحدة
report-country-AF = أفغانستان
report-country-AG = أنتيغوا وبربودا
report-country-AI = أنغويلا
report-country-AL = ألبانيا
report-country-AM = أرمينيا
report-country-AO = أنغولا
report-country-AQ = أنتاركتيكا
report-country-AR = الأرجنتين
report-country-AS = ساموا الأمريكية
report-country-AT = النمسا
report-country-AU = أستراليا
report-country-AW = أروبا
report-country-AX = جزر آلاند
report-country-AZ = أذربيجان
report-country-BA = البوسنة والهرسك
report-country-BB = بربادوس
report-country-BD = بنغلاديش
report-country-BE = بلجيكا
report-country-BF = بوركينا فاسو
report-country-BG = بلغاريا
report-country-BH = البحرين
report-country-BI = بوروندي
report-country-BJ = بنين
report-country-BL = سان بارتليمي
report-country-BM = برمودا
report-country-BN = بروناي
report-country-BO = بوليفيا
report-country-BQ = هولندا الكاريبية
report-country-BR = البرازيل
report-country-BS = جزر البهاما
report-country-BT = بوتان
report-country-BV = جزيرة بوفيه
report-country-BW = بوتسوانا
report-country-BY = بيلاروس
report-country-BZ = بليز
report-country-CA = كندا
report-country-CC = جزر كوكوس (كيلينغ)
report-country-CD = الكونغو - كينشاسا
report-country-CF = جمهورية أفريقيا الوسطى
report-country-CG = الكونغو - برازافيل
report-country-CH = سويسرا
report-country-CI = ساحل العاج
report-country-CK = جزر كوك
report-country-CL = تشيلي
report-country-CM = الكاميرون
report-country-CN = الصين
report-country-CO = كولومبيا
report-country-CR = كوستاريكا
report-country-CU = كوبا
report-country-CV = الرأس الأخضر
report-country-CW = كوراساو
report-country-CX = جزيرة كريسماس
report-country-CY = قبرص
report-country-CZ = التشيك
report-country-DE = ألمانيا
report-country-DJ = جيبوتي
report-country-DK = الدانمرك
report-country-DM = دومينيكا
report-country-DO = جمهورية الدومينيكان
report-country-DZ = الجزائر
report-country-EC = الإكوادور
report-country-EE = إستونيا
report-country-EG = مصر
report-country-EH = الصحراء الغربية
report-country-ER = إريتريا
report-country-ES = إسبانيا
report-country-ET = إثيوبيا
report-country-FI = فنلندا
report-country-FJ = فيجي
report-country-FK = جزر فوكلاند
report-country-FM = ميكرونيزيا
report-country-FO = جزر فارو
report-country-FR = فرنسا
report-country-GA = الغابون
report-country-GB = المملكة المتحدة
report-country-GD = غرينادا
report-country-GE = جورجيا
report-country-GF = غويانا الفرنسية
report-country-GG = غيرنزي
report-country-GH = غانا
report-country-GI = جبل طارق
report-country-GL = غرينلاند
report-country-GM = غامبيا
report-country-GN = غينيا
report-country-GP = غوادلوب
report-country-GQ = غينيا الاستوائية
report-country-GR = اليونان
report-country-GS = جورجيا الجنوبية وجزر ساندويتش الجنوبية
report-country-GT = غواتيمالا
report-country-GU = غوام
report-country-GW = غينيا بيساو
report-country-GY = غيانا
report-country-HK = هونغ كونغ الصينية (منطقة إدارية خاصة)
report-country-HM = جزيرة هيرد وجزر ماكدونالد
report-country-HN = هندوراس
report-country-HR = كرواتيا
report-country-HT = هايتي
report-country-HU = هنغاريا
report-country-ID = إندونيسيا
report-country-IE = أيرلندا
report-country-IL = إسرائيل
report-country-IM = جزيرة مان
report-country-IN = الهند
report-country-IO = الإقليم البريطاني في المحيط الهندي
report-country-IQ = العراق
report-country-IR = إيران
report-country-IS = آيسلندا
report-country-IT = إيطاليا
report-country-JE = جيرسي
report-country-JM = جامايكا
report-country-JO = الأردن
report-country-JP = اليابان
report-country-KE = كينيا
report-country-KG = قيرغيزستان
report-country-KH = كمبوديا
report-country-KI = كيريباتي
report-country-KM = جزر القمر
report-country-KN = سانت كيتس ونيفيس
report-country-KP = كوريا الشمالية
report-country-KR = كوريا الجنوبية
report-country-KW = الكويت
report-country-KY = جزر كايمان
report-country-KZ = كازاخستان
report-country-LA = لاوس
report-country-LB = لبنان
report-country-LC = سانت لوسيا
report-country-LI = ليختنشتاين
report-country-LK = سريلانكا
report-country-LR = ليبيريا
report-country-LS = ليسوتو
report-country-LT = ليتوانيا
report-country-LU = لوكسمبورغ
report-country-LV = لاتفيا
report-country-LY = ليبيا
report-country-MA = المغرب
report-country-MC = موناكو
report-country-MD = مولدوفا
report-country-ME = الجبل الأسود
report-country-MF = سان مارتن
report-country-MG = مدغشقر
report-country-MH = جزر مارشال
report-country-MK = مقدونيا الشمالية
report-country-ML = مالي
report-country-MM = ميانمار (بورما)
report-country-MN = منغوليا
report-country-MO = منطقة ماكاو الإدارية الخاصة
report-country-MP = جزر ماريانا الشمالية
report-country-MQ = جزر المارتينيك
report-country-MR = موريتانيا
report-country-MS = مونتسرات
report-country-MT = مالطا
report-country-MU = موريشيوس
report-country-MV = جزر المالديف
report-country-MW = ملاوي
report-country-MX = المكسيك
report-country-MY = ماليزيا
report-country-MZ = موزمبيق
report-country-NA = ناميبيا
report-country-NC = كاليدونيا الجديدة
report-country-NE = النيجر
report-country-NF = جزيرة نورفولك
report-country-NG = نيجيريا
report-country-NI = نيكاراغوا
report-country-NL = هولندا
report-country-NO = النرويج
report-country-NP = نيبال
report-country-NR = ناورو
report-country-NU = نيوي
report-country-NZ = نيوزيلندا
report-country-OM = عُمان
report-country-PA = بنما
report-country-PE = بيرو
report-country-PF = بولينيزيا الفرنسية
report-country-PG = بابوا غينيا الجديدة
report-country-PH = الفلبين
report-country-PK = باكستان
report-country-PL = بولندا
report-country-PM = سان بيير ومكويلون
report-country-PN = جزر بيتكيرن
report-country-PR = بورتوريكو
report-country-PS = دولة فلسطين
report-country-PT = البرتغال
report-country-PW = بالاو
report-country-PY = باراغواي
report-country-QA = قطر
report-country-RE = روينيون
report-country-RO = رومانيا
report-country-RS = صربيا
report-country-RU = روسيا
report-country-RW = رواندا
report-country-SA = المملكة العربية السعودية
report-country-SB = جزر سليمان
report-country-SC = سيشل
report-country-SD = السودان
report-country-SE = السويد
report-country-SG = سنغافورة
report-country-SH = سانت هيلينا
report-country-SI = سلوفينيا
report-country-SJ = سفالبارد وجان ماين
report-country-SK = سلوفاكيا
report-country-SL = سيراليون
report-country-SM = سان مارينو
report-country-SN = السنغال
report-country-SO = الصومال
report-country-SR = سورينام
report-country-SS = جنوب السودان
report-country-ST = ساو تومي وبرينسيبي
report-country-SV = السلفادور
report-country-SX = سانت مارتن
report-country-SY = سوريا
report-country-SZ = إسواتيني
report-country-TC = جزر توركس وكايكوس
report-country-TD = تشاد
report-country-TF = الأقاليم الجنوبية الفرنسية
report-country-TG = توغو
report-country-TH = تايلاند
report-country-TJ = طاجيكستان
report-country-TK = توكيلاو
report-country-TL = تيمور - ليشتي
report-country-TM = تركمانستان
report-country-TN = تونس
report-country-TO = تونغا
report-country-TR = تركيا
report-country-TT = ترينيداد وتوباغو
report-country-TV = توفالو
report-country-TW = تايوان
report-country-TZ = تنزانيا
report-country-UA = أوكرانيا
report-country-UG = أوغندا
report-country-UM = جزر الولايات المتحدة النائية
report-country-US = الولايات المتحدة
report-country-UY = أورغواي
report-country-UZ = أوزبكستان
report-country-VA = الفاتيكان
report-country-VC = سانت فنسنت وجزر غرينادين
report-country-VE = فنزويلا
report-country-VG = جزر فيرجن البريطانية
report-country-VI = جزر فيرجن الأمريكية
report-country-VN = فيتنام
report-country-VU = فانواتو
report-country-WF = جزر والس وفوتونا
report-country-WS = ساموا
report-country-YE = اليمن
report-country-YT = مايوت
report-country-ZA = جنوب أفريقيا
report-country-ZM = زامبيا
report-country-ZW = زيمبابوي

# Mizan — نصوص الواجهة المشتركة بين جميع الشاشات (العربية).
# العناصر مثل { $title } نصوص يدخلها المستخدم أو أرقام: تبقى في كل ترجمة كما هي.

app-name = ميزان
skip-to-content = الانتقال إلى المحتوى
nav-label = القائمة الرئيسية
nav-home = الرئيسية
nav-frameworks = الأطر المرجعية
language-label = اللغة
digits-label = الأرقام
digits-latin = 0 1 2 3
digits-arabic = ٠ ١ ٢ ٣
loading = جار التحميل…
error-title = حدث خطأ
not-scored = بلا درجة
field-required = (إلزامي)
option-not-specified = غير محدد
country-PS = دولة فلسطين
text-untranslated = لم تتم ترجمته بعد: معروض بالإنكليزية
text-untranslated-mark = EN

action-new-assessment = تقييم جديد
action-cancel = إلغاء
# The three boxes of a date (day first: the order of the Arab region and of France).
date-day = اليوم
date-month = الشهر
date-year = السنة
action-close = إغلاق
action-delete = حذف
action-dismiss = تجاهل
action-duplicate = إعادة التقييم
action-results = النتائج
action-retry = إعادة المحاولة
action-undo = تراجع

status-draft = مسودة
status-final = نهائي
# تقييم محفوظ دون عنوان، والمستجيب الوحيد في التقييم الذاتي (ليس له اسم محفوظ).
# كانت الإصدارات السابقة تحفظ كلمات إنكليزية بدلا من ذلك، فتظهر كما هي.
assessment-untitled = تقييم بلا عنوان
respondent-self = الجهة نفسها (تقييم ذاتي)

framework-version = الإصدار { $version }
framework-dimensions = { $count ->
    [zero] لا أبعاد
    [one] بعد واحد
    [two] بعدان
    [few] { $count } أبعاد
    [many] { $count } بعدا
   *[other] { $count } بعد
}
framework-questions = { $count ->
    [zero] لا أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالا
   *[other] { $count } سؤال
}
framework-levels = { $count ->
    [zero] لا مستويات
    [one] مستوى واحد
    [two] مستويان
    [few] { $count } مستويات
    [many] { $count } مستوى
   *[other] { $count } مستوى
}

shortcuts-title = اختصارات لوحة المفاتيح
shortcuts-group-app = في أي مكان
shortcuts-group-questionnaire = في الاستبيان
shortcut-new-assessment = بدء تقييم جديد
shortcut-backup-now = إنشاء نسخة احتياطية الآن (بياناتك)
shortcut-help = عرض هذه المساعدة
shortcut-level = اختيار هذا المستوى
shortcut-not-applicable = وسم السؤال بأنه لا ينطبق (أو التراجع عن ذلك)
shortcut-next = السؤال التالي
shortcut-previous = السؤال السابق
shortcut-arrows = السؤال السابق / التالي، حسب اتجاه القراءة
shortcut-next-unanswered = الانتقال إلى السؤال التالي غير المجاب عنه
shortcut-respondent = المستجيب السابق / التالي (المقابلات)
shortcut-respondent-number = المستجيب من 1 إلى 9 (المقابلات)
key-alt = Alt
shortcuts-text-fields = أثناء الكتابة في حقل نصي، تكتب المفاتيح المفردة نصا؛ ويظل Ctrl+Enter ينقلك إلى السؤال التالي.
key-ctrl = Ctrl
key-shift = Shift
key-enter = Enter

sector-health = الصحة
sector-education = التعليم
sector-finance = المالية
sector-interior = الداخلية
sector-justice = العدل
sector-municipal = البلديات
sector-social = الشؤون الاجتماعية
sector-economy = الاقتصاد
sector-digital = الحكومة الرقمية
sector-other = قطاع آخر

size-small = صغيرة (أقل من 100 موظف)
size-medium = متوسطة (من 100 إلى 1,000 موظف)
size-large = كبيرة (من 1,000 إلى 10,000 موظف)
size-very-large = كبيرة جدا (أكثر من 10,000 موظف)

action-compare = مقارنة
action-compare-peers = المقارنة بالجهات النظيرة

# ملف تعريف الجهة (الرئيسية، النتائج، المقارنة).
profile-edit = تعديل ملف تعريف الجهة
profile-edit-label = تعديل ملف تعريف { $agency }
profile-title = ملف تعريف الجهة
profile-intro = ملف التعريف مشترك بين جميع تقييمات هذه الجهة، وهو الذي يحدد الجهات النظيرة لها.
profile-tags = الوسوم
profile-tags-hint = اضغط Enter بعد كل وسم. تتيح الوسوم، مثل اسم برنامج أو منطقة، المقارنة بالجهات التي تشترك فيها.
profile-tags-current = وسوم هذه الجهة
profile-tag-remove = إزالة الوسم { $tag }
profile-save = حفظ ملف التعريف
profile-saving = جار الحفظ…
profile-saved = تم حفظ ملف تعريف { $agency }.
profile-conflict = توجد جهة أخرى بالاسم نفسه في البلد نفسه. اختر اسما آخر، أو تحقق من البلد.
profile-save-failed = تعذر حفظ ملف التعريف.

# إعادة التقييم: مسودة جديدة بملف تعريف الجهة نفسه، من دون الإجابات.
reassess-title = هل تريد بدء تقييم جديد لهذه الجهة؟
reassess-body = يتم إنشاء مسودة جديدة من «{ $framework }» لـ { $agency }، بملف تعريف الجهة نفسه. لا يتم نسخ الإجابات: يبدأ الاستبيان فارغا، ويبقى هذا التقييم على حاله.
reassess-confirm = بدء مسودة جديدة
reassess-started = تم بدء مسودة جديدة لـ { $agency }: ملف التعريف نفسه، ولا إجابات بعد.

# بياناتك: النسخ الاحتياطية والاستعادة (شاشة «بياناتك»، وإشعار الاسترداد عند بدء التشغيل).
nav-data = بياناتك
data-title = بياناتك
data-load-failed = تعذر عرض قائمة النسخ الاحتياطية.
data-action-failed = لم تنجح العملية.
data-backup-now = إنشاء نسخة احتياطية الآن…
data-backing-up = جار إنشاء النسخة الاحتياطية…
data-backup-saved = { $assessments ->
    [zero] تم حفظ النسخة الاحتياطية في { $path } (لا تقييمات).
    [one] تم حفظ النسخة الاحتياطية في { $path } (تقييم واحد).
    [two] تم حفظ النسخة الاحتياطية في { $path } (تقييمان).
    [few] تم حفظ النسخة الاحتياطية في { $path } ({ $assessments } تقييمات).
    [many] تم حفظ النسخة الاحتياطية في { $path } ({ $assessments } تقييما).
   *[other] تم حفظ النسخة الاحتياطية في { $path } ({ $assessments } تقييم).
}
data-restore-file = الاستعادة من ملف…
data-where-title = أين توجد بياناتك
data-where-body = يبقى كل ما تدخله في ملف قاعدة بيانات واحد على هذا الحاسوب. ولا يرسله «ميزان» إلى أي جهة.
data-db-file = قاعدة البيانات
data-folder = المجلد
data-backups-title = النسخ الاحتياطية
data-backups-policy = ينشئ «ميزان» نسخة احتياطية عند أول تشغيل في كل يوم تغيرت فيه البيانات، وقبل كل ترقية لقاعدة البيانات. ويحتفظ في مجلد النسخ الاحتياطية بآخر 7 نسخ يومية و4 نسخ أسبوعية، وبالنسخة المنشأة قبل كل عملية من عمليات الاستعادة الخمس الأخيرة.
data-no-backups = لا توجد نسخ احتياطية بعد. يتم إنشاء أول نسخة غدا بعد أن تدخل بيانات؛ استخدم «إنشاء نسخة احتياطية الآن…» لإنشاء نسخة فورا.
data-col-date = التاريخ
data-col-kind = النوع
data-col-contents = المحتوى
data-col-size = الحجم
data-col-actions = الإجراءات
data-kind-automatic = تلقائية
data-kind-before-restore = قبل استعادة
data-kind-before-migration = قبل ترقية
data-kind-manual = عند الطلب
data-contents = { $assessments ->
        [zero] لا تقييمات
        [one] تقييم واحد
        [two] تقييمان
        [few] { $assessments } تقييمات
        [many] { $assessments } تقييما
       *[other] { $assessments } تقييم
    }، { $agencies ->
        [zero] لا جهات
        [one] جهة واحدة
        [two] جهتان
        [few] { $agencies } جهات
        [many] { $agencies } جهة
       *[other] { $agencies } جهة
    }
data-last-change = آخر تغيير { $changed }
data-damaged = تالفة
data-restore = استعادة…
data-restore-label = استعادة النسخة الاحتياطية المؤرخة { $date }

restore-confirm-title = هل تريد استعادة هذه النسخة الاحتياطية؟
restore-confirm-body = تضم النسخة الاحتياطية المؤرخة { $date } { $assessments ->
        [zero] لا تقييمات
        [one] تقييم واحد
        [two] تقييمان
        [few] { $assessments } تقييمات
        [many] { $assessments } تقييما
       *[other] { $assessments } تقييم
    } من { $agencies ->
        [zero] لا جهات
        [one] جهة واحدة
        [two] جهتان
        [few] { $agencies } جهات
        [many] { $agencies } جهة
       *[other] { $agencies } جهة
    } (آخر تغيير: { $changed }). وستحل محل كل ما يحتفظ به «ميزان» الآن. يتم أولا حفظ بياناتك الحالية في نسخة احتياطية، فيمكنك التراجع عن ذلك.
restore-confirm-action = استعادة
restore-undated = تاريخ غير معروف
restore-never-changed = لم تتغير قط
restore-done = { $assessments ->
    [zero] تمت الاستعادة (لا تقييمات). بياناتك السابقة محفوظة في { $safety }.
    [one] تمت الاستعادة (تقييم واحد). بياناتك السابقة محفوظة في { $safety }.
    [two] تمت الاستعادة (تقييمان). بياناتك السابقة محفوظة في { $safety }.
    [few] تمت الاستعادة ({ $assessments } تقييمات). بياناتك السابقة محفوظة في { $safety }.
    [many] تمت الاستعادة ({ $assessments } تقييما). بياناتك السابقة محفوظة في { $safety }.
   *[other] تمت الاستعادة ({ $assessments } تقييم). بياناتك السابقة محفوظة في { $safety }.
}
restore-failed = لم تتم استعادة أي شيء: { $message }

recovery-title = تعرضت قاعدة بيانات «ميزان» للتلف وتعذر استخدامها.
recovery-body = تم نقلها إلى { $path } (محفوظة، ولم يتم حذفها)، وبدأ «ميزان» العمل بقاعدة بيانات جديدة فارغة.
recovery-restore = { $assessments ->
    [zero] استعادة النسخة الاحتياطية المؤرخة { $date } (لا تقييمات)…
    [one] استعادة النسخة الاحتياطية المؤرخة { $date } (تقييم واحد)…
    [two] استعادة النسخة الاحتياطية المؤرخة { $date } (تقييمان)…
    [few] استعادة النسخة الاحتياطية المؤرخة { $date } ({ $assessments } تقييمات)…
    [many] استعادة النسخة الاحتياطية المؤرخة { $date } ({ $assessments } تقييما)…
   *[other] استعادة النسخة الاحتياطية المؤرخة { $date } ({ $assessments } تقييم)…
}
recovery-no-backup = لا توجد نسخة احتياطية للاستعادة.

radar-not-answered = بلا إجابة

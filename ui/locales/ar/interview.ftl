# وضع المقابلات: المجيبون، الإدخال السريع، التوحيد، ملفات التبادل، سجل التغييرات.

resp-title = المجيبون
resp-none = لا يوجد مجيب بعد. أضف أول شخص تقابله.
resp-name = الاسم
resp-role = المنصب
resp-unit = الوحدة
resp-date = تاريخ المقابلة
resp-add = إضافة مجيب
resp-save = حفظ المجيب
resp-edit = تعديل
resp-remove = إزالة
resp-error-name = أدخل اسم المجيب.
resp-answers = { $count ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابة
   *[other] { $count } إجابة
}
resp-remove-title = إزالة هذا المجيب؟
resp-remove-body = { $count ->
    [zero] ستتم إزالة { $name } وليست له أي إجابة. يمكنك التراجع بعد ذلك مباشرة.
    [one] ستتم إزالة { $name } وإجابته الواحدة. يمكنك التراجع بعد ذلك مباشرة.
    [two] ستتم إزالة { $name } وإجابتيه. يمكنك التراجع بعد ذلك مباشرة.
    [few] ستتم إزالة { $name } و{ $count } إجابات له. يمكنك التراجع بعد ذلك مباشرة.
    [many] ستتم إزالة { $name } و{ $count } إجابة له. يمكنك التراجع بعد ذلك مباشرة.
   *[other] ستتم إزالة { $name } و{ $count } إجابة له. يمكنك التراجع بعد ذلك مباشرة.
}
resp-removed = { $count ->
    [zero] أزيل { $name }، ولم تكن له إجابات.
    [one] أزيل { $name } مع إجابة واحدة.
    [two] أزيل { $name } مع إجابتين.
    [few] أزيل { $name } مع { $count } إجابات.
    [many] أزيل { $name } مع { $count } إجابة.
   *[other] أزيل { $name } مع { $count } إجابة.
}
resp-restored = عاد { $name } مع إجاباته.

int-respondents = { $count ->
    [zero] لا مجيبين
    [one] مجيب واحد
    [two] مجيبان
    [few] { $count } مجيبين
    [many] { $count } مجيبا
   *[other] { $count } مجيب
}
int-picker-label = الإجابة باسم
int-picker-keys = [ و ] للتبديل بين المجيبين
int-timer-label = مدة هذه الجلسة
int-compact-title = هذا البعد، لجميع المجيبين
int-compact-caption = المستوى الذي أعطاه كل مجيب لأسئلة هذا البعد
int-compact-question = السؤال
int-na-short = لا ينطبق
int-consolidation = التوحيد
int-results-title = المقابلات
int-unresolved = { $count ->
    [zero] لا توجد خلافات دون توافق.
    [one] خلاف واحد دون توافق بعد.
    [two] خلافان دون توافق بعد.
    [few] { $count } خلافات دون توافق بعد.
    [many] { $count } خلافا دون توافق بعد.
   *[other] { $count } خلاف دون توافق بعد.
}

cons-title = توحيد المقابلات
cons-load-failed = تعذر تحميل التوحيد.
cons-counts = المجيبون: { $respondents } · الخلافات: { $disagreements } · دون توافق: { $unresolved }
cons-only-disagreements = الخلافات فقط
cons-no-respondents = لا يوجد مجيب في هذا التقييم بعد.
cons-spread = التباين
cons-consolidated = الموحد
cons-actions = التوافق
cons-disagreement = خلاف
cons-consensus = توافق
cons-rationale-shown = المبرر:
cons-set-button = تحديد توافق
cons-edit = تعديل التوافق
cons-clear = مسح
cons-level = مستوى التوافق
cons-rationale = المبرر (مطلوب)
cons-save = حفظ التوافق
cons-error-rationale = اكتب سبب الاتفاق على هذا المستوى.
cons-set = حدد التوافق عند المستوى { $level }.
cons-cleared = مسح التوافق: عاد السؤال إلى الوسيط.
cons-legend = الخلاف تباين قدره { $threshold } مستويات أو أكثر بين المجيبين؛ ويحل التوافق محل الوسيط في الدرجات.

exchange-title = ملفات التبادل
exchange-body = استورد العمل المنجز على حواسيب أخرى: يدمج كل ملف إجابة بإجابة، وتبقى القيم التي يستبدلها في سجل التغييرات.
exchange-import = استيراد ملفات تبادل…
exchange-importing = جار الاستيراد…
exchange-created = تقييم جديد
exchange-merged = دمج
exchange-counts = مجيبون جدد: { $respondents } · إجابات مضافة: { $added } · إجابات محدثة: { $updated } · محتفظ بها (هذه النسخة أحدث): { $kept }
exchange-new-respondents = مجيبون جدد:
exchange-overwritten = قيم استبدلت لأن نسخة الملف أحدث: { $count }. وهي في سجل التغييرات.
exchange-nothing-new = لا جديد: سبق استيراد هذا الملف.
exchange-refused = رفض، ولم يتغير شيء:
exchange-export = تصدير ملف تبادل…
exchange-exported = حفظ ملف التبادل: { $path }
csv-export = تصدير CSV…
csv-exported = حفظ ملف CSV: { $path }
export-failed = فشل التصدير: { $message }

changes-title = سجل التغييرات
changes-open = سجل التغييرات
changes-load-failed = تعذر تحميل سجل التغييرات.
changes-none = لم يسجل أي تغيير بعد.
changes-consultant = المستشار
changes-nothing = لا شيء
changes-action = { $entity ->
    [answer] إجابة
    [consensus] توافق
    [respondent] مجيب
    [assessment] تقييم
   *[unknown] { $entity }
}: { $action ->
    [set] تحديد
    [clear] مسح
    [add] إضافة
    [edit] تعديل
    [remove] إزالة
    [restore] استعادة
    [merge] دمج من ملف
    [create] إنشاء
    [import] استيراد
   *[unknown] { $action }
}
changes-restore = استعادة هذه القيمة
changes-restored = عادت القيمة السابقة.
changes-restore-failed = تعذرت استعادة القيمة: { $message }

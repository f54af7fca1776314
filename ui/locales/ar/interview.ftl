# وضع المقابلات: المستجيبون، الإدخال السريع، توحيد الإجابات، ملفات التبادل، سجل التغييرات.

resp-title = المستجيبون
resp-none = لا يوجد مستجيب بعد. أضف أول شخص تجري معه مقابلة.
resp-name = الاسم
resp-role = المنصب
resp-unit = الوحدة التنظيمية
resp-date = تاريخ المقابلة
resp-interviewed = تاريخ المقابلة: { $date }
resp-add = إضافة مستجيب
resp-save = حفظ المستجيب
resp-edit = تعديل
resp-remove = إزالة
resp-error-name = أدخل اسم المستجيب.
resp-error-date = أدخل تاريخ المقابلة كاملا (اليوم والشهر والسنة، مثلا { $day } و{ $month } و{ $year })، أو اترك الخانات الثلاث فارغة.
resp-answers = { $count ->
    [zero] لا توجد إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
    [many] { $count } إجابة
   *[other] { $count } إجابة
}
resp-remove-title = إزالة هذا المستجيب؟
resp-remove-body = { $count ->
    [zero] ستزال بيانات { $name }، ولا توجد أي إجابة مسجلة. ويمكنك التراجع عن ذلك فورا.
    [one] ستزال بيانات { $name } والإجابة الوحيدة المسجلة. ويمكنك التراجع عن ذلك فورا.
    [two] ستزال بيانات { $name } والإجابتان المسجلتان. ويمكنك التراجع عن ذلك فورا.
    [few] ستزال بيانات { $name } و{ $count } إجابات مسجلة. ويمكنك التراجع عن ذلك فورا.
    [many] ستزال بيانات { $name } و{ $count } إجابة مسجلة. ويمكنك التراجع عن ذلك فورا.
   *[other] ستزال بيانات { $name } و{ $count } إجابة مسجلة. ويمكنك التراجع عن ذلك فورا.
}
resp-removed = { $count ->
    [zero] أزيلت بيانات { $name }، ولم تكن هناك أي إجابة مسجلة.
    [one] أزيلت بيانات { $name } مع إجابة واحدة.
    [two] أزيلت بيانات { $name } مع إجابتين.
    [few] أزيلت بيانات { $name } مع { $count } إجابات.
    [many] أزيلت بيانات { $name } مع { $count } إجابة.
   *[other] أزيلت بيانات { $name } مع { $count } إجابة.
}
resp-restored = استعيدت بيانات { $name } مع الإجابات المسجلة.

int-respondents = { $count ->
    [zero] لا مستجيبين
    [one] مستجيب واحد
    [two] مستجيبان
    [few] { $count } مستجيبين
    [many] { $count } مستجيبا
   *[other] { $count } مستجيب
}
int-picker-label = الإجابة باسم
int-picker-keys = { $previous } و { $next } للتبديل بين المستجيبين، و { $pick } لاختيار أحدهم
int-timer-label = مدة هذه الجلسة
int-compact-title = هذا البعد لدى جميع المستجيبين
int-compact-caption = المستوى الذي منحه كل مستجيب لأسئلة هذا البعد
int-compact-question = السؤال
int-na-short = لا ينطبق
int-consolidation = توحيد الإجابات
int-results-title = المقابلات
int-unresolved = { $count ->
    [zero] لا يوجد اختلاف بانتظار التوافق.
    [one] اختلاف واحد لم يحسم بتوافق بعد.
    [two] اختلافان لم يحسما بتوافق بعد.
    [few] { $count } اختلافات لم تحسم بتوافق بعد.
    [many] { $count } اختلافا لم يحسم بتوافق بعد.
   *[other] { $count } اختلاف لم يحسم بتوافق بعد.
}

cons-title = توحيد نتائج المقابلات
cons-load-failed = تعذر تحميل صفحة توحيد الإجابات.
cons-counts = المستجيبون: { $respondents } · الاختلافات: { $disagreements } · دون توافق: { $unresolved }
cons-only-disagreements = الاختلافات فقط
cons-no-respondents = لا يوجد مستجيب في هذا التقييم بعد.
cons-spread = الفارق
cons-consolidated = المستوى الموحد
cons-actions = التوافق
cons-disagreement = اختلاف
cons-consensus = توافق
cons-rationale-shown = المبرر:
cons-set-button = تسجيل توافق
cons-edit = تعديل التوافق
cons-clear = مسح
cons-level = مستوى التوافق
cons-rationale = المبرر (إلزامي)
cons-save = حفظ التوافق
cons-error-rationale = اذكر سبب التوافق على هذا المستوى.
cons-set = تم تسجيل التوافق على المستوى { $level }.
cons-cleared = تم مسح التوافق، وعاد مستوى السؤال إلى الوسيط.
cons-legend = الاختلاف فارق قدره { $threshold } أو أكثر بين مستويات المستجيبين؛ ويحل مستوى التوافق محل الوسيط في حساب الدرجات.

exchange-title = ملفات التبادل
exchange-body = يمكنك هنا إدراج العمل المنجز على حواسيب محمولة أخرى: يتم دمج كل ملف إجابة تلو الأخرى، ويحتفظ سجل التغييرات بالقيم التي يستبدلها الملف.
exchange-import = استيراد ملفات تبادل…
exchange-importing = جار الاستيراد…
exchange-created = تقييم جديد
exchange-merged = مدمج
exchange-counts = مستجيبون جدد: { $respondents } · إجابات مضافة: { $added } · إجابات محدثة: { $updated } · إجابات لم يتم استبدالها (النسخة المحلية أحدث): { $kept }
exchange-new-respondents = مستجيبون جدد:
exchange-overwritten = عدد القيم المستبدلة لأن نسخة الملف أحدث: { $count }. وهي محفوظة في سجل التغييرات.
exchange-nothing-new = لا جديد: سبق استيراد هذا الملف.
exchange-refused = تم رفض الملف، ولم يتغير أي شيء:
exchange-export = تصدير ملف تبادل…
exchange-exported = تم حفظ ملف التبادل: { $path }
exchange-drop-hint = يمكنك أيضا إفلات ملفات التبادل (بصيغة JSON) في أي مكان من النافذة.
exchange-final-ask = التقييم «{ $title }» نهائي في هذه النسخة، وهذا الملف سيغيره. هل تريد إعادة فتح التقييم واستيراد الملف؟
exchange-reopen-import = إعادة الفتح والاستيراد
import-results-title = استيراد ملفات التبادل
drop-here = { $count ->
    [zero] أفلت الملفات هنا لاستيرادها
    [one] أفلت الملف لاستيراده
    [two] أفلت الملفين لاستيرادهما
    [few] أفلت { $count } ملفات لاستيرادها
    [many] أفلت { $count } ملفا لاستيرادها
   *[other] أفلت { $count } ملف لاستيرادها
}
drop-what = يتم دمج ملفات التبادل (بصيغة JSON) في تقييماتك، إجابة تلو الأخرى.
drop-importing = { $count ->
    [zero] جار الاستيراد…
    [one] جار استيراد الملف…
    [two] جار استيراد الملفين…
    [few] جار استيراد { $count } ملفات…
    [many] جار استيراد { $count } ملفا…
   *[other] جار استيراد { $count } ملف…
}
csv-export = تصدير بصيغة CSV…
csv-exported = تم حفظ ملف CSV: { $path }
export-failed = تعذر التصدير: { $message }

changes-title = سجل التغييرات
changes-open = سجل التغييرات
changes-load-failed = تعذر تحميل سجل التغييرات.
changes-none = لم يتم تسجيل أي تغيير بعد.
changes-consultant = المستشار
changes-who-import = استيراد { $file }
changes-who-imported = استيراد ملف
changes-who-sample = بيانات تجريبية
changes-nothing = لا شيء
changes-action = { $entity ->
    [answer] إجابة
    [consensus] توافق
    [respondent] مستجيب
    [assessment] تقييم
    [target] غاية
   *[unknown] { $entity }
}: { $action ->
    [set] تسجيل
    [clear] مسح
    [add] إضافة
    [edit] تعديل
    [remove] إزالة
    [restore] استعادة
    [merge] دمج من ملف
    [create] إنشاء
    [import] استيراد
    [finalize] اعتماد نهائي
    [reopen] إعادة فتح
    [duplicate] نسخ لإعادة التقييم
    [delete] حذف
    [undelete] استرجاع بعد الحذف
   *[unknown] { $action }
}
changes-restore = استعادة هذه القيمة
changes-restored = استعيدت القيمة السابقة.
changes-restore-failed = تعذرت استعادة القيمة: { $message }
# A respondent's progress on the picker's chip, «12 من 54»: a slash between two isolated numbers reads backwards (the full sentence goes to screen readers).
int-picker-progress = { $answered } من { $total }

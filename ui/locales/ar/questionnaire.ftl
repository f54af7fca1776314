# شاشة الاستبيان.

q-load-failed = تعذر فتح الاستبيان.
q-no-respondent = لا يوجد في هذا التقييم أي مستجيب لتسجيل إجاباته.
q-dimensions-label = الأبعاد
# «3 من 6», not «3/6»: with each number isolated, the slash put 6 first.
q-dimension-progress = { $answered } من { $total }
q-jump-label = السؤال { $number }: { $state ->
    [failed] غير محفوظ
    [answered] مجاب عنه
   *[open] لم تتم الإجابة عنه بعد
}
q-position = السؤال { $number } من { $total }
q-progress = تمت الإجابة عن { $answered } من { $total }
q-progress-label = الأسئلة المجاب عنها
q-level-number = المستوى { $number }:
q-not-applicable = لا ينطبق
q-not-applicable-hint = هذا السؤال لا ينطبق على الجهة.
q-note = ملاحظة
q-note-placeholder = لماذا هذا المستوى؟ سياق يساعد من يطلع على النتائج.
q-evidence = الأدلة
q-evidence-placeholder = الوثائق أو القرارات أو البيانات التي تدعم الإجابة.
q-evidence-examples = أمثلة على الأدلة:
q-previous = السابق
q-next = التالي
q-next-unanswered = التالي غير المجاب عنه
q-see-results = عرض النتائج
q-all-answered = تمت الإجابة عن جميع الأسئلة.
q-keys-hint = المفاتيح: من 1 إلى { $levels } لاختيار مستوى، N لا ينطبق، J التالي، K السابق، Ctrl+Enter التالي غير المجاب عنه، ? جميع الاختصارات.
q-final-read-only = هذا التقييم نهائي: لم يعد بالإمكان تغيير إجاباته. ابدأ إعادة التقييم من الشاشة الرئيسية لإنشاء مسودة جديدة.

q-autosave = يجري حفظ الإجابات أولا بأول.
q-saving = جار الحفظ…
q-saved = تم الحفظ ✓
q-save-failed = تعذر الحفظ: { $message }
q-save-failed-away = تعذر حفظ إحدى الإجابات: { $message }. افتح الاستبيان مجددا لإعادة المحاولة.

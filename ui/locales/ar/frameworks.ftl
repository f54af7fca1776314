# شاشة الأطر المرجعية.

frameworks-title = الأطر المرجعية
frameworks-intro = يحدد الإطار المرجعي أبعاد التقييم وأسئلته ومستوياته. ويأتي «ميزان» مزودا بأطر مدمجة؛ ويمكنك تثبيت أطر أخرى من ملف إطار (.toml).
frameworks-load-failed = تعذر تحميل الأطر المرجعية.
frameworks-none = لا يوجد أي إطار مثبت.
frameworks-install = تثبيت إطار…
frameworks-installing = جار التثبيت…
frameworks-installed = تم تثبيت «{ $title }» الإصدار { $version }.
frameworks-install-invalid = { $count ->
    [zero] لا توجد مشكلات في ملف الإطار:
    [one] في ملف الإطار مشكلة واحدة:
    [two] في ملف الإطار مشكلتان:
    [few] في ملف الإطار { $count } مشكلات:
    [many] في ملف الإطار { $count } مشكلة:
   *[other] في ملف الإطار { $count } مشكلة:
}
frameworks-install-failed = تعذر تثبيت الإطار:
frameworks-install-fix = صحح الملف في المواضع المبينة ثم ثبته من جديد. لم يتم تثبيت أي شيء.
frameworks-builtin = مدمج
frameworks-user-installed = مثبت
frameworks-open = عرض التفاصيل
frameworks-open-label = عرض تفاصيل { $title }
frameworks-back = العودة إلى جميع الأطر
frameworks-levels = المستويات
frameworks-dimensions = الأبعاد والأسئلة
frameworks-dimension-meta = { $count ->
    [zero] لا أسئلة
    [one] سؤال واحد
    [two] سؤالان
    [few] { $count } أسئلة
    [many] { $count } سؤالا
   *[other] { $count } سؤال
}، الوزن { $weight }
frameworks-expand-all = توسيع الكل
frameworks-collapse-all = طي الكل
frameworks-col-level = المستوى
frameworks-col-descriptor = سمات المستوى
frameworks-col-recommendation = الخطوات التالية
frameworks-sources = المصادر

packs-intro = تضم حزمة المقارنة المرجعية درجات التقييمات النهائية المحفوظة على هذا الحاسوب لإطار واحد — القطاع والبلد والحجم والتاريخ ودرجات الأبعاد فقط، من دون أسماء الجهات ولا الإجابات ولا الملاحظات — ليتمكن آخرون من المقارنة بها؛ ويتم احتساب الحزم المستوردة بوصفها جهات نظيرة مجهولة الهوية.
packs-export = تصدير حزمة مقارنة مرجعية…
packs-export-label = تصدير حزمة مقارنة مرجعية لـ { $title }
packs-exporting = جار التصدير…
packs-exported = { $count ->
    [zero] لم يتم تصدير أي تقييم إلى { $path }
    [one] تم تصدير تقييم واحد إلى { $path }
    [two] تم تصدير تقييمين إلى { $path }
    [few] تم تصدير { $count } تقييمات إلى { $path }
    [many] تم تصدير { $count } تقييما إلى { $path }
   *[other] تم تصدير { $count } تقييم إلى { $path }
}
packs-export-failed = تعذر تصدير حزمة المقارنة المرجعية:
packs-import = استيراد حزمة مقارنة مرجعية…
packs-importing = جار الاستيراد…
packs-imported = { $count ->
    [zero] لم يتم استيراد أي تقييم نظير مجهول الهوية.
    [one] تم استيراد تقييم نظير واحد مجهول الهوية.
    [two] تم استيراد تقييمين نظيرين مجهولي الهوية.
    [few] تم استيراد { $count } تقييمات نظيرة مجهولة الهوية.
    [many] تم استيراد { $count } تقييما نظيرا مجهول الهوية.
   *[other] تم استيراد { $count } تقييم نظير مجهول الهوية.
}
packs-imported-replaced = تم استيراد تقييمات نظيرة مجهولة الهوية (العدد: { $count })، حلت محل التقييمات المستوردة سابقا من الحزمة نفسها (العدد: { $replaced }).
packs-import-failed = تم رفض حزمة المقارنة المرجعية:
packs-error-file = الملف
packs-error-path = الموضع (مسار JSON)
packs-error-problem = المشكلة
packs-import-nothing = لم يتم استيراد أي شيء. صحح الملف، أو اطلب حزمة جديدة.

# الملاحظة المنهجية وملاحظات الصيغة 1.1 للسؤال.
frameworks-methodology = المنهجية
frameworks-changes = ما الجديد في هذا الإصدار
frameworks-measures = ما يقيسه الإطار
frameworks-reading-levels = كيفية قراءة المستويات
frameworks-best-fit = عندما تستوفي الجهة جزءا من مستوى ما
frameworks-not-covered = ما لا يشمله الإطار
frameworks-weights = الأوزان المختلفة عن 1
frameworks-col-item = البعد أو السؤال
frameworks-col-weight = الوزن
frameworks-col-why = المبرر
frameworks-weight-no-reason = لا يذكر ملف الإطار أي مبرر.
frameworks-evidence-expected = الأدلة المتوقعة لكل مستوى:
frameworks-owner = المسؤول
frameworks-weight-why = الوزن { $weight }
frameworks-depends-on = يأتي بعد
frameworks-see-also = السؤال المقابل في إطار آخر
frameworks-indicators = مؤشرات فرعية من المؤشرات الدولية

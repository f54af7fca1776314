# شاشة النتائج.

results-load-failed = تعذر حساب النتائج.
results-overall = النتيجة الإجمالية
results-index = مؤشر الجاهزية
results-index-of = من 100
results-stage = المرحلة
results-stage-of = المستوى { $stage } من { $levels }
results-score = متوسط المستوى
results-score-of = على سلم من 1 إلى { $levels }
results-completeness = نسبة الإنجاز
results-incomplete = نسبة إنجاز هذا التقييم { $percent }: قد تتغير النتائج مع الإجابة عن مزيد من الأسئلة.
results-continue = متابعة الاستبيان
results-back-to-questionnaire = العودة إلى الاستبيان
results-profile = الملف
results-radar-title = درجات الأبعاد مقارنة بالغايات
results-radar-desc = رسم بياني راداري بمحور لكل بعد؛ وتمثل الحلقات المستويات. ويتم عرض الأرقام نفسها بجانبه.
results-legend-score = الدرجة
results-legend-target = الغاية
results-dimensions = الأبعاد
results-target = الغاية { $target }
results-answered = { $total ->
    [zero] تمت الإجابة عن { $answered } من أصل { $total } سؤال
    [one] تمت الإجابة عن { $answered } من أصل سؤال واحد
    [two] تمت الإجابة عن { $answered } من أصل سؤالين
    [few] تمت الإجابة عن { $answered } من أصل { $total } أسئلة
    [many] تمت الإجابة عن { $answered } من أصل { $total } سؤالا
   *[other] تمت الإجابة عن { $answered } من أصل { $total } سؤال
}
results-recommendations = الإجراءات ذات الأولوية
results-recommendations-intro = يتم عرض الإجراءات حسب الأبعاد، بدءا بالبعد الذي يتضمن الإجراء الأكثر إلحاحا؛ وتأتي أولا في كل بعد أكبر الفجوات مقارنة بالغاية، مرجحة بحسب أهميتها.
results-gap = { $gap ->
    [zero] لا فجوة
    [one] فجوة بمستوى واحد
    [two] فجوة بمستويين
    [few] فجوة بـ { $gap } مستويات
    [many] فجوة بـ { $gap } مستوى
   *[other] فجوة بـ { $gap } مستوى
}
results-no-recommendations = كل الأبعاد تبلغ غاياتها: لا توجد إجراءات ذات أولوية.
results-no-recommendations-unscored = أجب عن بعض الأسئلة للحصول على توصيات.
results-finalize = اعتماد نهائي
results-finalize-title = هل تريد اعتماد هذا التقييم نهائيا؟
results-finalize-body = لا يمكن تغيير التقييم النهائي. ويصبح جزءا من المقارنات المرجعية والتقارير.
results-finalize-body-incomplete = نسبة إنجاز هذا التقييم { $percent } فقط. لا يمكن تغيير التقييم النهائي؛ وتبقى الأسئلة غير المجاب عنها بلا إجابة.
results-finalize-unresolved = { $count ->
    [zero] لا يوجد اختلاف لم يحسم بتوافق.
    [one] بقي اختلاف واحد لم يحسم بتوافق، ويتم حساب درجة سؤاله على أساس وسيط الإجابات.
    [two] بقي اختلافان لم يحسما بتوافق، ويتم حساب درجة كل من سؤاليهما على أساس وسيط الإجابات.
    [few] بقيت { $count } اختلافات لم تحسم بتوافق، ويتم حساب درجات أسئلتها على أساس وسيط الإجابات.
    [many] بقي { $count } اختلافا لم يحسم بتوافق، ويتم حساب درجات أسئلتها على أساس وسيط الإجابات.
   *[other] بقي { $count } اختلاف لم يحسم بتوافق، ويتم حساب درجات أسئلتها على أساس وسيط الإجابات.
}
results-finalized = أصبح التقييم نهائيا.
results-finalized-on = تم اعتماده نهائيا في { $date }
results-finalize-failed = تعذر اعتماد التقييم نهائيا: { $message }
results-peers = بين الجهات النظيرة
results-peers-line = { $count ->
    [zero] لا توجد جهات نظيرة استخدمت هذا الإطار
    [one] مقارنة بجهة نظيرة واحدة استخدمت هذا الإطار
    [two] مقارنة بجهتين نظيرتين استخدمتا هذا الإطار
    [few] مقارنة بجميع الجهات النظيرة التي استخدمت هذا الإطار، وعددها { $count }
    [many] مقارنة بجميع الجهات النظيرة التي استخدمت هذا الإطار، وعددها { $count }
   *[other] مقارنة بجميع الجهات النظيرة التي استخدمت هذا الإطار، وعددها { $count }
}: وسيط مؤشر الجهات النظيرة { $median }، وترتيب هذا التقييم { $rank } من { $total }.
results-peers-median = { $count ->
    [zero] لا توجد جهات نظيرة استخدمت هذا الإطار
    [one] مقارنة بجهة نظيرة واحدة استخدمت هذا الإطار
    [two] مقارنة بجهتين نظيرتين استخدمتا هذا الإطار
    [few] مقارنة بجميع الجهات النظيرة التي استخدمت هذا الإطار، وعددها { $count }
    [many] مقارنة بجميع الجهات النظيرة التي استخدمت هذا الإطار، وعددها { $count }
   *[other] مقارنة بجميع الجهات النظيرة التي استخدمت هذا الإطار، وعددها { $count }
}: وسيط مؤشر الجهات النظيرة { $median }.

results-report-open = تصدير التقرير…
results-report-title = تصدير التقرير
results-report-format = صيغة الملف
results-report-format-pdf = PDF، جاهز للإرسال
results-report-format-docx = Word ‏(DOCX)، قابل للتعديل من قبل الموظفين
results-report-lang = لغة التقرير
results-report-paper = مقاس الورق
results-report-paper-a4 = A4
results-report-paper-letter = Letter الأمريكي
results-report-k-rule = لا يتم عرض المقارنة المرجعية إلا لمجموعة تضم { $min } تقييمات على الأقل لجهات نظيرة، حتى لا يمكن التعرف على أي جهة منها.
results-report-no-benchmark = سيذكر التقرير المجموعة المختارة دون إحصاءات الجهات النظيرة.
results-report-sections = أقسام التقرير
results-report-section-summary = الملخص التنفيذي (مدرج دائما)
results-report-section-dimensions = الأبعاد، لكل بعد قسم
results-report-section-roadmap = خارطة الطريق
results-report-section-benchmark = المقارنة المرجعية مع الجهات النظيرة
results-report-section-methodology = المنهجية
results-report-section-respondents = قائمة المستجيبين (ضمن المنهجية)
results-report-respondents = ذكر أسماء المستجيبين
results-report-respondents-hint = وإلا فلا يذكر التقرير إلا صفة كل مستجيب ووحدته.
results-report-preview-alt = الصفحة الأولى من التقرير
results-report-preview-loading = جار إعداد الصفحة الأولى…
results-report-preview-pages = الصفحة الأولى من { $pages } (بصيغة PDF)
results-report-preview-failed = تعذر عرض المعاينة: { $message }
results-report-export = تصدير
results-report-cancel = إلغاء
results-report-close = إغلاق
results-report-saved = تم حفظ التقرير في { $path }
results-report-reveal = عرض في المجلد
results-pdf-exporting = جار إعداد التقرير…
results-pdf-exported = تم حفظ التقرير (عدد الصفحات: { $pages }) في { $path }
results-pdf-failed = تعذر حفظ التقرير: { $message }

results-level-move = المستوى { $from } ← { $to }
results-recommendations-all = { $count ->
    [zero] عرض جميع الإجراءات
    [one] عرض الإجراء الوحيد
    [two] عرض الإجراءين كليهما
    [few] عرض جميع الإجراءات ({ $count })
    [many] عرض جميع الإجراءات ({ $count })
   *[other] عرض جميع الإجراءات ({ $count })
}

# الشاشة الرئيسية: قائمة التقييمات.

home-title = التقييمات
home-search-label = البحث في التقييمات
home-search-placeholder = البحث باسم الجهة أو العنوان
home-load-failed = تعذر تحميل التقييمات.
home-no-match = لا يوجد تقييم يطابق «{ $query }».
home-count = { $count ->
    [zero] لا تقييمات معروضة
    [one] تقييم واحد معروض
    [two] تقييمان معروضان
    [few] { $count } تقييمات معروضة
    [many] { $count } تقييما معروضا
   *[other] { $count } تقييم معروض
}

home-empty-title = لا توجد تقييمات بعد
home-empty-intro = يساعدك «ميزان» على قياس مدى جاهزية جهتك للابتكار، وعلى تحديد الخطوات التالية. ويبقى كل شيء على هذا الحاسوب.
home-empty-step-agency = أدخل اسم جهتك واختر إطارا مرجعيا.
home-empty-step-answer = أجب عن كل سؤال باختيار المستوى الذي ينطبق على جهتك اليوم.
home-empty-step-results = اطلع على مؤشرك، وعلى ملف جهتك حسب الأبعاد، وعلى الإجراءات ذات الأولوية.
home-empty-offline = يتم حفظ إجاباتك فور إدخالها؛ ويمكنك التوقف والاستئناف في أي وقت.
home-sample-load = تحميل جهات تجريبية
home-sample-loading = جار تحميل الجهات التجريبية…
home-sample-hint = لتجربة المقارنات المرجعية أولا: جهات وهمية، تحمل عبارة «(نموذج)»، لها تقييمات نهائية. لا يتاح ذلك إلا والقائمة فارغة.
home-import = استيراد…
home-import-hint = استيراد ملفات تبادل تم إعدادها على حواسيب أخرى (يمكنك أيضا إفلاتها على النافذة).
home-sample-loaded = { $count ->
    [zero] لم يتم تحميل أي تقييم تجريبي.
    [one] تم تحميل تقييم تجريبي واحد.
    [two] تم تحميل تقييمين تجريبيين لجهات وهمية.
    [few] تم تحميل { $count } تقييمات تجريبية لجهات وهمية.
    [many] تم تحميل { $count } تقييما تجريبيا لجهات وهمية.
   *[other] تم تحميل { $count } تقييم تجريبي لجهات وهمية.
}
home-sample-failed = تعذر تحميل الجهات التجريبية.

home-col-assessment = التقييم
home-col-index = المؤشر
home-col-stage = المرحلة
home-col-completeness = نسبة الإنجاز
home-col-updated = آخر تحديث
home-col-actions = الإجراءات

home-results-label = نتائج { $title }
home-duplicate-label = إعادة التقييم: بدء مسودة جديدة من { $title }
home-duplicate-hint = بدء مسودة جديدة بملف تعريف الجهة والإطار نفسيهما؛ ولا يتم نسخ الإجابات
home-compare-label = مقارنة { $title } بالجهات النظيرة
home-delete-label = حذف { $title }

home-delete-title = هل تريد حذف هذا التقييم؟
home-delete-body = سيتم حذف «{ $title }» وإجاباته. ويمكنك التراجع عن ذلك خلال ثوان قليلة.
home-deleted = تم حذف «{ $title }».
home-restored = استعيد «{ $title }».
home-delete-failed = تعذر حذف التقييم: { $message }
home-undo-failed = تعذرت استعادة التقييم: { $message }
home-duplicate-failed = تعذر نسخ التقييم: { $message }

home-clear-filters = عرض الكل
home-continue = متابعة
home-continue-label = متابعة استبيان { $title }
home-filter-any-framework = جميع الأطر المرجعية
home-filter-any-mode = جميع الأساليب
home-filter-any-status = جميع الحالات
home-filter-status = الحالة
home-no-match-filters = لا يوجد تقييم يطابق معايير التصفية هذه.
home-sort = الترتيب حسب
home-sort-index-desc = المؤشر، من الأعلى إلى الأدنى
home-sort-title = العنوان، أبجديا
home-sort-updated-asc = آخر تغيير، الأقدم أولا
home-sort-updated-desc = آخر تغيير، الأحدث أولا
home-tools-label = تصفية القائمة وترتيبها
# An interview's row on Home lists its first four respondents; the rest on demand.
home-respondents-more = { $count ->
    [zero] عرض بقية المستجيبين
    [one] عرض المستجيب الآخر
    [two] عرض المستجيبين الآخرين
    [few] عرض { $count } مستجيبين آخرين
    [many] عرض { $count } مستجيبا آخر
   *[other] عرض { $count } مستجيب آخر
}
home-respondents-fewer = إخفاء البقية

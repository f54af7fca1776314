# نموذج التقييم الجديد.

new-title = تقييم جديد
new-section-agency = الجهة
new-agency-name = اسم الجهة
new-agency-name-hint = الوزارة أو الهيئة أو البلدية موضوع التقييم.
new-sector = القطاع
new-country = البلد
new-country-group-arab = جامعة الدول العربية
new-country-group-other = بلدان أخرى
new-size = الحجم
new-section-framework = الإطار المرجعي
new-no-frameworks = لا يوجد أي إطار مثبت. ثبت إطارا من شاشة الأطر المرجعية.
new-section-details = التقييم
new-mode = الأسلوب
mode-self = تقييم ذاتي
mode-self-hint = يجيب شخص واحد باسم الجهة.
mode-interview = مقابلات
mode-interview-hint = يقابل مستشار عدة مسؤولين ويوحد إجاباتهم.
new-assessment-title = العنوان
new-assessment-title-hint = عنوان مقترح؛ يمكنك تغييره إن شئت.
# العنوان الافتراضي للتقييم الجديد، مثل «وزارة الصحة — الجاهزية للابتكار 2025».
new-default-title = { $agency } — { $framework } { $year }
new-submit = إنشاء وبدء
new-creating = جار الإنشاء…
new-create-failed = تعذر إنشاء التقييم.

new-error-name-required = أدخل اسم الجهة.
new-error-framework-required = اختر إطارا مرجعيا.
new-error-title-required = أدخل عنوانا.
new-error-too-long = الحد الأقصى لعدد الأحرف: { $max }.

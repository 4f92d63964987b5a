# ScanPay Kiosk — maintenance mode for store staff (ar).
# Keys and their order as in en/staff.ftl; comments there explain each one.

## Header, tabs and what every page shares

staff-title = الصيانة
staff-store-terminal = { $store } · الجهاز { $terminal }
# Under the signed-in staff member's name: the session ends after this long without a touch.
staff-session-left = تنتهي الجلسة بعد { $time }
staff-exit = الخروج من الصيانة
staff-tab-overview = نظرة عامة
staff-tab-journal = المعاملات
staff-tab-reconcile = المطابقة
staff-tab-printer = الطابعة
staff-tab-camera = الكاميرا
staff-tab-config = الإعدادات
staff-tab-logs = السجلات
staff-tab-audit = سجل التدقيق
# The error banner's heading; $code is the backend's error code.
staff-error = خطأ: { $code }
staff-dismiss = إغلاق
staff-refresh = تحديث
staff-loading = جارٍ التحميل…
staff-cancel = إلغاء
staff-back = رجوع
staff-done = تم
staff-continue = متابعة
staff-show = عرض
staff-search = بحث
staff-any = الكل
staff-on = مفعّل
staff-off = متوقف
staff-version = الإصدار { $version }

## On-screen keypad (spoken labels of the keys without a digit)

staff-key-back = حذف آخر حرف
staff-key-clear = مسح
staff-key-dot = الفاصلة العشرية
staff-key-letters = حروف
staff-key-digits = أرقام

## PIN pad

staff-pin-title = دخول الموظفين
staff-pin-prompt = أدخل رمز PIN
# Instead of the prompt when a staff badge QR opened the pad: its holder's name.
staff-pin-badge = { $name }، أدخل رمز PIN
staff-pin-ok = دخول
staff-pin-wrong = رمز PIN غير صحيح. المحاولات المتبقية: { $left }
staff-pin-locked = الدخول مقفل. حاول مرة أخرى بعد { $time }
staff-pin-waiting = هناك دفعة جارية. سيتم الدخول عند انتهائها…
staff-pin-failed = تعذّر التحقق من رمز PIN (الخطأ { $code }).

## Overview: lane, status, devices, alarms, quitting

staff-lane-title = مسار الدفع
staff-lane-open = مفتوح
staff-lane-closed = مغلق
staff-lane-open-hint = يمكن للعملاء الدفع هنا.
staff-lane-closed-hint = يرى العملاء «نقطة الدفع هذه مغلقة».
staff-lane-close = إغلاق المسار
staff-lane-reopen = فتح المسار
# Confirmations after the lane was switched.
staff-lane-opened = المسار مفتوح.
staff-lane-closed-now = المسار مغلق.
staff-status-title = الآن
staff-payment-running = هناك دفعة جارية
staff-payment-idle = لا توجد دفعة جارية
staff-sounds-on = الصوت مفعّل
staff-sounds-off = الصوت مكتوم
staff-devices-title = الأجهزة
# The configuration row when no bundle was ever applied (built-in settings).
staff-config-builtin = مدمجة
staff-alarms-title = التنبيهات
staff-alarms-none = لا توجد تنبيهات.
staff-alarm-help = عميل يطلب المساعدة
staff-alarm-receipt-failed = لم يُطبع إيصال
staff-alarm-unresolved = نتيجة الدفع غير معروفة
staff-alarm-printer = مشكلة في الطابعة
staff-alarm-config = لم تُطبَّق الإعدادات
staff-quit = إغلاق التطبيق
staff-quit-hint = يؤدي الإغلاق إلى إيقاف برنامج الكشك؛ وتبقى نقطة الدفع متوقفة حتى يُشغَّل من جديد.
staff-quit-title = إغلاق تطبيق الكشك؟
staff-quit-body = تتوقف نقطة الدفع حتى يُعاد تشغيل التطبيق.
staff-quit-yes = إغلاق
staff-quitting = جارٍ إغلاق التطبيق…

## Transactions: filters, list

staff-filter-date = التاريخ
staff-filter-status = الحالة
staff-filter-amount = المبلغ
staff-filter-trade = رقم المعاملة
staff-filter-clear = مسح عوامل التصفية
staff-date-today = اليوم
staff-date-yesterday = أمس
staff-date-week = آخر 7 أيام
staff-date-month = آخر 30 يومًا
staff-date-any = أي تاريخ
staff-date-range = { $from } – { $to }
staff-date-from = من
staff-date-to = إلى
staff-day-earlier = يوم واحد قبل
staff-day-later = يوم واحد بعد
staff-status-all = الكل
staff-state-pending = قيد المعالجة
staff-state-paid = مدفوعة
staff-state-declined = مرفوضة
staff-state-cancelled = ملغاة
staff-state-cancel-owed = بانتظار الإلغاء
staff-state-flagged = تحتاج مراجعة
staff-amount-min = على الأقل
staff-amount-max = على الأكثر
staff-amount-range = { $min } – { $max }
staff-amount-from = من { $min }
staff-amount-up-to = حتى { $max }
staff-amount-order = الحد الأدنى أكبر من الحد الأقصى.
staff-trade-hint = اكتب جزءًا من رقم المعاملة، أو امسح الرمز الموجود على الإيصال.
staff-trade-count = المعاملات: { $count }
staff-trades-none = لا توجد معاملات تطابق عوامل التصفية.
staff-refunded = مسترد { $amount }
staff-receipt-owed = الإيصال لم يُطبع
staff-receipt-printed = مطبوع

## Transaction detail

staff-back-to-list = كل المعاملات
staff-detail-created = الوقت
staff-detail-refunded = المسترد
staff-detail-gateway-no = رقم Alipay
staff-detail-language = اللغة
staff-detail-receipt = الإيصال
staff-detail-flag = سبب التمييز:
staff-items = المنتجات
# One line of the items list: 2 × ¥3.50
staff-item-line = { $quantity } × { $price }
staff-events = التبادلات مع البوابة
staff-refunds = المبالغ المستردة
staff-refunds-none = لا توجد مبالغ مستردة.
staff-refund-state-pending = قيد المعالجة
staff-refund-state-succeeded = ناجح
staff-refund-state-failed = فاشل
staff-reprint = إعادة طباعة الإيصال
staff-reprint-sent = جارٍ طباعة الإيصال.
staff-refund = استرداد
staff-resolve = معالجة الآن
# After "Resolve now": where the trade stands; $state is a status name.
staff-resolved = الحالة الآن: { $state }

## Refund

staff-refund-title = استرداد
staff-refund-amount = المبلغ المراد استرداده
staff-refund-refundable = القابل للاسترداد: { $amount }
staff-refund-full = المبلغ كاملًا
staff-refund-too-much = أكثر من المبلغ القابل للاسترداد.
staff-refund-zero = أدخل مبلغًا.
staff-refund-reason = السبب
staff-reason-returned = إرجاع منتج
staff-reason-price = خطأ في السعر
staff-reason-other = سبب آخر
# The Continue button while no reason is chosen.
staff-refund-pick-reason = اختر سببًا
staff-refund-confirm-title = تأكيد الاسترداد
staff-refund-confirm-body = يعود المال إلى حساب Alipay الخاص بالمشتري. لا يمكن التراجع عن ذلك.
staff-refund-yes = استرداد { $amount }
staff-refund-sending = جارٍ إرسال الاسترداد إلى Alipay…
staff-refund-succeeded = تم الاسترداد بنجاح
staff-refund-pending = الاسترداد قيد المعالجة
staff-refund-pending-hint = لم يؤكد Alipay بعد. يواصل الكشك التحقق؛ راجع المعاملة لاحقًا.
staff-refund-failed = فشل الاسترداد

## Reconcile

staff-reconcile-run = مطابقة
staff-reconcile-hint = يقارن سجل اليوم المختار بكشف Alipay لذلك اليوم.
staff-reconcile-running = جارٍ تنزيل كشف Alipay…
staff-rec-bill-payments = المدفوعات في الكشف
staff-rec-bill-refunds = المستردات في الكشف
staff-rec-journal = المعاملات في السجل
staff-rec-matched = متطابقة
staff-rec-differences = الفروقات
staff-rec-none = لا فروقات: السجل يطابق الكشف.
staff-diff-missing-from-journal = غير موجودة في السجل
staff-diff-missing-from-bill = غير موجودة في الكشف
staff-diff-amount-mismatch = المبالغ مختلفة
staff-diff-status-mismatch = الحالة مختلفة
staff-col-kind = الفرق
staff-col-trade = المعاملة
staff-col-detail = التفاصيل

## Printer

staff-printer-ready = جاهزة
staff-printer-paper-out = نفد الورق
staff-printer-paper-low = الورق على وشك النفاد
staff-printer-cover-open = الغطاء مفتوح
staff-printer-offline = غير متصلة
staff-printer-unknown = الحالة غير معروفة
staff-printer-none = لا توجد طابعة مُعدّة
staff-printer-paper-width = عرض الورق
staff-printer-width-mm = { $mm } مم
staff-printer-target = الاتصال
staff-test-print = طباعة صفحة اختبار
staff-test-print-hint = تعرض صفحة الاختبار تنسيق الإيصال وتفحص الورق والقاطع.
staff-test-print-sent = أُرسلت صفحة الاختبار إلى الطابعة.

## Camera

staff-camera-feed = صورة الكاميرا
staff-camera-health = الحالة
staff-camera-streaming = تعمل
staff-camera-reconnecting = جارٍ إعادة الاتصال
staff-camera-stopped = متوقفة
staff-camera-starting = جارٍ التشغيل
staff-camera-fps = معدل الإطارات
staff-camera-fps-value = { $fps } إطار/ث
staff-camera-frames = الإطارات
staff-camera-source = المصدر
staff-camera-fault = آخر عطل
staff-camera-devices = الكاميرات
staff-camera-none = لم يُعثر على كاميرا.
staff-camera-picked = تم التبديل إلى { $name }.
staff-camera-waiting = بانتظار الصورة…
staff-camera-decoded-none = اعرض رمزًا أمام الكاميرا.
staff-code-alipay = Alipay
staff-code-other-wallet = محفظة أخرى
staff-code-item = منتج
staff-code-unknown = غير معروف

## Configuration

staff-config-fleet = التحديثات المركزية
staff-config-fleet-version = حزمة الأسطول
staff-config-kiosk-version = حزمة الكشك
staff-config-none = لا يوجد
staff-config-catalog = مصدر الكتالوج
staff-config-rejected = آخر حزمة مرفوضة
staff-config-rejected-none = لم تُرفض أي حزمة.
staff-config-rejected-version = الحزمة
staff-config-rejected-at = وقت الرفض
staff-config-reason = السبب

## Logs and audit log

staff-logs-title = أحدث أسطر السجل
staff-lines = الأسطر: { $count }
staff-logs-empty = السجل فارغ.
staff-audit-title = كل إجراءات الموظفين
staff-col-when = الوقت
staff-col-staff = الموظف
staff-col-action = الإجراء
staff-col-result = النتيجة
staff-result-ok = تم
staff-audit-empty = لا توجد إدخالات بعد.

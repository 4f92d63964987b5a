# ScanPay Kiosk — customer screens (ar).
# شاشات العميل، العربية الفصحى (المفاتيح وترتيبها كما في en/ui.ftl).

# { "Alipay+" } is a string literal on purpose: Fluent isolates it, so the
# "+" stays after "Alipay" in a right-to-left sentence.

# The language's own name, shown in the language picker.
language-name = العربية

## Attract: the idle screen that invites a passer-by to start

attract-title = امسح وادفع بنفسك
attract-subtitle =
    { $network ->
       *[alipay] ادفع عبر Alipay في ثوانٍ
        [alipay_plus] ادفع عبر { "Alipay+" } في ثوانٍ
    }
attract-start = المس الشاشة أو امسح منتجًا للبدء
attract-languages = اختر لغتك
attract-lane-store = { $store }
# Above the Alipay mark: the payment method this kiosk takes.
attract-accepted = مقبول هنا
# Next to the Alipay logo on the attract screen.
attract-alipay =
    { $network ->
       *[alipay] ادفع عبر Alipay
        [alipay_plus] ادفع عبر { "Alipay+" }
    }

## Language picker

language-title = اختر لغتك
language-back = رجوع

## Shopping: the cart, items without a barcode, the total and Pay

shop-title = مشترياتك
shop-scan-hint = امسح باركود كل منتج
shop-empty-title = سلتك فارغة
shop-empty-hint = امسح باركود منتج، أو اختر منتجًا بلا باركود.
# Heading of the grid of items that have no barcode (fruit, bakery…).
shop-touch-title = منتجات بلا باركود
# Under an item's name: the price of one. $price is already formatted.
shop-unit-price = { $price } للقطعة
# A badge on the line that was just added.
shop-just-added = أُضيف
# Spoken labels of the quantity buttons (screen readers).
shop-decrease = قطعة أقل من { $name }
shop-increase = قطعة أخرى من { $name }
shop-remove = إزالة { $name }
shop-quantity = الكمية
shop-items =
    { $count ->
        [zero] { $count } منتج
        [one] { $count } منتج
        [two] { $count } منتجان
        [few] { $count } منتجات
        [many] { $count } منتجًا
       *[other] { $count } منتج
    }
shop-total = الإجمالي
# Under the total. $tax is already formatted.
shop-tax = شامل الضريبة { $tax }
shop-pay =
    { $network ->
       *[alipay] ادفع عبر Alipay
        [alipay_plus] ادفع عبر { "Alipay+" }
    }
shop-help = تحتاج مساعدة؟
shop-language = اللغة
shop-cancel = إلغاء الطلب
shop-cancel-title = إلغاء هذا الطلب؟
shop-cancel-body = ستُزال جميع المنتجات من سلتك.
shop-cancel-yes = نعم، ألغِ الطلب
shop-cancel-no = لا، تابع التسوق

## Paying: the customer shows the Alipay payment code to the camera

pay-title =
    { $network ->
       *[alipay] ادفع عبر Alipay
        [alipay_plus] ادفع عبر { "Alipay+" }
    }
pay-amount = المبلغ المطلوب
pay-instruction =
    { $network ->
       *[alipay] افتح Alipay واعرض رمز الدفع
        [alipay_plus] افتح محفظتك الإلكترونية واعرض رمز الدفع
    }
pay-step-open =
    { $network ->
       *[alipay] افتح تطبيق Alipay على هاتفك
        [alipay_plus] افتح تطبيق محفظتك الإلكترونية، مثل Alipay أو AlipayHK أو GCash أو Kakao Pay
    }
pay-step-code =
    { $network ->
       *[alipay] اضغط «الدفع» لعرض رمز الدفع
        [alipay_plus] اعرض رمز الدفع في التطبيق
    }
pay-step-hold = ضع الرمز داخل الإطار على الشاشة
# Label on the guide box over the camera picture.
pay-guide = رمز الدفع هنا
pay-camera-starting = جارٍ تشغيل الكاميرا…
pay-back = العودة للسلة

## Processing: the payment is on its way

processing-title = جارٍ معالجة الدفع
processing-amount = المبلغ
processing-sending = جارٍ إرسال الدفع…
processing-waiting = أكِّد على هاتفك إذا طُلب منك ذلك
processing-cancelling = جارٍ الإلغاء، يُرجى الانتظار…
processing-keep-open =
    { $network ->
       *[alipay] أبقِ Alipay مفتوحًا على هاتفك حتى يكتمل الدفع.
        [alipay_plus] أبقِ تطبيق محفظتك مفتوحًا على هاتفك حتى يكتمل الدفع.
    }
# Under the big countdown number.
processing-seconds =
    { $seconds ->
        [zero] ثانية متبقية
        [one] ثانية متبقية
        [two] ثانيتان متبقيتان
        [few] ثوانٍ متبقية
        [many] ثانية متبقية
       *[other] ثانية متبقية
    }
processing-cancel = إلغاء الدفع

## Done: paid

done-title = تم الدفع بنجاح
done-amount = المبلغ المدفوع
done-thanks = شكرًا لتسوقكم معنا!
done-receipt-printing = جارٍ طباعة الإيصال…
done-receipt-printed = يُرجى أخذ الإيصال
done-receipt-failed = تعذّرت طباعة الإيصال. يُرجى طلب نسخة من الموظف.
done-finish = تم

## Failed: the payment did not go through — what happened, and what to do

failed-title = لم يكتمل الدفع
failed-title-unresolved = تعذّر تأكيد الدفع
failed-not-charged = لم يُخصم منك أي مبلغ.
failed-reason-balance =
    { $network ->
       *[alipay] رصيد Alipay أو حد الإنفاق لديك غير كافٍ.
        [alipay_plus] رصيد محفظتك الإلكترونية أو حد الإنفاق لديك غير كافٍ.
    }
failed-help-balance =
    { $network ->
       *[alipay] اختر بطاقة أو طريقة دفع أخرى في Alipay، ثم أعد المحاولة برمز جديد.
        [alipay_plus] اختر بطاقة أو طريقة دفع أخرى في محفظتك الإلكترونية، ثم أعد المحاولة برمز جديد.
    }
failed-reason-code-expired = انتهت صلاحية رمز الدفع أو سبق استخدامه.
failed-help-code-expired =
    { $network ->
       *[alipay] حدِّث رمز الدفع في Alipay وأعد المحاولة.
        [alipay_plus] حدِّث رمز الدفع في محفظتك الإلكترونية وأعد المحاولة.
    }
failed-reason-risk =
    { $network ->
       *[alipay] لم يسمح Alipay بهذه العملية.
        [alipay_plus] لم تسمح محفظتك الإلكترونية بهذه العملية.
    }
failed-help-risk = يُرجى تجربة طريقة دفع أخرى، أو طلب المساعدة من الموظف.
failed-reason-timeout = لم يُؤكَّد الدفع في الوقت المحدد، فأُلغي.
failed-help-timeout = يمكنك إعادة المحاولة برمز جديد.
failed-reason-cancelled = لقد ألغيت الدفع.
failed-help-cancelled = يمكنك إعادة المحاولة برمز جديد، أو إلغاء طلبك.
failed-reason-unavailable = تعذّر الاتصال بخدمة الدفع.
failed-help-unavailable = يُرجى المحاولة بعد قليل، أو طلب المساعدة من الموظف.
failed-reason-declined = رُفض الدفع.
failed-help-declined =
    { $network ->
       *[alipay] يُرجى تجربة طريقة دفع أخرى في Alipay، أو طلب المساعدة من الموظف.
        [alipay_plus] يُرجى تجربة طريقة دفع أخرى في محفظتك الإلكترونية، أو طلب المساعدة من الموظف.
    }
failed-reason-unresolved = لم نتمكن من معرفة ما إذا تم الدفع.
failed-help-unresolved = سيتحقق أحد الموظفين من ذلك. يُرجى عدم الدفع مرة أخرى.
failed-retry = أعد المحاولة برمز جديد
failed-staff = استدعاء موظف
failed-finish = إلغاء الطلب
failed-back-to-start = العودة للبداية

## Closed: staff closed this lane

closed-title = نقطة الدفع هذه مغلقة
closed-body = يُرجى استخدام نقطة دفع أخرى. شكرًا لك!

## Idle: "still there?" before the session starts over

idle-title = هل ما زلت هنا؟
idle-body = إن لم تقم بأي إجراء، فستبدأ العملية من جديد وستُحذف منتجاتك.
idle-still-here = ما زلت هنا

## Notices: short messages after something the kiosk could not do

notice-unknown-item = لم يُعثر على هذا المنتج. يُرجى طلب المساعدة من الموظف.
notice-wallet-wechat-pay =
    { $network ->
       *[alipay] لا نقبل WeChat Pay هنا. يُرجى الدفع عبر Alipay.
        [alipay_plus] لا نقبل WeChat Pay هنا. يُرجى الدفع بمحفظة تدعم { "Alipay+" }.
    }
notice-wallet-unionpay =
    { $network ->
       *[alipay] لا نقبل UnionPay هنا. يُرجى الدفع عبر Alipay.
        [alipay_plus] لا نقبل UnionPay هنا. يُرجى الدفع بمحفظة تدعم { "Alipay+" }.
    }
notice-wallet-other =
    { $network ->
       *[alipay] لا نقبل رمز الدفع هذا هنا. يُرجى الدفع عبر Alipay.
        [alipay_plus] لا نقبل رمز الدفع هذا هنا. يُرجى الدفع بمحفظة تدعم { "Alipay+" }.
    }
notice-cart-empty = سلتك فارغة. يُرجى مسح منتج أولًا.
notice-quantity-limit = لا يمكنك إضافة المزيد من هذا المنتج في عملية دفع واحدة.
notice-staff-called = المساعدة في الطريق. سيصل إليك موظف قريبًا.
notice-error = حدث خطأ ما. يُرجى المحاولة مرة أخرى أو طلب المساعدة من الموظف.

## Common: on several screens

common-alipay =
    { $network ->
       *[alipay] Alipay
        [alipay_plus] Alipay+
    }
common-larger-text = نص أكبر
common-please-wait = يُرجى الانتظار…
common-resetting = جارٍ تجهيز الجهاز للعميل التالي.
common-returning =
    { $seconds ->
        [zero] العودة إلى البداية خلال { $seconds } ثانية
        [one] العودة إلى البداية خلال { $seconds } ثانية
        [two] العودة إلى البداية خلال { $seconds } ثانيتين
        [few] العودة إلى البداية خلال { $seconds } ثوانٍ
        [many] العودة إلى البداية خلال { $seconds } ثانية
       *[other] العودة إلى البداية خلال { $seconds } ثانية
    }
# The strip of simulate buttons in demo mode (never on a real kiosk).
common-demo = محاكاة (عرض توضيحي)

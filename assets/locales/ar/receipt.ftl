# ScanPay Kiosk — printed receipts (ar).

receipt-title = إيصال
receipt-date = التاريخ
receipt-terminal = الجهاز
receipt-subtotal = المجموع الفرعي
receipt-discount = خصم
receipt-tax-included = شامل الضريبة
receipt-tax = الضريبة
receipt-total = الإجمالي
receipt-payment-method = طريقة الدفع
receipt-method-alipay = علي باي
receipt-trade-no = رقم معاملة علي باي
receipt-payment-id = رقم عملية الدفع
receipt-order-no = رقم الطلب
receipt-buyer = حساب المشتري
receipt-qr-caption = امسح لرؤية رقم المعاملة
receipt-thanks = شكرًا لتسوقكم معنا!
receipt-test-title = اختبار الطابعة
receipt-test-body = إذا أمكنك قراءة هذا، فالطابعة تعمل.

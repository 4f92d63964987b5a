# ScanPay Kiosk — printed receipts.
# Keys start with receipt-; en is the reference.

receipt-title = Receipt
receipt-date = Date
receipt-terminal = Terminal
receipt-subtotal = Subtotal
receipt-discount = Discount
receipt-tax-included = Tax included
receipt-tax = Tax
receipt-total = Total
receipt-payment-method = Paid with
receipt-method-alipay = Alipay
receipt-trade-no = Alipay trade no.
# The wallet's id of the payment, on receipts of Alipay+ wallets paid through Antom (GCash, Kakao Pay…).
receipt-payment-id = Payment ID
receipt-order-no = Order no.
receipt-buyer = Buyer account
receipt-qr-caption = Scan for your trade number
receipt-thanks = Thank you for shopping with us!
receipt-test-title = Printer test
receipt-test-body = If you can read this, the printer works.

# ScanPay Kiosk — printed receipts (th).

receipt-title = ใบเสร็จรับเงิน
receipt-date = วันที่
receipt-terminal = เครื่อง
receipt-subtotal = ยอดรวมย่อย
receipt-discount = ส่วนลด
receipt-tax-included = รวมภาษีแล้ว
receipt-tax = ภาษี
receipt-total = ยอดรวม
receipt-payment-method = ชำระด้วย
receipt-method-alipay = อาลีเพย์
receipt-trade-no = เลขที่ธุรกรรมอาลีเพย์
receipt-payment-id = รหัสการชำระเงิน
receipt-order-no = เลขที่คำสั่งซื้อ
receipt-buyer = บัญชีผู้ซื้อ
receipt-qr-caption = สแกนเพื่อดูเลขที่ธุรกรรม
receipt-thanks = ขอบคุณที่ใช้บริการ!
receipt-test-title = ทดสอบเครื่องพิมพ์
receipt-test-body = หากอ่านข้อความนี้ได้ แสดงว่าเครื่องพิมพ์ทำงานปกติ

# ScanPay Kiosk — printed receipts (vi).

receipt-title = Hóa đơn
receipt-date = Ngày
receipt-terminal = Máy
receipt-subtotal = Tạm tính
receipt-discount = Giảm giá
receipt-tax-included = Đã gồm thuế
receipt-tax = Thuế
receipt-total = Tổng cộng
receipt-payment-method = Thanh toán bằng
receipt-method-alipay = Alipay
receipt-trade-no = Mã giao dịch Alipay
receipt-payment-id = Mã thanh toán
receipt-order-no = Mã đơn hàng
receipt-buyer = Tài khoản người mua
receipt-qr-caption = Quét để xem mã giao dịch
receipt-thanks = Cảm ơn quý khách!
receipt-test-title = Kiểm tra máy in
receipt-test-body = Nếu đọc được dòng này, máy in hoạt động tốt.

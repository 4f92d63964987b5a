# ScanPay Kiosk — printed receipts (zh-Hans).

receipt-title = 购物小票
receipt-date = 日期
receipt-terminal = 终端
receipt-subtotal = 小计
receipt-discount = 优惠
receipt-tax-included = 含税
receipt-tax = 税额
receipt-total = 合计
receipt-payment-method = 支付方式
receipt-method-alipay = 支付宝
receipt-trade-no = 支付宝交易号
receipt-payment-id = 支付单号
receipt-order-no = 订单号
receipt-buyer = 买家账号
receipt-qr-caption = 扫码查看交易号
receipt-thanks = 感谢您的光临！
receipt-test-title = 打印机测试
receipt-test-body = 能看到这行字，说明打印机工作正常。

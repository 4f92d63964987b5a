# ScanPay Kiosk — printed receipts (zh-Hant).

receipt-title = 購物收據
receipt-date = 日期
receipt-terminal = 終端機
receipt-subtotal = 小計
receipt-discount = 折扣
receipt-tax-included = 含稅
receipt-tax = 稅額
receipt-total = 合計
receipt-payment-method = 付款方式
receipt-method-alipay = 支付寶
receipt-trade-no = 支付寶交易編號
receipt-payment-id = 支付單號
receipt-order-no = 訂單編號
receipt-buyer = 買家帳號
receipt-qr-caption = 掃碼查看交易編號
receipt-thanks = 感謝您的光臨！
receipt-test-title = 印表機測試
receipt-test-body = 能看到這行字，表示印表機運作正常。

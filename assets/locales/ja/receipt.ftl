# ScanPay Kiosk — printed receipts (ja).

receipt-title = レシート
receipt-date = 日時
receipt-terminal = 端末
receipt-subtotal = 小計
receipt-discount = 割引
receipt-tax-included = 内税
receipt-tax = 消費税
receipt-total = 合計
receipt-payment-method = お支払い
receipt-method-alipay = アリペイ
receipt-trade-no = アリペイ取引番号
receipt-payment-id = 決済ID
receipt-order-no = 注文番号
receipt-buyer = お客様アカウント
receipt-qr-caption = 取引番号はこちらから
receipt-thanks = ご利用ありがとうございました
receipt-test-title = プリンターテスト
receipt-test-body = この文字が読めればプリンターは正常です。

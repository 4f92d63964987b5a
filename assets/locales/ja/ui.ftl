# ScanPay Kiosk — customer screens (ja).

language-name = 日本語

attract-title = セルフレジ
attract-subtitle = アリペイで数秒でお支払い
attract-start = 画面にタッチするか商品をスキャンして開始
attract-languages = 言語を選択
attract-lane-store = { $store }

language-title = 言語を選択してください
language-back = 戻る

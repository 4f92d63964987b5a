# ScanPay Kiosk — customer screens (zh-Hant).

language-name = 繁體中文

attract-title = 自助掃碼結帳
attract-subtitle = 支付寶付款，幾秒完成
attract-start = 輕觸螢幕或掃描商品開始
attract-languages = 選擇語言
attract-lane-store = { $store }

language-title = 請選擇語言
language-back = 返回

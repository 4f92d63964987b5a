# ScanPay Kiosk — 顾客界面，简体中文

language-name = 简体中文

attract-title = 自助扫码结账
attract-subtitle = 支付宝付款，几秒完成
attract-start = 轻触屏幕或扫描商品开始
attract-languages = 选择语言
attract-lane-store = { $store }

language-title = 请选择语言
language-back = 返回

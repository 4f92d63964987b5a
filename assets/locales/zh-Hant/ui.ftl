# ScanPay Kiosk — customer screens (zh-Hant).
# 顧客畫面，繁體中文（鍵與順序同 en/ui.ftl）。

# The language's own name, shown in the language picker.
language-name = 繁體中文

## Attract: the idle screen that invites a passer-by to start

attract-title = 自助掃碼結帳
attract-subtitle =
    { $network ->
       *[alipay] 支付寶付款，幾秒完成
        [alipay_plus] Alipay+ 付款，幾秒完成
    }
attract-start = 輕觸螢幕或掃描商品開始
attract-languages = 選擇語言
attract-lane-store = { $store }
# Above the Alipay mark: the payment method this kiosk takes.
attract-accepted = 本機支援
# Next to the Alipay logo on the attract screen.
attract-alipay =
    { $network ->
       *[alipay] 支付寶付款
        [alipay_plus] Alipay+ 付款
    }

## Language picker

language-title = 請選擇語言
language-back = 返回

## Shopping: the cart, items without a barcode, the total and Pay

shop-title = 您的商品
shop-scan-hint = 請逐件掃描商品條碼
shop-empty-title = 購物車是空的
shop-empty-hint = 請掃描商品條碼，或選擇無條碼商品。
# Heading of the grid of items that have no barcode (fruit, bakery…).
shop-touch-title = 無條碼商品
# Under an item's name: the price of one. $price is already formatted.
shop-unit-price = 單價 { $price }
# A badge on the line that was just added.
shop-just-added = 已加入
# Spoken labels of the quantity buttons (screen readers).
shop-decrease = 減少一件{ $name }
shop-increase = 增加一件{ $name }
shop-remove = 移除{ $name }
shop-quantity = 數量
shop-items =
    { $count ->
       *[other] { $count } 件商品
    }
shop-total = 合計
# Under the total. $tax is already formatted.
shop-tax = 含稅 { $tax }
shop-pay =
    { $network ->
       *[alipay] 支付寶付款
        [alipay_plus] Alipay+ 付款
    }
shop-help = 需要協助？
shop-language = 語言
shop-cancel = 取消訂單
shop-cancel-title = 要取消此訂單嗎？
shop-cancel-body = 購物車內的所有商品將被清除。
shop-cancel-yes = 是，取消訂單
shop-cancel-no = 否，繼續購物

## Paying: the customer shows the Alipay payment code to the camera

pay-title =
    { $network ->
       *[alipay] 支付寶付款
        [alipay_plus] Alipay+ 付款
    }
pay-amount = 應付金額
pay-instruction =
    { $network ->
       *[alipay] 請開啟支付寶並出示付款碼
        [alipay_plus] 請開啟電子錢包並出示付款碼
    }
pay-step-open =
    { $network ->
       *[alipay] 在手機上開啟支付寶 App
        [alipay_plus] 開啟電子錢包 App（支付寶、AlipayHK、GCash、Kakao Pay…）
    }
pay-step-code =
    { $network ->
       *[alipay] 點選「收付款」顯示付款碼
        [alipay_plus] 在 App 中顯示付款碼
    }
pay-step-hold = 將付款碼對準螢幕上的框內
# Label on the guide box over the camera picture.
pay-guide = 付款碼對準此處
pay-camera-starting = 正在啟動相機…
pay-back = 返回購物車

## Processing: the payment is on its way

processing-title = 正在處理付款
processing-amount = 金額
processing-sending = 正在送出付款…
processing-waiting = 如有提示，請在手機上確認
processing-cancelling = 正在取消，請稍候…
processing-keep-open =
    { $network ->
       *[alipay] 完成前請勿關閉手機上的支付寶。
        [alipay_plus] 完成前請勿關閉手機上的電子錢包。
    }
# Under the big countdown number.
processing-seconds =
    { $seconds ->
       *[other] 剩餘秒數
    }
processing-cancel = 取消付款

## Done: paid

done-title = 付款成功
done-amount = 實付金額
done-thanks = 感謝您的光臨！
done-receipt-printing = 正在列印收據…
done-receipt-printed = 請取走您的收據
done-receipt-failed = 收據無法列印，請向店員索取。
done-finish = 完成

## Failed: the payment did not go through — what happened, and what to do

failed-title = 付款未完成
failed-title-unresolved = 無法確認您的付款
failed-not-charged = 本次未扣款。
failed-reason-balance =
    { $network ->
       *[alipay] 支付寶餘額或付款額度不足。
        [alipay_plus] 電子錢包餘額或付款額度不足。
    }
failed-help-balance =
    { $network ->
       *[alipay] 請在支付寶中更換卡片或付款方式，再用新付款碼重試。
        [alipay_plus] 請在電子錢包中更換卡片或付款方式，再用新付款碼重試。
    }
failed-reason-code-expired = 付款碼已過期或已被使用。
failed-help-code-expired =
    { $network ->
       *[alipay] 請在支付寶中重新整理付款碼後再試一次。
        [alipay_plus] 請在電子錢包中重新整理付款碼後再試一次。
    }
failed-reason-risk =
    { $network ->
       *[alipay] 支付寶未允許此筆付款。
        [alipay_plus] 電子錢包未允許此筆付款。
    }
failed-help-risk = 請改用其他付款方式，或呼叫店員協助。
failed-reason-timeout = 付款未能及時確認，已自動取消。
failed-help-timeout = 您可以用新付款碼再試一次。
failed-reason-cancelled = 您已取消付款。
failed-help-cancelled = 您可以用新付款碼再試一次，或取消訂單。
failed-reason-unavailable = 無法連線至付款服務。
failed-help-unavailable = 請稍後再試，或呼叫店員協助。
failed-reason-declined = 付款遭到拒絕。
failed-help-declined =
    { $network ->
       *[alipay] 請在支付寶中改用其他付款方式，或呼叫店員協助。
        [alipay_plus] 請在電子錢包中改用其他付款方式，或呼叫店員協助。
    }
failed-reason-unresolved = 目前無法確認付款是否成功。
failed-help-unresolved = 店員會為您確認，請勿重複付款。
failed-retry = 用新付款碼重試
failed-staff = 呼叫店員
failed-finish = 取消訂單
failed-back-to-start = 返回首頁

## Closed: staff closed this lane

closed-title = 本結帳機暫停服務
closed-body = 請使用其他結帳機，謝謝！

## Idle: "still there?" before the session starts over

idle-title = 您還在嗎？
idle-body = 若無任何操作，本機將重新開始並清除您的商品。
idle-still-here = 我還在

## Notices: short messages after something the kiosk could not do

notice-unknown-item = 找不到此商品，請洽店員協助。
notice-wallet-wechat-pay =
    { $network ->
       *[alipay] 本機不支援微信支付，請使用支付寶付款。
        [alipay_plus] 本機不支援微信支付，請使用 Alipay+ 錢包付款。
    }
notice-wallet-unionpay =
    { $network ->
       *[alipay] 本機不支援雲閃付，請使用支付寶付款。
        [alipay_plus] 本機不支援雲閃付，請使用 Alipay+ 錢包付款。
    }
notice-wallet-other =
    { $network ->
       *[alipay] 本機不支援此付款碼，請使用支付寶付款。
        [alipay_plus] 本機不支援此付款碼，請使用 Alipay+ 錢包付款。
    }
notice-cart-empty = 購物車是空的，請先掃描商品。
notice-quantity-limit = 此商品單次結帳數量已達上限。
notice-staff-called = 店員馬上就到，請稍候。
notice-error = 發生錯誤，請重試或洽店員協助。

## Common: on several screens

common-alipay =
    { $network ->
       *[alipay] 支付寶
        [alipay_plus] Alipay+
    }
common-larger-text = 放大字體
common-please-wait = 請稍候…
common-resetting = 正在為下一位顧客做準備。
common-returning =
    { $seconds ->
       *[other] { $seconds } 秒後返回首頁
    }
# The strip of simulate buttons in demo mode (never on a real kiosk).
common-demo = 模擬（示範）

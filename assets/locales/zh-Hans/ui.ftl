# ScanPay Kiosk — 顾客界面，简体中文
# （键与顺序同 en/ui.ftl，英文为参考目录。）

# The language's own name, shown in the language picker.
language-name = 简体中文

## Attract: the idle screen that invites a passer-by to start

attract-title = 自助扫码结账
attract-subtitle =
    { $network ->
       *[alipay] 支付宝付款，几秒完成
        [alipay_plus] Alipay+ 付款，几秒完成
    }
attract-start = 轻触屏幕或扫描商品开始
attract-languages = 选择语言
attract-lane-store = { $store }
# Above the Alipay mark: the payment method this kiosk takes.
attract-accepted = 本机支持
# Next to the Alipay logo on the attract screen.
attract-alipay =
    { $network ->
       *[alipay] 支付宝付款
        [alipay_plus] Alipay+ 付款
    }

## Language picker

language-title = 请选择语言
language-back = 返回

## Shopping: the cart, items without a barcode, the total and Pay

shop-title = 您的商品
shop-scan-hint = 请逐件扫描商品条码
shop-empty-title = 购物车是空的
shop-empty-hint = 请扫描商品条码，或选择无条码商品。
# Heading of the grid of items that have no barcode (fruit, bakery…).
shop-touch-title = 无条码商品
# Under an item's name: the price of one. $price is already formatted.
shop-unit-price = 单价 { $price }
# A badge on the line that was just added.
shop-just-added = 已添加
# Spoken labels of the quantity buttons (screen readers).
shop-decrease = 减少一件{ $name }
shop-increase = 增加一件{ $name }
shop-remove = 移除{ $name }
shop-quantity = 数量
shop-items =
    { $count ->
       *[other] { $count } 件商品
    }
shop-total = 合计
# Under the total. $tax is already formatted.
shop-tax = 含税 { $tax }
shop-pay =
    { $network ->
       *[alipay] 支付宝付款
        [alipay_plus] Alipay+ 付款
    }
shop-help = 需要帮助？
shop-language = 语言
shop-cancel = 取消订单
shop-cancel-title = 要取消此订单吗？
shop-cancel-body = 购物车中的所有商品将被清空。
shop-cancel-yes = 是，取消订单
shop-cancel-no = 否，继续购物

## Paying: the customer shows the Alipay payment code to the camera

pay-title =
    { $network ->
       *[alipay] 支付宝付款
        [alipay_plus] Alipay+ 付款
    }
pay-amount = 应付金额
pay-instruction =
    { $network ->
       *[alipay] 请打开支付宝，出示付款码
        [alipay_plus] 请打开电子钱包，出示付款码
    }
pay-step-open =
    { $network ->
       *[alipay] 在手机上打开支付宝 App
        [alipay_plus] 打开电子钱包 App（支付宝、AlipayHK、GCash、Kakao Pay…）
    }
pay-step-code =
    { $network ->
       *[alipay] 点击“收付款”，显示付款码
        [alipay_plus] 在 App 中显示付款码
    }
pay-step-hold = 将付款码对准屏幕上的框内
# Label on the guide box over the camera picture.
pay-guide = 付款码对准此处
pay-camera-starting = 正在启动摄像头…
pay-back = 返回购物车

## Processing: the payment is on its way

processing-title = 正在处理付款
processing-amount = 金额
processing-sending = 正在提交付款…
processing-waiting = 如有提示，请在手机上确认
processing-cancelling = 正在取消，请稍候…
processing-keep-open =
    { $network ->
       *[alipay] 完成前请勿关闭手机上的支付宝。
        [alipay_plus] 完成前请勿关闭手机上的电子钱包。
    }
# Under the big countdown number.
processing-seconds =
    { $seconds ->
       *[other] 剩余秒数
    }
processing-cancel = 取消付款

## Done: paid

done-title = 付款成功
done-amount = 实付金额
done-thanks = 感谢您的光临！
done-receipt-printing = 正在打印小票…
done-receipt-printed = 请取走您的小票
done-receipt-failed = 小票打印失败，请向工作人员索取。
done-finish = 完成

## Failed: the payment did not go through — what happened, and what to do

failed-title = 付款未完成
failed-title-unresolved = 无法确认您的付款
failed-not-charged = 本次未扣款。
failed-reason-balance =
    { $network ->
       *[alipay] 支付宝余额或付款额度不足。
        [alipay_plus] 电子钱包余额或付款额度不足。
    }
failed-help-balance =
    { $network ->
       *[alipay] 请在支付宝中更换银行卡或付款方式，再用新付款码重试。
        [alipay_plus] 请在电子钱包中更换银行卡或付款方式，再用新付款码重试。
    }
failed-reason-code-expired = 付款码已过期或已被使用。
failed-help-code-expired =
    { $network ->
       *[alipay] 请在支付宝中刷新付款码后重试。
        [alipay_plus] 请在电子钱包中刷新付款码后重试。
    }
failed-reason-risk =
    { $network ->
       *[alipay] 支付宝未允许此笔付款。
        [alipay_plus] 电子钱包未允许此笔付款。
    }
failed-help-risk = 请换用其他付款方式，或呼叫工作人员协助。
failed-reason-timeout = 付款未能及时确认，已自动取消。
failed-help-timeout = 您可以用新付款码重试。
failed-reason-cancelled = 您已取消付款。
failed-help-cancelled = 您可以用新付款码重试，或取消订单。
failed-reason-unavailable = 无法连接支付服务。
failed-help-unavailable = 请稍后重试，或呼叫工作人员协助。
failed-reason-declined = 付款被拒绝。
failed-help-declined =
    { $network ->
       *[alipay] 请在支付宝中换用其他付款方式，或呼叫工作人员协助。
        [alipay_plus] 请在电子钱包中换用其他付款方式，或呼叫工作人员协助。
    }
failed-reason-unresolved = 暂时无法确认付款是否成功。
failed-help-unresolved = 工作人员会为您核实，请勿重复付款。
failed-retry = 用新付款码重试
failed-staff = 呼叫工作人员
failed-finish = 取消订单
failed-back-to-start = 返回首页

## Closed: staff closed this lane

closed-title = 本收银台暂停服务
closed-body = 请使用其他收银台，谢谢！

## Idle: "still there?" before the session starts over

idle-title = 您还在吗？
idle-body = 如无操作，本机将重新开始，并清空您的商品。
idle-still-here = 我还在

## Notices: short messages after something the kiosk could not do

notice-unknown-item = 未找到该商品，请向工作人员求助。
notice-wallet-wechat-pay =
    { $network ->
       *[alipay] 本机不支持微信支付，请使用支付宝付款。
        [alipay_plus] 本机不支持微信支付，请使用 Alipay+ 钱包付款。
    }
notice-wallet-unionpay =
    { $network ->
       *[alipay] 本机不支持云闪付，请使用支付宝付款。
        [alipay_plus] 本机不支持云闪付，请使用 Alipay+ 钱包付款。
    }
notice-wallet-other =
    { $network ->
       *[alipay] 本机不支持此付款码，请使用支付宝付款。
        [alipay_plus] 本机不支持此付款码，请使用 Alipay+ 钱包付款。
    }
notice-cart-empty = 购物车是空的，请先扫描商品。
notice-quantity-limit = 该商品单次结账数量已达上限。
notice-staff-called = 工作人员马上就到，请稍候。
notice-error = 出错了，请重试或向工作人员求助。

## Common: on several screens

common-alipay =
    { $network ->
       *[alipay] 支付宝
        [alipay_plus] Alipay+
    }
common-larger-text = 放大字体
common-please-wait = 请稍候…
common-resetting = 正在为下一位顾客做准备。
common-returning =
    { $seconds ->
       *[other] { $seconds } 秒后返回首页
    }
# The strip of simulate buttons in demo mode (never on a real kiosk).
common-demo = 模拟（演示）

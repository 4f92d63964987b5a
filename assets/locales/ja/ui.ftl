# ScanPay Kiosk — customer screens (ja).
# お客様向け画面、日本語（キーと順序は en/ui.ftl と同じ）。

# The language's own name, shown in the language picker.
language-name = 日本語

## Attract: the idle screen that invites a passer-by to start

attract-title = セルフレジ
attract-subtitle =
    { $network ->
       *[alipay] アリペイで数秒でお支払い
        [alipay_plus] Alipay+で数秒でお支払い
    }
attract-start = 画面にタッチするか商品をスキャンして開始
attract-languages = 言語を選択
attract-lane-store = { $store }
# Above the Alipay mark: the payment method this kiosk takes.
attract-accepted = ご利用可能
# Next to the Alipay logo on the attract screen.
attract-alipay =
    { $network ->
       *[alipay] アリペイでお支払い
        [alipay_plus] Alipay+でお支払い
    }

## Language picker

language-title = 言語を選択してください
language-back = 戻る

## Shopping: the cart, items without a barcode, the total and Pay

shop-title = ご購入商品
shop-scan-hint = バーコードを1点ずつスキャン
shop-empty-title = カートは空です
shop-empty-hint = 商品のバーコードをスキャンするか、バーコードのない商品を選んでください。
# Heading of the grid of items that have no barcode (fruit, bakery…).
shop-touch-title = バーコードのない商品
# Under an item's name: the price of one. $price is already formatted.
shop-unit-price = 単価 { $price }
# A badge on the line that was just added.
shop-just-added = 追加しました
# Spoken labels of the quantity buttons (screen readers).
shop-decrease = { $name }を1つ減らす
shop-increase = { $name }を1つ増やす
shop-remove = { $name }を削除
shop-quantity = 数量
shop-items =
    { $count ->
       *[other] { $count }点
    }
shop-total = 合計
# Under the total. $tax is already formatted.
shop-tax = うち消費税 { $tax }
shop-pay =
    { $network ->
       *[alipay] アリペイで支払う
        [alipay_plus] Alipay+で支払う
    }
shop-help = お困りですか？
shop-language = 言語
shop-cancel = 会計を中止
shop-cancel-title = 会計を中止しますか？
shop-cancel-body = カート内の商品はすべて削除されます。
shop-cancel-yes = はい、中止します
shop-cancel-no = 買い物を続ける

## Paying: the customer shows the Alipay payment code to the camera

pay-title =
    { $network ->
       *[alipay] アリペイでお支払い
        [alipay_plus] Alipay+でお支払い
    }
pay-amount = お支払い金額
pay-instruction =
    { $network ->
       *[alipay] アリペイを開いて支払いコードを提示してください
        [alipay_plus] 決済アプリを開いて支払いコードを提示してください
    }
pay-step-open =
    { $network ->
       *[alipay] スマートフォンでアリペイのアプリを開く
        [alipay_plus] 決済アプリを開く（アリペイ、AlipayHK、GCash、Kakao Payなど）
    }
pay-step-code =
    { $network ->
       *[alipay] 「支払う」をタップして支払いコードを表示
        [alipay_plus] アプリで支払いコードを表示
    }
pay-step-hold = 画面の枠内にコードをかざす
# Label on the guide box over the camera picture.
pay-guide = ここに支払いコード
pay-camera-starting = カメラを起動しています…
pay-back = カートに戻る

## Processing: the payment is on its way

processing-title = お支払い処理中
processing-amount = 金額
processing-sending = お支払いを送信中…
processing-waiting = 求められたらスマホで確認してください
processing-cancelling = 取り消し中です…
processing-keep-open =
    { $network ->
       *[alipay] 完了するまでアリペイを開いたままにしてください。
        [alipay_plus] 完了するまで決済アプリを開いたままにしてください。
    }
# Under the big countdown number.
processing-seconds =
    { $seconds ->
       *[other] 残り秒数
    }
processing-cancel = 支払いを中止

## Done: paid

done-title = お支払い完了
done-amount = お支払い金額
done-thanks = ご利用ありがとうございました！
done-receipt-printing = レシートを印刷しています…
done-receipt-printed = レシートをお取りください
done-receipt-failed = レシートを印刷できませんでした。係員にお申し付けください。
done-finish = 終了

## Failed: the payment did not go through — what happened, and what to do

failed-title = お支払い未完了
failed-title-unresolved = お支払いを確認できませんでした
failed-not-charged = 料金は請求されていません。
failed-reason-balance =
    { $network ->
       *[alipay] アリペイの残高または利用限度額が不足しています。
        [alipay_plus] 決済アプリの残高または利用限度額が不足しています。
    }
failed-help-balance =
    { $network ->
       *[alipay] アリペイで別のカードか支払い方法を選び、新しいコードでもう一度お試しください。
        [alipay_plus] 決済アプリで別のカードか支払い方法を選び、新しいコードでもう一度お試しください。
    }
failed-reason-code-expired = 支払いコードの有効期限が切れているか、使用済みです。
failed-help-code-expired =
    { $network ->
       *[alipay] アリペイで支払いコードを更新し、もう一度お試しください。
        [alipay_plus] 決済アプリで支払いコードを更新し、もう一度お試しください。
    }
failed-reason-risk =
    { $network ->
       *[alipay] アリペイがこのお支払いを許可しませんでした。
        [alipay_plus] 決済アプリがこのお支払いを許可しませんでした。
    }
failed-help-risk = 別の支払い方法をお試しいただくか、係員をお呼びください。
failed-reason-timeout = 時間内に確認できなかったため、お支払いは取り消されました。
failed-help-timeout = 新しいコードでもう一度お試しいただけます。
failed-reason-cancelled = お支払いを取り消しました。
failed-help-cancelled = 新しいコードでもう一度お試しいただくか、会計を中止してください。
failed-reason-unavailable = 決済サービスに接続できませんでした。
failed-help-unavailable = しばらくしてからお試しいただくか、係員をお呼びください。
failed-reason-declined = お支払いが拒否されました。
failed-help-declined =
    { $network ->
       *[alipay] アリペイで別の支払い方法をお試しいただくか、係員をお呼びください。
        [alipay_plus] 決済アプリで別の支払い方法をお試しいただくか、係員をお呼びください。
    }
failed-reason-unresolved = お支払いが完了したかどうか確認できませんでした。
failed-help-unresolved = 係員が確認いたします。再度お支払いしないでください。
failed-retry = 新しいコードで再試行
failed-staff = 係員を呼ぶ
failed-finish = 会計を中止
failed-back-to-start = 最初に戻る

## Closed: staff closed this lane

closed-title = このレジは休止中です
closed-body = 恐れ入りますが、他のレジをご利用ください。

## Idle: "still there?" before the session starts over

idle-title = ご利用中ですか？
idle-body = 操作がない場合は最初からやり直しとなり、商品はクリアされます。
idle-still-here = 利用を続ける

## Notices: short messages after something the kiosk could not do

notice-unknown-item = この商品が見つかりません。係員にお声がけください。
notice-wallet-wechat-pay =
    { $network ->
       *[alipay] WeChat Payはご利用いただけません。アリペイでお支払いください。
        [alipay_plus] WeChat Payはご利用いただけません。Alipay+対応アプリでお支払いください。
    }
notice-wallet-unionpay =
    { $network ->
       *[alipay] 銀聯はご利用いただけません。アリペイでお支払いください。
        [alipay_plus] 銀聯はご利用いただけません。Alipay+対応アプリでお支払いください。
    }
notice-wallet-other =
    { $network ->
       *[alipay] この支払いコードはご利用いただけません。アリペイでお支払いください。
        [alipay_plus] この支払いコードはご利用いただけません。Alipay+対応アプリでお支払いください。
    }
notice-cart-empty = カートは空です。先に商品をスキャンしてください。
notice-quantity-limit = この商品は1回の会計でこれ以上追加できません。
notice-staff-called = 係員がまもなく参ります。少々お待ちください。
notice-error = エラーが発生しました。もう一度お試しいただくか、係員にお声がけください。

## Common: on several screens

common-alipay =
    { $network ->
       *[alipay] アリペイ
        [alipay_plus] Alipay+
    }
common-larger-text = 文字を大きく
common-please-wait = お待ちください…
common-resetting = 次のお客様のために準備しています。
common-returning =
    { $seconds ->
       *[other] { $seconds }秒後に最初に戻ります
    }
# The strip of simulate buttons in demo mode (never on a real kiosk).
common-demo = 模擬操作（デモ）

# ScanPay Kiosk — customer screens (ko).
# 고객 화면, 한국어 (키와 순서는 en/ui.ftl과 같음).

# The language's own name, shown in the language picker.
language-name = 한국어

## Attract: the idle screen that invites a passer-by to start

attract-title = 스캔하고 직접 결제하세요
attract-subtitle =
    { $network ->
       *[alipay] Alipay로 몇 초 만에 결제
        [alipay_plus] Alipay+로 몇 초 만에 결제
    }
attract-start = 화면을 터치하거나 상품을 스캔하여 시작하세요
attract-languages = 언어 선택
attract-lane-store = { $store }
# Above the Alipay mark: the payment method this kiosk takes.
attract-accepted = 결제 가능
# Next to the Alipay logo on the attract screen.
attract-alipay =
    { $network ->
       *[alipay] Alipay로 결제
        [alipay_plus] Alipay+로 결제
    }

## Language picker

language-title = 언어를 선택하세요
language-back = 뒤로

## Shopping: the cart, items without a barcode, the total and Pay

shop-title = 구매 상품
shop-scan-hint = 상품 바코드를 하나씩 스캔하세요
shop-empty-title = 장바구니가 비어 있습니다
shop-empty-hint = 상품 바코드를 스캔하거나 바코드 없는 상품을 선택하세요.
# Heading of the grid of items that have no barcode (fruit, bakery…).
shop-touch-title = 바코드 없는 상품
# Under an item's name: the price of one. $price is already formatted.
shop-unit-price = 개당 { $price }
# A badge on the line that was just added.
shop-just-added = 추가됨
# Spoken labels of the quantity buttons (screen readers).
shop-decrease = { $name } 1개 빼기
shop-increase = { $name } 1개 더하기
shop-remove = { $name } 삭제
shop-quantity = 수량
shop-items =
    { $count ->
       *[other] 상품 { $count }개
    }
shop-total = 합계
# Under the total. $tax is already formatted.
shop-tax = 부가세 { $tax } 포함
shop-pay =
    { $network ->
       *[alipay] Alipay로 결제
        [alipay_plus] Alipay+로 결제
    }
shop-help = 도움 요청
shop-language = 언어
shop-cancel = 주문 취소
shop-cancel-title = 이 주문을 취소할까요?
shop-cancel-body = 장바구니의 모든 상품이 삭제됩니다.
shop-cancel-yes = 네, 주문 취소
shop-cancel-no = 아니요, 계속 쇼핑

## Paying: the customer shows the Alipay payment code to the camera

pay-title =
    { $network ->
       *[alipay] Alipay로 결제
        [alipay_plus] Alipay+로 결제
    }
pay-amount = 결제 금액
pay-instruction =
    { $network ->
       *[alipay] Alipay를 열고 결제 코드를 보여 주세요
        [alipay_plus] 결제 앱을 열고 결제 코드를 보여 주세요
    }
pay-step-open =
    { $network ->
       *[alipay] 휴대폰에서 Alipay 앱을 여세요
        [alipay_plus] 결제 앱을 여세요 (Alipay, AlipayHK, GCash, Kakao Pay 등)
    }
pay-step-code =
    { $network ->
       *[alipay] “결제”를 눌러 결제 코드를 띄우세요
        [alipay_plus] 앱에서 결제 코드를 띄우세요
    }
pay-step-hold = 화면의 테두리 안에 코드를 맞추세요
# Label on the guide box over the camera picture.
pay-guide = 여기에 결제 코드
pay-camera-starting = 카메라를 켜는 중…
pay-back = 장바구니로 가기

## Processing: the payment is on its way

processing-title = 결제 처리 중
processing-amount = 금액
processing-sending = 결제 요청 중…
processing-waiting = 요청이 있으면 휴대폰에서 확인하세요
processing-cancelling = 취소 중… 잠시 기다려 주세요
processing-keep-open =
    { $network ->
       *[alipay] 완료될 때까지 휴대폰에서 Alipay를 닫지 마세요.
        [alipay_plus] 완료될 때까지 휴대폰에서 결제 앱을 닫지 마세요.
    }
# Under the big countdown number.
processing-seconds =
    { $seconds ->
       *[other] 초 남음
    }
processing-cancel = 결제 취소

## Done: paid

done-title = 결제 완료
done-amount = 결제 금액
done-thanks = 이용해 주셔서 감사합니다!
done-receipt-printing = 영수증 출력 중…
done-receipt-printed = 영수증을 가져가세요
done-receipt-failed = 영수증을 출력하지 못했습니다. 직원에게 요청해 주세요.
done-finish = 완료

## Failed: the payment did not go through — what happened, and what to do

failed-title = 결제가 완료되지 않았습니다
failed-title-unresolved = 결제를 확인할 수 없습니다
failed-not-charged = 요금이 청구되지 않았습니다.
failed-reason-balance =
    { $network ->
       *[alipay] Alipay 잔액 또는 결제 한도가 부족합니다.
        [alipay_plus] 결제 앱의 잔액 또는 결제 한도가 부족합니다.
    }
failed-help-balance =
    { $network ->
       *[alipay] Alipay에서 다른 카드나 결제 수단을 선택한 뒤 새 코드로 다시 시도하세요.
        [alipay_plus] 결제 앱에서 다른 카드나 결제 수단을 선택한 뒤 새 코드로 다시 시도하세요.
    }
failed-reason-code-expired = 결제 코드가 만료되었거나 이미 사용되었습니다.
failed-help-code-expired =
    { $network ->
       *[alipay] Alipay에서 결제 코드를 새로 고친 뒤 다시 시도하세요.
        [alipay_plus] 결제 앱에서 결제 코드를 새로 고친 뒤 다시 시도하세요.
    }
failed-reason-risk =
    { $network ->
       *[alipay] Alipay에서 이 결제를 허용하지 않았습니다.
        [alipay_plus] 결제 앱에서 이 결제를 허용하지 않았습니다.
    }
failed-help-risk = 다른 결제 수단을 이용하거나 직원을 불러 주세요.
failed-reason-timeout = 시간 내에 결제가 확인되지 않아 취소되었습니다.
failed-help-timeout = 새 코드로 다시 시도할 수 있습니다.
failed-reason-cancelled = 결제를 취소하셨습니다.
failed-help-cancelled = 새 코드로 다시 시도하거나 주문을 취소할 수 있습니다.
failed-reason-unavailable = 결제 서비스에 연결할 수 없습니다.
failed-help-unavailable = 잠시 후 다시 시도하거나 직원을 불러 주세요.
failed-reason-declined = 결제가 거절되었습니다.
failed-help-declined =
    { $network ->
       *[alipay] Alipay에서 다른 결제 수단을 이용하거나 직원을 불러 주세요.
        [alipay_plus] 결제 앱에서 다른 결제 수단을 이용하거나 직원을 불러 주세요.
    }
failed-reason-unresolved = 결제가 완료되었는지 확인할 수 없습니다.
failed-help-unresolved = 직원이 확인해 드립니다. 다시 결제하지 마세요.
failed-retry = 새 코드로 다시 시도
failed-staff = 직원 호출
failed-finish = 주문 취소
failed-back-to-start = 처음으로

## Closed: staff closed this lane

closed-title = 이 계산대는 운영하지 않습니다
closed-body = 다른 계산대를 이용해 주세요. 감사합니다!

## Idle: "still there?" before the session starts over

idle-title = 계속 이용하시나요?
idle-body = 조작이 없으면 처음부터 다시 시작되며 상품이 모두 삭제됩니다.
idle-still-here = 계속 이용하기

## Notices: short messages after something the kiosk could not do

notice-unknown-item = 상품을 찾을 수 없습니다. 직원에게 문의하세요.
notice-wallet-wechat-pay =
    { $network ->
       *[alipay] WeChat Pay는 사용할 수 없습니다. Alipay로 결제해 주세요.
        [alipay_plus] WeChat Pay는 사용할 수 없습니다. Alipay+ 지원 앱으로 결제해 주세요.
    }
notice-wallet-unionpay =
    { $network ->
       *[alipay] UnionPay는 사용할 수 없습니다. Alipay로 결제해 주세요.
        [alipay_plus] UnionPay는 사용할 수 없습니다. Alipay+ 지원 앱으로 결제해 주세요.
    }
notice-wallet-other =
    { $network ->
       *[alipay] 이 결제 코드는 사용할 수 없습니다. Alipay로 결제해 주세요.
        [alipay_plus] 이 결제 코드는 사용할 수 없습니다. Alipay+ 지원 앱으로 결제해 주세요.
    }
notice-cart-empty = 장바구니가 비어 있습니다. 먼저 상품을 스캔하세요.
notice-quantity-limit = 이 상품은 한 번에 더 이상 추가할 수 없습니다.
notice-staff-called = 직원이 곧 도와드리겠습니다. 잠시만 기다려 주세요.
notice-error = 문제가 발생했습니다. 다시 시도하거나 직원에게 문의하세요.

## Common: on several screens

common-alipay =
    { $network ->
       *[alipay] Alipay
        [alipay_plus] Alipay+
    }
common-larger-text = 큰 글씨
common-please-wait = 잠시 기다려 주세요…
common-resetting = 다음 고객을 위해 준비 중입니다.
common-returning =
    { $seconds ->
       *[other] { $seconds }초 후 처음으로 돌아갑니다
    }
# The strip of simulate buttons in demo mode (never on a real kiosk).
common-demo = 시뮬레이션(데모)

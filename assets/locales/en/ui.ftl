# ScanPay Kiosk — customer screens, English (the reference catalog: every
# other locale must define exactly these keys).
#
# Keys are grouped by screen: attract-, language-, shop-, pay-, processing-,
# done-, failed-, closed-, idle-, notice-, common-. Text is read from about
# 1 m away by a customer standing at the kiosk: short, plain sentences.
# { $name } placeables are filled in by the kiosk; keep them as they are.
#
# Messages that name the payment method select on $network, the payment codes
# this kiosk takes: *[alipay] is Alipay only (mainland China, the default);
# [alipay_plus] is any Alipay+ wallet through Antom (Alipay, AlipayHK, GCash,
# Kakao Pay, Touch 'n Go, TrueMoney, DANA…), so it speaks of "your e-wallet".
# Brand names stay in Latin script: Alipay+, AlipayHK, GCash, Kakao Pay (written
# with a no-break space, U+00A0, so that it never breaks over two lines).

# The language's own name, shown in the language picker.
language-name = English

## Attract: the idle screen that invites a passer-by to start

attract-title = Scan & pay yourself
attract-subtitle =
    { $network ->
       *[alipay] Pay with Alipay in seconds
        [alipay_plus] Pay with Alipay+ in seconds
    }
attract-start = Touch the screen or scan an item to start
attract-languages = Choose your language
attract-lane-store = { $store }
# Above the Alipay mark: the payment method this kiosk takes.
attract-accepted = Accepted here
# Next to the Alipay logo on the attract screen.
attract-alipay =
    { $network ->
       *[alipay] Pay with Alipay
        [alipay_plus] Pay with Alipay+
    }

## Language picker

language-title = Choose your language
language-back = Back

## Shopping: the cart, items without a barcode, the total and Pay

shop-title = Your items
shop-scan-hint = Scan each item's barcode
shop-empty-title = Your cart is empty
shop-empty-hint = Scan an item's barcode, or choose an item without a barcode.
# Heading of the grid of items that have no barcode (fruit, bakery…).
shop-touch-title = Items without a barcode
# Under an item's name: the price of one. $price is already formatted.
shop-unit-price = { $price } each
# A badge on the line that was just added.
shop-just-added = Added
# Spoken labels of the quantity buttons (screen readers).
shop-decrease = One less { $name }
shop-increase = One more { $name }
shop-remove = Remove { $name }
shop-quantity = Quantity
shop-items =
    { $count ->
        [one] { $count } item
       *[other] { $count } items
    }
shop-total = Total
# Under the total. $tax is already formatted.
shop-tax = Including tax { $tax }
shop-pay =
    { $network ->
       *[alipay] Pay with Alipay
        [alipay_plus] Pay with Alipay+
    }
shop-help = Need help?
shop-language = Language
shop-cancel = Cancel order
shop-cancel-title = Cancel this order?
shop-cancel-body = All items will be removed from your cart.
shop-cancel-yes = Yes, cancel order
shop-cancel-no = No, keep shopping

## Paying: the customer shows the Alipay payment code to the camera

pay-title =
    { $network ->
       *[alipay] Pay with Alipay
        [alipay_plus] Pay with Alipay+
    }
pay-amount = Amount to pay
pay-instruction =
    { $network ->
       *[alipay] Open Alipay and show your payment code
        [alipay_plus] Open your e-wallet app and show your payment code
    }
pay-step-open =
    { $network ->
       *[alipay] Open the Alipay app on your phone
        [alipay_plus] Open your e-wallet app (Alipay, AlipayHK, GCash, Kakao Pay…)
    }
pay-step-code =
    { $network ->
       *[alipay] Tap “Pay” to show your payment code
        [alipay_plus] Show your payment code in the app
    }
pay-step-hold = Hold the code inside the frame on the screen
# Label on the guide box over the camera picture.
pay-guide = Payment code here
pay-camera-starting = Starting the camera…
pay-back = Back to cart

## Processing: the payment is on its way

processing-title = Processing your payment
processing-amount = Amount
processing-sending = Sending your payment…
processing-waiting = Confirm on your phone if asked
processing-cancelling = Cancelling, please wait…
processing-keep-open =
    { $network ->
       *[alipay] Keep Alipay open on your phone until this is done.
        [alipay_plus] Keep your e-wallet app open until this is done.
    }
# Under the big countdown number.
processing-seconds =
    { $seconds ->
        [one] second left
       *[other] seconds left
    }
processing-cancel = Cancel payment

## Done: paid

done-title = Payment successful
done-amount = Amount paid
done-thanks = Thank you for shopping with us!
done-receipt-printing = Printing your receipt…
done-receipt-printed = Please take your receipt
done-receipt-failed = Your receipt could not be printed. Please ask staff for a copy.
done-finish = Done

## Failed: the payment did not go through — what happened, and what to do

failed-title = Payment not completed
failed-title-unresolved = We could not confirm your payment
failed-not-charged = You have not been charged.
failed-reason-balance =
    { $network ->
       *[alipay] Your Alipay balance or spending limit was not enough.
        [alipay_plus] Your e-wallet balance or spending limit was not enough.
    }
failed-help-balance =
    { $network ->
       *[alipay] Choose another card or payment method in Alipay, then try again with a fresh code.
        [alipay_plus] Choose another card or payment method in your e-wallet, then try again with a fresh code.
    }
failed-reason-code-expired = Your payment code had expired or was already used.
failed-help-code-expired =
    { $network ->
       *[alipay] Refresh the payment code in Alipay and try again.
        [alipay_plus] Refresh the payment code in your e-wallet and try again.
    }
failed-reason-risk =
    { $network ->
       *[alipay] Alipay did not allow this payment.
        [alipay_plus] Your e-wallet did not allow this payment.
    }
failed-help-risk = Please try another payment method, or call staff for help.
failed-reason-timeout = The payment was not confirmed in time, so it was cancelled.
failed-help-timeout = You can try again with a fresh code.
failed-reason-cancelled = You cancelled the payment.
failed-help-cancelled = You can try again with a fresh code, or cancel your order.
failed-reason-unavailable = The payment service could not be reached.
failed-help-unavailable = Please try again in a moment, or call staff for help.
failed-reason-declined = The payment was declined.
failed-help-declined =
    { $network ->
       *[alipay] Please try another payment method in Alipay, or call staff for help.
        [alipay_plus] Please try another payment method in your e-wallet, or call staff for help.
    }
failed-reason-unresolved = We could not find out whether your payment went through.
failed-help-unresolved = A staff member will check it for you. Please do not pay again.
failed-retry = Try again with a fresh code
failed-staff = Call staff
failed-finish = Cancel order
failed-back-to-start = Back to start

## Closed: staff closed this lane

closed-title = This checkout is closed
closed-body = Please use another checkout. Thank you!

## Idle: "still there?" before the session starts over

idle-title = Are you still there?
idle-body = If you do nothing, this checkout will start over and your items will be cleared.
idle-still-here = I'm still here

## Notices: short messages after something the kiosk could not do

notice-unknown-item = This item was not found. Please ask staff for help.
notice-wallet-wechat-pay =
    { $network ->
       *[alipay] WeChat Pay is not accepted here. Please pay with Alipay.
        [alipay_plus] WeChat Pay is not accepted here. Please pay with an Alipay+ wallet.
    }
notice-wallet-unionpay =
    { $network ->
       *[alipay] UnionPay is not accepted here. Please pay with Alipay.
        [alipay_plus] UnionPay is not accepted here. Please pay with an Alipay+ wallet.
    }
notice-wallet-other =
    { $network ->
       *[alipay] This payment code is not accepted here. Please pay with Alipay.
        [alipay_plus] This payment code is not accepted here. Please pay with an Alipay+ wallet.
    }
notice-cart-empty = Your cart is empty. Please scan an item first.
notice-quantity-limit = You cannot add more of this item in one checkout.
notice-staff-called = Help is on the way. A staff member will be with you shortly.
notice-error = Something went wrong. Please try again or ask staff for help.

## Common: on several screens

common-alipay =
    { $network ->
       *[alipay] Alipay
        [alipay_plus] Alipay+
    }
common-larger-text = Larger text
common-please-wait = Please wait…
common-resetting = Getting the checkout ready for the next customer.
common-returning =
    { $seconds ->
        [one] Back to the start in { $seconds } second
       *[other] Back to the start in { $seconds } seconds
    }
# The strip of simulate buttons in demo mode (never on a real kiosk).
common-demo = Simulate (demo)

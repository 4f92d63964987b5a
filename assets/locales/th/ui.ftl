# ScanPay Kiosk — customer screens (th).
# หน้าจอสำหรับลูกค้า ภาษาไทย (คีย์และลำดับเหมือน en/ui.ftl)

# The language's own name, shown in the language picker.
language-name = ไทย

## Attract: the idle screen that invites a passer-by to start

attract-title = สแกนและชำระเงินด้วยตัวเอง
attract-subtitle =
    { $network ->
       *[alipay] ชำระด้วย Alipay ในไม่กี่วินาที
        [alipay_plus] ชำระด้วย Alipay+ ในไม่กี่วินาที
    }
attract-start = แตะหน้าจอหรือสแกนสินค้าเพื่อเริ่ม
attract-languages = เลือกภาษา
attract-lane-store = { $store }
# Above the Alipay mark: the payment method this kiosk takes.
attract-accepted = รับชำระที่นี่
# Next to the Alipay logo on the attract screen.
attract-alipay =
    { $network ->
       *[alipay] ชำระด้วย Alipay
        [alipay_plus] ชำระด้วย Alipay+
    }

## Language picker

language-title = เลือกภาษาของคุณ
language-back = ย้อนกลับ

## Shopping: the cart, items without a barcode, the total and Pay

shop-title = สินค้าของคุณ
shop-scan-hint = สแกนบาร์โค้ดสินค้าทีละชิ้น
shop-empty-title = ตะกร้าของคุณว่างอยู่
shop-empty-hint = สแกนบาร์โค้ดสินค้า หรือเลือกสินค้าที่ไม่มีบาร์โค้ด
# Heading of the grid of items that have no barcode (fruit, bakery…).
shop-touch-title = สินค้าที่ไม่มีบาร์โค้ด
# Under an item's name: the price of one. $price is already formatted.
shop-unit-price = ชิ้นละ { $price }
# A badge on the line that was just added.
shop-just-added = เพิ่มแล้ว
# Spoken labels of the quantity buttons (screen readers).
shop-decrease = ลด { $name } 1 ชิ้น
shop-increase = เพิ่ม { $name } 1 ชิ้น
shop-remove = ลบ { $name }
shop-quantity = จำนวน
shop-items =
    { $count ->
       *[other] { $count } ชิ้น
    }
shop-total = ยอดรวม
# Under the total. $tax is already formatted.
shop-tax = รวมภาษี { $tax }
shop-pay =
    { $network ->
       *[alipay] ชำระด้วย Alipay
        [alipay_plus] ชำระด้วย Alipay+
    }
shop-help = ขอความช่วยเหลือ
shop-language = ภาษา
shop-cancel = ยกเลิกคำสั่งซื้อ
shop-cancel-title = ยกเลิกคำสั่งซื้อนี้ไหม?
shop-cancel-body = สินค้าทั้งหมดจะถูกนำออกจากตะกร้า
shop-cancel-yes = ใช่ ยกเลิกคำสั่งซื้อ
shop-cancel-no = ไม่ ซื้อต่อ

## Paying: the customer shows the Alipay payment code to the camera

pay-title =
    { $network ->
       *[alipay] ชำระด้วย Alipay
        [alipay_plus] ชำระด้วย Alipay+
    }
pay-amount = ยอดที่ต้องชำระ
pay-instruction =
    { $network ->
       *[alipay] เปิด Alipay แล้วแสดงโค้ดชำระเงิน
        [alipay_plus] เปิดแอปวอลเล็ตแล้วแสดงโค้ดชำระเงิน
    }
pay-step-open =
    { $network ->
       *[alipay] เปิดแอป Alipay บนโทรศัพท์
        [alipay_plus] เปิดแอปวอลเล็ต เช่น Alipay, AlipayHK, GCash, Kakao Pay
    }
pay-step-code =
    { $network ->
       *[alipay] แตะ “ชำระเงิน” เพื่อแสดงโค้ดชำระเงิน
        [alipay_plus] แสดงโค้ดชำระเงินในแอป
    }
pay-step-hold = ถือโค้ดให้อยู่ในกรอบบนหน้าจอ
# Label on the guide box over the camera picture.
pay-guide = วางโค้ดชำระเงินที่นี่
pay-camera-starting = กำลังเปิดกล้อง…
pay-back = กลับไปที่ตะกร้า

## Processing: the payment is on its way

processing-title = กำลังดำเนินการชำระเงิน
processing-amount = ยอดเงิน
processing-sending = กำลังส่งการชำระเงิน…
processing-waiting = ยืนยันบนโทรศัพท์หากระบบขอ
processing-cancelling = กำลังยกเลิก โปรดรอสักครู่…
processing-keep-open =
    { $network ->
       *[alipay] โปรดเปิด Alipay บนโทรศัพท์ไว้จนกว่าจะเสร็จสิ้น
        [alipay_plus] โปรดเปิดแอปวอลเล็ตบนโทรศัพท์ไว้จนกว่าจะเสร็จสิ้น
    }
# Under the big countdown number.
processing-seconds =
    { $seconds ->
       *[other] วินาทีที่เหลือ
    }
processing-cancel = ยกเลิกการชำระเงิน

## Done: paid

done-title = ชำระเงินสำเร็จ
done-amount = ยอดที่ชำระ
done-thanks = ขอบคุณที่ใช้บริการ!
done-receipt-printing = กำลังพิมพ์ใบเสร็จ…
done-receipt-printed = กรุณารับใบเสร็จ
done-receipt-failed = พิมพ์ใบเสร็จไม่ได้ โปรดขอสำเนาจากพนักงาน
done-finish = เสร็จสิ้น

## Failed: the payment did not go through — what happened, and what to do

failed-title = การชำระเงินไม่สำเร็จ
failed-title-unresolved = ยืนยันการชำระเงินของคุณไม่ได้
failed-not-charged = คุณยังไม่ถูกเรียกเก็บเงิน
failed-reason-balance =
    { $network ->
       *[alipay] ยอดเงินหรือวงเงินใน Alipay ของคุณไม่เพียงพอ
        [alipay_plus] ยอดเงินหรือวงเงินในแอปวอลเล็ตของคุณไม่เพียงพอ
    }
failed-help-balance =
    { $network ->
       *[alipay] เลือกบัตรหรือวิธีชำระเงินอื่นใน Alipay แล้วลองใหม่ด้วยโค้ดใหม่
        [alipay_plus] เลือกบัตรหรือวิธีชำระเงินอื่นในแอปวอลเล็ต แล้วลองใหม่ด้วยโค้ดใหม่
    }
failed-reason-code-expired = โค้ดชำระเงินหมดอายุหรือถูกใช้ไปแล้ว
failed-help-code-expired =
    { $network ->
       *[alipay] รีเฟรชโค้ดชำระเงินใน Alipay แล้วลองอีกครั้ง
        [alipay_plus] รีเฟรชโค้ดชำระเงินในแอปวอลเล็ต แล้วลองอีกครั้ง
    }
failed-reason-risk =
    { $network ->
       *[alipay] Alipay ไม่อนุญาตการชำระเงินนี้
        [alipay_plus] แอปวอลเล็ตไม่อนุญาตการชำระเงินนี้
    }
failed-help-risk = โปรดลองวิธีชำระเงินอื่น หรือเรียกพนักงานให้ช่วย
failed-reason-timeout = การชำระเงินไม่ได้รับการยืนยันทันเวลา จึงถูกยกเลิก
failed-help-timeout = คุณลองใหม่ด้วยโค้ดใหม่ได้
failed-reason-cancelled = คุณยกเลิกการชำระเงินแล้ว
failed-help-cancelled = คุณลองใหม่ด้วยโค้ดใหม่ หรือยกเลิกคำสั่งซื้อได้
failed-reason-unavailable = เชื่อมต่อบริการชำระเงินไม่ได้
failed-help-unavailable = โปรดลองอีกครั้งในอีกสักครู่ หรือเรียกพนักงานให้ช่วย
failed-reason-declined = การชำระเงินถูกปฏิเสธ
failed-help-declined =
    { $network ->
       *[alipay] โปรดลองวิธีชำระเงินอื่นใน Alipay หรือเรียกพนักงานให้ช่วย
        [alipay_plus] โปรดลองวิธีชำระเงินอื่นในแอปวอลเล็ต หรือเรียกพนักงานให้ช่วย
    }
failed-reason-unresolved = เราไม่ทราบว่าการชำระเงินของคุณสำเร็จหรือไม่
failed-help-unresolved = พนักงานจะตรวจสอบให้ โปรดอย่าชำระเงินซ้ำ
failed-retry = ลองใหม่ด้วยโค้ดใหม่
failed-staff = เรียกพนักงาน
failed-finish = ยกเลิกคำสั่งซื้อ
failed-back-to-start = กลับหน้าแรก

## Closed: staff closed this lane

closed-title = จุดชำระเงินนี้ปิดให้บริการ
closed-body = โปรดใช้จุดชำระเงินอื่น ขอบคุณ!

## Idle: "still there?" before the session starts over

idle-title = คุณยังอยู่ไหม?
idle-body = หากไม่มีการใช้งาน ระบบจะเริ่มใหม่และล้างรายการสินค้าของคุณ
idle-still-here = ยังอยู่

## Notices: short messages after something the kiosk could not do

notice-unknown-item = ไม่พบสินค้านี้ โปรดติดต่อพนักงาน
notice-wallet-wechat-pay =
    { $network ->
       *[alipay] ที่นี่ไม่รับ WeChat Pay โปรดชำระด้วย Alipay
        [alipay_plus] ที่นี่ไม่รับ WeChat Pay โปรดชำระด้วยวอลเล็ตที่รองรับ Alipay+
    }
notice-wallet-unionpay =
    { $network ->
       *[alipay] ที่นี่ไม่รับ UnionPay โปรดชำระด้วย Alipay
        [alipay_plus] ที่นี่ไม่รับ UnionPay โปรดชำระด้วยวอลเล็ตที่รองรับ Alipay+
    }
notice-wallet-other =
    { $network ->
       *[alipay] ที่นี่ไม่รับโค้ดชำระเงินนี้ โปรดชำระด้วย Alipay
        [alipay_plus] ที่นี่ไม่รับโค้ดชำระเงินนี้ โปรดชำระด้วยวอลเล็ตที่รองรับ Alipay+
    }
notice-cart-empty = ตะกร้าของคุณว่างอยู่ โปรดสแกนสินค้าก่อน
notice-quantity-limit = เพิ่มสินค้านี้อีกไม่ได้ในการชำระเงินครั้งนี้
notice-staff-called = พนักงานกำลังมา โปรดรอสักครู่
notice-error = เกิดข้อผิดพลาด โปรดลองอีกครั้งหรือติดต่อพนักงาน

## Common: on several screens

common-alipay =
    { $network ->
       *[alipay] Alipay
        [alipay_plus] Alipay+
    }
common-larger-text = ตัวอักษรใหญ่
common-please-wait = โปรดรอสักครู่…
common-resetting = กำลังเตรียมเครื่องสำหรับลูกค้าคนถัดไป
common-returning =
    { $seconds ->
       *[other] กลับหน้าแรกใน { $seconds } วินาที
    }
# The strip of simulate buttons in demo mode (never on a real kiosk).
common-demo = จำลอง (เดโม)

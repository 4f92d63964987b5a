# ScanPay Kiosk — maintenance mode for store staff (th).
# Keys and their order as in en/staff.ftl; comments there explain each one.

## Header, tabs and what every page shares

staff-title = โหมดบำรุงรักษา
staff-store-terminal = { $store } · เครื่อง { $terminal }
# Under the signed-in staff member's name: the session ends after this long without a touch.
staff-session-left = ออกอัตโนมัติใน { $time }
staff-exit = ออกจากโหมดบำรุงรักษา
staff-tab-overview = ภาพรวม
staff-tab-journal = รายการขาย
staff-tab-reconcile = กระทบยอด
staff-tab-printer = เครื่องพิมพ์
staff-tab-camera = กล้อง
staff-tab-config = การตั้งค่า
staff-tab-logs = บันทึกระบบ
staff-tab-audit = บันทึกการตรวจสอบ
# The error banner's heading; $code is the backend's error code.
staff-error = ข้อผิดพลาด: { $code }
staff-dismiss = ปิด
staff-refresh = รีเฟรช
staff-loading = กำลังโหลด…
staff-cancel = ยกเลิก
staff-back = ย้อนกลับ
staff-done = เสร็จสิ้น
staff-continue = ถัดไป
staff-show = แสดง
staff-search = ค้นหา
staff-any = ทั้งหมด
staff-on = เปิด
staff-off = ปิด
staff-version = เวอร์ชัน { $version }

## On-screen keypad (spoken labels of the keys without a digit)

staff-key-back = ลบอักขระสุดท้าย
staff-key-clear = ล้าง
staff-key-dot = จุดทศนิยม
staff-key-letters = ตัวอักษร
staff-key-digits = ตัวเลข

## PIN pad

staff-pin-title = เข้าสู่ระบบพนักงาน
staff-pin-prompt = ใส่รหัส PIN
# Instead of the prompt when a staff badge QR opened the pad: its holder's name.
staff-pin-badge = { $name } ใส่รหัส PIN
staff-pin-ok = เข้าสู่ระบบ
staff-pin-wrong = PIN ไม่ถูกต้อง ลองได้อีก: { $left }
staff-pin-locked = ล็อกการเข้าสู่ระบบ ลองใหม่ใน { $time }
staff-pin-waiting = มีการชำระเงินอยู่ จะเข้าสู่ระบบเมื่อชำระเสร็จ…
staff-pin-failed = ตรวจสอบ PIN ไม่ได้ (ข้อผิดพลาด { $code })

## Overview: lane, status, devices, alarms, quitting

staff-lane-title = ช่องชำระเงิน
staff-lane-open = เปิด
staff-lane-closed = ปิด
staff-lane-open-hint = ลูกค้าชำระเงินที่นี่ได้
staff-lane-closed-hint = ลูกค้าจะเห็น “ช่องชำระเงินนี้ปิดอยู่”
staff-lane-close = ปิดช่อง
staff-lane-reopen = เปิดช่อง
# Confirmations after the lane was switched.
staff-lane-opened = เปิดช่องแล้ว
staff-lane-closed-now = ปิดช่องแล้ว
staff-status-title = ขณะนี้
staff-payment-running = มีการชำระเงินอยู่
staff-payment-idle = ไม่มีการชำระเงินค้างอยู่
staff-sounds-on = เปิดเสียง
staff-sounds-off = ปิดเสียงอยู่
staff-devices-title = อุปกรณ์
# The configuration row when no bundle was ever applied (built-in settings).
staff-config-builtin = ค่าเริ่มต้น
staff-alarms-title = การแจ้งเตือน
staff-alarms-none = ไม่มีการแจ้งเตือน
staff-alarm-help = ลูกค้าขอความช่วยเหลือ
staff-alarm-receipt-failed = พิมพ์ใบเสร็จไม่สำเร็จ
staff-alarm-unresolved = ไม่ทราบผลการชำระเงิน
staff-alarm-printer = เครื่องพิมพ์มีปัญหา
staff-alarm-config = ยังไม่ได้ใช้การตั้งค่า
staff-quit = ปิดแอป
staff-quit-hint = การปิดแอปจะปิดซอฟต์แวร์ตู้ ช่องชำระเงินจะใช้ไม่ได้จนกว่าจะเปิดใหม่
staff-quit-title = ปิดแอปตู้ชำระเงินหรือไม่
staff-quit-body = ช่องชำระเงินจะหยุดทำงานจนกว่าจะเปิดแอปใหม่
staff-quit-yes = ปิดแอป
staff-quitting = กำลังปิดแอป…

## Transactions: filters, list

staff-filter-date = วันที่
staff-filter-status = สถานะ
staff-filter-amount = ยอดเงิน
staff-filter-trade = เลขที่รายการ
staff-filter-clear = ล้างตัวกรอง
staff-date-today = วันนี้
staff-date-yesterday = เมื่อวาน
staff-date-week = 7 วันล่าสุด
staff-date-month = 30 วันล่าสุด
staff-date-any = ทุกวัน
staff-date-range = { $from } – { $to }
staff-date-from = ตั้งแต่
staff-date-to = ถึง
staff-day-earlier = ก่อนหน้าหนึ่งวัน
staff-day-later = ถัดไปหนึ่งวัน
staff-status-all = ทั้งหมด
staff-state-pending = รอดำเนินการ
staff-state-paid = ชำระแล้ว
staff-state-declined = ถูกปฏิเสธ
staff-state-cancelled = ยกเลิกแล้ว
staff-state-cancel-owed = รอยกเลิก
staff-state-flagged = ต้องตรวจสอบ
staff-amount-min = อย่างน้อย
staff-amount-max = ไม่เกิน
staff-amount-range = { $min } – { $max }
staff-amount-from = ตั้งแต่ { $min }
staff-amount-up-to = ไม่เกิน { $max }
staff-amount-order = ยอดต่ำสุดมากกว่ายอดสูงสุด
staff-trade-hint = พิมพ์บางส่วนของเลขที่รายการ หรือสแกนโค้ดบนใบเสร็จ
staff-trade-count = รายการ: { $count }
staff-trades-none = ไม่มีรายการที่ตรงกับตัวกรอง
staff-refunded = คืนเงินแล้ว { $amount }
staff-receipt-owed = ยังไม่ได้พิมพ์ใบเสร็จ
staff-receipt-printed = พิมพ์แล้ว

## Transaction detail

staff-back-to-list = รายการทั้งหมด
staff-detail-created = เวลา
staff-detail-refunded = คืนเงินแล้ว
staff-detail-gateway-no = เลขที่รายการ Alipay
staff-detail-language = ภาษา
staff-detail-receipt = ใบเสร็จ
staff-detail-flag = เหตุผลที่ต้องตรวจสอบ:
staff-items = สินค้า
# One line of the items list: 2 × ¥3.50
staff-item-line = { $quantity } × { $price }
staff-events = การติดต่อกับเกตเวย์
staff-refunds = การคืนเงิน
staff-refunds-none = ไม่มีการคืนเงิน
staff-refund-state-pending = รอดำเนินการ
staff-refund-state-succeeded = สำเร็จ
staff-refund-state-failed = ไม่สำเร็จ
staff-reprint = พิมพ์ใบเสร็จซ้ำ
staff-reprint-sent = กำลังพิมพ์ใบเสร็จ
staff-refund = คืนเงิน
staff-resolve = ดำเนินการตอนนี้
# After "Resolve now": where the trade stands; $state is a status name.
staff-resolved = สถานะตอนนี้: { $state }

## Refund

staff-refund-title = คืนเงิน
staff-refund-amount = ยอดที่จะคืน
staff-refund-refundable = คืนได้: { $amount }
staff-refund-full = เต็มจำนวน
staff-refund-too-much = เกินยอดที่คืนได้
staff-refund-zero = ใส่ยอดเงิน
staff-refund-reason = เหตุผล
staff-reason-returned = คืนสินค้า
staff-reason-price = ราคาผิด
staff-reason-other = อื่น ๆ
# The Continue button while no reason is chosen.
staff-refund-pick-reason = เลือกเหตุผล
staff-refund-confirm-title = ยืนยันการคืนเงิน
staff-refund-confirm-body = เงินจะคืนเข้าบัญชี Alipay ของผู้ซื้อ ยกเลิกภายหลังไม่ได้
staff-refund-yes = คืนเงิน { $amount }
staff-refund-sending = กำลังส่งการคืนเงินไปยัง Alipay…
staff-refund-succeeded = คืนเงินสำเร็จ
staff-refund-pending = การคืนเงินรอดำเนินการ
staff-refund-pending-hint = Alipay ยังไม่ยืนยัน ตู้จะตรวจสอบต่อไป โปรดดูรายการนี้ภายหลัง
staff-refund-failed = คืนเงินไม่สำเร็จ

## Reconcile

staff-reconcile-run = กระทบยอด
staff-reconcile-hint = เปรียบเทียบรายการขายของวันที่เลือกกับใบแจ้งยอด Alipay ของวันเดียวกัน
staff-reconcile-running = กำลังดาวน์โหลดใบแจ้งยอด Alipay…
staff-rec-bill-payments = การชำระในใบแจ้งยอด
staff-rec-bill-refunds = การคืนเงินในใบแจ้งยอด
staff-rec-journal = รายการในบันทึก
staff-rec-matched = ตรงกัน
staff-rec-differences = ไม่ตรงกัน
staff-rec-none = ไม่มีความต่าง: บันทึกตรงกับใบแจ้งยอด
staff-diff-missing-from-journal = ไม่มีในบันทึก
staff-diff-missing-from-bill = ไม่มีในใบแจ้งยอด
staff-diff-amount-mismatch = ยอดไม่ตรงกัน
staff-diff-status-mismatch = สถานะไม่ตรงกัน
staff-col-kind = ความต่าง
staff-col-trade = รายการ
staff-col-detail = รายละเอียด

## Printer

staff-printer-ready = พร้อม
staff-printer-paper-out = กระดาษหมด
staff-printer-paper-low = กระดาษใกล้หมด
staff-printer-cover-open = ฝาเปิดอยู่
staff-printer-offline = ออฟไลน์
staff-printer-unknown = ไม่ทราบสถานะ
staff-printer-none = ไม่ได้ตั้งค่าเครื่องพิมพ์
staff-printer-paper-width = ความกว้างกระดาษ
staff-printer-width-mm = { $mm } มม.
staff-printer-target = การเชื่อมต่อ
staff-test-print = พิมพ์หน้าทดสอบ
staff-test-print-hint = หน้าทดสอบแสดงรูปแบบใบเสร็จ และตรวจกระดาษกับใบมีดตัด
staff-test-print-sent = ส่งหน้าทดสอบไปยังเครื่องพิมพ์แล้ว

## Camera

staff-camera-feed = ภาพจากกล้อง
staff-camera-health = สถานะ
staff-camera-streaming = กำลังส่งภาพ
staff-camera-reconnecting = กำลังเชื่อมต่อใหม่
staff-camera-stopped = หยุดแล้ว
staff-camera-starting = กำลังเริ่ม
staff-camera-fps = อัตราเฟรม
staff-camera-fps-value = { $fps } fps
staff-camera-frames = จำนวนเฟรม
staff-camera-source = แหล่งภาพ
staff-camera-fault = ปัญหาล่าสุด
staff-camera-devices = กล้อง
staff-camera-none = ไม่พบกล้อง
staff-camera-picked = เปลี่ยนไปใช้ { $name } แล้ว
staff-camera-waiting = กำลังรอภาพ…
staff-camera-decoded-none = ถือโค้ดไว้หน้ากล้อง
staff-code-alipay = Alipay
staff-code-other-wallet = กระเป๋าเงินอื่น
staff-code-item = สินค้า
staff-code-unknown = ไม่ทราบ

## Configuration

staff-config-fleet = อัปเดตจากส่วนกลาง
staff-config-fleet-version = ชุดค่าส่วนกลาง
staff-config-kiosk-version = ชุดค่าของเครื่อง
staff-config-none = ไม่มี
staff-config-catalog = แหล่งรายการสินค้า
staff-config-rejected = ชุดค่าที่ถูกปฏิเสธล่าสุด
staff-config-rejected-none = ไม่มีชุดค่าที่ถูกปฏิเสธ
staff-config-rejected-version = ชุดค่า
staff-config-rejected-at = ปฏิเสธเมื่อ
staff-config-reason = เหตุผล

## Logs and audit log

staff-logs-title = บันทึกล่าสุด
staff-lines = จำนวนบรรทัด: { $count }
staff-logs-empty = ไม่มีบันทึก
staff-audit-title = การดำเนินการทั้งหมดของพนักงาน
staff-col-when = เวลา
staff-col-staff = พนักงาน
staff-col-action = การดำเนินการ
staff-col-result = ผลลัพธ์
staff-result-ok = สำเร็จ
staff-audit-empty = ยังไม่มีรายการ

# ScanPay Kiosk — customer screens (th).

language-name = ไทย

attract-title = สแกนและชำระเงินด้วยตัวเอง
attract-subtitle = ชำระด้วยอาลีเพย์ในไม่กี่วินาที
attract-start = แตะหน้าจอหรือสแกนสินค้าเพื่อเริ่ม
attract-languages = เลือกภาษา
attract-lane-store = { $store }

language-title = เลือกภาษาของคุณ
language-back = ย้อนกลับ

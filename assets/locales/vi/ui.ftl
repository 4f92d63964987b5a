# ScanPay Kiosk — customer screens (vi).
# Màn hình khách hàng, tiếng Việt (khóa và thứ tự như en/ui.ftl).

# The language's own name, shown in the language picker.
language-name = Tiếng Việt

## Attract: the idle screen that invites a passer-by to start

attract-title = Tự quét và thanh toán
attract-subtitle =
    { $network ->
       *[alipay] Thanh toán bằng Alipay trong vài giây
        [alipay_plus] Thanh toán bằng Alipay+ trong vài giây
    }
attract-start = Chạm vào màn hình hoặc quét sản phẩm để bắt đầu
attract-languages = Chọn ngôn ngữ
attract-lane-store = { $store }
# Above the Alipay mark: the payment method this kiosk takes.
attract-accepted = Chấp nhận tại đây
# Next to the Alipay logo on the attract screen.
attract-alipay =
    { $network ->
       *[alipay] Thanh toán Alipay
        [alipay_plus] Thanh toán Alipay+
    }

## Language picker

language-title = Chọn ngôn ngữ của bạn
language-back = Quay lại

## Shopping: the cart, items without a barcode, the total and Pay

shop-title = Sản phẩm của bạn
shop-scan-hint = Quét mã vạch từng sản phẩm
shop-empty-title = Giỏ hàng đang trống
shop-empty-hint = Quét mã vạch sản phẩm, hoặc chọn sản phẩm không có mã vạch.
# Heading of the grid of items that have no barcode (fruit, bakery…).
shop-touch-title = Sản phẩm không có mã vạch
# Under an item's name: the price of one. $price is already formatted.
shop-unit-price = Đơn giá { $price }
# A badge on the line that was just added.
shop-just-added = Đã thêm
# Spoken labels of the quantity buttons (screen readers).
shop-decrease = Bớt một { $name }
shop-increase = Thêm một { $name }
shop-remove = Xóa { $name }
shop-quantity = Số lượng
shop-items =
    { $count ->
       *[other] { $count } sản phẩm
    }
shop-total = Tổng cộng
# Under the total. $tax is already formatted.
shop-tax = Đã gồm thuế { $tax }
shop-pay =
    { $network ->
       *[alipay] Thanh toán Alipay
        [alipay_plus] Thanh toán Alipay+
    }
shop-help = Cần trợ giúp?
shop-language = Ngôn ngữ
shop-cancel = Hủy đơn hàng
shop-cancel-title = Hủy đơn hàng này?
shop-cancel-body = Tất cả sản phẩm sẽ bị xóa khỏi giỏ hàng.
shop-cancel-yes = Có, hủy đơn hàng
shop-cancel-no = Không, mua tiếp

## Paying: the customer shows the Alipay payment code to the camera

pay-title =
    { $network ->
       *[alipay] Thanh toán Alipay
        [alipay_plus] Thanh toán Alipay+
    }
pay-amount = Số tiền cần trả
pay-instruction =
    { $network ->
       *[alipay] Mở Alipay và xuất trình mã thanh toán
        [alipay_plus] Mở ví điện tử và xuất trình mã thanh toán
    }
pay-step-open =
    { $network ->
       *[alipay] Mở ứng dụng Alipay trên điện thoại
        [alipay_plus] Mở ứng dụng ví điện tử (Alipay, AlipayHK, GCash, Kakao Pay…)
    }
pay-step-code =
    { $network ->
       *[alipay] Chạm “Thanh toán” để hiện mã thanh toán
        [alipay_plus] Hiện mã thanh toán trong ứng dụng
    }
pay-step-hold = Giữ mã nằm trong khung trên màn hình
# Label on the guide box over the camera picture.
pay-guide = Đặt mã vào đây
pay-camera-starting = Đang bật camera…
pay-back = Về giỏ hàng

## Processing: the payment is on its way

processing-title = Đang xử lý thanh toán
processing-amount = Số tiền
processing-sending = Đang gửi thanh toán…
processing-waiting = Xác nhận trên điện thoại nếu được yêu cầu
processing-cancelling = Đang hủy, vui lòng chờ…
processing-keep-open =
    { $network ->
       *[alipay] Giữ Alipay mở trên điện thoại cho đến khi hoàn tất.
        [alipay_plus] Giữ ví điện tử mở trên điện thoại cho đến khi hoàn tất.
    }
# Under the big countdown number.
processing-seconds =
    { $seconds ->
       *[other] giây còn lại
    }
processing-cancel = Hủy thanh toán

## Done: paid

done-title = Thanh toán thành công
done-amount = Số tiền đã trả
done-thanks = Cảm ơn quý khách đã mua sắm!
done-receipt-printing = Đang in hóa đơn…
done-receipt-printed = Vui lòng nhận hóa đơn
done-receipt-failed = Không in được hóa đơn. Vui lòng xin nhân viên một bản.
done-finish = Xong

## Failed: the payment did not go through — what happened, and what to do

failed-title = Thanh toán chưa hoàn tất
failed-title-unresolved = Chưa xác nhận được thanh toán
failed-not-charged = Bạn chưa bị trừ tiền.
failed-reason-balance =
    { $network ->
       *[alipay] Số dư hoặc hạn mức chi tiêu Alipay của bạn không đủ.
        [alipay_plus] Số dư hoặc hạn mức chi tiêu trong ví điện tử của bạn không đủ.
    }
failed-help-balance =
    { $network ->
       *[alipay] Chọn thẻ hoặc phương thức khác trong Alipay, rồi thử lại với mã mới.
        [alipay_plus] Chọn thẻ hoặc phương thức khác trong ví điện tử, rồi thử lại với mã mới.
    }
failed-reason-code-expired = Mã thanh toán đã hết hạn hoặc đã được dùng.
failed-help-code-expired =
    { $network ->
       *[alipay] Làm mới mã thanh toán trong Alipay rồi thử lại.
        [alipay_plus] Làm mới mã thanh toán trong ví điện tử rồi thử lại.
    }
failed-reason-risk =
    { $network ->
       *[alipay] Alipay không cho phép giao dịch này.
        [alipay_plus] Ví điện tử không cho phép giao dịch này.
    }
failed-help-risk = Vui lòng thử phương thức khác, hoặc gọi nhân viên hỗ trợ.
failed-reason-timeout = Thanh toán không được xác nhận kịp thời nên đã bị hủy.
failed-help-timeout = Bạn có thể thử lại với mã mới.
failed-reason-cancelled = Bạn đã hủy thanh toán.
failed-help-cancelled = Bạn có thể thử lại với mã mới, hoặc hủy đơn hàng.
failed-reason-unavailable = Không kết nối được dịch vụ thanh toán.
failed-help-unavailable = Vui lòng thử lại sau giây lát, hoặc gọi nhân viên hỗ trợ.
failed-reason-declined = Thanh toán bị từ chối.
failed-help-declined =
    { $network ->
       *[alipay] Vui lòng thử phương thức khác trong Alipay, hoặc gọi nhân viên hỗ trợ.
        [alipay_plus] Vui lòng thử phương thức khác trong ví điện tử, hoặc gọi nhân viên hỗ trợ.
    }
failed-reason-unresolved = Chúng tôi chưa biết thanh toán của bạn có thành công không.
failed-help-unresolved = Nhân viên sẽ kiểm tra giúp bạn. Vui lòng không thanh toán lại.
failed-retry = Thử lại với mã mới
failed-staff = Gọi nhân viên
failed-finish = Hủy đơn hàng
failed-back-to-start = Về màn hình đầu

## Closed: staff closed this lane

closed-title = Quầy này đã đóng
closed-body = Vui lòng dùng quầy khác. Xin cảm ơn!

## Idle: "still there?" before the session starts over

idle-title = Bạn vẫn đang ở đây chứ?
idle-body = Nếu không thao tác, quầy sẽ bắt đầu lại và giỏ hàng sẽ bị xóa.
idle-still-here = Tôi vẫn ở đây

## Notices: short messages after something the kiosk could not do

notice-unknown-item = Không tìm thấy sản phẩm này. Vui lòng nhờ nhân viên hỗ trợ.
notice-wallet-wechat-pay =
    { $network ->
       *[alipay] Không nhận WeChat Pay tại đây. Vui lòng thanh toán bằng Alipay.
        [alipay_plus] Không nhận WeChat Pay tại đây. Vui lòng thanh toán bằng ví hỗ trợ Alipay+.
    }
notice-wallet-unionpay =
    { $network ->
       *[alipay] Không nhận UnionPay tại đây. Vui lòng thanh toán bằng Alipay.
        [alipay_plus] Không nhận UnionPay tại đây. Vui lòng thanh toán bằng ví hỗ trợ Alipay+.
    }
notice-wallet-other =
    { $network ->
       *[alipay] Không nhận mã thanh toán này tại đây. Vui lòng thanh toán bằng Alipay.
        [alipay_plus] Không nhận mã thanh toán này tại đây. Vui lòng thanh toán bằng ví hỗ trợ Alipay+.
    }
notice-cart-empty = Giỏ hàng đang trống. Vui lòng quét sản phẩm trước.
notice-quantity-limit = Không thể thêm sản phẩm này nữa trong một lần thanh toán.
notice-staff-called = Nhân viên đang đến. Vui lòng chờ trong giây lát.
notice-error = Đã xảy ra lỗi. Vui lòng thử lại hoặc nhờ nhân viên hỗ trợ.

## Common: on several screens

common-alipay =
    { $network ->
       *[alipay] Alipay
        [alipay_plus] Alipay+
    }
common-larger-text = Chữ lớn hơn
common-please-wait = Vui lòng chờ…
common-resetting = Đang chuẩn bị quầy cho khách tiếp theo.
common-returning =
    { $seconds ->
       *[other] Về màn hình đầu sau { $seconds } giây
    }
# The strip of simulate buttons in demo mode (never on a real kiosk).
common-demo = Mô phỏng (demo)

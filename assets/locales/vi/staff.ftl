# ScanPay Kiosk — maintenance mode for store staff (vi).
# Keys and their order as in en/staff.ftl; comments there explain each one.

## Header, tabs and what every page shares

staff-title = Bảo trì
staff-store-terminal = { $store } · Máy { $terminal }
# Under the signed-in staff member's name: the session ends after this long without a touch.
staff-session-left = Tự thoát sau { $time }
staff-exit = Thoát bảo trì
staff-tab-overview = Tổng quan
staff-tab-journal = Giao dịch
staff-tab-reconcile = Đối soát
staff-tab-printer = Máy in
staff-tab-camera = Camera
staff-tab-config = Cấu hình
staff-tab-logs = Nhật ký
staff-tab-audit = Nhật ký kiểm tra
# The error banner's heading; $code is the backend's error code.
staff-error = Lỗi: { $code }
staff-dismiss = Đóng
staff-refresh = Làm mới
staff-loading = Đang tải…
staff-cancel = Hủy
staff-back = Quay lại
staff-done = Xong
staff-continue = Tiếp tục
staff-show = Hiển thị
staff-search = Tìm
staff-any = Tất cả
staff-on = Bật
staff-off = Tắt
staff-version = Phiên bản { $version }

## On-screen keypad (spoken labels of the keys without a digit)

staff-key-back = Xóa ký tự cuối
staff-key-clear = Xóa hết
staff-key-dot = Dấu thập phân
staff-key-letters = Chữ cái
staff-key-digits = Chữ số

## PIN pad

staff-pin-title = Nhân viên đăng nhập
staff-pin-prompt = Nhập mã PIN
# Instead of the prompt when a staff badge QR opened the pad: its holder's name.
staff-pin-badge = { $name }, nhập mã PIN
staff-pin-ok = Đăng nhập
staff-pin-wrong = Sai mã PIN. Còn lại: { $left } lần
staff-pin-locked = Đăng nhập bị khóa. Thử lại sau { $time }
staff-pin-waiting = Đang có thanh toán. Sẽ đăng nhập khi thanh toán xong…
staff-pin-failed = Không kiểm tra được mã PIN (lỗi { $code }).

## Overview: lane, status, devices, alarms, quitting

staff-lane-title = Quầy thanh toán
staff-lane-open = Mở
staff-lane-closed = Đóng
staff-lane-open-hint = Khách có thể thanh toán tại đây.
staff-lane-closed-hint = Khách thấy “Quầy này đã đóng”.
staff-lane-close = Đóng quầy
staff-lane-reopen = Mở quầy
# Confirmations after the lane was switched.
staff-lane-opened = Quầy đã mở.
staff-lane-closed-now = Quầy đã đóng.
staff-status-title = Hiện tại
staff-payment-running = Đang có thanh toán
staff-payment-idle = Không có thanh toán nào
staff-sounds-on = Âm thanh bật
staff-sounds-off = Đã tắt tiếng
staff-devices-title = Thiết bị
# The configuration row when no bundle was ever applied (built-in settings).
staff-config-builtin = Mặc định
staff-alarms-title = Cảnh báo
staff-alarms-none = Không có cảnh báo.
staff-alarm-help = Khách cần trợ giúp
staff-alarm-receipt-failed = Không in được hóa đơn
staff-alarm-unresolved = Chưa rõ kết quả thanh toán
staff-alarm-printer = Sự cố máy in
staff-alarm-config = Cấu hình chưa được áp dụng
staff-quit = Thoát ứng dụng
staff-quit-hint = Thoát sẽ đóng phần mềm ki-ốt; quầy không dùng được cho đến khi khởi động lại.
staff-quit-title = Thoát ứng dụng ki-ốt?
staff-quit-body = Quầy sẽ ngừng hoạt động cho đến khi ứng dụng được khởi động lại.
staff-quit-yes = Thoát
staff-quitting = Đang đóng ứng dụng…

## Transactions: filters, list

staff-filter-date = Ngày
staff-filter-status = Trạng thái
staff-filter-amount = Số tiền
staff-filter-trade = Mã giao dịch
staff-filter-clear = Xóa bộ lọc
staff-date-today = Hôm nay
staff-date-yesterday = Hôm qua
staff-date-week = 7 ngày qua
staff-date-month = 30 ngày qua
staff-date-any = Mọi ngày
staff-date-range = { $from } – { $to }
staff-date-from = Từ
staff-date-to = Đến
staff-day-earlier = Lùi một ngày
staff-day-later = Tới một ngày
staff-status-all = Tất cả
staff-state-pending = Đang xử lý
staff-state-paid = Đã thanh toán
staff-state-declined = Bị từ chối
staff-state-cancelled = Đã hủy
staff-state-cancel-owed = Chờ hủy
staff-state-flagged = Cần xem
staff-amount-min = Tối thiểu
staff-amount-max = Tối đa
staff-amount-range = { $min } – { $max }
staff-amount-from = Từ { $min }
staff-amount-up-to = Đến { $max }
staff-amount-order = Số tối thiểu lớn hơn số tối đa.
staff-trade-hint = Nhập một phần mã giao dịch, hoặc quét mã trên hóa đơn.
staff-trade-count = Giao dịch: { $count }
staff-trades-none = Không có giao dịch phù hợp với bộ lọc.
staff-refunded = Đã hoàn { $amount }
staff-receipt-owed = Chưa in hóa đơn
staff-receipt-printed = Đã in

## Transaction detail

staff-back-to-list = Tất cả giao dịch
staff-detail-created = Thời gian
staff-detail-refunded = Đã hoàn
staff-detail-gateway-no = Mã giao dịch Alipay
staff-detail-language = Ngôn ngữ
staff-detail-receipt = Hóa đơn
staff-detail-flag = Lý do cần xem:
staff-items = Hàng hóa
# One line of the items list: 2 × ¥3.50
staff-item-line = { $quantity } × { $price }
staff-events = Trao đổi với cổng thanh toán
staff-refunds = Hoàn tiền
staff-refunds-none = Chưa hoàn tiền.
staff-refund-state-pending = Đang xử lý
staff-refund-state-succeeded = Thành công
staff-refund-state-failed = Thất bại
staff-reprint = In lại hóa đơn
staff-reprint-sent = Đang in hóa đơn.
staff-refund = Hoàn tiền
staff-resolve = Xử lý ngay
# After "Resolve now": where the trade stands; $state is a status name.
staff-resolved = Trạng thái hiện tại: { $state }

## Refund

staff-refund-title = Hoàn tiền
staff-refund-amount = Số tiền hoàn
staff-refund-refundable = Có thể hoàn: { $amount }
staff-refund-full = Toàn bộ
staff-refund-too-much = Vượt quá số có thể hoàn.
staff-refund-zero = Nhập số tiền.
staff-refund-reason = Lý do
staff-reason-returned = Trả hàng
staff-reason-price = Sai giá
staff-reason-other = Khác
# The Continue button while no reason is chosen.
staff-refund-pick-reason = Chọn lý do
staff-refund-confirm-title = Xác nhận hoàn tiền
staff-refund-confirm-body = Tiền sẽ về tài khoản Alipay của người mua. Không thể hoàn tác.
staff-refund-yes = Hoàn { $amount }
staff-refund-sending = Đang gửi yêu cầu hoàn tiền tới Alipay…
staff-refund-succeeded = Hoàn tiền thành công
staff-refund-pending = Hoàn tiền đang xử lý
staff-refund-pending-hint = Alipay chưa xác nhận. Ki-ốt sẽ tiếp tục kiểm tra; hãy xem lại giao dịch sau.
staff-refund-failed = Hoàn tiền thất bại

## Reconcile

staff-reconcile-run = Đối soát
staff-reconcile-hint = So sánh giao dịch của ngày đã chọn với sao kê Alipay cùng ngày.
staff-reconcile-running = Đang tải sao kê Alipay…
staff-rec-bill-payments = Thanh toán trong sao kê
staff-rec-bill-refunds = Hoàn tiền trong sao kê
staff-rec-journal = Giao dịch trong sổ
staff-rec-matched = Khớp
staff-rec-differences = Chênh lệch
staff-rec-none = Không có chênh lệch: sổ khớp với sao kê.
staff-diff-missing-from-journal = Không có trong sổ
staff-diff-missing-from-bill = Không có trong sao kê
staff-diff-amount-mismatch = Số tiền khác nhau
staff-diff-status-mismatch = Trạng thái khác nhau
staff-col-kind = Chênh lệch
staff-col-trade = Giao dịch
staff-col-detail = Chi tiết

## Printer

staff-printer-ready = Sẵn sàng
staff-printer-paper-out = Hết giấy
staff-printer-paper-low = Sắp hết giấy
staff-printer-cover-open = Nắp đang mở
staff-printer-offline = Ngoại tuyến
staff-printer-unknown = Không rõ trạng thái
staff-printer-none = Chưa cấu hình máy in
staff-printer-paper-width = Khổ giấy
staff-printer-width-mm = { $mm } mm
staff-printer-target = Kết nối
staff-test-print = In trang thử
staff-test-print-hint = Trang thử hiển thị bố cục hóa đơn và kiểm tra giấy cùng dao cắt.
staff-test-print-sent = Đã gửi trang thử tới máy in.

## Camera

staff-camera-feed = Hình ảnh camera
staff-camera-health = Trạng thái
staff-camera-streaming = Đang truyền
staff-camera-reconnecting = Đang kết nối lại
staff-camera-stopped = Đã dừng
staff-camera-starting = Đang khởi động
staff-camera-fps = Tốc độ khung hình
staff-camera-fps-value = { $fps } khung/giây
staff-camera-frames = Số khung hình
staff-camera-source = Nguồn
staff-camera-fault = Lỗi gần nhất
staff-camera-devices = Camera
staff-camera-none = Không tìm thấy camera.
staff-camera-picked = Đã chuyển sang { $name }.
staff-camera-waiting = Đang chờ hình ảnh…
staff-camera-decoded-none = Đưa mã trước camera.
staff-code-alipay = Alipay
staff-code-other-wallet = Ví khác
staff-code-item = Hàng hóa
staff-code-unknown = Không rõ

## Configuration

staff-config-fleet = Cập nhật từ xa
staff-config-fleet-version = Gói cấu hình chung
staff-config-kiosk-version = Gói cấu hình máy
staff-config-none = Không có
staff-config-catalog = Nguồn danh mục hàng
staff-config-rejected = Gói bị từ chối gần nhất
staff-config-rejected-none = Chưa có gói nào bị từ chối.
staff-config-rejected-version = Gói
staff-config-rejected-at = Từ chối lúc
staff-config-reason = Lý do

## Logs and audit log

staff-logs-title = Nhật ký mới nhất
staff-lines = Số dòng: { $count }
staff-logs-empty = Nhật ký trống.
staff-audit-title = Mọi thao tác của nhân viên
staff-col-when = Thời gian
staff-col-staff = Nhân viên
staff-col-action = Thao tác
staff-col-result = Kết quả
staff-result-ok = Thành công
staff-audit-empty = Chưa có mục nào.

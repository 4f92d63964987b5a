# ScanPay Kiosk — customer screens (vi).

language-name = Tiếng Việt

attract-title = Tự quét và thanh toán
attract-subtitle = Thanh toán bằng Alipay trong vài giây
attract-start = Chạm vào màn hình hoặc quét sản phẩm để bắt đầu
attract-languages = Chọn ngôn ngữ
attract-lane-store = { $store }

language-title = Chọn ngôn ngữ của bạn
language-back = Quay lại

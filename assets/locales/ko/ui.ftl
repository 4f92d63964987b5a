# ScanPay Kiosk — customer screens (ko).

language-name = 한국어

attract-title = 스캔하고 직접 결제하세요
attract-subtitle = 알리페이로 몇 초 만에 결제
attract-start = 화면을 터치하거나 상품을 스캔하여 시작하세요
attract-languages = 언어 선택
attract-lane-store = { $store }

language-title = 언어를 선택하세요
language-back = 뒤로

# ScanPay Kiosk — printed receipts (ko).

receipt-title = 영수증
receipt-date = 일시
receipt-terminal = 단말기
receipt-subtotal = 소계
receipt-discount = 할인
receipt-tax-included = 부가세 포함
receipt-tax = 세금
receipt-total = 합계
receipt-payment-method = 결제 수단
receipt-method-alipay = 알리페이
receipt-trade-no = 알리페이 거래 번호
receipt-payment-id = 결제 ID
receipt-order-no = 주문 번호
receipt-buyer = 구매자 계정
receipt-qr-caption = 거래 번호를 보려면 스캔하세요
receipt-thanks = 이용해 주셔서 감사합니다!
receipt-test-title = 프린터 테스트
receipt-test-body = 이 글이 보이면 프린터가 정상입니다.

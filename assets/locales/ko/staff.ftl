# ScanPay Kiosk — maintenance mode for store staff (ko).
# Keys and their order as in en/staff.ftl; comments there explain each one.

## Header, tabs and what every page shares

staff-title = 유지보수
staff-store-terminal = { $store } · 단말기 { $terminal }
# Under the signed-in staff member's name: the session ends after this long without a touch.
staff-session-left = { $time } 후 자동 종료
staff-exit = 유지보수 종료
staff-tab-overview = 개요
staff-tab-journal = 거래 내역
staff-tab-reconcile = 대사
staff-tab-printer = 프린터
staff-tab-camera = 카메라
staff-tab-config = 설정
staff-tab-logs = 로그
staff-tab-audit = 감사 로그
# The error banner's heading; $code is the backend's error code.
staff-error = 오류: { $code }
staff-dismiss = 닫기
staff-refresh = 새로 고침
staff-loading = 불러오는 중…
staff-cancel = 취소
staff-back = 뒤로
staff-done = 완료
staff-continue = 계속
staff-show = 보기
staff-search = 검색
staff-any = 전체
staff-on = 켜짐
staff-off = 꺼짐
staff-version = 버전 { $version }

## On-screen keypad (spoken labels of the keys without a digit)

staff-key-back = 마지막 글자 삭제
staff-key-clear = 지우기
staff-key-dot = 소수점
staff-key-letters = 영문
staff-key-digits = 숫자

## PIN pad

staff-pin-title = 직원 로그인
staff-pin-prompt = PIN을 입력하세요
# Instead of the prompt when a staff badge QR opened the pad: its holder's name.
staff-pin-badge = { $name }님, PIN을 입력하세요
staff-pin-ok = 로그인
staff-pin-wrong = PIN이 틀렸습니다. 남은 횟수: { $left }
staff-pin-locked = 로그인이 잠겼습니다. { $time } 후 다시 시도하세요
staff-pin-waiting = 결제가 진행 중입니다. 결제가 끝나면 로그인합니다…
staff-pin-failed = PIN을 확인할 수 없습니다(오류 { $code }).

## Overview: lane, status, devices, alarms, quitting

staff-lane-title = 계산대
staff-lane-open = 운영 중
staff-lane-closed = 닫힘
staff-lane-open-hint = 고객이 이 계산대에서 결제할 수 있습니다.
staff-lane-closed-hint = 고객에게 “이 계산대는 운영하지 않습니다”가 표시됩니다.
staff-lane-close = 계산대 닫기
staff-lane-reopen = 계산대 열기
# Confirmations after the lane was switched.
staff-lane-opened = 계산대를 열었습니다.
staff-lane-closed-now = 계산대를 닫았습니다.
staff-status-title = 현재
staff-payment-running = 결제 진행 중
staff-payment-idle = 진행 중인 결제 없음
staff-sounds-on = 소리 켜짐
staff-sounds-off = 소리 꺼짐
staff-devices-title = 장치
# The configuration row when no bundle was ever applied (built-in settings).
staff-config-builtin = 기본값
staff-alarms-title = 알림
staff-alarms-none = 알림이 없습니다.
staff-alarm-help = 고객이 도움을 요청함
staff-alarm-receipt-failed = 영수증 인쇄 실패
staff-alarm-unresolved = 결제 결과 불명
staff-alarm-printer = 프린터 문제
staff-alarm-config = 설정이 적용되지 않음
staff-quit = 앱 종료
staff-quit-hint = 종료하면 키오스크 소프트웨어가 닫히며, 다시 시작할 때까지 계산대를 사용할 수 없습니다.
staff-quit-title = 키오스크 앱을 종료할까요?
staff-quit-body = 앱을 다시 시작할 때까지 계산대가 멈춥니다.
staff-quit-yes = 종료
staff-quitting = 앱을 닫는 중…

## Transactions: filters, list

staff-filter-date = 날짜
staff-filter-status = 상태
staff-filter-amount = 금액
staff-filter-trade = 거래 번호
staff-filter-clear = 필터 지우기
staff-date-today = 오늘
staff-date-yesterday = 어제
staff-date-week = 최근 7일
staff-date-month = 최근 30일
staff-date-any = 전체 기간
staff-date-range = { $from } – { $to }
staff-date-from = 시작
staff-date-to = 종료
staff-day-earlier = 하루 전
staff-day-later = 하루 후
staff-status-all = 전체
staff-state-pending = 처리 중
staff-state-paid = 결제 완료
staff-state-declined = 거절됨
staff-state-cancelled = 취소됨
staff-state-cancel-owed = 취소 대기
staff-state-flagged = 확인 필요
staff-amount-min = 최소
staff-amount-max = 최대
staff-amount-range = { $min } – { $max }
staff-amount-from = { $min } 이상
staff-amount-up-to = { $max } 이하
staff-amount-order = 최소 금액이 최대 금액보다 큽니다.
staff-trade-hint = 거래 번호의 일부를 입력하거나 영수증의 코드를 스캔하세요.
staff-trade-count = 거래: { $count }
staff-trades-none = 조건에 맞는 거래가 없습니다.
staff-refunded = { $amount } 환불됨
staff-receipt-owed = 영수증 미인쇄
staff-receipt-printed = 인쇄됨

## Transaction detail

staff-back-to-list = 전체 거래
staff-detail-created = 시간
staff-detail-refunded = 환불액
staff-detail-gateway-no = Alipay 거래 번호
staff-detail-language = 언어
staff-detail-receipt = 영수증
staff-detail-flag = 확인 필요 사유:
staff-items = 상품
# One line of the items list: 2 × ¥3.50
staff-item-line = { $quantity } × { $price }
staff-events = 게이트웨이 통신 내역
staff-refunds = 환불
staff-refunds-none = 환불 내역이 없습니다.
staff-refund-state-pending = 처리 중
staff-refund-state-succeeded = 성공
staff-refund-state-failed = 실패
staff-reprint = 영수증 재인쇄
staff-reprint-sent = 영수증을 인쇄하고 있습니다.
staff-refund = 환불
staff-resolve = 지금 처리
# After "Resolve now": where the trade stands; $state is a status name.
staff-resolved = 현재 상태: { $state }

## Refund

staff-refund-title = 환불
staff-refund-amount = 환불 금액
staff-refund-refundable = 환불 가능: { $amount }
staff-refund-full = 전액
staff-refund-too-much = 환불 가능 금액을 넘었습니다.
staff-refund-zero = 금액을 입력하세요.
staff-refund-reason = 사유
staff-reason-returned = 상품 반품
staff-reason-price = 가격 오류
staff-reason-other = 기타
# The Continue button while no reason is chosen.
staff-refund-pick-reason = 사유를 선택하세요
staff-refund-confirm-title = 환불 확인
staff-refund-confirm-body = 구매자의 Alipay 계정으로 환불됩니다. 되돌릴 수 없습니다.
staff-refund-yes = { $amount } 환불
staff-refund-sending = Alipay에 환불을 보내는 중…
staff-refund-succeeded = 환불 완료
staff-refund-pending = 환불 처리 중
staff-refund-pending-hint = Alipay가 아직 확인하지 않았습니다. 키오스크가 계속 확인하니 나중에 거래를 확인하세요.
staff-refund-failed = 환불 실패

## Reconcile

staff-reconcile-run = 대사 실행
staff-reconcile-hint = 선택한 날의 거래 기록을 같은 날의 Alipay 정산 내역과 비교합니다.
staff-reconcile-running = Alipay 정산 내역을 내려받는 중…
staff-rec-bill-payments = 정산 내역의 결제
staff-rec-bill-refunds = 정산 내역의 환불
staff-rec-journal = 기록의 거래
staff-rec-matched = 일치
staff-rec-differences = 차이
staff-rec-none = 차이가 없습니다. 기록과 정산 내역이 일치합니다.
staff-diff-missing-from-journal = 기록에 없음
staff-diff-missing-from-bill = 정산 내역에 없음
staff-diff-amount-mismatch = 금액 불일치
staff-diff-status-mismatch = 상태 불일치
staff-col-kind = 차이
staff-col-trade = 거래
staff-col-detail = 상세

## Printer

staff-printer-ready = 준비됨
staff-printer-paper-out = 용지 없음
staff-printer-paper-low = 용지 부족
staff-printer-cover-open = 덮개 열림
staff-printer-offline = 오프라인
staff-printer-unknown = 상태 알 수 없음
staff-printer-none = 프린터 미설정
staff-printer-paper-width = 용지 폭
staff-printer-width-mm = { $mm }mm
staff-printer-target = 연결
staff-test-print = 테스트 페이지 인쇄
staff-test-print-hint = 테스트 페이지로 영수증 레이아웃과 용지, 커터를 확인합니다.
staff-test-print-sent = 테스트 페이지를 프린터로 보냈습니다.

## Camera

staff-camera-feed = 카메라 영상
staff-camera-health = 상태
staff-camera-streaming = 수신 중
staff-camera-reconnecting = 다시 연결 중
staff-camera-stopped = 중지됨
staff-camera-starting = 시작 중
staff-camera-fps = 프레임 속도
staff-camera-fps-value = { $fps } fps
staff-camera-frames = 프레임 수
staff-camera-source = 소스
staff-camera-fault = 마지막 오류
staff-camera-devices = 카메라
staff-camera-none = 카메라를 찾을 수 없습니다.
staff-camera-picked = { $name }(으)로 전환했습니다.
staff-camera-waiting = 영상을 기다리는 중…
staff-camera-decoded-none = 카메라 앞에 코드를 대세요.
staff-code-alipay = Alipay
staff-code-other-wallet = 다른 결제 수단
staff-code-item = 상품
staff-code-unknown = 알 수 없음

## Configuration

staff-config-fleet = 원격 설정
staff-config-fleet-version = 전체 설정 번들
staff-config-kiosk-version = 단말기 설정 번들
staff-config-none = 없음
staff-config-catalog = 상품 목록 출처
staff-config-rejected = 마지막으로 거부된 번들
staff-config-rejected-none = 거부된 번들이 없습니다.
staff-config-rejected-version = 번들
staff-config-rejected-at = 거부 시각
staff-config-reason = 사유

## Logs and audit log

staff-logs-title = 최신 로그
staff-lines = 줄 수: { $count }
staff-logs-empty = 로그가 비어 있습니다.
staff-audit-title = 모든 직원 작업
staff-col-when = 시간
staff-col-staff = 직원
staff-col-action = 작업
staff-col-result = 결과
staff-result-ok = 성공
staff-audit-empty = 아직 기록이 없습니다.

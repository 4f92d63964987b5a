# ScanPay Kiosk — maintenance mode for store staff (zh-Hant).
# Keys and their order as in en/staff.ftl; comments there explain each one.

## Header, tabs and what every page shares

staff-title = 維護模式
staff-store-terminal = { $store } · 終端 { $terminal }
# Under the signed-in staff member's name: the session ends after this long without a touch.
staff-session-left = { $time } 後自動登出
staff-exit = 結束維護
staff-tab-overview = 總覽
staff-tab-journal = 交易紀錄
staff-tab-reconcile = 對帳
staff-tab-printer = 印表機
staff-tab-camera = 攝影機
staff-tab-config = 設定
staff-tab-logs = 日誌
staff-tab-audit = 稽核紀錄
# The error banner's heading; $code is the backend's error code.
staff-error = 錯誤：{ $code }
staff-dismiss = 關閉
staff-refresh = 重新整理
staff-loading = 載入中…
staff-cancel = 取消
staff-back = 返回
staff-done = 完成
staff-continue = 繼續
staff-show = 顯示
staff-search = 搜尋
staff-any = 不限
staff-on = 開啟
staff-off = 關閉
staff-version = 版本 { $version }

## On-screen keypad (spoken labels of the keys without a digit)

staff-key-back = 刪除最後一個字元
staff-key-clear = 清除
staff-key-dot = 小數點
staff-key-letters = 字母
staff-key-digits = 數字

## PIN pad

staff-pin-title = 員工登入
staff-pin-prompt = 請輸入 PIN 碼
# Instead of the prompt when a staff badge QR opened the pad: its holder's name.
staff-pin-badge = { $name }，請輸入 PIN 碼
staff-pin-ok = 登入
staff-pin-wrong = PIN 碼錯誤。剩餘次數：{ $left }
staff-pin-locked = 登入已鎖定，請於 { $time } 後再試
staff-pin-waiting = 付款進行中，付款完成後將自動登入…
staff-pin-failed = 無法驗證 PIN 碼（錯誤 { $code }）。

## Overview: lane, status, devices, alarms, quitting

staff-lane-title = 結帳通道
staff-lane-open = 開放
staff-lane-closed = 關閉
staff-lane-open-hint = 顧客可在此結帳。
staff-lane-closed-hint = 顧客會看到「此結帳台已關閉」。
staff-lane-close = 關閉通道
staff-lane-reopen = 開放通道
# Confirmations after the lane was switched.
staff-lane-opened = 通道已開放。
staff-lane-closed-now = 通道已關閉。
staff-status-title = 目前
staff-payment-running = 付款進行中
staff-payment-idle = 沒有進行中的付款
staff-sounds-on = 聲音已開啟
staff-sounds-off = 已靜音
staff-devices-title = 裝置
# The configuration row when no bundle was ever applied (built-in settings).
staff-config-builtin = 內建
staff-alarms-title = 警示
staff-alarms-none = 沒有警示。
staff-alarm-help = 顧客請求協助
staff-alarm-receipt-failed = 收據未能列印
staff-alarm-unresolved = 付款結果不明
staff-alarm-printer = 印表機問題
staff-alarm-config = 設定未套用
staff-quit = 結束程式
staff-quit-hint = 結束會關閉自助結帳軟體；重新啟動前結帳台無法使用。
staff-quit-title = 要結束自助結帳程式嗎？
staff-quit-body = 程式重新啟動前，結帳台將停止服務。
staff-quit-yes = 結束
staff-quitting = 正在關閉程式…

## Transactions: filters, list

staff-filter-date = 日期
staff-filter-status = 狀態
staff-filter-amount = 金額
staff-filter-trade = 交易編號
staff-filter-clear = 清除篩選
staff-date-today = 今天
staff-date-yesterday = 昨天
staff-date-week = 最近 7 天
staff-date-month = 最近 30 天
staff-date-any = 不限日期
staff-date-range = { $from } – { $to }
staff-date-from = 從
staff-date-to = 至
staff-day-earlier = 前一天
staff-day-later = 後一天
staff-status-all = 全部
staff-state-pending = 處理中
staff-state-paid = 已付款
staff-state-declined = 已拒絕
staff-state-cancelled = 已撤銷
staff-state-cancel-owed = 待撤銷
staff-state-flagged = 待處理
staff-amount-min = 最低
staff-amount-max = 最高
staff-amount-range = { $min } – { $max }
staff-amount-from = { $min } 起
staff-amount-up-to = 最多 { $max }
staff-amount-order = 最低金額高於最高金額。
staff-trade-hint = 輸入交易編號的一部分，或掃描收據上的條碼。
staff-trade-count = 交易：{ $count }
staff-trades-none = 沒有符合篩選條件的交易。
staff-refunded = 已退 { $amount }
staff-receipt-owed = 收據未列印
staff-receipt-printed = 已列印

## Transaction detail

staff-back-to-list = 全部交易
staff-detail-created = 時間
staff-detail-refunded = 已退款
staff-detail-gateway-no = 支付寶交易編號
staff-detail-language = 語言
staff-detail-receipt = 收據
staff-detail-flag = 標記原因：
staff-items = 商品
# One line of the items list: 2 × ¥3.50
staff-item-line = { $quantity } × { $price }
staff-events = 閘道往來紀錄
staff-refunds = 退款
staff-refunds-none = 沒有退款。
staff-refund-state-pending = 處理中
staff-refund-state-succeeded = 成功
staff-refund-state-failed = 失敗
staff-reprint = 重印收據
staff-reprint-sent = 正在列印收據。
staff-refund = 退款
staff-resolve = 立即處理
# After "Resolve now": where the trade stands; $state is a status name.
staff-resolved = 目前狀態：{ $state }

## Refund

staff-refund-title = 退款
staff-refund-amount = 退款金額
staff-refund-refundable = 可退金額：{ $amount }
staff-refund-full = 全額
staff-refund-too-much = 超過可退金額。
staff-refund-zero = 請輸入金額。
staff-refund-reason = 原因
staff-reason-returned = 顧客退貨
staff-reason-price = 價格錯誤
staff-reason-other = 其他
# The Continue button while no reason is chosen.
staff-refund-pick-reason = 請選擇原因
staff-refund-confirm-title = 確認退款
staff-refund-confirm-body = 款項將退回買家的支付寶帳戶。此操作無法復原。
staff-refund-yes = 退款 { $amount }
staff-refund-sending = 正在向支付寶送出退款…
staff-refund-succeeded = 退款成功
staff-refund-pending = 退款處理中
staff-refund-pending-hint = 支付寶尚未確認。本機會持續查詢，請稍後查看此交易。
staff-refund-failed = 退款失敗

## Reconcile

staff-reconcile-run = 對帳
staff-reconcile-hint = 將所選日期的交易紀錄與當天的支付寶帳單比對。
staff-reconcile-running = 正在下載支付寶帳單…
staff-rec-bill-payments = 帳單中的付款
staff-rec-bill-refunds = 帳單中的退款
staff-rec-journal = 紀錄中的交易
staff-rec-matched = 一致
staff-rec-differences = 差異
staff-rec-none = 沒有差異：交易紀錄與帳單一致。
staff-diff-missing-from-journal = 紀錄中沒有
staff-diff-missing-from-bill = 帳單中沒有
staff-diff-amount-mismatch = 金額不一致
staff-diff-status-mismatch = 狀態不一致
staff-col-kind = 差異
staff-col-trade = 交易
staff-col-detail = 詳細資料

## Printer

staff-printer-ready = 就緒
staff-printer-paper-out = 缺紙
staff-printer-paper-low = 紙張快用完
staff-printer-cover-open = 上蓋開啟
staff-printer-offline = 離線
staff-printer-unknown = 狀態不明
staff-printer-none = 未設定印表機
staff-printer-paper-width = 紙寬
staff-printer-width-mm = { $mm } 公釐
staff-printer-target = 連線
staff-test-print = 列印測試頁
staff-test-print-hint = 測試頁會顯示收據版面，並檢查紙張與切刀。
staff-test-print-sent = 測試頁已送至印表機。

## Camera

staff-camera-feed = 攝影機畫面
staff-camera-health = 狀態
staff-camera-streaming = 正常
staff-camera-reconnecting = 重新連線中
staff-camera-stopped = 已停止
staff-camera-starting = 啟動中
staff-camera-fps = 影格率
staff-camera-fps-value = { $fps } fps
staff-camera-frames = 影格數
staff-camera-source = 來源
staff-camera-fault = 最近故障
staff-camera-devices = 攝影機
staff-camera-none = 找不到攝影機。
staff-camera-picked = 已切換至 { $name }。
staff-camera-waiting = 等待畫面中…
staff-camera-decoded-none = 請將條碼放在攝影機前。
staff-code-alipay = 支付寶
staff-code-other-wallet = 其他錢包
staff-code-item = 商品
staff-code-unknown = 不明

## Configuration

staff-config-fleet = 遠端設定
staff-config-fleet-version = 全體設定包
staff-config-kiosk-version = 本機設定包
staff-config-none = 無
staff-config-catalog = 商品目錄來源
staff-config-rejected = 最近被拒絕的設定包
staff-config-rejected-none = 沒有被拒絕的設定包。
staff-config-rejected-version = 設定包
staff-config-rejected-at = 拒絕時間
staff-config-reason = 原因

## Logs and audit log

staff-logs-title = 最新日誌
staff-lines = 行數：{ $count }
staff-logs-empty = 日誌是空的。
staff-audit-title = 所有員工操作
staff-col-when = 時間
staff-col-staff = 員工
staff-col-action = 操作
staff-col-result = 結果
staff-result-ok = 成功
staff-audit-empty = 尚無紀錄。

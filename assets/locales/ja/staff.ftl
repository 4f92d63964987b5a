# ScanPay Kiosk — maintenance mode for store staff (ja).
# Keys and their order as in en/staff.ftl; comments there explain each one.

## Header, tabs and what every page shares

staff-title = メンテナンス
staff-store-terminal = { $store } · 端末 { $terminal }
# Under the signed-in staff member's name: the session ends after this long without a touch.
staff-session-left = あと { $time } で自動終了
staff-exit = メンテナンス終了
staff-tab-overview = 概要
staff-tab-journal = 取引
staff-tab-reconcile = 照合
staff-tab-printer = プリンター
staff-tab-camera = カメラ
staff-tab-config = 設定
staff-tab-logs = ログ
staff-tab-audit = 監査ログ
# The error banner's heading; $code is the backend's error code.
staff-error = エラー：{ $code }
staff-dismiss = 閉じる
staff-refresh = 更新
staff-loading = 読み込み中…
staff-cancel = キャンセル
staff-back = 戻る
staff-done = 完了
staff-continue = 次へ
staff-show = 表示
staff-search = 検索
staff-any = 指定なし
staff-on = オン
staff-off = オフ
staff-version = バージョン { $version }

## On-screen keypad (spoken labels of the keys without a digit)

staff-key-back = 1文字削除
staff-key-clear = クリア
staff-key-dot = 小数点
staff-key-letters = 英字
staff-key-digits = 数字

## PIN pad

staff-pin-title = スタッフログイン
staff-pin-prompt = PINを入力してください
# Instead of the prompt when a staff badge QR opened the pad: its holder's name.
staff-pin-badge = { $name } さん、PINを入力してください
staff-pin-ok = ログイン
staff-pin-wrong = PINが違います。残り回数：{ $left }
staff-pin-locked = ログインはロック中です。{ $time } 後に再試行してください
staff-pin-waiting = 支払い処理中です。完了後に自動でログインします…
staff-pin-failed = PINを確認できませんでした（エラー { $code }）。

## Overview: lane, status, devices, alarms, quitting

staff-lane-title = レジ
staff-lane-open = 営業中
staff-lane-closed = 休止中
staff-lane-open-hint = お客様はこのレジで会計できます。
staff-lane-closed-hint = お客様には「このレジは休止中です」と表示されます。
staff-lane-close = レジを休止
staff-lane-reopen = レジを再開
# Confirmations after the lane was switched.
staff-lane-opened = レジを再開しました。
staff-lane-closed-now = レジを休止しました。
staff-status-title = 現在
staff-payment-running = 支払い処理中
staff-payment-idle = 処理中の支払いはありません
staff-sounds-on = 音声オン
staff-sounds-off = 消音中
staff-devices-title = 機器
# The configuration row when no bundle was ever applied (built-in settings).
staff-config-builtin = 初期設定
staff-alarms-title = アラーム
staff-alarms-none = アラームはありません。
staff-alarm-help = お客様が呼び出し中
staff-alarm-receipt-failed = レシート印刷失敗
staff-alarm-unresolved = 支払い結果が不明
staff-alarm-printer = プリンターの問題
staff-alarm-config = 設定が適用されていません
staff-quit = アプリを終了
staff-quit-hint = 終了するとレジのソフトウェアが閉じ、再起動するまでレジは使えません。
staff-quit-title = アプリを終了しますか？
staff-quit-body = アプリを再起動するまでレジは停止します。
staff-quit-yes = 終了
staff-quitting = アプリを終了しています…

## Transactions: filters, list

staff-filter-date = 日付
staff-filter-status = 状態
staff-filter-amount = 金額
staff-filter-trade = 取引番号
staff-filter-clear = 絞り込みを解除
staff-date-today = 今日
staff-date-yesterday = 昨日
staff-date-week = 過去7日間
staff-date-month = 過去30日間
staff-date-any = すべての日付
staff-date-range = { $from } – { $to }
staff-date-from = 開始
staff-date-to = 終了
staff-day-earlier = 1日前
staff-day-later = 1日後
staff-status-all = すべて
staff-state-pending = 処理中
staff-state-paid = 支払い済み
staff-state-declined = 拒否
staff-state-cancelled = 取消済み
staff-state-cancel-owed = 取消待ち
staff-state-flagged = 要確認
staff-amount-min = 下限
staff-amount-max = 上限
staff-amount-range = { $min } – { $max }
staff-amount-from = { $min } 以上
staff-amount-up-to = { $max } 以下
staff-amount-order = 下限が上限を超えています。
staff-trade-hint = 取引番号の一部を入力するか、レシートのコードを読み取ってください。
staff-trade-count = 取引：{ $count }
staff-trades-none = 条件に合う取引はありません。
staff-refunded = 返金済み { $amount }
staff-receipt-owed = レシート未印刷
staff-receipt-printed = 印刷済み

## Transaction detail

staff-back-to-list = 取引一覧
staff-detail-created = 日時
staff-detail-refunded = 返金額
staff-detail-gateway-no = Alipay取引番号
staff-detail-language = 言語
staff-detail-receipt = レシート
staff-detail-flag = 要確認の理由：
staff-items = 商品
# One line of the items list: 2 × ¥3.50
staff-item-line = { $quantity } × { $price }
staff-events = 決済ゲートウェイとの通信
staff-refunds = 返金
staff-refunds-none = 返金はありません。
staff-refund-state-pending = 処理中
staff-refund-state-succeeded = 完了
staff-refund-state-failed = 失敗
staff-reprint = レシート再印刷
staff-reprint-sent = レシートを印刷しています。
staff-refund = 返金
staff-resolve = 今すぐ処理
# After "Resolve now": where the trade stands; $state is a status name.
staff-resolved = 現在の状態：{ $state }

## Refund

staff-refund-title = 返金
staff-refund-amount = 返金額
staff-refund-refundable = 返金可能額：{ $amount }
staff-refund-full = 全額
staff-refund-too-much = 返金可能額を超えています。
staff-refund-zero = 金額を入力してください。
staff-refund-reason = 理由
staff-reason-returned = 返品
staff-reason-price = 価格の誤り
staff-reason-other = その他
# The Continue button while no reason is chosen.
staff-refund-pick-reason = 理由を選択
staff-refund-confirm-title = 返金の確認
staff-refund-confirm-body = お客様のAlipayアカウントに返金されます。取り消しはできません。
staff-refund-yes = { $amount } を返金
staff-refund-sending = Alipayに返金を送信しています…
staff-refund-succeeded = 返金が完了しました
staff-refund-pending = 返金処理中
staff-refund-pending-hint = Alipayからの確認待ちです。端末が確認を続けます。後で取引を確認してください。
staff-refund-failed = 返金に失敗しました

## Reconcile

staff-reconcile-run = 照合
staff-reconcile-hint = 選択した日の取引記録を、同じ日のAlipay明細と照合します。
staff-reconcile-running = Alipay明細をダウンロードしています…
staff-rec-bill-payments = 明細の支払い
staff-rec-bill-refunds = 明細の返金
staff-rec-journal = 記録の取引
staff-rec-matched = 一致
staff-rec-differences = 差異
staff-rec-none = 差異はありません。記録と明細は一致しています。
staff-diff-missing-from-journal = 記録にない
staff-diff-missing-from-bill = 明細にない
staff-diff-amount-mismatch = 金額が不一致
staff-diff-status-mismatch = 状態が不一致
staff-col-kind = 差異
staff-col-trade = 取引
staff-col-detail = 詳細

## Printer

staff-printer-ready = 使用可能
staff-printer-paper-out = 用紙切れ
staff-printer-paper-low = 用紙残りわずか
staff-printer-cover-open = カバーが開いています
staff-printer-offline = オフライン
staff-printer-unknown = 状態不明
staff-printer-none = プリンター未設定
staff-printer-paper-width = 用紙幅
staff-printer-width-mm = { $mm } mm
staff-printer-target = 接続先
staff-test-print = テスト印刷
staff-test-print-hint = テストページでレシートのレイアウト、用紙、カッターを確認できます。
staff-test-print-sent = テストページをプリンターに送信しました。

## Camera

staff-camera-feed = カメラ映像
staff-camera-health = 状態
staff-camera-streaming = 配信中
staff-camera-reconnecting = 再接続中
staff-camera-stopped = 停止
staff-camera-starting = 起動中
staff-camera-fps = フレームレート
staff-camera-fps-value = { $fps } fps
staff-camera-frames = フレーム数
staff-camera-source = ソース
staff-camera-fault = 直近の障害
staff-camera-devices = カメラ
staff-camera-none = カメラが見つかりません。
staff-camera-picked = { $name } に切り替えました。
staff-camera-waiting = 映像を待っています…
staff-camera-decoded-none = カメラにコードをかざしてください。
staff-code-alipay = Alipay
staff-code-other-wallet = 他の決済
staff-code-item = 商品
staff-code-unknown = 不明

## Configuration

staff-config-fleet = 一括配信
staff-config-fleet-version = 全体設定バンドル
staff-config-kiosk-version = 端末設定バンドル
staff-config-none = なし
staff-config-catalog = 商品マスタの取得元
staff-config-rejected = 最後に拒否されたバンドル
staff-config-rejected-none = 拒否されたバンドルはありません。
staff-config-rejected-version = バンドル
staff-config-rejected-at = 拒否日時
staff-config-reason = 理由

## Logs and audit log

staff-logs-title = 最新のログ
staff-lines = 行数：{ $count }
staff-logs-empty = ログは空です。
staff-audit-title = スタッフの全操作
staff-col-when = 日時
staff-col-staff = スタッフ
staff-col-action = 操作
staff-col-result = 結果
staff-result-ok = 成功
staff-audit-empty = 記録はまだありません。

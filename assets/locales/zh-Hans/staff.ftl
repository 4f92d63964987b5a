# ScanPay Kiosk — maintenance mode for store staff (zh-Hans).
# Keys and their order as in en/staff.ftl; comments there explain each one.

## Header, tabs and what every page shares

staff-title = 维护模式
staff-store-terminal = { $store } · 终端 { $terminal }
# Under the signed-in staff member's name: the session ends after this long without a touch.
staff-session-left = { $time } 后自动退出
staff-exit = 退出维护
staff-tab-overview = 概览
staff-tab-journal = 交易记录
staff-tab-reconcile = 对账
staff-tab-printer = 打印机
staff-tab-camera = 摄像头
staff-tab-config = 配置
staff-tab-logs = 日志
staff-tab-audit = 审计日志
# The error banner's heading; $code is the backend's error code.
staff-error = 错误：{ $code }
staff-dismiss = 关闭
staff-refresh = 刷新
staff-loading = 正在加载…
staff-cancel = 取消
staff-back = 返回
staff-done = 完成
staff-continue = 继续
staff-show = 显示
staff-search = 搜索
staff-any = 不限
staff-on = 开启
staff-off = 关闭
staff-version = 版本 { $version }

## On-screen keypad (spoken labels of the keys without a digit)

staff-key-back = 删除最后一个字符
staff-key-clear = 清除
staff-key-dot = 小数点
staff-key-letters = 字母
staff-key-digits = 数字

## PIN pad

staff-pin-title = 员工登录
staff-pin-prompt = 请输入 PIN 码
# Instead of the prompt when a staff badge QR opened the pad: its holder's name.
staff-pin-badge = { $name }，请输入 PIN 码
staff-pin-ok = 登录
staff-pin-wrong = PIN 码错误。剩余次数：{ $left }
staff-pin-locked = 登录已锁定，请在 { $time } 后重试
staff-pin-waiting = 正在进行支付，支付完成后自动登录…
staff-pin-failed = 无法验证 PIN 码（错误 { $code }）。

## Overview: lane, status, devices, alarms, quitting

staff-lane-title = 收银通道
staff-lane-open = 开放
staff-lane-closed = 关闭
staff-lane-open-hint = 顾客可以在此结账。
staff-lane-closed-hint = 顾客看到“此收银台已关闭”。
staff-lane-close = 关闭通道
staff-lane-reopen = 开放通道
# Confirmations after the lane was switched.
staff-lane-opened = 通道已开放。
staff-lane-closed-now = 通道已关闭。
staff-status-title = 当前
staff-payment-running = 正在进行支付
staff-payment-idle = 没有进行中的支付
staff-sounds-on = 声音已开启
staff-sounds-off = 已静音
staff-devices-title = 设备
# The configuration row when no bundle was ever applied (built-in settings).
staff-config-builtin = 内置
staff-alarms-title = 警报
staff-alarms-none = 没有警报。
staff-alarm-help = 顾客请求帮助
staff-alarm-receipt-failed = 小票未能打印
staff-alarm-unresolved = 支付结果未知
staff-alarm-printer = 打印机故障
staff-alarm-config = 配置未应用
staff-quit = 退出程序
staff-quit-hint = 退出会关闭自助收银软件；重新启动前收银台无法使用。
staff-quit-title = 退出自助收银程序？
staff-quit-body = 程序重新启动前，收银台将停止服务。
staff-quit-yes = 退出
staff-quitting = 正在关闭程序…

## Transactions: filters, list

staff-filter-date = 日期
staff-filter-status = 状态
staff-filter-amount = 金额
staff-filter-trade = 交易号
staff-filter-clear = 清除筛选
staff-date-today = 今天
staff-date-yesterday = 昨天
staff-date-week = 最近 7 天
staff-date-month = 最近 30 天
staff-date-any = 不限日期
staff-date-range = { $from } – { $to }
staff-date-from = 从
staff-date-to = 至
staff-day-earlier = 前一天
staff-day-later = 后一天
staff-status-all = 全部
staff-state-pending = 处理中
staff-state-paid = 已支付
staff-state-declined = 已拒绝
staff-state-cancelled = 已撤销
staff-state-cancel-owed = 待撤销
staff-state-flagged = 待处理
staff-amount-min = 最低
staff-amount-max = 最高
staff-amount-range = { $min } – { $max }
staff-amount-from = { $min } 起
staff-amount-up-to = 最多 { $max }
staff-amount-order = 最低金额高于最高金额。
staff-trade-hint = 输入交易号的一部分，或扫描小票上的二维码。
staff-trade-count = 交易：{ $count }
staff-trades-none = 没有符合筛选条件的交易。
staff-refunded = 已退 { $amount }
staff-receipt-owed = 小票未打印
staff-receipt-printed = 已打印

## Transaction detail

staff-back-to-list = 全部交易
staff-detail-created = 时间
staff-detail-refunded = 已退款
staff-detail-gateway-no = 支付宝交易号
staff-detail-language = 语言
staff-detail-receipt = 小票
staff-detail-flag = 标记原因：
staff-items = 商品
# One line of the items list: 2 × ¥3.50
staff-item-line = { $quantity } × { $price }
staff-events = 网关交互记录
staff-refunds = 退款
staff-refunds-none = 没有退款。
staff-refund-state-pending = 处理中
staff-refund-state-succeeded = 成功
staff-refund-state-failed = 失败
staff-reprint = 重打小票
staff-reprint-sent = 正在打印小票。
staff-refund = 退款
staff-resolve = 立即处理
# After "Resolve now": where the trade stands; $state is a status name.
staff-resolved = 当前状态：{ $state }

## Refund

staff-refund-title = 退款
staff-refund-amount = 退款金额
staff-refund-refundable = 可退金额：{ $amount }
staff-refund-full = 全额
staff-refund-too-much = 超过可退金额。
staff-refund-zero = 请输入金额。
staff-refund-reason = 原因
staff-reason-returned = 顾客退货
staff-reason-price = 价格错误
staff-reason-other = 其他
# The Continue button while no reason is chosen.
staff-refund-pick-reason = 请选择原因
staff-refund-confirm-title = 确认退款
staff-refund-confirm-body = 款项将退回买家的支付宝账户。此操作无法撤销。
staff-refund-yes = 退款 { $amount }
staff-refund-sending = 正在向支付宝发送退款…
staff-refund-succeeded = 退款成功
staff-refund-pending = 退款处理中
staff-refund-pending-hint = 支付宝尚未确认。本机会继续查询，请稍后查看该交易。
staff-refund-failed = 退款失败

## Reconcile

staff-reconcile-run = 对账
staff-reconcile-hint = 将所选日期的交易记录与当天的支付宝账单进行比对。
staff-reconcile-running = 正在下载支付宝账单…
staff-rec-bill-payments = 账单中的支付
staff-rec-bill-refunds = 账单中的退款
staff-rec-journal = 记录中的交易
staff-rec-matched = 一致
staff-rec-differences = 差异
staff-rec-none = 没有差异：交易记录与账单一致。
staff-diff-missing-from-journal = 记录中没有
staff-diff-missing-from-bill = 账单中没有
staff-diff-amount-mismatch = 金额不一致
staff-diff-status-mismatch = 状态不一致
staff-col-kind = 差异
staff-col-trade = 交易
staff-col-detail = 详情

## Printer

staff-printer-ready = 就绪
staff-printer-paper-out = 缺纸
staff-printer-paper-low = 纸将用完
staff-printer-cover-open = 机盖打开
staff-printer-offline = 离线
staff-printer-unknown = 状态未知
staff-printer-none = 未配置打印机
staff-printer-paper-width = 纸宽
staff-printer-width-mm = { $mm } 毫米
staff-printer-target = 连接
staff-test-print = 打印测试页
staff-test-print-hint = 测试页展示小票版式，并检查纸张和切刀。
staff-test-print-sent = 测试页已发送到打印机。

## Camera

staff-camera-feed = 摄像头画面
staff-camera-health = 状态
staff-camera-streaming = 正常
staff-camera-reconnecting = 正在重连
staff-camera-stopped = 已停止
staff-camera-starting = 正在启动
staff-camera-fps = 帧率
staff-camera-fps-value = { $fps } 帧/秒
staff-camera-frames = 帧数
staff-camera-source = 来源
staff-camera-fault = 最近故障
staff-camera-devices = 摄像头
staff-camera-none = 未找到摄像头。
staff-camera-picked = 已切换到 { $name }。
staff-camera-waiting = 正在等待画面…
staff-camera-decoded-none = 请将条码放在摄像头前。
staff-code-alipay = 支付宝
staff-code-other-wallet = 其他钱包
staff-code-item = 商品
staff-code-unknown = 未知

## Configuration

staff-config-fleet = 远程配置
staff-config-fleet-version = 全局配置包
staff-config-kiosk-version = 本机配置包
staff-config-none = 无
staff-config-catalog = 商品目录来源
staff-config-rejected = 最近被拒绝的配置包
staff-config-rejected-none = 没有被拒绝的配置包。
staff-config-rejected-version = 配置包
staff-config-rejected-at = 拒绝时间
staff-config-reason = 原因

## Logs and audit log

staff-logs-title = 最新日志
staff-lines = 行数：{ $count }
staff-logs-empty = 日志为空。
staff-audit-title = 所有员工操作
staff-col-when = 时间
staff-col-staff = 员工
staff-col-action = 操作
staff-col-result = 结果
staff-result-ok = 成功
staff-audit-empty = 暂无记录。

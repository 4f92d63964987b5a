# ScanPay Kiosk — maintenance mode for store staff, English (the reference
# catalog: every other locale must define exactly these keys).
#
# Read by trained staff at arm's length: short and precise. Codes from the
# backend (error codes, log lines, trade numbers) are shown as they are.
# { $name } placeables are filled in by the kiosk; keep them as they are.
# $time is a duration already formatted as m:ss; $amount, $min, $max and
# $price are formatted prices; $from and $to are formatted days.

## Header, tabs and what every page shares

staff-title = Maintenance
staff-store-terminal = { $store } · Terminal { $terminal }
# Under the signed-in staff member's name: the session ends after this long without a touch.
staff-session-left = Session ends in { $time }
staff-exit = Exit maintenance
staff-tab-overview = Overview
staff-tab-journal = Transactions
staff-tab-reconcile = Reconcile
staff-tab-printer = Printer
staff-tab-camera = Camera
staff-tab-config = Configuration
staff-tab-logs = Logs
staff-tab-audit = Audit log
# The error banner's heading; $code is the backend's error code.
staff-error = Error: { $code }
staff-dismiss = Dismiss
staff-refresh = Refresh
staff-loading = Loading…
staff-cancel = Cancel
staff-back = Back
staff-done = Done
staff-continue = Continue
staff-show = Show
staff-search = Search
staff-any = Any
staff-on = On
staff-off = Off
staff-version = Version { $version }

## On-screen keypad (spoken labels of the keys without a digit)

staff-key-back = Delete last character
staff-key-clear = Clear
staff-key-dot = Decimal point
staff-key-letters = Letters
staff-key-digits = Digits

## PIN pad

staff-pin-title = Staff sign-in
staff-pin-prompt = Enter your PIN
# Instead of the prompt when a staff badge QR opened the pad: its holder's name.
staff-pin-badge = { $name }, enter your PIN
staff-pin-ok = Sign in
staff-pin-wrong = Wrong PIN. Tries left: { $left }
staff-pin-locked = Sign-in locked. Try again in { $time }
staff-pin-waiting = A payment is in progress. Signing in when it is finished…
staff-pin-failed = The PIN could not be checked (error { $code }).

## Overview: lane, status, devices, alarms, quitting

staff-lane-title = Checkout lane
staff-lane-open = Open
staff-lane-closed = Closed
staff-lane-open-hint = Customers can check out here.
staff-lane-closed-hint = Customers see “This checkout is closed”.
staff-lane-close = Close lane
staff-lane-reopen = Open lane
# Confirmations after the lane was switched.
staff-lane-opened = The lane is open.
staff-lane-closed-now = The lane is closed.
staff-status-title = Now
staff-payment-running = A payment is in progress
staff-payment-idle = No payment in progress
staff-sounds-on = Sounds on
staff-sounds-off = Sounds muted
staff-devices-title = Devices
# The configuration row when no bundle was ever applied (built-in settings).
staff-config-builtin = Built-in
staff-alarms-title = Alarms
staff-alarms-none = No alarms.
staff-alarm-help = A customer asked for help
staff-alarm-receipt-failed = A receipt did not print
staff-alarm-unresolved = Payment outcome unknown
staff-alarm-printer = Printer problem
staff-alarm-config = Configuration not applied
staff-quit = Quit the app
staff-quit-hint = Quitting closes the kiosk software; the checkout stays off until it is started again.
staff-quit-title = Quit the kiosk app?
staff-quit-body = The checkout stops until the app is started again.
staff-quit-yes = Quit
staff-quitting = Closing the app…

## Transactions: filters, list

staff-filter-date = Date
staff-filter-status = Status
staff-filter-amount = Amount
staff-filter-trade = Trade number
staff-filter-clear = Clear filters
staff-date-today = Today
staff-date-yesterday = Yesterday
staff-date-week = Last 7 days
staff-date-month = Last 30 days
staff-date-any = Any date
staff-date-range = { $from } – { $to }
staff-date-from = From
staff-date-to = To
staff-day-earlier = One day earlier
staff-day-later = One day later
staff-status-all = All
staff-state-pending = Pending
staff-state-paid = Paid
staff-state-declined = Declined
staff-state-cancelled = Cancelled
staff-state-cancel-owed = Cancel owed
staff-state-flagged = Flagged
staff-amount-min = At least
staff-amount-max = At most
staff-amount-range = { $min } – { $max }
staff-amount-from = From { $min }
staff-amount-up-to = Up to { $max }
staff-amount-order = The minimum is above the maximum.
staff-trade-hint = Type part of the trade number, or scan the code on the receipt.
staff-trade-count = Transactions: { $count }
staff-trades-none = No transactions match these filters.
staff-refunded = { $amount } refunded
staff-receipt-owed = Receipt not printed
staff-receipt-printed = Printed

## Transaction detail

staff-back-to-list = All transactions
staff-detail-created = Time
staff-detail-refunded = Refunded
staff-detail-gateway-no = Alipay trade no.
staff-detail-language = Language
staff-detail-receipt = Receipt
staff-detail-flag = Flagged because:
staff-items = Items
# One line of the items list: 2 × ¥3.50
staff-item-line = { $quantity } × { $price }
staff-events = Gateway exchanges
staff-refunds = Refunds
staff-refunds-none = No refunds.
staff-refund-state-pending = Pending
staff-refund-state-succeeded = Succeeded
staff-refund-state-failed = Failed
staff-reprint = Reprint receipt
staff-reprint-sent = The receipt is printing.
staff-refund = Refund
staff-resolve = Resolve now
# After "Resolve now": where the trade stands; $state is a status name.
staff-resolved = Status now: { $state }

## Refund

staff-refund-title = Refund
staff-refund-amount = Amount to refund
staff-refund-refundable = Refundable: { $amount }
staff-refund-full = Full amount
staff-refund-too-much = More than can be refunded.
staff-refund-zero = Enter an amount.
staff-refund-reason = Reason
staff-reason-returned = Item returned
staff-reason-price = Price error
staff-reason-other = Other
# The Continue button while no reason is chosen.
staff-refund-pick-reason = Choose a reason
staff-refund-confirm-title = Confirm the refund
staff-refund-confirm-body = The money goes back to the buyer's Alipay account. This cannot be undone.
staff-refund-yes = Refund { $amount }
staff-refund-sending = Sending the refund to Alipay…
staff-refund-succeeded = Refund succeeded
staff-refund-pending = Refund pending
staff-refund-pending-hint = Alipay has not confirmed it yet. The kiosk keeps checking; see the transaction later.
staff-refund-failed = Refund failed

## Reconcile

staff-reconcile-run = Reconcile
staff-reconcile-hint = Compares the journal of the chosen day with the Alipay bill of that day.
staff-reconcile-running = Downloading the Alipay bill…
staff-rec-bill-payments = Payments in the bill
staff-rec-bill-refunds = Refunds in the bill
staff-rec-journal = Trades in the journal
staff-rec-matched = Matched
staff-rec-differences = Differences
staff-rec-none = No differences: the journal matches the bill.
staff-diff-missing-from-journal = Not in the journal
staff-diff-missing-from-bill = Not in the bill
staff-diff-amount-mismatch = Amounts differ
staff-diff-status-mismatch = Status differs
staff-col-kind = Difference
staff-col-trade = Trade
staff-col-detail = Detail

## Printer

staff-printer-ready = Ready
staff-printer-paper-out = Out of paper
staff-printer-paper-low = Paper low
staff-printer-cover-open = Cover open
staff-printer-offline = Offline
staff-printer-unknown = Status unknown
staff-printer-none = No printer configured
staff-printer-paper-width = Paper width
staff-printer-width-mm = { $mm } mm
staff-printer-target = Connection
staff-test-print = Print test page
staff-test-print-hint = A test page shows the receipt layout and checks paper and cutter.
staff-test-print-sent = Test page sent to the printer.

## Camera

staff-camera-feed = Camera feed
staff-camera-health = State
staff-camera-streaming = Streaming
staff-camera-reconnecting = Reconnecting
staff-camera-stopped = Stopped
staff-camera-starting = Starting
staff-camera-fps = Frame rate
staff-camera-fps-value = { $fps } fps
staff-camera-frames = Frames
staff-camera-source = Source
staff-camera-fault = Last fault
staff-camera-devices = Cameras
staff-camera-none = No camera found.
staff-camera-picked = Switched to { $name }.
staff-camera-waiting = Waiting for the picture…
staff-camera-decoded-none = Hold a code in front of the camera.
staff-code-alipay = Alipay
staff-code-other-wallet = Other wallet
staff-code-item = Item
staff-code-unknown = Unknown

## Configuration

staff-config-fleet = Fleet updates
staff-config-fleet-version = Fleet bundle
staff-config-kiosk-version = Kiosk bundle
staff-config-none = None
staff-config-catalog = Catalog source
staff-config-rejected = Last rejected bundle
staff-config-rejected-none = No bundle has been rejected.
staff-config-rejected-version = Bundle
staff-config-rejected-at = Rejected at
staff-config-reason = Reason

## Logs and audit log

staff-logs-title = Newest log lines
staff-lines = Lines: { $count }
staff-logs-empty = The log is empty.
staff-audit-title = Every staff action
staff-col-when = When
staff-col-staff = Staff
staff-col-action = Action
staff-col-result = Result
staff-result-ok = OK
staff-audit-empty = No entries yet.

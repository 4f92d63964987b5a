# ScanPay Kiosk — maintenance mode for store staff (ms).
# Keys and their order as in en/staff.ftl; comments there explain each one.

## Header, tabs and what every page shares

staff-title = Penyelenggaraan
staff-store-terminal = { $store } · Terminal { $terminal }
# Under the signed-in staff member's name: the session ends after this long without a touch.
staff-session-left = Log keluar automatik dalam { $time }
staff-exit = Keluar penyelenggaraan
staff-tab-overview = Ringkasan
staff-tab-journal = Transaksi
staff-tab-reconcile = Penyesuaian
staff-tab-printer = Pencetak
staff-tab-camera = Kamera
staff-tab-config = Konfigurasi
staff-tab-logs = Log
staff-tab-audit = Log audit
# The error banner's heading; $code is the backend's error code.
staff-error = Ralat: { $code }
staff-dismiss = Tutup
staff-refresh = Muat semula
staff-loading = Memuatkan…
staff-cancel = Batal
staff-back = Kembali
staff-done = Selesai
staff-continue = Teruskan
staff-show = Papar
staff-search = Cari
staff-any = Semua
staff-on = Hidup
staff-off = Mati
staff-version = Versi { $version }

## On-screen keypad (spoken labels of the keys without a digit)

staff-key-back = Padam aksara terakhir
staff-key-clear = Kosongkan
staff-key-dot = Titik perpuluhan
staff-key-letters = Huruf
staff-key-digits = Digit

## PIN pad

staff-pin-title = Log masuk kakitangan
staff-pin-prompt = Masukkan PIN anda
# Instead of the prompt when a staff badge QR opened the pad: its holder's name.
staff-pin-badge = { $name }, masukkan PIN anda
staff-pin-ok = Log masuk
staff-pin-wrong = PIN salah. Baki cubaan: { $left }
staff-pin-locked = Log masuk dikunci. Cuba lagi dalam { $time }
staff-pin-waiting = Pembayaran sedang berjalan. Log masuk selepas ia selesai…
staff-pin-failed = PIN tidak dapat disemak (ralat { $code }).

## Overview: lane, status, devices, alarms, quitting

staff-lane-title = Lorong juruwang
staff-lane-open = Buka
staff-lane-closed = Tutup
staff-lane-open-hint = Pelanggan boleh membayar di sini.
staff-lane-closed-hint = Pelanggan melihat “Kaunter ini ditutup”.
staff-lane-close = Tutup lorong
staff-lane-reopen = Buka lorong
# Confirmations after the lane was switched.
staff-lane-opened = Lorong dibuka.
staff-lane-closed-now = Lorong ditutup.
staff-status-title = Sekarang
staff-payment-running = Pembayaran sedang berjalan
staff-payment-idle = Tiada pembayaran berjalan
staff-sounds-on = Bunyi hidup
staff-sounds-off = Bunyi disenyapkan
staff-devices-title = Peranti
# The configuration row when no bundle was ever applied (built-in settings).
staff-config-builtin = Terbina dalam
staff-alarms-title = Penggera
staff-alarms-none = Tiada penggera.
staff-alarm-help = Pelanggan meminta bantuan
staff-alarm-receipt-failed = Resit gagal dicetak
staff-alarm-unresolved = Keputusan pembayaran tidak diketahui
staff-alarm-printer = Masalah pencetak
staff-alarm-config = Konfigurasi tidak digunakan
staff-quit = Tutup aplikasi
staff-quit-hint = Menutup aplikasi menghentikan perisian kiosk; kaunter tidak boleh digunakan sehingga ia dimulakan semula.
staff-quit-title = Tutup aplikasi kiosk?
staff-quit-body = Kaunter berhenti sehingga aplikasi dimulakan semula.
staff-quit-yes = Tutup
staff-quitting = Menutup aplikasi…

## Transactions: filters, list

staff-filter-date = Tarikh
staff-filter-status = Status
staff-filter-amount = Amaun
staff-filter-trade = Nombor transaksi
staff-filter-clear = Kosongkan penapis
staff-date-today = Hari ini
staff-date-yesterday = Semalam
staff-date-week = 7 hari lalu
staff-date-month = 30 hari lalu
staff-date-any = Sebarang tarikh
staff-date-range = { $from } – { $to }
staff-date-from = Dari
staff-date-to = Hingga
staff-day-earlier = Sehari lebih awal
staff-day-later = Sehari kemudian
staff-status-all = Semua
staff-state-pending = Diproses
staff-state-paid = Dibayar
staff-state-declined = Ditolak
staff-state-cancelled = Dibatalkan
staff-state-cancel-owed = Menunggu batal
staff-state-flagged = Perlu disemak
staff-amount-min = Sekurang-kurangnya
staff-amount-max = Selebih-lebihnya
staff-amount-range = { $min } – { $max }
staff-amount-from = Dari { $min }
staff-amount-up-to = Hingga { $max }
staff-amount-order = Minimum melebihi maksimum.
staff-trade-hint = Taip sebahagian nombor transaksi, atau imbas kod pada resit.
staff-trade-count = Transaksi: { $count }
staff-trades-none = Tiada transaksi sepadan dengan penapis ini.
staff-refunded = { $amount } dipulangkan
staff-receipt-owed = Resit belum dicetak
staff-receipt-printed = Dicetak

## Transaction detail

staff-back-to-list = Semua transaksi
staff-detail-created = Masa
staff-detail-refunded = Dipulangkan
staff-detail-gateway-no = No. transaksi Alipay
staff-detail-language = Bahasa
staff-detail-receipt = Resit
staff-detail-flag = Ditanda kerana:
staff-items = Barangan
# One line of the items list: 2 × ¥3.50
staff-item-line = { $quantity } × { $price }
staff-events = Pertukaran dengan gerbang
staff-refunds = Bayaran balik
staff-refunds-none = Tiada bayaran balik.
staff-refund-state-pending = Diproses
staff-refund-state-succeeded = Berjaya
staff-refund-state-failed = Gagal
staff-reprint = Cetak semula resit
staff-reprint-sent = Resit sedang dicetak.
staff-refund = Bayar balik
staff-resolve = Selesaikan sekarang
# After "Resolve now": where the trade stands; $state is a status name.
staff-resolved = Status sekarang: { $state }

## Refund

staff-refund-title = Bayaran balik
staff-refund-amount = Amaun bayaran balik
staff-refund-refundable = Boleh dibayar balik: { $amount }
staff-refund-full = Amaun penuh
staff-refund-too-much = Melebihi amaun yang boleh dibayar balik.
staff-refund-zero = Masukkan amaun.
staff-refund-reason = Sebab
staff-reason-returned = Barang dipulangkan
staff-reason-price = Harga salah
staff-reason-other = Lain-lain
# The Continue button while no reason is chosen.
staff-refund-pick-reason = Pilih sebab
staff-refund-confirm-title = Sahkan bayaran balik
staff-refund-confirm-body = Wang dipulangkan ke akaun Alipay pembeli. Ini tidak boleh dibatalkan.
staff-refund-yes = Bayar balik { $amount }
staff-refund-sending = Menghantar bayaran balik ke Alipay…
staff-refund-succeeded = Bayaran balik berjaya
staff-refund-pending = Bayaran balik diproses
staff-refund-pending-hint = Alipay belum mengesahkan. Kiosk terus menyemak; lihat transaksi ini kemudian.
staff-refund-failed = Bayaran balik gagal

## Reconcile

staff-reconcile-run = Sesuaikan
staff-reconcile-hint = Membandingkan jurnal hari yang dipilih dengan bil Alipay hari itu.
staff-reconcile-running = Memuat turun bil Alipay…
staff-rec-bill-payments = Pembayaran dalam bil
staff-rec-bill-refunds = Bayaran balik dalam bil
staff-rec-journal = Transaksi dalam jurnal
staff-rec-matched = Sepadan
staff-rec-differences = Perbezaan
staff-rec-none = Tiada perbezaan: jurnal sepadan dengan bil.
staff-diff-missing-from-journal = Tiada dalam jurnal
staff-diff-missing-from-bill = Tiada dalam bil
staff-diff-amount-mismatch = Amaun berbeza
staff-diff-status-mismatch = Status berbeza
staff-col-kind = Perbezaan
staff-col-trade = Transaksi
staff-col-detail = Butiran

## Printer

staff-printer-ready = Sedia
staff-printer-paper-out = Kertas habis
staff-printer-paper-low = Kertas hampir habis
staff-printer-cover-open = Penutup terbuka
staff-printer-offline = Luar talian
staff-printer-unknown = Status tidak diketahui
staff-printer-none = Tiada pencetak dikonfigurasi
staff-printer-paper-width = Lebar kertas
staff-printer-width-mm = { $mm } mm
staff-printer-target = Sambungan
staff-test-print = Cetak halaman ujian
staff-test-print-hint = Halaman ujian menunjukkan susun atur resit serta menyemak kertas dan pemotong.
staff-test-print-sent = Halaman ujian dihantar ke pencetak.

## Camera

staff-camera-feed = Suapan kamera
staff-camera-health = Keadaan
staff-camera-streaming = Sedang disiarkan
staff-camera-reconnecting = Menyambung semula
staff-camera-stopped = Dihentikan
staff-camera-starting = Bermula
staff-camera-fps = Kadar bingkai
staff-camera-fps-value = { $fps } fps
staff-camera-frames = Bingkai
staff-camera-source = Sumber
staff-camera-fault = Kerosakan terakhir
staff-camera-devices = Kamera
staff-camera-none = Tiada kamera ditemui.
staff-camera-picked = Bertukar ke { $name }.
staff-camera-waiting = Menunggu gambar…
staff-camera-decoded-none = Tunjukkan kod kepada kamera.
staff-code-alipay = Alipay
staff-code-other-wallet = Dompet lain
staff-code-item = Barangan
staff-code-unknown = Tidak diketahui

## Configuration

staff-config-fleet = Kemas kini berpusat
staff-config-fleet-version = Pakej armada
staff-config-kiosk-version = Pakej kiosk
staff-config-none = Tiada
staff-config-catalog = Sumber katalog
staff-config-rejected = Pakej terakhir yang ditolak
staff-config-rejected-none = Tiada pakej pernah ditolak.
staff-config-rejected-version = Pakej
staff-config-rejected-at = Ditolak pada
staff-config-reason = Sebab

## Logs and audit log

staff-logs-title = Baris log terkini
staff-lines = Baris: { $count }
staff-logs-empty = Log kosong.
staff-audit-title = Semua tindakan kakitangan
staff-col-when = Masa
staff-col-staff = Kakitangan
staff-col-action = Tindakan
staff-col-result = Keputusan
staff-result-ok = OK
staff-audit-empty = Belum ada entri.

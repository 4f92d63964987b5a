# ScanPay Kiosk — maintenance mode for store staff (id).
# Keys and their order as in en/staff.ftl; comments there explain each one.

## Header, tabs and what every page shares

staff-title = Pemeliharaan
staff-store-terminal = { $store } · Terminal { $terminal }
# Under the signed-in staff member's name: the session ends after this long without a touch.
staff-session-left = Keluar otomatis dalam { $time }
staff-exit = Keluar pemeliharaan
staff-tab-overview = Ringkasan
staff-tab-journal = Transaksi
staff-tab-reconcile = Rekonsiliasi
staff-tab-printer = Printer
staff-tab-camera = Kamera
staff-tab-config = Konfigurasi
staff-tab-logs = Log
staff-tab-audit = Log audit
# The error banner's heading; $code is the backend's error code.
staff-error = Galat: { $code }
staff-dismiss = Tutup
staff-refresh = Muat ulang
staff-loading = Memuat…
staff-cancel = Batal
staff-back = Kembali
staff-done = Selesai
staff-continue = Lanjut
staff-show = Tampilkan
staff-search = Cari
staff-any = Semua
staff-on = Aktif
staff-off = Nonaktif
staff-version = Versi { $version }

## On-screen keypad (spoken labels of the keys without a digit)

staff-key-back = Hapus karakter terakhir
staff-key-clear = Hapus
staff-key-dot = Koma desimal
staff-key-letters = Huruf
staff-key-digits = Angka

## PIN pad

staff-pin-title = Masuk staf
staff-pin-prompt = Masukkan PIN Anda
# Instead of the prompt when a staff badge QR opened the pad: its holder's name.
staff-pin-badge = { $name }, masukkan PIN Anda
staff-pin-ok = Masuk
staff-pin-wrong = PIN salah. Sisa percobaan: { $left }
staff-pin-locked = Masuk dikunci. Coba lagi dalam { $time }
staff-pin-waiting = Ada pembayaran berjalan. Masuk setelah pembayaran selesai…
staff-pin-failed = PIN tidak dapat diperiksa (galat { $code }).

## Overview: lane, status, devices, alarms, quitting

staff-lane-title = Jalur kasir
staff-lane-open = Buka
staff-lane-closed = Tutup
staff-lane-open-hint = Pelanggan dapat membayar di sini.
staff-lane-closed-hint = Pelanggan melihat “Kasir ini tutup”.
staff-lane-close = Tutup jalur
staff-lane-reopen = Buka jalur
# Confirmations after the lane was switched.
staff-lane-opened = Jalur sudah dibuka.
staff-lane-closed-now = Jalur sudah ditutup.
staff-status-title = Saat ini
staff-payment-running = Ada pembayaran berjalan
staff-payment-idle = Tidak ada pembayaran berjalan
staff-sounds-on = Suara aktif
staff-sounds-off = Suara dibisukan
staff-devices-title = Perangkat
# The configuration row when no bundle was ever applied (built-in settings).
staff-config-builtin = Bawaan
staff-alarms-title = Alarm
staff-alarms-none = Tidak ada alarm.
staff-alarm-help = Pelanggan minta bantuan
staff-alarm-receipt-failed = Struk gagal dicetak
staff-alarm-unresolved = Hasil pembayaran tidak diketahui
staff-alarm-printer = Masalah printer
staff-alarm-config = Konfigurasi tidak diterapkan
staff-quit = Tutup aplikasi
staff-quit-hint = Menutup aplikasi menghentikan perangkat lunak kios; kasir tidak dapat dipakai sampai dijalankan lagi.
staff-quit-title = Tutup aplikasi kios?
staff-quit-body = Kasir berhenti sampai aplikasi dijalankan lagi.
staff-quit-yes = Tutup
staff-quitting = Menutup aplikasi…

## Transactions: filters, list

staff-filter-date = Tanggal
staff-filter-status = Status
staff-filter-amount = Jumlah
staff-filter-trade = Nomor transaksi
staff-filter-clear = Hapus filter
staff-date-today = Hari ini
staff-date-yesterday = Kemarin
staff-date-week = 7 hari terakhir
staff-date-month = 30 hari terakhir
staff-date-any = Semua tanggal
staff-date-range = { $from } – { $to }
staff-date-from = Dari
staff-date-to = Sampai
staff-day-earlier = Sehari sebelumnya
staff-day-later = Sehari sesudahnya
staff-status-all = Semua
staff-state-pending = Diproses
staff-state-paid = Dibayar
staff-state-declined = Ditolak
staff-state-cancelled = Dibatalkan
staff-state-cancel-owed = Menunggu batal
staff-state-flagged = Perlu dicek
staff-amount-min = Paling sedikit
staff-amount-max = Paling banyak
staff-amount-range = { $min } – { $max }
staff-amount-from = Dari { $min }
staff-amount-up-to = Hingga { $max }
staff-amount-order = Batas bawah lebih besar dari batas atas.
staff-trade-hint = Ketik sebagian nomor transaksi, atau pindai kode pada struk.
staff-trade-count = Transaksi: { $count }
staff-trades-none = Tidak ada transaksi yang cocok dengan filter.
staff-refunded = { $amount } dikembalikan
staff-receipt-owed = Struk belum dicetak
staff-receipt-printed = Tercetak

## Transaction detail

staff-back-to-list = Semua transaksi
staff-detail-created = Waktu
staff-detail-refunded = Dikembalikan
staff-detail-gateway-no = No. transaksi Alipay
staff-detail-language = Bahasa
staff-detail-receipt = Struk
staff-detail-flag = Ditandai karena:
staff-items = Barang
# One line of the items list: 2 × ¥3.50
staff-item-line = { $quantity } × { $price }
staff-events = Pertukaran dengan gateway
staff-refunds = Pengembalian dana
staff-refunds-none = Tidak ada pengembalian dana.
staff-refund-state-pending = Diproses
staff-refund-state-succeeded = Berhasil
staff-refund-state-failed = Gagal
staff-reprint = Cetak ulang struk
staff-reprint-sent = Struk sedang dicetak.
staff-refund = Kembalikan dana
staff-resolve = Selesaikan sekarang
# After "Resolve now": where the trade stands; $state is a status name.
staff-resolved = Status sekarang: { $state }

## Refund

staff-refund-title = Pengembalian dana
staff-refund-amount = Jumlah dikembalikan
staff-refund-refundable = Dapat dikembalikan: { $amount }
staff-refund-full = Jumlah penuh
staff-refund-too-much = Melebihi jumlah yang dapat dikembalikan.
staff-refund-zero = Masukkan jumlah.
staff-refund-reason = Alasan
staff-reason-returned = Barang dikembalikan
staff-reason-price = Harga salah
staff-reason-other = Lainnya
# The Continue button while no reason is chosen.
staff-refund-pick-reason = Pilih alasan
staff-refund-confirm-title = Konfirmasi pengembalian dana
staff-refund-confirm-body = Dana kembali ke akun Alipay pembeli. Ini tidak dapat dibatalkan.
staff-refund-yes = Kembalikan { $amount }
staff-refund-sending = Mengirim pengembalian dana ke Alipay…
staff-refund-succeeded = Pengembalian dana berhasil
staff-refund-pending = Pengembalian dana diproses
staff-refund-pending-hint = Alipay belum mengonfirmasi. Kios terus memeriksa; lihat transaksinya nanti.
staff-refund-failed = Pengembalian dana gagal

## Reconcile

staff-reconcile-run = Rekonsiliasi
staff-reconcile-hint = Membandingkan jurnal hari yang dipilih dengan tagihan Alipay hari itu.
staff-reconcile-running = Mengunduh tagihan Alipay…
staff-rec-bill-payments = Pembayaran di tagihan
staff-rec-bill-refunds = Pengembalian di tagihan
staff-rec-journal = Transaksi di jurnal
staff-rec-matched = Cocok
staff-rec-differences = Selisih
staff-rec-none = Tidak ada selisih: jurnal cocok dengan tagihan.
staff-diff-missing-from-journal = Tidak ada di jurnal
staff-diff-missing-from-bill = Tidak ada di tagihan
staff-diff-amount-mismatch = Jumlah berbeda
staff-diff-status-mismatch = Status berbeda
staff-col-kind = Selisih
staff-col-trade = Transaksi
staff-col-detail = Rincian

## Printer

staff-printer-ready = Siap
staff-printer-paper-out = Kertas habis
staff-printer-paper-low = Kertas hampir habis
staff-printer-cover-open = Penutup terbuka
staff-printer-offline = Offline
staff-printer-unknown = Status tidak diketahui
staff-printer-none = Printer belum diatur
staff-printer-paper-width = Lebar kertas
staff-printer-width-mm = { $mm } mm
staff-printer-target = Koneksi
staff-test-print = Cetak halaman uji
staff-test-print-hint = Halaman uji menampilkan tata letak struk serta memeriksa kertas dan pemotong.
staff-test-print-sent = Halaman uji dikirim ke printer.

## Camera

staff-camera-feed = Gambar kamera
staff-camera-health = Keadaan
staff-camera-streaming = Mengalir
staff-camera-reconnecting = Menyambung ulang
staff-camera-stopped = Berhenti
staff-camera-starting = Memulai
staff-camera-fps = Laju bingkai
staff-camera-fps-value = { $fps } fps
staff-camera-frames = Bingkai
staff-camera-source = Sumber
staff-camera-fault = Gangguan terakhir
staff-camera-devices = Kamera
staff-camera-none = Kamera tidak ditemukan.
staff-camera-picked = Beralih ke { $name }.
staff-camera-waiting = Menunggu gambar…
staff-camera-decoded-none = Tunjukkan kode ke kamera.
staff-code-alipay = Alipay
staff-code-other-wallet = Dompet lain
staff-code-item = Barang
staff-code-unknown = Tidak dikenal

## Configuration

staff-config-fleet = Pembaruan terpusat
staff-config-fleet-version = Paket armada
staff-config-kiosk-version = Paket kios
staff-config-none = Tidak ada
staff-config-catalog = Sumber katalog
staff-config-rejected = Paket terakhir yang ditolak
staff-config-rejected-none = Belum ada paket yang ditolak.
staff-config-rejected-version = Paket
staff-config-rejected-at = Ditolak pada
staff-config-reason = Alasan

## Logs and audit log

staff-logs-title = Baris log terbaru
staff-lines = Baris: { $count }
staff-logs-empty = Log kosong.
staff-audit-title = Semua tindakan staf
staff-col-when = Waktu
staff-col-staff = Staf
staff-col-action = Tindakan
staff-col-result = Hasil
staff-result-ok = OK
staff-audit-empty = Belum ada entri.

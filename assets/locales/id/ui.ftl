# ScanPay Kiosk — customer screens (id).

language-name = Bahasa Indonesia

## Attract: the idle screen that invites a passer-by to start

attract-title = Pindai & bayar sendiri
attract-subtitle =
    { $network ->
       *[alipay] Bayar dengan Alipay dalam hitungan detik
        [alipay_plus] Bayar dengan Alipay+ dalam hitungan detik
    }
attract-start = Sentuh layar atau pindai barang untuk mulai
attract-languages = Pilih bahasa
attract-lane-store = { $store }
attract-accepted = Diterima di sini
attract-alipay =
    { $network ->
       *[alipay] Bayar dengan Alipay
        [alipay_plus] Bayar dengan Alipay+
    }

## Language picker

language-title = Pilih bahasa Anda
language-back = Kembali

## Shopping: the cart, items without a barcode, the total and Pay

shop-title = Barang Anda
shop-scan-hint = Pindai barcode setiap barang
shop-empty-title = Keranjang Anda kosong
shop-empty-hint = Pindai barcode barang, atau pilih barang tanpa barcode.
shop-touch-title = Barang tanpa barcode
shop-unit-price = { $price } per buah
shop-just-added = Ditambahkan
shop-decrease = Kurangi satu { $name }
shop-increase = Tambah satu { $name }
shop-remove = Hapus { $name }
shop-quantity = Jumlah
shop-items =
    { $count ->
       *[other] { $count } barang
    }
shop-total = Total
shop-tax = Termasuk pajak { $tax }
shop-pay =
    { $network ->
       *[alipay] Bayar dengan Alipay
        [alipay_plus] Bayar dengan Alipay+
    }
shop-help = Perlu bantuan?
shop-language = Bahasa
shop-cancel = Batalkan transaksi
shop-cancel-title = Batalkan transaksi ini?
shop-cancel-body = Semua barang akan dihapus dari keranjang Anda.
shop-cancel-yes = Ya, batalkan transaksi
shop-cancel-no = Tidak, lanjut belanja

## Paying: the customer shows the Alipay payment code to the camera

pay-title =
    { $network ->
       *[alipay] Bayar dengan Alipay
        [alipay_plus] Bayar dengan Alipay+
    }
pay-amount = Total bayar
pay-instruction =
    { $network ->
       *[alipay] Buka Alipay dan tunjukkan kode pembayaran Anda
        [alipay_plus] Buka dompet digital Anda dan tunjukkan kode pembayaran
    }
pay-step-open =
    { $network ->
       *[alipay] Buka aplikasi Alipay di ponsel Anda
        [alipay_plus] Buka aplikasi dompet digital (Alipay, AlipayHK, GCash, Kakao Pay…)
    }
pay-step-code =
    { $network ->
       *[alipay] Ketuk “Bayar” untuk menampilkan kode pembayaran
        [alipay_plus] Tampilkan kode pembayaran di aplikasi
    }
pay-step-hold = Posisikan kode di dalam bingkai pada layar
pay-guide = Kode pembayaran di sini
pay-camera-starting = Menyalakan kamera…
pay-back = Kembali ke keranjang

## Processing: the payment is on its way

processing-title = Memproses pembayaran Anda
processing-amount = Jumlah
processing-sending = Mengirim pembayaran Anda…
processing-waiting = Konfirmasi di ponsel Anda jika diminta
processing-cancelling = Membatalkan, mohon tunggu…
processing-keep-open =
    { $network ->
       *[alipay] Biarkan Alipay tetap terbuka di ponsel Anda hingga selesai.
        [alipay_plus] Biarkan aplikasi dompet digital tetap terbuka di ponsel Anda hingga selesai.
    }
processing-seconds =
    { $seconds ->
       *[other] detik lagi
    }
processing-cancel = Batalkan pembayaran

## Done: paid

done-title = Pembayaran berhasil
done-amount = Jumlah dibayar
done-thanks = Terima kasih sudah berbelanja di sini!
done-receipt-printing = Mencetak struk Anda…
done-receipt-printed = Silakan ambil struk Anda
done-receipt-failed = Struk Anda tidak dapat dicetak. Silakan minta salinannya kepada petugas.
done-finish = Selesai

## Failed: the payment did not go through — what happened, and what to do

failed-title = Pembayaran tidak berhasil
failed-title-unresolved = Kami tidak dapat memastikan pembayaran Anda
failed-not-charged = Dana Anda tidak terpotong.
failed-reason-balance =
    { $network ->
       *[alipay] Saldo atau batas transaksi Alipay Anda tidak mencukupi.
        [alipay_plus] Saldo atau batas transaksi dompet digital Anda tidak mencukupi.
    }
failed-help-balance =
    { $network ->
       *[alipay] Pilih kartu atau metode pembayaran lain di Alipay, lalu coba lagi dengan kode baru.
        [alipay_plus] Pilih kartu atau metode pembayaran lain di dompet digital Anda, lalu coba lagi dengan kode baru.
    }
failed-reason-code-expired = Kode pembayaran Anda sudah kedaluwarsa atau sudah dipakai.
failed-help-code-expired =
    { $network ->
       *[alipay] Perbarui kode pembayaran di Alipay, lalu coba lagi.
        [alipay_plus] Perbarui kode pembayaran di dompet digital Anda, lalu coba lagi.
    }
failed-reason-risk =
    { $network ->
       *[alipay] Alipay tidak mengizinkan pembayaran ini.
        [alipay_plus] Dompet digital Anda tidak mengizinkan pembayaran ini.
    }
failed-help-risk = Silakan coba metode pembayaran lain, atau panggil petugas.
failed-reason-timeout = Pembayaran tidak dikonfirmasi tepat waktu, jadi dibatalkan.
failed-help-timeout = Anda dapat mencoba lagi dengan kode baru.
failed-reason-cancelled = Anda telah membatalkan pembayaran.
failed-help-cancelled = Anda dapat mencoba lagi dengan kode baru, atau membatalkan transaksi.
failed-reason-unavailable = Layanan pembayaran tidak dapat dihubungi.
failed-help-unavailable = Silakan coba lagi sebentar lagi, atau panggil petugas.
failed-reason-declined = Pembayaran ditolak.
failed-help-declined =
    { $network ->
       *[alipay] Silakan coba metode pembayaran lain di Alipay, atau panggil petugas.
        [alipay_plus] Silakan coba metode pembayaran lain di dompet digital Anda, atau panggil petugas.
    }
failed-reason-unresolved = Kami tidak dapat memastikan apakah pembayaran Anda berhasil.
failed-help-unresolved = Petugas akan memeriksanya untuk Anda. Jangan membayar lagi.
failed-retry = Coba lagi dengan kode baru
failed-staff = Panggil petugas
failed-finish = Batalkan transaksi
failed-back-to-start = Kembali ke awal

## Closed: staff closed this lane

closed-title = Kasir ini tutup
closed-body = Silakan gunakan kasir lain. Terima kasih!

## Idle: "still there?" before the session starts over

idle-title = Apakah Anda masih di sini?
idle-body = Jika tidak ada aktivitas, kasir ini akan dimulai ulang dan barang Anda akan dihapus.
idle-still-here = Saya masih di sini

## Notices: short messages after something the kiosk could not do

notice-unknown-item = Barang ini tidak ditemukan. Silakan minta bantuan petugas.
notice-wallet-wechat-pay =
    { $network ->
       *[alipay] WeChat Pay tidak diterima di sini. Silakan bayar dengan Alipay.
        [alipay_plus] WeChat Pay tidak diterima di sini. Silakan bayar dengan dompet digital Alipay+.
    }
notice-wallet-unionpay =
    { $network ->
       *[alipay] UnionPay tidak diterima di sini. Silakan bayar dengan Alipay.
        [alipay_plus] UnionPay tidak diterima di sini. Silakan bayar dengan dompet digital Alipay+.
    }
notice-wallet-other =
    { $network ->
       *[alipay] Kode pembayaran ini tidak diterima di sini. Silakan bayar dengan Alipay.
        [alipay_plus] Kode pembayaran ini tidak diterima di sini. Silakan bayar dengan dompet digital Alipay+.
    }
notice-cart-empty = Keranjang Anda kosong. Silakan pindai barang terlebih dahulu.
notice-quantity-limit = Anda tidak dapat menambah barang ini lagi dalam satu transaksi.
notice-staff-called = Bantuan sedang menuju. Petugas akan segera datang.
notice-error = Terjadi kesalahan. Silakan coba lagi atau minta bantuan petugas.

## Common: on several screens

common-alipay =
    { $network ->
       *[alipay] Alipay
        [alipay_plus] Alipay+
    }
common-larger-text = Teks lebih besar
common-please-wait = Mohon tunggu…
common-resetting = Menyiapkan kasir untuk pelanggan berikutnya.
common-returning =
    { $seconds ->
       *[other] Kembali ke awal dalam { $seconds } detik
    }
common-demo = Simulasi (demo)

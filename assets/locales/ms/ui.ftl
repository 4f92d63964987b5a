# ScanPay Kiosk — customer screens (ms).

language-name = Bahasa Melayu

## Attract: the idle screen that invites a passer-by to start

attract-title = Imbas & bayar sendiri
attract-subtitle =
    { $network ->
       *[alipay] Bayar dengan Alipay dalam beberapa saat
        [alipay_plus] Bayar dengan Alipay+ dalam beberapa saat
    }
attract-start = Sentuh skrin atau imbas barang untuk bermula
attract-languages = Pilih bahasa
attract-lane-store = { $store }
attract-accepted = Diterima di sini
attract-alipay =
    { $network ->
       *[alipay] Bayar dengan Alipay
        [alipay_plus] Bayar dengan Alipay+
    }

## Language picker

language-title = Pilih bahasa anda
language-back = Kembali

## Shopping: the cart, items without a barcode, the total and Pay

shop-title = Barang anda
shop-scan-hint = Imbas kod bar setiap barang
shop-empty-title = Troli anda kosong
shop-empty-hint = Imbas kod bar barang, atau pilih barang tanpa kod bar.
shop-touch-title = Barang tanpa kod bar
shop-unit-price = { $price } seunit
shop-just-added = Ditambah
shop-decrease = Kurangkan satu { $name }
shop-increase = Tambah satu { $name }
shop-remove = Buang { $name }
shop-quantity = Kuantiti
shop-items =
    { $count ->
       *[other] { $count } barang
    }
shop-total = Jumlah
shop-tax = Termasuk cukai { $tax }
shop-pay =
    { $network ->
       *[alipay] Bayar dengan Alipay
        [alipay_plus] Bayar dengan Alipay+
    }
shop-help = Perlu bantuan?
shop-language = Bahasa
shop-cancel = Batalkan transaksi
shop-cancel-title = Batalkan transaksi ini?
shop-cancel-body = Semua barang akan dibuang daripada troli anda.
shop-cancel-yes = Ya, batalkan transaksi
shop-cancel-no = Tidak, teruskan membeli

## Paying: the customer shows the Alipay payment code to the camera

pay-title =
    { $network ->
       *[alipay] Bayar dengan Alipay
        [alipay_plus] Bayar dengan Alipay+
    }
pay-amount = Jumlah bayaran
pay-instruction =
    { $network ->
       *[alipay] Buka Alipay dan tunjukkan kod pembayaran anda
        [alipay_plus] Buka aplikasi e-dompet dan tunjukkan kod pembayaran anda
    }
pay-step-open =
    { $network ->
       *[alipay] Buka aplikasi Alipay pada telefon anda
        [alipay_plus] Buka aplikasi e-dompet anda (Alipay, AlipayHK, GCash, Kakao Pay…)
    }
pay-step-code =
    { $network ->
       *[alipay] Ketik “Bayar” untuk menunjukkan kod pembayaran anda
        [alipay_plus] Tunjukkan kod pembayaran dalam aplikasi
    }
pay-step-hold = Letakkan kod di dalam bingkai pada skrin
pay-guide = Kod pembayaran di sini
pay-camera-starting = Menghidupkan kamera…
pay-back = Kembali ke troli

## Processing: the payment is on its way

processing-title = Memproses pembayaran anda
processing-amount = Amaun
processing-sending = Menghantar pembayaran anda…
processing-waiting = Sahkan pada telefon anda jika diminta
processing-cancelling = Membatalkan, sila tunggu…
processing-keep-open =
    { $network ->
       *[alipay] Biarkan Alipay terbuka pada telefon anda sehingga selesai.
        [alipay_plus] Biarkan aplikasi e-dompet terbuka pada telefon anda sehingga selesai.
    }
processing-seconds =
    { $seconds ->
       *[other] saat lagi
    }
processing-cancel = Batalkan pembayaran

## Done: paid

done-title = Pembayaran berjaya
done-amount = Amaun dibayar
done-thanks = Terima kasih kerana membeli-belah bersama kami!
done-receipt-printing = Mencetak resit anda…
done-receipt-printed = Sila ambil resit anda
done-receipt-failed = Resit anda tidak dapat dicetak. Sila minta salinan daripada kakitangan.
done-finish = Selesai

## Failed: the payment did not go through — what happened, and what to do

failed-title = Pembayaran tidak berjaya
failed-title-unresolved = Kami tidak dapat mengesahkan pembayaran anda
failed-not-charged = Anda tidak dicaj.
failed-reason-balance =
    { $network ->
       *[alipay] Baki atau had perbelanjaan Alipay anda tidak mencukupi.
        [alipay_plus] Baki atau had perbelanjaan e-dompet anda tidak mencukupi.
    }
failed-help-balance =
    { $network ->
       *[alipay] Pilih kad atau kaedah pembayaran lain dalam Alipay, kemudian cuba lagi dengan kod baharu.
        [alipay_plus] Pilih kad atau kaedah pembayaran lain dalam e-dompet anda, kemudian cuba lagi dengan kod baharu.
    }
failed-reason-code-expired = Kod pembayaran anda telah tamat tempoh atau sudah digunakan.
failed-help-code-expired =
    { $network ->
       *[alipay] Muat semula kod pembayaran dalam Alipay dan cuba lagi.
        [alipay_plus] Muat semula kod pembayaran dalam e-dompet anda dan cuba lagi.
    }
failed-reason-risk =
    { $network ->
       *[alipay] Alipay tidak membenarkan pembayaran ini.
        [alipay_plus] E-dompet anda tidak membenarkan pembayaran ini.
    }
failed-help-risk = Sila cuba kaedah pembayaran lain, atau panggil kakitangan untuk bantuan.
failed-reason-timeout = Pembayaran tidak disahkan dalam masa, jadi ia telah dibatalkan.
failed-help-timeout = Anda boleh cuba lagi dengan kod baharu.
failed-reason-cancelled = Anda telah membatalkan pembayaran.
failed-help-cancelled = Anda boleh cuba lagi dengan kod baharu, atau batalkan transaksi anda.
failed-reason-unavailable = Perkhidmatan pembayaran tidak dapat dihubungi.
failed-help-unavailable = Sila cuba lagi sebentar lagi, atau panggil kakitangan untuk bantuan.
failed-reason-declined = Pembayaran ditolak.
failed-help-declined =
    { $network ->
       *[alipay] Sila cuba kaedah pembayaran lain dalam Alipay, atau panggil kakitangan untuk bantuan.
        [alipay_plus] Sila cuba kaedah pembayaran lain dalam e-dompet anda, atau panggil kakitangan untuk bantuan.
    }
failed-reason-unresolved = Kami tidak dapat memastikan sama ada pembayaran anda berjaya.
failed-help-unresolved = Kakitangan kami akan menyemaknya untuk anda. Sila jangan bayar lagi.
failed-retry = Cuba lagi dengan kod baharu
failed-staff = Panggil kakitangan
failed-finish = Batalkan transaksi
failed-back-to-start = Kembali ke mula

## Closed: staff closed this lane

closed-title = Kaunter ini ditutup
closed-body = Sila gunakan kaunter lain. Terima kasih!

## Idle: "still there?" before the session starts over

idle-title = Anda masih di sana?
idle-body = Jika tiada tindakan, kaunter ini akan bermula semula dan barang anda akan dikosongkan.
idle-still-here = Saya masih di sini

## Notices: short messages after something the kiosk could not do

notice-unknown-item = Barang ini tidak dijumpai. Sila minta bantuan kakitangan.
notice-wallet-wechat-pay =
    { $network ->
       *[alipay] WeChat Pay tidak diterima di sini. Sila bayar dengan Alipay.
        [alipay_plus] WeChat Pay tidak diterima di sini. Sila bayar dengan e-dompet Alipay+.
    }
notice-wallet-unionpay =
    { $network ->
       *[alipay] UnionPay tidak diterima di sini. Sila bayar dengan Alipay.
        [alipay_plus] UnionPay tidak diterima di sini. Sila bayar dengan e-dompet Alipay+.
    }
notice-wallet-other =
    { $network ->
       *[alipay] Kod pembayaran ini tidak diterima di sini. Sila bayar dengan Alipay.
        [alipay_plus] Kod pembayaran ini tidak diterima di sini. Sila bayar dengan e-dompet Alipay+.
    }
notice-cart-empty = Troli anda kosong. Sila imbas barang dahulu.
notice-quantity-limit = Anda tidak boleh menambah lagi barang ini dalam satu transaksi.
notice-staff-called = Bantuan sedang dalam perjalanan. Kakitangan kami akan tiba sebentar lagi.
notice-error = Berlaku ralat. Sila cuba lagi atau minta bantuan kakitangan.

## Common: on several screens

common-alipay =
    { $network ->
       *[alipay] Alipay
        [alipay_plus] Alipay+
    }
common-larger-text = Teks lebih besar
common-please-wait = Sila tunggu…
common-resetting = Menyediakan kaunter untuk pelanggan seterusnya.
common-returning =
    { $seconds ->
       *[other] Kembali ke permulaan dalam { $seconds } saat
    }
common-demo = Simulasi (demo)

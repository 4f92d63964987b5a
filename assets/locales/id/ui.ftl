# ScanPay Kiosk — customer screens (id).

language-name = Bahasa Indonesia

attract-title = Pindai & bayar sendiri
attract-subtitle = Bayar dengan Alipay dalam hitungan detik
attract-start = Sentuh layar atau pindai barang untuk mulai
attract-languages = Pilih bahasa
attract-lane-store = { $store }

language-title = Pilih bahasa Anda
language-back = Kembali

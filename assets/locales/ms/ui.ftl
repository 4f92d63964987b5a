# ScanPay Kiosk — customer screens (ms).

language-name = Bahasa Melayu

attract-title = Imbas & bayar sendiri
attract-subtitle = Bayar dengan Alipay dalam beberapa saat
attract-start = Sentuh skrin atau imbas barang untuk bermula
attract-languages = Pilih bahasa
attract-lane-store = { $store }

language-title = Pilih bahasa anda
language-back = Kembali

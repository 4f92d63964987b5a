# ScanPay Kiosk — printed receipts (ms).

receipt-title = Resit
receipt-date = Tarikh
receipt-terminal = Terminal
receipt-subtotal = Jumlah kecil
receipt-discount = Diskaun
receipt-tax-included = Termasuk cukai
receipt-tax = Cukai
receipt-total = Jumlah
receipt-payment-method = Dibayar dengan
receipt-method-alipay = Alipay
receipt-trade-no = No. transaksi Alipay
receipt-payment-id = ID pembayaran
receipt-order-no = No. pesanan
receipt-buyer = Akaun pembeli
receipt-qr-caption = Imbas untuk nombor transaksi
receipt-thanks = Terima kasih kerana membeli-belah!
receipt-test-title = Ujian pencetak
receipt-test-body = Jika teks ini boleh dibaca, pencetak berfungsi.

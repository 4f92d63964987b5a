# ScanPay Kiosk — printed receipts (id).

receipt-title = Struk
receipt-date = Tanggal
receipt-terminal = Terminal
receipt-subtotal = Subtotal
receipt-discount = Diskon
receipt-tax-included = Termasuk pajak
receipt-tax = Pajak
receipt-total = Total
receipt-payment-method = Dibayar dengan
receipt-method-alipay = Alipay
receipt-trade-no = No. transaksi Alipay
receipt-payment-id = ID pembayaran
receipt-order-no = No. pesanan
receipt-buyer = Akun pembeli
receipt-qr-caption = Pindai untuk nomor transaksi
receipt-thanks = Terima kasih atas kunjungan Anda!
receipt-test-title = Tes printer
receipt-test-body = Jika tulisan ini terbaca, printer berfungsi.

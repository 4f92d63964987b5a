# ScanPay Kiosk — printed receipts (de).

receipt-title = Kassenbon
receipt-date = Datum
receipt-terminal = Terminal
receipt-subtotal = Zwischensumme
receipt-discount = Rabatt
receipt-tax-included = inkl. MwSt.
receipt-tax = MwSt.
receipt-total = Summe
receipt-payment-method = Bezahlt mit
receipt-method-alipay = Alipay
receipt-trade-no = Alipay-Transaktionsnr.
receipt-payment-id = Zahlungs-ID
receipt-order-no = Bestellnr.
receipt-buyer = Käuferkonto
receipt-qr-caption = Scannen für die Transaktionsnummer
receipt-thanks = Vielen Dank für Ihren Einkauf!
receipt-test-title = Druckertest
receipt-test-body = Wenn Sie dies lesen können, funktioniert der Drucker.

# ScanPay Kiosk — printed receipts (fr).

receipt-title = Ticket de caisse
receipt-date = Date
receipt-terminal = Terminal
receipt-subtotal = Sous-total
receipt-discount = Remise
receipt-tax-included = TVA incluse
receipt-tax = TVA
receipt-total = Total
receipt-payment-method = Payé avec
receipt-method-alipay = Alipay
receipt-trade-no = N° de transaction Alipay
receipt-payment-id = ID de paiement
receipt-order-no = N° de commande
receipt-buyer = Compte de l’acheteur
receipt-qr-caption = Scannez pour le n° de transaction
receipt-thanks = Merci de votre visite !
receipt-test-title = Test de l’imprimante
receipt-test-body = Si vous lisez ceci, l’imprimante fonctionne.

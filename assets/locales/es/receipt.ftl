# ScanPay Kiosk — printed receipts (es).

receipt-title = Recibo
receipt-date = Fecha
receipt-terminal = Terminal
receipt-subtotal = Subtotal
receipt-discount = Descuento
receipt-tax-included = IVA incluido
receipt-tax = Impuesto
receipt-total = Total
receipt-payment-method = Pagado con
receipt-method-alipay = Alipay
receipt-trade-no = N.º de operación Alipay
receipt-payment-id = ID de pago
receipt-order-no = N.º de pedido
receipt-buyer = Cuenta del comprador
receipt-qr-caption = Escanee para ver el n.º de operación
receipt-thanks = ¡Gracias por su compra!
receipt-test-title = Prueba de impresora
receipt-test-body = Si puede leer esto, la impresora funciona.

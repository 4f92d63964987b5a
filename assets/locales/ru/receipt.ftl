# ScanPay Kiosk — printed receipts (ru).

receipt-title = Чек
receipt-date = Дата
receipt-terminal = Терминал
receipt-subtotal = Промежуточный итог
receipt-discount = Скидка
receipt-tax-included = Включая НДС
receipt-tax = НДС
receipt-total = Итого
receipt-payment-method = Оплачено через
receipt-method-alipay = Alipay
receipt-trade-no = Номер транзакции Alipay
receipt-payment-id = Номер платежа
receipt-order-no = Номер заказа
receipt-buyer = Аккаунт покупателя
receipt-qr-caption = Отсканируйте, чтобы увидеть номер транзакции
receipt-thanks = Спасибо за покупку!
receipt-test-title = Проверка принтера
receipt-test-body = Если вы можете это прочитать, принтер работает.

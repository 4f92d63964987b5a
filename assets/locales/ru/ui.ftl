# ScanPay Kiosk — customer screens (ru).

language-name = Русский

attract-title = Сканируйте и оплачивайте сами
attract-subtitle = Оплата через Alipay за секунды
attract-start = Коснитесь экрана или отсканируйте товар, чтобы начать
attract-languages = Выберите язык
attract-lane-store = { $store }

language-title = Выберите ваш язык
language-back = Назад

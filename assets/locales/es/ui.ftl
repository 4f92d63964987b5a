# ScanPay Kiosk — customer screens (es).

language-name = Español

attract-title = Escanee y pague usted mismo
attract-subtitle = Pague con Alipay en segundos
attract-start = Toque la pantalla o escanee un artículo para empezar
attract-languages = Elija su idioma
attract-lane-store = { $store }

language-title = Elija su idioma
language-back = Atrás

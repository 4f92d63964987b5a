# ScanPay Kiosk — customer screens (fr).

language-name = Français

attract-title = Scannez et payez vous-même
attract-subtitle = Payez avec Alipay en quelques secondes
attract-start = Touchez l’écran ou scannez un article pour commencer
attract-languages = Choisissez votre langue
attract-lane-store = { $store }

language-title = Choisissez votre langue
language-back = Retour

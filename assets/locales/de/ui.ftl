# ScanPay Kiosk — customer screens (de).

language-name = Deutsch

attract-title = Selbst scannen und bezahlen
attract-subtitle = In Sekunden mit Alipay bezahlen
attract-start = Bildschirm berühren oder einen Artikel scannen
attract-languages = Sprache wählen
attract-lane-store = { $store }

language-title = Wählen Sie Ihre Sprache
language-back = Zurück

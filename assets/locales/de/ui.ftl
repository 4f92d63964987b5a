# ScanPay Kiosk — customer screens (de).

language-name = Deutsch

## Attract: the idle screen that invites a passer-by to start

attract-title = Selbst scannen und bezahlen
attract-subtitle =
    { $network ->
       *[alipay] In Sekunden mit Alipay bezahlen
        [alipay_plus] In Sekunden mit Alipay+ bezahlen
    }
attract-start = Bildschirm berühren oder einen Artikel scannen
attract-languages = Sprache wählen
attract-lane-store = { $store }
attract-accepted = Hier akzeptiert
attract-alipay =
    { $network ->
       *[alipay] Mit Alipay bezahlen
        [alipay_plus] Mit Alipay+ bezahlen
    }

## Language picker

language-title = Wählen Sie Ihre Sprache
language-back = Zurück

## Shopping: the cart, items without a barcode, the total and Pay

shop-title = Ihre Artikel
shop-scan-hint = Barcode jedes Artikels scannen
shop-empty-title = Ihr Warenkorb ist leer
shop-empty-hint = Scannen Sie einen Barcode oder wählen Sie einen Artikel ohne Barcode.
shop-touch-title = Artikel ohne Barcode
shop-unit-price = { $price } pro Stück
shop-just-added = Hinzugefügt
shop-decrease = Menge verringern: { $name }
shop-increase = Menge erhöhen: { $name }
shop-remove = { $name } entfernen
shop-quantity = Menge
shop-items =
    { $count ->
        [one] { $count } Artikel
       *[other] { $count } Artikel
    }
shop-total = Gesamt
shop-tax = Inkl. Steuer { $tax }
shop-pay =
    { $network ->
       *[alipay] Mit Alipay bezahlen
        [alipay_plus] Mit Alipay+ bezahlen
    }
shop-help = Hilfe nötig?
shop-language = Sprache
shop-cancel = Einkauf abbrechen
shop-cancel-title = Einkauf abbrechen?
shop-cancel-body = Alle Artikel werden aus dem Warenkorb entfernt.
shop-cancel-yes = Ja, abbrechen
shop-cancel-no = Nein, weiter einkaufen

## Paying: the customer shows the Alipay payment code to the camera

pay-title =
    { $network ->
       *[alipay] Mit Alipay bezahlen
        [alipay_plus] Mit Alipay+ bezahlen
    }
pay-amount = Zu zahlen
pay-instruction =
    { $network ->
       *[alipay] Alipay öffnen und Zahlungscode vorzeigen
        [alipay_plus] Bezahl-App öffnen und Zahlungscode vorzeigen
    }
pay-step-open =
    { $network ->
       *[alipay] Alipay-App auf dem Handy öffnen
        [alipay_plus] Bezahl-App auf dem Handy öffnen (Alipay, AlipayHK, GCash, Kakao Pay …)
    }
pay-step-code =
    { $network ->
       *[alipay] „Bezahlen“ antippen, um den Code zu zeigen
        [alipay_plus] Zahlungscode in der App anzeigen
    }
pay-step-hold = Code in den Rahmen auf dem Bildschirm halten
pay-guide = Zahlungscode hier
pay-camera-starting = Kamera wird gestartet…
pay-back = Zum Warenkorb

## Processing: the payment is on its way

processing-title = Zahlung wird verarbeitet
processing-amount = Betrag
processing-sending = Zahlung wird gesendet…
processing-waiting = Falls nötig, auf dem Handy bestätigen
processing-cancelling = Wird abgebrochen, bitte warten…
processing-keep-open =
    { $network ->
       *[alipay] Lassen Sie Alipay auf dem Handy geöffnet, bis alles erledigt ist.
        [alipay_plus] Lassen Sie die Bezahl-App auf dem Handy geöffnet, bis alles erledigt ist.
    }
processing-seconds =
    { $seconds ->
        [one] Sekunde übrig
       *[other] Sekunden übrig
    }
processing-cancel = Zahlung abbrechen

## Done: paid

done-title = Zahlung erfolgreich
done-amount = Bezahlt
done-thanks = Vielen Dank für Ihren Einkauf!
done-receipt-printing = Beleg wird gedruckt…
done-receipt-printed = Bitte nehmen Sie Ihren Beleg
done-receipt-failed = Der Beleg konnte nicht gedruckt werden. Eine Kopie erhalten Sie beim Personal.
done-finish = Fertig

## Failed: the payment did not go through — what happened, and what to do

failed-title = Zahlung nicht abgeschlossen
failed-title-unresolved = Zahlung konnte nicht bestätigt werden
failed-not-charged = Ihnen wurde nichts berechnet.
failed-reason-balance =
    { $network ->
       *[alipay] Ihr Alipay-Guthaben oder Ausgabenlimit hat nicht gereicht.
        [alipay_plus] Ihr Guthaben oder Ausgabenlimit in der Bezahl-App hat nicht gereicht.
    }
failed-help-balance =
    { $network ->
       *[alipay] Bitte in Alipay eine andere Karte oder Zahlungsart wählen und mit neuem Code erneut versuchen.
        [alipay_plus] Bitte in der Bezahl-App eine andere Karte oder Zahlungsart wählen und mit neuem Code erneut versuchen.
    }
failed-reason-code-expired = Ihr Zahlungscode war abgelaufen oder schon verwendet.
failed-help-code-expired =
    { $network ->
       *[alipay] Bitte den Zahlungscode in Alipay aktualisieren und erneut versuchen.
        [alipay_plus] Bitte den Zahlungscode in der Bezahl-App aktualisieren und erneut versuchen.
    }
failed-reason-risk =
    { $network ->
       *[alipay] Alipay hat diese Zahlung nicht zugelassen.
        [alipay_plus] Ihre Bezahl-App hat diese Zahlung nicht zugelassen.
    }
failed-help-risk = Bitte eine andere Zahlungsart nutzen oder das Personal rufen.
failed-reason-timeout = Die Zahlung wurde nicht rechtzeitig bestätigt und daher abgebrochen.
failed-help-timeout = Sie können es mit neuem Code erneut versuchen.
failed-reason-cancelled = Sie haben die Zahlung abgebrochen.
failed-help-cancelled = Sie können es mit neuem Code erneut versuchen oder den Einkauf abbrechen.
failed-reason-unavailable = Der Zahlungsdienst ist nicht erreichbar.
failed-help-unavailable = Bitte gleich noch einmal versuchen oder das Personal rufen.
failed-reason-declined = Die Zahlung wurde abgelehnt.
failed-help-declined =
    { $network ->
       *[alipay] Bitte eine andere Zahlungsart in Alipay nutzen oder das Personal rufen.
        [alipay_plus] Bitte eine andere Zahlungsart in der Bezahl-App nutzen oder das Personal rufen.
    }
failed-reason-unresolved = Wir konnten nicht feststellen, ob Ihre Zahlung erfolgt ist.
failed-help-unresolved = Ein Mitarbeiter prüft das für Sie. Bitte nicht erneut bezahlen.
failed-retry = Mit neuem Code wiederholen
failed-staff = Personal rufen
failed-finish = Einkauf abbrechen
failed-back-to-start = Zurück zum Start

## Closed: staff closed this lane

closed-title = Diese Kasse ist geschlossen
closed-body = Bitte nutzen Sie eine andere Kasse. Vielen Dank!

## Idle: "still there?" before the session starts over

idle-title = Sind Sie noch da?
idle-body = Ohne Eingabe startet die Kasse neu und Ihre Artikel werden gelöscht.
idle-still-here = Ich bin noch da

## Notices: short messages after something the kiosk could not do

notice-unknown-item = Artikel nicht gefunden. Bitte wenden Sie sich an das Personal.
notice-wallet-wechat-pay =
    { $network ->
       *[alipay] WeChat Pay wird hier nicht akzeptiert. Bitte mit Alipay bezahlen.
        [alipay_plus] WeChat Pay wird hier nicht akzeptiert. Bitte mit einer Alipay+-Wallet bezahlen.
    }
notice-wallet-unionpay =
    { $network ->
       *[alipay] UnionPay wird hier nicht akzeptiert. Bitte mit Alipay bezahlen.
        [alipay_plus] UnionPay wird hier nicht akzeptiert. Bitte mit einer Alipay+-Wallet bezahlen.
    }
notice-wallet-other =
    { $network ->
       *[alipay] Dieser Zahlungscode wird hier nicht akzeptiert. Bitte mit Alipay bezahlen.
        [alipay_plus] Dieser Zahlungscode wird hier nicht akzeptiert. Bitte mit einer Alipay+-Wallet bezahlen.
    }
notice-cart-empty = Ihr Warenkorb ist leer. Bitte zuerst einen Artikel scannen.
notice-quantity-limit = Mehr von diesem Artikel ist pro Einkauf nicht möglich.
notice-staff-called = Hilfe ist unterwegs. Gleich ist jemand bei Ihnen.
notice-error = Etwas ist schiefgelaufen. Bitte erneut versuchen oder das Personal fragen.

## Common: on several screens

common-alipay =
    { $network ->
       *[alipay] Alipay
        [alipay_plus] Alipay+
    }
common-larger-text = Größere Schrift
common-please-wait = Bitte warten…
common-resetting = Die Kasse wird für den nächsten Kunden vorbereitet.
common-returning =
    { $seconds ->
        [one] Zurück zum Start in { $seconds } Sekunde
       *[other] Zurück zum Start in { $seconds } Sekunden
    }
common-demo = Simulieren (Demo)

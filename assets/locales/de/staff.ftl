# ScanPay Kiosk — maintenance mode for store staff (de).
# Keys and their order as in en/staff.ftl; comments there explain each one.

## Header, tabs and what every page shares

staff-title = Wartung
staff-store-terminal = { $store } · Terminal { $terminal }
# Under the signed-in staff member's name: the session ends after this long without a touch.
staff-session-left = Sitzung endet in { $time }
staff-exit = Wartung beenden
staff-tab-overview = Übersicht
staff-tab-journal = Transaktionen
staff-tab-reconcile = Abgleich
staff-tab-printer = Drucker
staff-tab-camera = Kamera
staff-tab-config = Konfiguration
staff-tab-logs = Protokoll
staff-tab-audit = Prüfprotokoll
# The error banner's heading; $code is the backend's error code.
staff-error = Fehler: { $code }
staff-dismiss = Schließen
staff-refresh = Aktualisieren
staff-loading = Wird geladen…
staff-cancel = Abbrechen
staff-back = Zurück
staff-done = Fertig
staff-continue = Weiter
staff-show = Anzeigen
staff-search = Suchen
staff-any = Alle
staff-on = Ein
staff-off = Aus
staff-version = Version { $version }

## On-screen keypad (spoken labels of the keys without a digit)

staff-key-back = Letztes Zeichen löschen
staff-key-clear = Löschen
staff-key-dot = Dezimalzeichen
staff-key-letters = Buchstaben
staff-key-digits = Ziffern

## PIN pad

staff-pin-title = Anmeldung Personal
staff-pin-prompt = Geben Sie Ihre PIN ein
# Instead of the prompt when a staff badge QR opened the pad: its holder's name.
staff-pin-badge = { $name }, geben Sie Ihre PIN ein
staff-pin-ok = Anmelden
staff-pin-wrong = Falsche PIN. Verbleibende Versuche: { $left }
staff-pin-locked = Anmeldung gesperrt. Erneut versuchen in { $time }
staff-pin-waiting = Eine Zahlung läuft. Die Anmeldung folgt, sobald sie abgeschlossen ist…
staff-pin-failed = Die PIN konnte nicht geprüft werden (Fehler { $code }).

## Overview: lane, status, devices, alarms, quitting

staff-lane-title = Kasse
staff-lane-open = Geöffnet
staff-lane-closed = Geschlossen
staff-lane-open-hint = Kunden können hier bezahlen.
staff-lane-closed-hint = Kunden sehen „Diese Kasse ist geschlossen“.
staff-lane-close = Kasse schließen
staff-lane-reopen = Kasse öffnen
# Confirmations after the lane was switched.
staff-lane-opened = Die Kasse ist geöffnet.
staff-lane-closed-now = Die Kasse ist geschlossen.
staff-status-title = Aktuell
staff-payment-running = Eine Zahlung läuft
staff-payment-idle = Keine laufende Zahlung
staff-sounds-on = Ton an
staff-sounds-off = Ton aus
staff-devices-title = Geräte
# The configuration row when no bundle was ever applied (built-in settings).
staff-config-builtin = Standard
staff-alarms-title = Alarme
staff-alarms-none = Keine Alarme.
staff-alarm-help = Ein Kunde braucht Hilfe
staff-alarm-receipt-failed = Ein Beleg wurde nicht gedruckt
staff-alarm-unresolved = Zahlungsergebnis unbekannt
staff-alarm-printer = Druckerproblem
staff-alarm-config = Konfiguration nicht übernommen
staff-quit = App beenden
staff-quit-hint = Beenden schließt die Kiosk-Software; die Kasse bleibt außer Betrieb, bis sie neu gestartet wird.
staff-quit-title = Kiosk-App beenden?
staff-quit-body = Die Kasse steht still, bis die App neu gestartet wird.
staff-quit-yes = Beenden
staff-quitting = App wird beendet…

## Transactions: filters, list

staff-filter-date = Datum
staff-filter-status = Status
staff-filter-amount = Betrag
staff-filter-trade = Transaktionsnr.
staff-filter-clear = Filter zurücksetzen
staff-date-today = Heute
staff-date-yesterday = Gestern
staff-date-week = Letzte 7 Tage
staff-date-month = Letzte 30 Tage
staff-date-any = Alle Daten
staff-date-range = { $from } – { $to }
staff-date-from = Von
staff-date-to = Bis
staff-day-earlier = Einen Tag früher
staff-day-later = Einen Tag später
staff-status-all = Alle
staff-state-pending = Offen
staff-state-paid = Bezahlt
staff-state-declined = Abgelehnt
staff-state-cancelled = Storniert
staff-state-cancel-owed = Storno ausstehend
staff-state-flagged = Zu prüfen
staff-amount-min = Mindestens
staff-amount-max = Höchstens
staff-amount-range = { $min } – { $max }
staff-amount-from = Ab { $min }
staff-amount-up-to = Bis { $max }
staff-amount-order = Das Minimum liegt über dem Maximum.
staff-trade-hint = Geben Sie einen Teil der Transaktionsnummer ein oder scannen Sie den Code auf dem Beleg.
staff-trade-count = Transaktionen: { $count }
staff-trades-none = Keine Transaktion passt zu diesen Filtern.
staff-refunded = { $amount } erstattet
staff-receipt-owed = Beleg nicht gedruckt
staff-receipt-printed = Gedruckt

## Transaction detail

staff-back-to-list = Alle Transaktionen
staff-detail-created = Zeit
staff-detail-refunded = Erstattet
staff-detail-gateway-no = Alipay-Transaktionsnr.
staff-detail-language = Sprache
staff-detail-receipt = Beleg
staff-detail-flag = Markiert, weil:
staff-items = Artikel
# One line of the items list: 2 × ¥3.50
staff-item-line = { $quantity } × { $price }
staff-events = Austausch mit dem Gateway
staff-refunds = Erstattungen
staff-refunds-none = Keine Erstattungen.
staff-refund-state-pending = Offen
staff-refund-state-succeeded = Erfolgreich
staff-refund-state-failed = Fehlgeschlagen
staff-reprint = Beleg erneut drucken
staff-reprint-sent = Der Beleg wird gedruckt.
staff-refund = Erstatten
staff-resolve = Jetzt klären
# After "Resolve now": where the trade stands; $state is a status name.
staff-resolved = Aktueller Status: { $state }

## Refund

staff-refund-title = Erstattung
staff-refund-amount = Zu erstattender Betrag
staff-refund-refundable = Erstattbar: { $amount }
staff-refund-full = Gesamtbetrag
staff-refund-too-much = Mehr als erstattet werden kann.
staff-refund-zero = Betrag eingeben.
staff-refund-reason = Grund
staff-reason-returned = Artikel zurückgegeben
staff-reason-price = Preisfehler
staff-reason-other = Sonstiges
# The Continue button while no reason is chosen.
staff-refund-pick-reason = Grund wählen
staff-refund-confirm-title = Erstattung bestätigen
staff-refund-confirm-body = Das Geld geht zurück auf das Alipay-Konto des Käufers. Dies kann nicht rückgängig gemacht werden.
staff-refund-yes = { $amount } erstatten
staff-refund-sending = Erstattung wird an Alipay gesendet…
staff-refund-succeeded = Erstattung erfolgreich
staff-refund-pending = Erstattung ausstehend
staff-refund-pending-hint = Alipay hat noch nicht bestätigt. Der Kiosk prüft weiter; sehen Sie später in der Transaktion nach.
staff-refund-failed = Erstattung fehlgeschlagen

## Reconcile

staff-reconcile-run = Abgleichen
staff-reconcile-hint = Vergleicht das Journal des gewählten Tages mit der Alipay-Abrechnung dieses Tages.
staff-reconcile-running = Alipay-Abrechnung wird geladen…
staff-rec-bill-payments = Zahlungen in der Abrechnung
staff-rec-bill-refunds = Erstattungen in der Abrechnung
staff-rec-journal = Transaktionen im Journal
staff-rec-matched = Übereinstimmend
staff-rec-differences = Abweichungen
staff-rec-none = Keine Abweichungen: Journal und Abrechnung stimmen überein.
staff-diff-missing-from-journal = Fehlt im Journal
staff-diff-missing-from-bill = Fehlt in der Abrechnung
staff-diff-amount-mismatch = Beträge abweichend
staff-diff-status-mismatch = Status abweichend
staff-col-kind = Abweichung
staff-col-trade = Transaktion
staff-col-detail = Details

## Printer

staff-printer-ready = Bereit
staff-printer-paper-out = Papier leer
staff-printer-paper-low = Papier fast leer
staff-printer-cover-open = Deckel offen
staff-printer-offline = Offline
staff-printer-unknown = Status unbekannt
staff-printer-none = Kein Drucker eingerichtet
staff-printer-paper-width = Papierbreite
staff-printer-width-mm = { $mm } mm
staff-printer-target = Verbindung
staff-test-print = Testseite drucken
staff-test-print-hint = Die Testseite zeigt das Belegformat und prüft Papier und Abschneider.
staff-test-print-sent = Testseite an den Drucker gesendet.

## Camera

staff-camera-feed = Kamerabild
staff-camera-health = Zustand
staff-camera-streaming = Läuft
staff-camera-reconnecting = Verbindet neu
staff-camera-stopped = Angehalten
staff-camera-starting = Startet
staff-camera-fps = Bildrate
staff-camera-fps-value = { $fps } fps
staff-camera-frames = Bilder
staff-camera-source = Quelle
staff-camera-fault = Letzter Fehler
staff-camera-devices = Kameras
staff-camera-none = Keine Kamera gefunden.
staff-camera-picked = Gewechselt zu { $name }.
staff-camera-waiting = Warte auf das Bild…
staff-camera-decoded-none = Halten Sie einen Code vor die Kamera.
staff-code-alipay = Alipay
staff-code-other-wallet = Andere Wallet
staff-code-item = Artikel
staff-code-unknown = Unbekannt

## Configuration

staff-config-fleet = Zentrale Updates
staff-config-fleet-version = Flotten-Paket
staff-config-kiosk-version = Kiosk-Paket
staff-config-none = Keines
staff-config-catalog = Herkunft des Katalogs
staff-config-rejected = Zuletzt abgelehntes Paket
staff-config-rejected-none = Es wurde kein Paket abgelehnt.
staff-config-rejected-version = Paket
staff-config-rejected-at = Abgelehnt am
staff-config-reason = Grund

## Logs and audit log

staff-logs-title = Neueste Protokollzeilen
staff-lines = Zeilen: { $count }
staff-logs-empty = Das Protokoll ist leer.
staff-audit-title = Alle Aktionen des Personals
staff-col-when = Wann
staff-col-staff = Personal
staff-col-action = Aktion
staff-col-result = Ergebnis
staff-result-ok = OK
staff-audit-empty = Noch keine Einträge.

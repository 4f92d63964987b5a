# ScanPay Kiosk — maintenance mode for store staff (fr).
# Keys and their order as in en/staff.ftl; comments there explain each one.

## Header, tabs and what every page shares

staff-title = Maintenance
staff-store-terminal = { $store } · Terminal { $terminal }
# Under the signed-in staff member's name: the session ends after this long without a touch.
staff-session-left = Fin de session dans { $time }
staff-exit = Quitter la maintenance
staff-tab-overview = Vue d’ensemble
staff-tab-journal = Transactions
staff-tab-reconcile = Rapprochement
staff-tab-printer = Imprimante
staff-tab-camera = Caméra
staff-tab-config = Configuration
staff-tab-logs = Journaux
staff-tab-audit = Journal d’audit
# The error banner's heading; $code is the backend's error code.
staff-error = Erreur : { $code }
staff-dismiss = Fermer
staff-refresh = Actualiser
staff-loading = Chargement…
staff-cancel = Annuler
staff-back = Retour
staff-done = Terminé
staff-continue = Continuer
staff-show = Afficher
staff-search = Rechercher
staff-any = Tous
staff-on = Activé
staff-off = Désactivé
staff-version = Version { $version }

## On-screen keypad (spoken labels of the keys without a digit)

staff-key-back = Effacer le dernier caractère
staff-key-clear = Effacer
staff-key-dot = Séparateur décimal
staff-key-letters = Lettres
staff-key-digits = Chiffres

## PIN pad

staff-pin-title = Connexion du personnel
staff-pin-prompt = Saisissez votre code PIN
# Instead of the prompt when a staff badge QR opened the pad: its holder's name.
staff-pin-badge = { $name }, saisissez votre code PIN
staff-pin-ok = Se connecter
staff-pin-wrong = Code PIN erroné. Essais restants : { $left }
staff-pin-locked = Connexion bloquée. Réessayez dans { $time }
staff-pin-waiting = Un paiement est en cours. Connexion dès qu’il sera terminé…
staff-pin-failed = Impossible de vérifier le code PIN (erreur { $code }).

## Overview: lane, status, devices, alarms, quitting

staff-lane-title = Caisse
staff-lane-open = Ouverte
staff-lane-closed = Fermée
staff-lane-open-hint = Les clients peuvent payer ici.
staff-lane-closed-hint = Les clients voient « Cette caisse est fermée ».
staff-lane-close = Fermer la caisse
staff-lane-reopen = Ouvrir la caisse
# Confirmations after the lane was switched.
staff-lane-opened = La caisse est ouverte.
staff-lane-closed-now = La caisse est fermée.
staff-status-title = En ce moment
staff-payment-running = Un paiement est en cours
staff-payment-idle = Aucun paiement en cours
staff-sounds-on = Son activé
staff-sounds-off = Son coupé
staff-devices-title = Appareils
# The configuration row when no bundle was ever applied (built-in settings).
staff-config-builtin = Par défaut
staff-alarms-title = Alarmes
staff-alarms-none = Aucune alarme.
staff-alarm-help = Un client demande de l’aide
staff-alarm-receipt-failed = Un ticket n’a pas été imprimé
staff-alarm-unresolved = Issue du paiement inconnue
staff-alarm-printer = Problème d’imprimante
staff-alarm-config = Configuration non appliquée
staff-quit = Quitter l’application
staff-quit-hint = Quitter ferme le logiciel de la borne ; la caisse reste hors service jusqu’au prochain démarrage.
staff-quit-title = Quitter l’application de la borne ?
staff-quit-body = La caisse s’arrête jusqu’au redémarrage de l’application.
staff-quit-yes = Quitter
staff-quitting = Fermeture de l’application…

## Transactions: filters, list

staff-filter-date = Date
staff-filter-status = Statut
staff-filter-amount = Montant
staff-filter-trade = N° de transaction
staff-filter-clear = Effacer les filtres
staff-date-today = Aujourd’hui
staff-date-yesterday = Hier
staff-date-week = 7 derniers jours
staff-date-month = 30 derniers jours
staff-date-any = Toutes les dates
staff-date-range = { $from } – { $to }
staff-date-from = Du
staff-date-to = Au
staff-day-earlier = Un jour plus tôt
staff-day-later = Un jour plus tard
staff-status-all = Tous
staff-state-pending = En attente
staff-state-paid = Payée
staff-state-declined = Refusée
staff-state-cancelled = Annulée
staff-state-cancel-owed = Annulation due
staff-state-flagged = À vérifier
staff-amount-min = Au moins
staff-amount-max = Au plus
staff-amount-range = { $min } – { $max }
staff-amount-from = À partir de { $min }
staff-amount-up-to = Jusqu’à { $max }
staff-amount-order = Le minimum dépasse le maximum.
staff-trade-hint = Saisissez une partie du numéro de transaction ou scannez le code du ticket.
staff-trade-count = Transactions : { $count }
staff-trades-none = Aucune transaction ne correspond à ces filtres.
staff-refunded = { $amount } remboursé
staff-receipt-owed = Ticket non imprimé
staff-receipt-printed = Imprimé

## Transaction detail

staff-back-to-list = Toutes les transactions
staff-detail-created = Heure
staff-detail-refunded = Remboursé
staff-detail-gateway-no = N° Alipay
staff-detail-language = Langue
staff-detail-receipt = Ticket
staff-detail-flag = Signalée car :
staff-items = Articles
# One line of the items list: 2 × ¥3.50
staff-item-line = { $quantity } × { $price }
staff-events = Échanges avec la passerelle
staff-refunds = Remboursements
staff-refunds-none = Aucun remboursement.
staff-refund-state-pending = En attente
staff-refund-state-succeeded = Réussi
staff-refund-state-failed = Échoué
staff-reprint = Réimprimer le ticket
staff-reprint-sent = Le ticket est en cours d’impression.
staff-refund = Rembourser
staff-resolve = Régler maintenant
# After "Resolve now": where the trade stands; $state is a status name.
staff-resolved = Statut actuel : { $state }

## Refund

staff-refund-title = Remboursement
staff-refund-amount = Montant à rembourser
staff-refund-refundable = Remboursable : { $amount }
staff-refund-full = Montant total
staff-refund-too-much = Plus que le montant remboursable.
staff-refund-zero = Saisissez un montant.
staff-refund-reason = Motif
staff-reason-returned = Article rendu
staff-reason-price = Erreur de prix
staff-reason-other = Autre
# The Continue button while no reason is chosen.
staff-refund-pick-reason = Choisissez un motif
staff-refund-confirm-title = Confirmer le remboursement
staff-refund-confirm-body = L’argent retourne sur le compte Alipay de l’acheteur. Cette action est définitive.
staff-refund-yes = Rembourser { $amount }
staff-refund-sending = Envoi du remboursement à Alipay…
staff-refund-succeeded = Remboursement effectué
staff-refund-pending = Remboursement en attente
staff-refund-pending-hint = Alipay ne l’a pas encore confirmé. La borne continue de vérifier ; consultez la transaction plus tard.
staff-refund-failed = Échec du remboursement

## Reconcile

staff-reconcile-run = Rapprocher
staff-reconcile-hint = Compare le journal du jour choisi avec le relevé Alipay de ce jour.
staff-reconcile-running = Téléchargement du relevé Alipay…
staff-rec-bill-payments = Paiements au relevé
staff-rec-bill-refunds = Remboursements au relevé
staff-rec-journal = Transactions au journal
staff-rec-matched = Concordants
staff-rec-differences = Écarts
staff-rec-none = Aucun écart : le journal concorde avec le relevé.
staff-diff-missing-from-journal = Absente du journal
staff-diff-missing-from-bill = Absente du relevé
staff-diff-amount-mismatch = Montants différents
staff-diff-status-mismatch = Statuts différents
staff-col-kind = Écart
staff-col-trade = Transaction
staff-col-detail = Détail

## Printer

staff-printer-ready = Prête
staff-printer-paper-out = Plus de papier
staff-printer-paper-low = Papier presque épuisé
staff-printer-cover-open = Capot ouvert
staff-printer-offline = Hors ligne
staff-printer-unknown = État inconnu
staff-printer-none = Aucune imprimante configurée
staff-printer-paper-width = Largeur du papier
staff-printer-width-mm = { $mm } mm
staff-printer-target = Connexion
staff-test-print = Imprimer une page de test
staff-test-print-hint = La page de test montre la mise en page du ticket et vérifie le papier et le massicot.
staff-test-print-sent = Page de test envoyée à l’imprimante.

## Camera

staff-camera-feed = Image de la caméra
staff-camera-health = État
staff-camera-streaming = En diffusion
staff-camera-reconnecting = Reconnexion
staff-camera-stopped = Arrêtée
staff-camera-starting = Démarrage
staff-camera-fps = Images par seconde
staff-camera-fps-value = { $fps } i/s
staff-camera-frames = Images
staff-camera-source = Source
staff-camera-fault = Dernière panne
staff-camera-devices = Caméras
staff-camera-none = Aucune caméra trouvée.
staff-camera-picked = Caméra { $name } sélectionnée.
staff-camera-waiting = En attente de l’image…
staff-camera-decoded-none = Présentez un code à la caméra.
staff-code-alipay = Alipay
staff-code-other-wallet = Autre portefeuille
staff-code-item = Article
staff-code-unknown = Inconnu

## Configuration

staff-config-fleet = Mises à jour centrales
staff-config-fleet-version = Paquet de la flotte
staff-config-kiosk-version = Paquet de la borne
staff-config-none = Aucun
staff-config-catalog = Source du catalogue
staff-config-rejected = Dernier paquet refusé
staff-config-rejected-none = Aucun paquet n’a été refusé.
staff-config-rejected-version = Paquet
staff-config-rejected-at = Refusé le
staff-config-reason = Motif

## Logs and audit log

staff-logs-title = Dernières lignes du journal
staff-lines = Lignes : { $count }
staff-logs-empty = Le journal est vide.
staff-audit-title = Toutes les actions du personnel
staff-col-when = Quand
staff-col-staff = Personnel
staff-col-action = Action
staff-col-result = Résultat
staff-result-ok = OK
staff-audit-empty = Aucune entrée pour l’instant.

# ScanPay Kiosk — customer screens (fr).

language-name = Français

## Attract: the idle screen that invites a passer-by to start

attract-title = Scannez et payez vous-même
attract-subtitle =
    { $network ->
       *[alipay] Payez avec Alipay en quelques secondes
        [alipay_plus] Payez avec Alipay+ en quelques secondes
    }
attract-start = Touchez l’écran ou scannez un article pour commencer
attract-languages = Choisissez votre langue
attract-lane-store = { $store }
attract-accepted = Accepté ici
attract-alipay =
    { $network ->
       *[alipay] Payez avec Alipay
        [alipay_plus] Payez avec Alipay+
    }

## Language picker

language-title = Choisissez votre langue
language-back = Retour

## Shopping: the cart, items without a barcode, the total and Pay

shop-title = Vos articles
shop-scan-hint = Scannez chaque code-barres
shop-empty-title = Votre panier est vide
shop-empty-hint = Scannez le code-barres d’un article, ou choisissez un article sans code-barres.
shop-touch-title = Articles sans code-barres
shop-unit-price = { $price } l’unité
shop-just-added = Ajouté
shop-decrease = Un de moins : { $name }
shop-increase = Un de plus : { $name }
shop-remove = Retirer { $name }
shop-quantity = Quantité
shop-items =
    { $count ->
        [one] { $count } article
       *[other] { $count } articles
    }
shop-total = Total
shop-tax = Dont taxes : { $tax }
shop-pay =
    { $network ->
       *[alipay] Payer avec Alipay
        [alipay_plus] Payer avec Alipay+
    }
shop-help = Besoin d’aide ?
shop-language = Langue
shop-cancel = Tout annuler
shop-cancel-title = Annuler vos achats ?
shop-cancel-body = Tous les articles seront retirés de votre panier.
shop-cancel-yes = Oui, tout annuler
shop-cancel-no = Non, je continue

## Paying: the customer shows the Alipay payment code to the camera

pay-title =
    { $network ->
       *[alipay] Payer avec Alipay
        [alipay_plus] Payer avec Alipay+
    }
pay-amount = Montant à payer
pay-instruction =
    { $network ->
       *[alipay] Ouvrez Alipay et présentez votre code de paiement
        [alipay_plus] Ouvrez votre app de paiement et présentez votre code
    }
pay-step-open =
    { $network ->
       *[alipay] Ouvrez l’app Alipay sur votre téléphone
        [alipay_plus] Ouvrez votre app de paiement (Alipay, AlipayHK, GCash, Kakao Pay…)
    }
pay-step-code =
    { $network ->
       *[alipay] Touchez « Payer » pour voir votre code de paiement
        [alipay_plus] Affichez votre code de paiement dans l’app
    }
pay-step-hold = Placez le code dans le cadre à l’écran
pay-guide = Code de paiement ici
pay-camera-starting = Démarrage de la caméra…
pay-back = Retour au panier

## Processing: the payment is on its way

processing-title = Paiement en cours
processing-amount = Montant
processing-sending = Envoi de votre paiement…
processing-waiting = Confirmez sur votre téléphone si demandé
processing-cancelling = Annulation, veuillez patienter…
processing-keep-open =
    { $network ->
       *[alipay] Gardez Alipay ouvert sur votre téléphone jusqu’à la fin.
        [alipay_plus] Gardez votre app de paiement ouverte jusqu’à la fin.
    }
processing-seconds =
    { $seconds ->
        [one] seconde restante
       *[other] secondes restantes
    }
processing-cancel = Annuler le paiement

## Done: paid

done-title = Paiement réussi
done-amount = Montant payé
done-thanks = Merci pour vos achats !
done-receipt-printing = Impression de votre ticket…
done-receipt-printed = Prenez votre ticket
done-receipt-failed = Votre ticket n’a pas pu être imprimé. Demandez-en une copie au personnel.
done-finish = Terminé

## Failed: the payment did not go through — what happened, and what to do

failed-title = Paiement non abouti
failed-title-unresolved = Nous n’avons pas pu confirmer votre paiement
failed-not-charged = Aucun montant n’a été débité.
failed-reason-balance =
    { $network ->
       *[alipay] Votre solde ou votre plafond de dépenses Alipay était insuffisant.
        [alipay_plus] Le solde ou le plafond de dépenses de votre app de paiement était insuffisant.
    }
failed-help-balance =
    { $network ->
       *[alipay] Choisissez une autre carte ou un autre moyen de paiement dans Alipay, puis réessayez avec un nouveau code.
        [alipay_plus] Choisissez une autre carte ou un autre moyen de paiement dans votre app, puis réessayez avec un nouveau code.
    }
failed-reason-code-expired = Votre code de paiement avait expiré ou avait déjà été utilisé.
failed-help-code-expired =
    { $network ->
       *[alipay] Actualisez le code de paiement dans Alipay et réessayez.
        [alipay_plus] Actualisez le code de paiement dans votre app et réessayez.
    }
failed-reason-risk =
    { $network ->
       *[alipay] Alipay n’a pas autorisé ce paiement.
        [alipay_plus] Votre app de paiement n’a pas autorisé ce paiement.
    }
failed-help-risk = Essayez un autre moyen de paiement, ou appelez un employé.
failed-reason-timeout = Le paiement n’a pas été confirmé à temps, il a donc été annulé.
failed-help-timeout = Vous pouvez réessayer avec un nouveau code.
failed-reason-cancelled = Vous avez annulé le paiement.
failed-help-cancelled = Vous pouvez réessayer avec un nouveau code, ou annuler vos achats.
failed-reason-unavailable = Le service de paiement est injoignable.
failed-help-unavailable = Réessayez dans un instant, ou appelez un employé.
failed-reason-declined = Le paiement a été refusé.
failed-help-declined =
    { $network ->
       *[alipay] Essayez un autre moyen de paiement dans Alipay, ou appelez un employé.
        [alipay_plus] Essayez un autre moyen de paiement dans votre app, ou appelez un employé.
    }
failed-reason-unresolved = Nous n’avons pas pu savoir si votre paiement a abouti.
failed-help-unresolved = Un employé va vérifier pour vous. Ne payez pas une seconde fois.
failed-retry = Réessayer avec un nouveau code
failed-staff = Appeler un employé
failed-finish = Tout annuler
failed-back-to-start = Retour à l’accueil

## Closed: staff closed this lane

closed-title = Cette caisse est fermée
closed-body = Veuillez utiliser une autre caisse. Merci !

## Idle: "still there?" before the session starts over

idle-title = Êtes-vous toujours là ?
idle-body = Sans action de votre part, cette caisse va redémarrer et vos articles seront effacés.
idle-still-here = Je suis là

## Notices: short messages after something the kiosk could not do

notice-unknown-item = Article introuvable. Demandez de l’aide à un employé.
notice-wallet-wechat-pay =
    { $network ->
       *[alipay] WeChat Pay n’est pas accepté ici. Veuillez payer avec Alipay.
        [alipay_plus] WeChat Pay n’est pas accepté ici. Veuillez payer avec un portefeuille Alipay+.
    }
notice-wallet-unionpay =
    { $network ->
       *[alipay] UnionPay n’est pas accepté ici. Veuillez payer avec Alipay.
        [alipay_plus] UnionPay n’est pas accepté ici. Veuillez payer avec un portefeuille Alipay+.
    }
notice-wallet-other =
    { $network ->
       *[alipay] Ce code de paiement n’est pas accepté ici. Veuillez payer avec Alipay.
        [alipay_plus] Ce code de paiement n’est pas accepté ici. Veuillez payer avec un portefeuille Alipay+.
    }
notice-cart-empty = Votre panier est vide. Scannez d’abord un article.
notice-quantity-limit = Vous ne pouvez pas ajouter plus de cet article en un seul passage.
notice-staff-called = L’aide arrive. Un employé sera là dans un instant.
notice-error = Un problème est survenu. Réessayez ou demandez de l’aide à un employé.

## Common: on several screens

common-alipay =
    { $network ->
       *[alipay] Alipay
        [alipay_plus] Alipay+
    }
common-larger-text = Texte plus grand
common-please-wait = Veuillez patienter…
common-resetting = Préparation de la caisse pour le client suivant.
common-returning =
    { $seconds ->
        [one] Retour à l’accueil dans { $seconds } seconde
       *[other] Retour à l’accueil dans { $seconds } secondes
    }
common-demo = Simuler (démo)

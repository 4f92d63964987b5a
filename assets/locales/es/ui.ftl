# ScanPay Kiosk — customer screens (es).

language-name = Español

## Attract: the idle screen that invites a passer-by to start

attract-title = Escanee y pague usted mismo
attract-subtitle =
    { $network ->
       *[alipay] Pague con Alipay en segundos
        [alipay_plus] Pague con Alipay+ en segundos
    }
attract-start = Toque la pantalla o escanee un artículo para empezar
attract-languages = Elija su idioma
attract-lane-store = { $store }
attract-accepted = Se acepta aquí
attract-alipay =
    { $network ->
       *[alipay] Pague con Alipay
        [alipay_plus] Pague con Alipay+
    }

## Language picker

language-title = Elija su idioma
language-back = Atrás

## Shopping: the cart, items without a barcode, the total and Pay

shop-title = Sus artículos
shop-scan-hint = Escanee el código de cada artículo
shop-empty-title = Su carrito está vacío
shop-empty-hint = Escanee el código de barras de un artículo o elija un artículo sin código.
shop-touch-title = Artículos sin código de barras
shop-unit-price = { $price } por unidad
shop-just-added = Añadido
shop-decrease = Quitar una unidad de { $name }
shop-increase = Añadir una unidad de { $name }
shop-remove = Eliminar { $name }
shop-quantity = Cantidad
shop-items =
    { $count ->
        [one] { $count } artículo
       *[other] { $count } artículos
    }
shop-total = Total
shop-tax = Impuestos incluidos: { $tax }
shop-pay =
    { $network ->
       *[alipay] Pagar con Alipay
        [alipay_plus] Pagar con Alipay+
    }
shop-help = ¿Necesita ayuda?
shop-language = Idioma
shop-cancel = Cancelar compra
shop-cancel-title = ¿Cancelar esta compra?
shop-cancel-body = Se quitarán todos los artículos de su carrito.
shop-cancel-yes = Sí, cancelar compra
shop-cancel-no = No, seguir comprando

## Paying: the customer shows the Alipay payment code to the camera

pay-title =
    { $network ->
       *[alipay] Pagar con Alipay
        [alipay_plus] Pagar con Alipay+
    }
pay-amount = Importe a pagar
pay-instruction =
    { $network ->
       *[alipay] Abra Alipay y muestre su código de pago
        [alipay_plus] Abra su billetera digital y muestre su código de pago
    }
pay-step-open =
    { $network ->
       *[alipay] Abra la app Alipay en su teléfono
        [alipay_plus] Abra la app de su billetera digital (Alipay, AlipayHK, GCash, Kakao Pay…)
    }
pay-step-code =
    { $network ->
       *[alipay] Toque «Pagar» para ver su código de pago
        [alipay_plus] Muestre su código de pago en la app
    }
pay-step-hold = Coloque el código dentro del marco de la pantalla
pay-guide = Código de pago aquí
pay-camera-starting = Iniciando la cámara…
pay-back = Volver al carrito

## Processing: the payment is on its way

processing-title = Procesando su pago
processing-amount = Importe
processing-sending = Enviando su pago…
processing-waiting = Confirme en su teléfono si se le pide
processing-cancelling = Cancelando, espere…
processing-keep-open =
    { $network ->
       *[alipay] Mantenga Alipay abierto en su teléfono hasta que termine.
        [alipay_plus] Mantenga su billetera digital abierta en su teléfono hasta que termine.
    }
processing-seconds =
    { $seconds ->
        [one] segundo restante
       *[other] segundos restantes
    }
processing-cancel = Cancelar pago

## Done: paid

done-title = Pago realizado
done-amount = Importe pagado
done-thanks = ¡Gracias por su compra!
done-receipt-printing = Imprimiendo su recibo…
done-receipt-printed = Recoja su recibo
done-receipt-failed = No se pudo imprimir su recibo. Pida una copia al personal.
done-finish = Finalizar

## Failed: the payment did not go through — what happened, and what to do

failed-title = Pago no completado
failed-title-unresolved = No pudimos confirmar su pago
failed-not-charged = No se le ha cobrado nada.
failed-reason-balance =
    { $network ->
       *[alipay] Su saldo o límite de gasto de Alipay no era suficiente.
        [alipay_plus] Su saldo o límite de gasto de la billetera digital no era suficiente.
    }
failed-help-balance =
    { $network ->
       *[alipay] Elija otra tarjeta o método de pago en Alipay y vuelva a intentarlo con un código nuevo.
        [alipay_plus] Elija otra tarjeta o método de pago en su billetera digital y vuelva a intentarlo con un código nuevo.
    }
failed-reason-code-expired = Su código de pago había caducado o ya se había usado.
failed-help-code-expired =
    { $network ->
       *[alipay] Actualice el código de pago en Alipay y vuelva a intentarlo.
        [alipay_plus] Actualice el código de pago en su billetera digital y vuelva a intentarlo.
    }
failed-reason-risk =
    { $network ->
       *[alipay] Alipay no permitió este pago.
        [alipay_plus] Su billetera digital no permitió este pago.
    }
failed-help-risk = Pruebe otro método de pago o llame al personal para pedir ayuda.
failed-reason-timeout = El pago no se confirmó a tiempo, así que se canceló.
failed-help-timeout = Puede volver a intentarlo con un código nuevo.
failed-reason-cancelled = Ha cancelado el pago.
failed-help-cancelled = Puede volver a intentarlo con un código nuevo o cancelar su compra.
failed-reason-unavailable = No se pudo conectar con el servicio de pago.
failed-help-unavailable = Vuelva a intentarlo en un momento o llame al personal para pedir ayuda.
failed-reason-declined = El pago fue rechazado.
failed-help-declined =
    { $network ->
       *[alipay] Pruebe otro método de pago en Alipay o llame al personal para pedir ayuda.
        [alipay_plus] Pruebe otro método de pago en su billetera digital o llame al personal para pedir ayuda.
    }
failed-reason-unresolved = No pudimos saber si su pago se realizó.
failed-help-unresolved = Un empleado lo comprobará por usted. No vuelva a pagar.
failed-retry = Reintentar con un código nuevo
failed-staff = Llamar al personal
failed-finish = Cancelar compra
failed-back-to-start = Volver al inicio

## Closed: staff closed this lane

closed-title = Esta caja está cerrada
closed-body = Use otra caja, por favor. ¡Gracias!

## Idle: "still there?" before the session starts over

idle-title = ¿Sigue ahí?
idle-body = Si no hace nada, esta caja se reiniciará y se borrarán sus artículos.
idle-still-here = Sigo aquí

## Notices: short messages after something the kiosk could not do

notice-unknown-item = No se encontró este artículo. Pida ayuda al personal.
notice-wallet-wechat-pay =
    { $network ->
       *[alipay] Aquí no se acepta WeChat Pay. Pague con Alipay.
        [alipay_plus] Aquí no se acepta WeChat Pay. Pague con una billetera Alipay+.
    }
notice-wallet-unionpay =
    { $network ->
       *[alipay] Aquí no se acepta UnionPay. Pague con Alipay.
        [alipay_plus] Aquí no se acepta UnionPay. Pague con una billetera Alipay+.
    }
notice-wallet-other =
    { $network ->
       *[alipay] Aquí no se acepta este código de pago. Pague con Alipay.
        [alipay_plus] Aquí no se acepta este código de pago. Pague con una billetera Alipay+.
    }
notice-cart-empty = Su carrito está vacío. Primero escanee un artículo.
notice-quantity-limit = No puede añadir más unidades de este artículo en una misma compra.
notice-staff-called = La ayuda está en camino. Un empleado le atenderá en breve.
notice-error = Algo salió mal. Vuelva a intentarlo o pida ayuda al personal.

## Common: on several screens

common-alipay =
    { $network ->
       *[alipay] Alipay
        [alipay_plus] Alipay+
    }
common-larger-text = Texto más grande
common-please-wait = Espere, por favor…
common-resetting = Preparando la caja para el siguiente cliente.
common-returning =
    { $seconds ->
        [one] Volviendo al inicio en { $seconds } segundo
       *[other] Volviendo al inicio en { $seconds } segundos
    }
common-demo = Simular (demo)

# ScanPay Kiosk — maintenance mode for store staff (es).
# Keys and their order as in en/staff.ftl; comments there explain each one.

## Header, tabs and what every page shares

staff-title = Mantenimiento
staff-store-terminal = { $store } · Terminal { $terminal }
# Under the signed-in staff member's name: the session ends after this long without a touch.
staff-session-left = La sesión termina en { $time }
staff-exit = Salir de mantenimiento
staff-tab-overview = Resumen
staff-tab-journal = Transacciones
staff-tab-reconcile = Conciliar
staff-tab-printer = Impresora
staff-tab-camera = Cámara
staff-tab-config = Configuración
staff-tab-logs = Registros
staff-tab-audit = Auditoría
# The error banner's heading; $code is the backend's error code.
staff-error = Error: { $code }
staff-dismiss = Cerrar
staff-refresh = Actualizar
staff-loading = Cargando…
staff-cancel = Cancelar
staff-back = Atrás
staff-done = Listo
staff-continue = Continuar
staff-show = Mostrar
staff-search = Buscar
staff-any = Todos
staff-on = Activado
staff-off = Desactivado
staff-version = Versión { $version }

## On-screen keypad (spoken labels of the keys without a digit)

staff-key-back = Borrar el último carácter
staff-key-clear = Borrar
staff-key-dot = Separador decimal
staff-key-letters = Letras
staff-key-digits = Números

## PIN pad

staff-pin-title = Acceso de personal
staff-pin-prompt = Introduzca su PIN
# Instead of the prompt when a staff badge QR opened the pad: its holder's name.
staff-pin-badge = { $name }, introduzca su PIN
staff-pin-ok = Entrar
staff-pin-wrong = PIN incorrecto. Intentos restantes: { $left }
staff-pin-locked = Acceso bloqueado. Vuelva a intentarlo en { $time }
staff-pin-waiting = Hay un pago en curso. Se entrará cuando termine…
staff-pin-failed = No se pudo comprobar el PIN (error { $code }).

## Overview: lane, status, devices, alarms, quitting

staff-lane-title = Caja
staff-lane-open = Abierta
staff-lane-closed = Cerrada
staff-lane-open-hint = Los clientes pueden pagar aquí.
staff-lane-closed-hint = Los clientes ven «Esta caja está cerrada».
staff-lane-close = Cerrar caja
staff-lane-reopen = Abrir caja
# Confirmations after the lane was switched.
staff-lane-opened = La caja está abierta.
staff-lane-closed-now = La caja está cerrada.
staff-status-title = Ahora
staff-payment-running = Hay un pago en curso
staff-payment-idle = Ningún pago en curso
staff-sounds-on = Sonido activado
staff-sounds-off = Sonido silenciado
staff-devices-title = Dispositivos
# The configuration row when no bundle was ever applied (built-in settings).
staff-config-builtin = Predeterminada
staff-alarms-title = Alarmas
staff-alarms-none = No hay alarmas.
staff-alarm-help = Un cliente pidió ayuda
staff-alarm-receipt-failed = No se imprimió un ticket
staff-alarm-unresolved = Resultado de pago desconocido
staff-alarm-printer = Problema de impresora
staff-alarm-config = Configuración no aplicada
staff-quit = Cerrar la aplicación
staff-quit-hint = Cerrar la aplicación apaga el software del quiosco; la caja queda fuera de servicio hasta que se inicie de nuevo.
staff-quit-title = ¿Cerrar la aplicación del quiosco?
staff-quit-body = La caja se detiene hasta que la aplicación se inicie de nuevo.
staff-quit-yes = Cerrar
staff-quitting = Cerrando la aplicación…

## Transactions: filters, list

staff-filter-date = Fecha
staff-filter-status = Estado
staff-filter-amount = Importe
staff-filter-trade = N.º de transacción
staff-filter-clear = Quitar filtros
staff-date-today = Hoy
staff-date-yesterday = Ayer
staff-date-week = Últimos 7 días
staff-date-month = Últimos 30 días
staff-date-any = Cualquier fecha
staff-date-range = { $from } – { $to }
staff-date-from = Desde
staff-date-to = Hasta
staff-day-earlier = Un día antes
staff-day-later = Un día después
staff-status-all = Todos
staff-state-pending = Pendiente
staff-state-paid = Pagada
staff-state-declined = Rechazada
staff-state-cancelled = Anulada
staff-state-cancel-owed = Anulación pendiente
staff-state-flagged = Por revisar
staff-amount-min = Mínimo
staff-amount-max = Máximo
staff-amount-range = { $min } – { $max }
staff-amount-from = Desde { $min }
staff-amount-up-to = Hasta { $max }
staff-amount-order = El mínimo es mayor que el máximo.
staff-trade-hint = Escriba parte del número de transacción o escanee el código del ticket.
staff-trade-count = Transacciones: { $count }
staff-trades-none = Ninguna transacción coincide con estos filtros.
staff-refunded = { $amount } reembolsado
staff-receipt-owed = Ticket sin imprimir
staff-receipt-printed = Impreso

## Transaction detail

staff-back-to-list = Todas las transacciones
staff-detail-created = Hora
staff-detail-refunded = Reembolsado
staff-detail-gateway-no = N.º de Alipay
staff-detail-language = Idioma
staff-detail-receipt = Ticket
staff-detail-flag = Marcada porque:
staff-items = Artículos
# One line of the items list: 2 × ¥3.50
staff-item-line = { $quantity } × { $price }
staff-events = Intercambios con la pasarela
staff-refunds = Reembolsos
staff-refunds-none = Sin reembolsos.
staff-refund-state-pending = Pendiente
staff-refund-state-succeeded = Correcto
staff-refund-state-failed = Fallido
staff-reprint = Reimprimir ticket
staff-reprint-sent = Se está imprimiendo el ticket.
staff-refund = Reembolsar
staff-resolve = Resolver ahora
# After "Resolve now": where the trade stands; $state is a status name.
staff-resolved = Estado actual: { $state }

## Refund

staff-refund-title = Reembolso
staff-refund-amount = Importe a reembolsar
staff-refund-refundable = Reembolsable: { $amount }
staff-refund-full = Importe total
staff-refund-too-much = Supera lo que se puede reembolsar.
staff-refund-zero = Introduzca un importe.
staff-refund-reason = Motivo
staff-reason-returned = Artículo devuelto
staff-reason-price = Error de precio
staff-reason-other = Otro
# The Continue button while no reason is chosen.
staff-refund-pick-reason = Elija un motivo
staff-refund-confirm-title = Confirmar el reembolso
staff-refund-confirm-body = El dinero vuelve a la cuenta Alipay del comprador. No se puede deshacer.
staff-refund-yes = Reembolsar { $amount }
staff-refund-sending = Enviando el reembolso a Alipay…
staff-refund-succeeded = Reembolso realizado
staff-refund-pending = Reembolso pendiente
staff-refund-pending-hint = Alipay aún no lo ha confirmado. El quiosco sigue comprobándolo; revise la transacción más tarde.
staff-refund-failed = Reembolso fallido

## Reconcile

staff-reconcile-run = Conciliar
staff-reconcile-hint = Compara el diario del día elegido con el extracto de Alipay de ese día.
staff-reconcile-running = Descargando el extracto de Alipay…
staff-rec-bill-payments = Pagos en el extracto
staff-rec-bill-refunds = Reembolsos en el extracto
staff-rec-journal = Transacciones en el diario
staff-rec-matched = Coinciden
staff-rec-differences = Diferencias
staff-rec-none = Sin diferencias: el diario coincide con el extracto.
staff-diff-missing-from-journal = No está en el diario
staff-diff-missing-from-bill = No está en el extracto
staff-diff-amount-mismatch = Importes distintos
staff-diff-status-mismatch = Estados distintos
staff-col-kind = Diferencia
staff-col-trade = Transacción
staff-col-detail = Detalle

## Printer

staff-printer-ready = Lista
staff-printer-paper-out = Sin papel
staff-printer-paper-low = Queda poco papel
staff-printer-cover-open = Tapa abierta
staff-printer-offline = Sin conexión
staff-printer-unknown = Estado desconocido
staff-printer-none = Sin impresora configurada
staff-printer-paper-width = Ancho del papel
staff-printer-width-mm = { $mm } mm
staff-printer-target = Conexión
staff-test-print = Imprimir página de prueba
staff-test-print-hint = La página de prueba muestra el diseño del ticket y comprueba el papel y la cuchilla.
staff-test-print-sent = Página de prueba enviada a la impresora.

## Camera

staff-camera-feed = Imagen de la cámara
staff-camera-health = Estado
staff-camera-streaming = Transmitiendo
staff-camera-reconnecting = Reconectando
staff-camera-stopped = Detenida
staff-camera-starting = Iniciando
staff-camera-fps = Fotogramas por segundo
staff-camera-fps-value = { $fps } fps
staff-camera-frames = Fotogramas
staff-camera-source = Origen
staff-camera-fault = Último fallo
staff-camera-devices = Cámaras
staff-camera-none = No se encontró ninguna cámara.
staff-camera-picked = Cambiado a { $name }.
staff-camera-waiting = Esperando la imagen…
staff-camera-decoded-none = Muestre un código a la cámara.
staff-code-alipay = Alipay
staff-code-other-wallet = Otra billetera
staff-code-item = Artículo
staff-code-unknown = Desconocido

## Configuration

staff-config-fleet = Actualizaciones centrales
staff-config-fleet-version = Paquete de la flota
staff-config-kiosk-version = Paquete del quiosco
staff-config-none = Ninguno
staff-config-catalog = Origen del catálogo
staff-config-rejected = Último paquete rechazado
staff-config-rejected-none = No se ha rechazado ningún paquete.
staff-config-rejected-version = Paquete
staff-config-rejected-at = Rechazado el
staff-config-reason = Motivo

## Logs and audit log

staff-logs-title = Últimas líneas del registro
staff-lines = Líneas: { $count }
staff-logs-empty = El registro está vacío.
staff-audit-title = Todas las acciones del personal
staff-col-when = Cuándo
staff-col-staff = Personal
staff-col-action = Acción
staff-col-result = Resultado
staff-result-ok = Correcto
staff-audit-empty = Aún no hay entradas.

# ScanPay Kiosk — maintenance mode for store staff (ru).
# Keys and their order as in en/staff.ftl; comments there explain each one.

## Header, tabs and what every page shares

staff-title = Обслуживание
staff-store-terminal = { $store } · Терминал { $terminal }
# Under the signed-in staff member's name: the session ends after this long without a touch.
staff-session-left = Сеанс завершится через { $time }
staff-exit = Выйти из обслуживания
staff-tab-overview = Обзор
staff-tab-journal = Операции
staff-tab-reconcile = Сверка
staff-tab-printer = Принтер
staff-tab-camera = Камера
staff-tab-config = Настройки
staff-tab-logs = Журнал
staff-tab-audit = Аудит
# The error banner's heading; $code is the backend's error code.
staff-error = Ошибка: { $code }
staff-dismiss = Закрыть
staff-refresh = Обновить
staff-loading = Загрузка…
staff-cancel = Отмена
staff-back = Назад
staff-done = Готово
staff-continue = Далее
staff-show = Показать
staff-search = Найти
staff-any = Все
staff-on = Вкл.
staff-off = Выкл.
staff-version = Версия { $version }

## On-screen keypad (spoken labels of the keys without a digit)

staff-key-back = Удалить последний символ
staff-key-clear = Очистить
staff-key-dot = Десятичный разделитель
staff-key-letters = Буквы
staff-key-digits = Цифры

## PIN pad

staff-pin-title = Вход для персонала
staff-pin-prompt = Введите PIN-код
# Instead of the prompt when a staff badge QR opened the pad: its holder's name.
staff-pin-badge = { $name }, введите PIN-код
staff-pin-ok = Войти
staff-pin-wrong = Неверный PIN-код. Осталось попыток: { $left }
staff-pin-locked = Вход заблокирован. Повторите через { $time }
staff-pin-waiting = Идёт оплата. Вход выполнится после её завершения…
staff-pin-failed = Не удалось проверить PIN-код (ошибка { $code }).

## Overview: lane, status, devices, alarms, quitting

staff-lane-title = Касса
staff-lane-open = Открыта
staff-lane-closed = Закрыта
staff-lane-open-hint = Покупатели могут оплачивать здесь.
staff-lane-closed-hint = Покупатели видят «Эта касса закрыта».
staff-lane-close = Закрыть кассу
staff-lane-reopen = Открыть кассу
# Confirmations after the lane was switched.
staff-lane-opened = Касса открыта.
staff-lane-closed-now = Касса закрыта.
staff-status-title = Сейчас
staff-payment-running = Идёт оплата
staff-payment-idle = Нет текущей оплаты
staff-sounds-on = Звук включён
staff-sounds-off = Звук выключен
staff-devices-title = Устройства
# The configuration row when no bundle was ever applied (built-in settings).
staff-config-builtin = Встроенная
staff-alarms-title = Тревоги
staff-alarms-none = Тревог нет.
staff-alarm-help = Покупатель просит помощи
staff-alarm-receipt-failed = Чек не напечатан
staff-alarm-unresolved = Результат оплаты неизвестен
staff-alarm-printer = Проблема с принтером
staff-alarm-config = Настройки не применены
staff-quit = Закрыть приложение
staff-quit-hint = Закрытие останавливает программу киоска; касса не работает до повторного запуска.
staff-quit-title = Закрыть приложение киоска?
staff-quit-body = Касса остановится до повторного запуска приложения.
staff-quit-yes = Закрыть
staff-quitting = Приложение закрывается…

## Transactions: filters, list

staff-filter-date = Дата
staff-filter-status = Статус
staff-filter-amount = Сумма
staff-filter-trade = Номер операции
staff-filter-clear = Сбросить фильтры
staff-date-today = Сегодня
staff-date-yesterday = Вчера
staff-date-week = Последние 7 дней
staff-date-month = Последние 30 дней
staff-date-any = Любая дата
staff-date-range = { $from } – { $to }
staff-date-from = С
staff-date-to = По
staff-day-earlier = На день раньше
staff-day-later = На день позже
staff-status-all = Все
staff-state-pending = В обработке
staff-state-paid = Оплачена
staff-state-declined = Отклонена
staff-state-cancelled = Отменена
staff-state-cancel-owed = Ждёт отмены
staff-state-flagged = Требует проверки
staff-amount-min = Не меньше
staff-amount-max = Не больше
staff-amount-range = { $min } – { $max }
staff-amount-from = От { $min }
staff-amount-up-to = До { $max }
staff-amount-order = Минимум больше максимума.
staff-trade-hint = Введите часть номера операции или отсканируйте код на чеке.
staff-trade-count = Операций: { $count }
staff-trades-none = Нет операций, подходящих под фильтры.
staff-refunded = Возвращено { $amount }
staff-receipt-owed = Чек не напечатан
staff-receipt-printed = Напечатан

## Transaction detail

staff-back-to-list = Все операции
staff-detail-created = Время
staff-detail-refunded = Возвращено
staff-detail-gateway-no = Номер в Alipay
staff-detail-language = Язык
staff-detail-receipt = Чек
staff-detail-flag = Причина отметки:
staff-items = Товары
# One line of the items list: 2 × ¥3.50
staff-item-line = { $quantity } × { $price }
staff-events = Обмен со шлюзом
staff-refunds = Возвраты
staff-refunds-none = Возвратов нет.
staff-refund-state-pending = В обработке
staff-refund-state-succeeded = Выполнен
staff-refund-state-failed = Не выполнен
staff-reprint = Напечатать чек снова
staff-reprint-sent = Чек печатается.
staff-refund = Возврат
staff-resolve = Разобрать сейчас
# After "Resolve now": where the trade stands; $state is a status name.
staff-resolved = Текущий статус: { $state }

## Refund

staff-refund-title = Возврат
staff-refund-amount = Сумма возврата
staff-refund-refundable = Можно вернуть: { $amount }
staff-refund-full = Вся сумма
staff-refund-too-much = Больше, чем можно вернуть.
staff-refund-zero = Введите сумму.
staff-refund-reason = Причина
staff-reason-returned = Возврат товара
staff-reason-price = Ошибка в цене
staff-reason-other = Другое
# The Continue button while no reason is chosen.
staff-refund-pick-reason = Выберите причину
staff-refund-confirm-title = Подтвердите возврат
staff-refund-confirm-body = Деньги вернутся на счёт Alipay покупателя. Отменить это нельзя.
staff-refund-yes = Вернуть { $amount }
staff-refund-sending = Возврат отправляется в Alipay…
staff-refund-succeeded = Возврат выполнен
staff-refund-pending = Возврат в обработке
staff-refund-pending-hint = Alipay ещё не подтвердил. Киоск продолжает проверять; посмотрите операцию позже.
staff-refund-failed = Возврат не выполнен

## Reconcile

staff-reconcile-run = Сверить
staff-reconcile-hint = Сравнивает журнал выбранного дня с выпиской Alipay за этот день.
staff-reconcile-running = Загрузка выписки Alipay…
staff-rec-bill-payments = Оплаты в выписке
staff-rec-bill-refunds = Возвраты в выписке
staff-rec-journal = Операции в журнале
staff-rec-matched = Совпадают
staff-rec-differences = Расхождения
staff-rec-none = Расхождений нет: журнал совпадает с выпиской.
staff-diff-missing-from-journal = Нет в журнале
staff-diff-missing-from-bill = Нет в выписке
staff-diff-amount-mismatch = Суммы различаются
staff-diff-status-mismatch = Статусы различаются
staff-col-kind = Расхождение
staff-col-trade = Операция
staff-col-detail = Подробности

## Printer

staff-printer-ready = Готов
staff-printer-paper-out = Нет бумаги
staff-printer-paper-low = Бумага заканчивается
staff-printer-cover-open = Крышка открыта
staff-printer-offline = Не в сети
staff-printer-unknown = Состояние неизвестно
staff-printer-none = Принтер не настроен
staff-printer-paper-width = Ширина бумаги
staff-printer-width-mm = { $mm } мм
staff-printer-target = Подключение
staff-test-print = Печать тестовой страницы
staff-test-print-hint = Тестовая страница показывает макет чека и проверяет бумагу и отрезчик.
staff-test-print-sent = Тестовая страница отправлена на принтер.

## Camera

staff-camera-feed = Изображение камеры
staff-camera-health = Состояние
staff-camera-streaming = Работает
staff-camera-reconnecting = Переподключение
staff-camera-stopped = Остановлена
staff-camera-starting = Запускается
staff-camera-fps = Частота кадров
staff-camera-fps-value = { $fps } кадр/с
staff-camera-frames = Кадров
staff-camera-source = Источник
staff-camera-fault = Последний сбой
staff-camera-devices = Камеры
staff-camera-none = Камера не найдена.
staff-camera-picked = Выбрана камера { $name }.
staff-camera-waiting = Ожидание изображения…
staff-camera-decoded-none = Поднесите код к камере.
staff-code-alipay = Alipay
staff-code-other-wallet = Другой кошелёк
staff-code-item = Товар
staff-code-unknown = Неизвестно

## Configuration

staff-config-fleet = Централизованные обновления
staff-config-fleet-version = Пакет сети
staff-config-kiosk-version = Пакет киоска
staff-config-none = Нет
staff-config-catalog = Источник каталога
staff-config-rejected = Последний отклонённый пакет
staff-config-rejected-none = Отклонённых пакетов нет.
staff-config-rejected-version = Пакет
staff-config-rejected-at = Отклонён
staff-config-reason = Причина

## Logs and audit log

staff-logs-title = Последние строки журнала
staff-lines = Строк: { $count }
staff-logs-empty = Журнал пуст.
staff-audit-title = Все действия персонала
staff-col-when = Когда
staff-col-staff = Сотрудник
staff-col-action = Действие
staff-col-result = Результат
staff-result-ok = Успешно
staff-audit-empty = Записей пока нет.

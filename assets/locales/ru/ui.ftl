# ScanPay Kiosk — customer screens (ru).

language-name = Русский

## Attract: the idle screen that invites a passer-by to start

attract-title = Сканируйте и оплачивайте сами
attract-subtitle =
    { $network ->
       *[alipay] Оплата через Alipay за секунды
        [alipay_plus] Оплата через Alipay+ за секунды
    }
attract-start = Коснитесь экрана или отсканируйте товар, чтобы начать
attract-languages = Выберите язык
attract-lane-store = { $store }
attract-accepted = Принимаем к оплате
attract-alipay =
    { $network ->
       *[alipay] Оплата через Alipay
        [alipay_plus] Оплата через Alipay+
    }

## Language picker

language-title = Выберите ваш язык
language-back = Назад

## Shopping: the cart, items without a barcode, the total and Pay

shop-title = Ваши товары
shop-scan-hint = Сканируйте штрихкоды товаров
shop-empty-title = Корзина пуста
shop-empty-hint = Отсканируйте штрихкод товара или выберите товар без штрихкода.
shop-touch-title = Товары без штрихкода
shop-unit-price = { $price } за шт.
shop-just-added = Добавлено
shop-decrease = Уменьшить количество: { $name }
shop-increase = Увеличить количество: { $name }
shop-remove = Удалить: { $name }
shop-quantity = Количество
shop-items =
    { $count ->
        [one] { $count } товар
        [few] { $count } товара
        [many] { $count } товаров
       *[other] { $count } товара
    }
shop-total = Итого
shop-tax = Включая налог { $tax }
shop-pay =
    { $network ->
       *[alipay] Оплатить через Alipay
        [alipay_plus] Оплатить через Alipay+
    }
shop-help = Нужна помощь?
shop-language = Язык
shop-cancel = Отменить покупку
shop-cancel-title = Отменить покупку?
shop-cancel-body = Все товары будут удалены из корзины.
shop-cancel-yes = Да, отменить покупку
shop-cancel-no = Нет, продолжить покупки

## Paying: the customer shows the Alipay payment code to the camera

pay-title =
    { $network ->
       *[alipay] Оплата через Alipay
        [alipay_plus] Оплата через Alipay+
    }
pay-amount = К оплате
pay-instruction =
    { $network ->
       *[alipay] Откройте Alipay и покажите платёжный код
        [alipay_plus] Откройте электронный кошелёк и покажите платёжный код
    }
pay-step-open =
    { $network ->
       *[alipay] Откройте приложение Alipay на телефоне
        [alipay_plus] Откройте на телефоне приложение кошелька (Alipay, AlipayHK, GCash, Kakao Pay…)
    }
pay-step-code =
    { $network ->
       *[alipay] Нажмите «Оплатить», чтобы показать платёжный код
        [alipay_plus] Покажите платёжный код в приложении
    }
pay-step-hold = Поместите код в рамку на экране
pay-guide = Платёжный код сюда
pay-camera-starting = Включаем камеру…
pay-back = Назад в корзину

## Processing: the payment is on its way

processing-title = Обработка платежа
processing-amount = Сумма
processing-sending = Отправляем платёж…
processing-waiting = Подтвердите на телефоне, если нужно
processing-cancelling = Отменяем, подождите…
processing-keep-open =
    { $network ->
       *[alipay] Не закрывайте Alipay на телефоне до завершения оплаты.
        [alipay_plus] Не закрывайте приложение кошелька на телефоне до завершения оплаты.
    }
processing-seconds =
    { $seconds ->
        [one] секунда осталась
        [few] секунды осталось
        [many] секунд осталось
       *[other] секунды осталось
    }
processing-cancel = Отменить оплату

## Done: paid

done-title = Оплата прошла успешно
done-amount = Оплачено
done-thanks = Спасибо за покупку!
done-receipt-printing = Печатаем чек…
done-receipt-printed = Возьмите, пожалуйста, чек
done-receipt-failed = Не удалось напечатать чек. Попросите копию у сотрудника.
done-finish = Готово

## Failed: the payment did not go through — what happened, and what to do

failed-title = Оплата не прошла
failed-title-unresolved = Не удалось подтвердить оплату
failed-not-charged = Деньги не списаны.
failed-reason-balance =
    { $network ->
       *[alipay] Недостаточно средств в Alipay или превышен лимит расходов.
        [alipay_plus] Недостаточно средств в электронном кошельке или превышен лимит расходов.
    }
failed-help-balance =
    { $network ->
       *[alipay] Выберите в Alipay другую карту или способ оплаты и повторите попытку с новым кодом.
        [alipay_plus] Выберите в кошельке другую карту или способ оплаты и повторите попытку с новым кодом.
    }
failed-reason-code-expired = Платёжный код устарел или уже был использован.
failed-help-code-expired =
    { $network ->
       *[alipay] Обновите платёжный код в Alipay и повторите попытку.
        [alipay_plus] Обновите платёжный код в кошельке и повторите попытку.
    }
failed-reason-risk =
    { $network ->
       *[alipay] Alipay не разрешил эту оплату.
        [alipay_plus] Электронный кошелёк не разрешил эту оплату.
    }
failed-help-risk = Попробуйте другой способ оплаты или позовите сотрудника.
failed-reason-timeout = Оплата не была подтверждена вовремя и поэтому отменена.
failed-help-timeout = Можно повторить попытку с новым кодом.
failed-reason-cancelled = Вы отменили оплату.
failed-help-cancelled = Можно повторить попытку с новым кодом или отменить покупку.
failed-reason-unavailable = Платёжный сервис недоступен.
failed-help-unavailable = Повторите попытку чуть позже или позовите сотрудника.
failed-reason-declined = Платёж отклонён.
failed-help-declined =
    { $network ->
       *[alipay] Попробуйте другой способ оплаты в Alipay или позовите сотрудника.
        [alipay_plus] Попробуйте другой способ оплаты в кошельке или позовите сотрудника.
    }
failed-reason-unresolved = Не удалось выяснить, прошла ли оплата.
failed-help-unresolved = Сотрудник проверит это для вас. Пожалуйста, не оплачивайте повторно.
failed-retry = Повторить с новым кодом
failed-staff = Позвать сотрудника
failed-finish = Отменить покупку
failed-back-to-start = В начало

## Closed: staff closed this lane

closed-title = Эта касса закрыта
closed-body = Пожалуйста, воспользуйтесь другой кассой. Спасибо!

## Idle: "still there?" before the session starts over

idle-title = Вы ещё здесь?
idle-body = Если ничего не делать, касса начнёт заново, а ваши товары будут удалены.
idle-still-here = Я ещё здесь

## Notices: short messages after something the kiosk could not do

notice-unknown-item = Товар не найден. Обратитесь к сотруднику.
notice-wallet-wechat-pay =
    { $network ->
       *[alipay] WeChat Pay здесь не принимается. Оплатите через Alipay.
        [alipay_plus] WeChat Pay здесь не принимается. Оплатите кошельком Alipay+.
    }
notice-wallet-unionpay =
    { $network ->
       *[alipay] UnionPay здесь не принимается. Оплатите через Alipay.
        [alipay_plus] UnionPay здесь не принимается. Оплатите кошельком Alipay+.
    }
notice-wallet-other =
    { $network ->
       *[alipay] Этот платёжный код здесь не принимается. Оплатите через Alipay.
        [alipay_plus] Этот платёжный код здесь не принимается. Оплатите кошельком Alipay+.
    }
notice-cart-empty = Корзина пуста. Сначала отсканируйте товар.
notice-quantity-limit = Больше этого товара за одну покупку добавить нельзя.
notice-staff-called = Помощь уже в пути. Сотрудник скоро подойдёт.
notice-error = Что-то пошло не так. Повторите попытку или обратитесь к сотруднику.

## Common: on several screens

common-alipay =
    { $network ->
       *[alipay] Alipay
        [alipay_plus] Alipay+
    }
common-larger-text = Крупный текст
common-please-wait = Подождите…
common-resetting = Готовим кассу для следующего покупателя.
common-returning =
    { $seconds ->
        [one] Возврат в начало через { $seconds } секунду
        [few] Возврат в начало через { $seconds } секунды
        [many] Возврат в начало через { $seconds } секунд
       *[other] Возврат в начало через { $seconds } секунды
    }
common-demo = Симуляция (демо)

# ScanPay Kiosk — customer screens, English (the reference catalog: every
# other locale must define exactly these keys).

# The language's own name, shown in the language picker.
language-name = English

attract-title = Scan & pay yourself
attract-subtitle = Pay with Alipay in seconds
attract-start = Touch the screen or scan an item to start
attract-languages = Choose your language
attract-lane-store = { $store }

language-title = Choose your language
language-back = Back

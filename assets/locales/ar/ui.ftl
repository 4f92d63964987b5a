# ScanPay Kiosk — customer screens (ar).

language-name = العربية

attract-title = امسح وادفع بنفسك
attract-subtitle = ادفع عبر علي باي في ثوانٍ
attract-start = المس الشاشة أو امسح منتجًا للبدء
attract-languages = اختر لغتك
attract-lane-store = { $store }

language-title = اختر لغتك
language-back = رجوع

//! Amounts as the customer's locale writes them.

use money::{Currency, Money};

/// Formats `amount` for locale `tag`: the currency's symbol, the locale's
/// decimal separator and symbol position. No digit grouping (receipt columns
/// are narrow and kiosk amounts small). Negative amounts get a leading `-`.
///
/// ```
/// use money::{Currency, Money};
/// assert_eq!(printer::format_money(Money::new(1230, Currency::Cny), "en"), "¥12.30");
/// assert_eq!(printer::format_money(Money::new(1230, Currency::Eur), "de"), "12,30 €");
/// assert_eq!(printer::format_money(Money::new(-300, Currency::Cny), "zh-Hans"), "-￥3.00");
/// ```
pub fn format_money(amount: Money, tag: &str) -> String {
    let lang = tag.split('-').next().unwrap_or(tag);
    let digits = Money::new(amount.minor().saturating_abs(), amount.currency()).to_decimal_string();
    let comma = matches!(lang, "de" | "fr" | "es" | "id" | "vi" | "ru");
    let digits = if comma { digits.replace('.', ",") } else { digits };
    let symbol = symbol(amount.currency(), lang);
    let sign = if amount.minor() < 0 { "-" } else { "" };
    if matches!(lang, "de" | "fr" | "es" | "vi" | "ru") {
        format!("{sign}{digits} {symbol}")
    } else if symbol.chars().all(|c| c.is_ascii_alphabetic()) {
        format!("{sign}{symbol} {digits}")
    } else {
        format!("{sign}{symbol}{digits}")
    }
}

fn symbol(currency: Currency, lang: &str) -> &'static str {
    match currency {
        // Chinese printers' fonts have the full-width yen sign, not U+00A5.
        Currency::Cny if lang == "zh" => "￥",
        Currency::Cny | Currency::Jpy => "¥",
        Currency::Hkd => "HK$",
        Currency::Mop => "MOP$",
        Currency::Twd => "NT$",
        Currency::Krw => "₩",
        Currency::Thb => "฿",
        Currency::Vnd => "₫",
        Currency::Idr => "Rp",
        Currency::Myr => "RM",
        Currency::Sgd => "S$",
        Currency::Php => "₱",
        Currency::Usd => "$",
        Currency::Eur => "€",
        Currency::Gbp => "£",
        Currency::Rub => "₽",
        Currency::Aud => "A$",
        Currency::Nzd => "NZ$",
        Currency::Cad => "CA$",
        other => other.code(),
    }
}

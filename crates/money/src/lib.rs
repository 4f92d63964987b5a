//! Money for the kiosk: an amount in integer minor units plus its ISO 4217
//! currency. Never a float.
//!
//! Gateways want decimal strings ("12.30" for CNY, "1230" for JPY); receipts
//! and the UI want them too. This crate converts both ways exactly, using each
//! currency's ISO 4217 exponent, and refuses arithmetic across currencies.
//!
//! ```
//! use money::{Currency, Money};
//!
//! let price = Money::parse_decimal("12.30", Currency::Cny)?;
//! assert_eq!(price.minor(), 1230);
//! let total = price.checked_mul(3)?.checked_add(Money::new(5, Currency::Cny))?;
//! assert_eq!(total.to_decimal_string(), "36.95");
//! assert_eq!(Money::new(1230, Currency::Jpy).to_decimal_string(), "1230");
//! # Ok::<(), money::MoneyError>(())
//! ```

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// What can go wrong with money.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MoneyError {
    /// The currency code is not one the kiosk supports.
    #[error("unknown currency code {code:?} (supported: {supported})")]
    UnknownCurrency {
        /// The code as given.
        code: String,
        /// The supported codes, comma separated.
        supported: String,
    },
    /// Arithmetic between two currencies.
    #[error("cannot combine {left} and {right} amounts")]
    CurrencyMismatch {
        /// Currency of the left operand.
        left: Currency,
        /// Currency of the right operand.
        right: Currency,
    },
    /// The result does not fit in 64 bits of minor units.
    #[error("amount overflow")]
    Overflow,
    /// A decimal string that is not an exact amount of this currency.
    #[error("{text:?} is not a valid {currency} amount: {reason}")]
    InvalidAmount {
        /// The text as given.
        text: String,
        /// The currency it was parsed for.
        currency: Currency,
        /// Why it was refused.
        reason: &'static str,
    },
}

macro_rules! currencies {
    ($($variant:ident => $code:literal, $exp:literal, $name:literal;)*) => {
        /// An ISO 4217 currency the kiosk can price and charge in.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Currency {
            $(
                #[doc = $name]
                $variant,
            )*
        }

        impl Currency {
            /// Every supported currency.
            pub const ALL: &'static [Currency] = &[$(Currency::$variant),*];

            /// The three-letter ISO 4217 code.
            pub fn code(self) -> &'static str {
                match self { $(Currency::$variant => $code,)* }
            }

            /// Digits after the decimal point (ISO 4217 minor unit exponent).
            pub fn exponent(self) -> u32 {
                match self { $(Currency::$variant => $exp,)* }
            }

            /// The English name, for logs and staff screens.
            pub fn english_name(self) -> &'static str {
                match self { $(Currency::$variant => $name,)* }
            }
        }

        impl FromStr for Currency {
            type Err = MoneyError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($code => Ok(Currency::$variant),)*
                    _ => Err(MoneyError::UnknownCurrency {
                        code: s.to_owned(),
                        supported: [$($code),*].join(", "),
                    }),
                }
            }
        }
    };
}

currencies! {
    Cny => "CNY", 2, "Chinese yuan renminbi";
    Hkd => "HKD", 2, "Hong Kong dollar";
    Mop => "MOP", 2, "Macanese pataca";
    Twd => "TWD", 2, "New Taiwan dollar";
    Jpy => "JPY", 0, "Japanese yen";
    Krw => "KRW", 0, "South Korean won";
    Thb => "THB", 2, "Thai baht";
    Vnd => "VND", 0, "Vietnamese dong";
    Idr => "IDR", 2, "Indonesian rupiah";
    Myr => "MYR", 2, "Malaysian ringgit";
    Sgd => "SGD", 2, "Singapore dollar";
    Php => "PHP", 2, "Philippine peso";
    Usd => "USD", 2, "US dollar";
    Eur => "EUR", 2, "Euro";
    Gbp => "GBP", 2, "Pound sterling";
    Chf => "CHF", 2, "Swiss franc";
    Rub => "RUB", 2, "Russian ruble";
    Aed => "AED", 2, "UAE dirham";
    Sar => "SAR", 2, "Saudi riyal";
    Aud => "AUD", 2, "Australian dollar";
    Nzd => "NZD", 2, "New Zealand dollar";
    Cad => "CAD", 2, "Canadian dollar";
}

impl Currency {
    /// 10 to the power of the exponent: minor units in one major unit.
    pub fn minor_per_major(self) -> i64 {
        10_i64.pow(self.exponent())
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Currency {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        code.parse().map_err(serde::de::Error::custom)
    }
}

/// An amount of money: integer minor units of one currency.
///
/// Serialized as `{"minor": 1230, "currency": "CNY"}` so that no consumer is
/// tempted to read it as a float.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Money {
    minor: i64,
    currency: Currency,
}

impl Money {
    /// An amount of `minor` units (fen, cents, yen…) of `currency`.
    pub const fn new(minor: i64, currency: Currency) -> Self {
        Money { minor, currency }
    }

    /// Zero of `currency`.
    pub const fn zero(currency: Currency) -> Self {
        Money::new(0, currency)
    }

    /// The amount in minor units.
    pub const fn minor(self) -> i64 {
        self.minor
    }

    /// The currency.
    pub const fn currency(self) -> Currency {
        self.currency
    }

    /// True when the amount is zero.
    pub const fn is_zero(self) -> bool {
        self.minor == 0
    }

    /// True when the amount is above zero.
    pub const fn is_positive(self) -> bool {
        self.minor > 0
    }

    /// Sum of two amounts of the same currency.
    pub fn checked_add(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        let minor = self.minor.checked_add(other.minor).ok_or(MoneyError::Overflow)?;
        Ok(Money::new(minor, self.currency))
    }

    /// Difference of two amounts of the same currency.
    pub fn checked_sub(self, other: Money) -> Result<Money, MoneyError> {
        self.same_currency(other)?;
        let minor = self.minor.checked_sub(other.minor).ok_or(MoneyError::Overflow)?;
        Ok(Money::new(minor, self.currency))
    }

    /// The amount times a whole quantity.
    pub fn checked_mul(self, quantity: i64) -> Result<Money, MoneyError> {
        let minor = self.minor.checked_mul(quantity).ok_or(MoneyError::Overflow)?;
        Ok(Money::new(minor, self.currency))
    }

    fn same_currency(self, other: Money) -> Result<(), MoneyError> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(MoneyError::CurrencyMismatch { left: self.currency, right: other.currency })
        }
    }

    /// The amount as a plain decimal string with exactly the currency's
    /// number of decimals and `.` as the separator: `"12.30"`, `"-0.05"`,
    /// `"1230"` for JPY. This is the form gateways expect.
    pub fn to_decimal_string(self) -> String {
        let exp = self.currency.exponent();
        let sign = if self.minor < 0 { "-" } else { "" };
        let abs = self.minor.unsigned_abs();
        if exp == 0 {
            return format!("{sign}{abs}");
        }
        let per = 10_u64.pow(exp);
        format!("{sign}{}.{:0width$}", abs / per, abs % per, width = exp as usize)
    }

    /// Parses a plain decimal string (`"12.3"`, `"12.30"`, `"12"`, `"-1.05"`)
    /// exactly. More decimals than the currency has, exponents, separators,
    /// signs other than a leading `-`, or empty parts are refused.
    pub fn parse_decimal(text: &str, currency: Currency) -> Result<Money, MoneyError> {
        let err = |reason| MoneyError::InvalidAmount { text: text.to_owned(), currency, reason };
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let (whole, frac) = match digits.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (digits, None),
        };
        if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err("expected digits before the decimal point"));
        }
        let exp = currency.exponent() as usize;
        let frac = frac.unwrap_or("");
        if digits.contains('.') && frac.is_empty() {
            return Err(err("expected digits after the decimal point"));
        }
        if !frac.bytes().all(|b| b.is_ascii_digit()) {
            return Err(err("expected digits after the decimal point"));
        }
        if frac.len() > exp {
            return Err(err("more decimals than the currency has"));
        }
        let overflow = || err("amount too large");
        let mut minor: i64 = whole.parse().map_err(|_| overflow())?;
        minor = minor.checked_mul(currency.minor_per_major()).ok_or_else(overflow)?;
        if !frac.is_empty() {
            let padded = format!("{frac:0<exp$}");
            let f: i64 = padded.parse().map_err(|_| overflow())?;
            minor = minor.checked_add(f).ok_or_else(overflow)?;
        }
        Ok(Money::new(if negative { -minor } else { minor }, currency))
    }
}

impl fmt::Display for Money {
    /// `12.30 CNY`: for logs and staff screens. Customer-facing formatting is
    /// locale aware and lives in the UI and the receipt layout.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.to_decimal_string(), self.currency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_strings_use_the_currency_exponent() {
        assert_eq!(Money::new(1, Currency::Cny).to_decimal_string(), "0.01");
        assert_eq!(Money::new(10_000_000_000, Currency::Cny).to_decimal_string(), "100000000.00");
        assert_eq!(Money::new(-5, Currency::Usd).to_decimal_string(), "-0.05");
        assert_eq!(Money::new(0, Currency::Eur).to_decimal_string(), "0.00");
        assert_eq!(Money::new(1230, Currency::Jpy).to_decimal_string(), "1230");
        assert_eq!(Money::new(i64::MIN, Currency::Krw).to_decimal_string(), "-9223372036854775808");
    }

    #[test]
    fn parsing_is_exact_and_round_trips() {
        for (text, minor) in
            [("12.3", 1230), ("12.30", 1230), ("12", 1200), ("0.01", 1), ("-1.05", -105)]
        {
            let m = Money::parse_decimal(text, Currency::Cny).unwrap();
            assert_eq!(m.minor(), minor, "{text}");
        }
        for minor in [0, 1, 9, 10, 99, 100, 101, 123_456_789, -7] {
            let m = Money::new(minor, Currency::Thb);
            assert_eq!(Money::parse_decimal(&m.to_decimal_string(), Currency::Thb).unwrap(), m);
        }
    }

    #[test]
    fn parsing_refuses_what_is_not_an_exact_amount() {
        for bad in [
            "",
            ".5",
            "1.",
            "1.234",
            "1,00",
            "1e3",
            "+1",
            "--1",
            " 1",
            "abc",
            "1.2.3",
            "99999999999999999999",
        ] {
            assert!(Money::parse_decimal(bad, Currency::Cny).is_err(), "{bad:?} accepted");
        }
        assert!(Money::parse_decimal("1.5", Currency::Jpy).is_err());
    }

    #[test]
    fn arithmetic_refuses_mixed_currencies_and_overflow() {
        let cny = Money::new(100, Currency::Cny);
        let usd = Money::new(100, Currency::Usd);
        assert!(matches!(cny.checked_add(usd), Err(MoneyError::CurrencyMismatch { .. })));
        assert_eq!(Money::new(i64::MAX, Currency::Cny).checked_add(cny), Err(MoneyError::Overflow));
        assert_eq!(cny.checked_mul(3).unwrap().minor(), 300);
        assert_eq!(cny.checked_sub(Money::new(30, Currency::Cny)).unwrap().minor(), 70);
    }

    #[test]
    fn currency_codes_parse_and_serialize() {
        for c in Currency::ALL {
            assert_eq!(c.code().parse::<Currency>().unwrap(), *c);
        }
        let err = "XYZ".parse::<Currency>().unwrap_err().to_string();
        assert!(err.contains("XYZ") && err.contains("CNY"), "{err}");
        let json = serde_json::to_string(&Money::new(1230, Currency::Cny)).unwrap();
        assert_eq!(json, r#"{"minor":1230,"currency":"CNY"}"#);
    }
}

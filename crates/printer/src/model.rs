//! The receipt: what was bought, what it cost, how it was paid.

use masking::Secret;
use money::{Currency, Money};
use time::OffsetDateTime;

use crate::error::PrinterError;
use crate::raster::Bitmap;

/// One printed receipt.
#[derive(Debug, Clone)]
pub struct Receipt {
    /// Store name and address lines printed at the top.
    pub store: StoreHeader,
    /// What was bought, in scan order.
    pub items: Vec<LineItem>,
    /// Discounts, each a positive amount taken off the subtotal.
    pub discounts: Vec<Discount>,
    /// Tax, if the store prints it.
    pub tax: Option<Tax>,
    /// The currency of every amount.
    pub currency: Currency,
    /// How it was paid.
    pub payment: Payment,
    /// When it was paid (printed in its own offset).
    pub paid_at: OffsetDateTime,
    /// The kiosk's terminal id (Alipay `terminal_id`).
    pub terminal_id: String,
    /// Store footer lines (returns policy, web site…), printed before the thanks line.
    pub footer: Vec<String>,
}

/// The store's header.
#[derive(Debug, Clone)]
pub struct StoreHeader {
    /// Store name, printed large.
    pub name: String,
    /// Address, phone, tax id… one per line.
    pub lines: Vec<String>,
    /// A logo printed above the name (1-bit raster).
    pub logo: Option<Bitmap>,
}

/// One receipt line.
#[derive(Debug, Clone)]
pub struct LineItem {
    /// Product name as the catalog has it.
    pub name: String,
    /// How many (at least 1).
    pub quantity: u32,
    /// Price of one.
    pub unit_price: Money,
}

/// A discount.
#[derive(Debug, Clone)]
pub struct Discount {
    /// What it is ("Member price"); empty prints the catalog's word for discount.
    pub label: String,
    /// The amount taken off (positive).
    pub amount: Money,
}

/// Tax on the receipt.
#[derive(Debug, Clone)]
pub struct Tax {
    /// Rate in basis points (1300 = 13 %).
    pub rate_basis_points: u32,
    /// The tax amount.
    pub amount: Money,
    /// Whether prices already include it (VAT) or it is added to the total.
    pub included: bool,
}

/// How the receipt was paid.
#[derive(Debug, Clone)]
pub struct Payment {
    /// The method.
    pub method: PaymentMethod,
    /// Alipay's `trade_no`, printed in full and as a QR code.
    pub trade_no: String,
    /// The kiosk's `out_trade_no`.
    pub out_trade_no: String,
    /// The buyer's account (`buyer_logon_id`); only its last 4 characters are printed.
    pub buyer_account: Option<Secret<String>>,
}

/// Payment methods the kiosk takes.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum PaymentMethod {
    /// Alipay payment code (printed as the receipt language's "Alipay").
    Alipay,
    /// Another wallet's payment code (an Alipay+ wallet through Antom),
    /// printed by its brand name as given (`GCash`, `Kakao Pay`).
    Wallet(String),
}

/// The sums printed at the bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Totals {
    /// Sum of the item lines.
    pub subtotal: Money,
    /// Sum of the discounts (positive).
    pub discount: Money,
    /// What the customer paid.
    pub total: Money,
}

impl LineItem {
    /// `quantity × unit_price`.
    pub fn line_total(&self) -> Result<Money, PrinterError> {
        self.unit_price
            .checked_mul(i64::from(self.quantity))
            .map_err(|source| PrinterError::Money { what: "line total", source })
    }
}

impl Receipt {
    /// Checks the receipt and adds it up: every amount in [`Receipt::currency`],
    /// quantities at least 1, discounts positive, total not negative.
    pub fn totals(&self) -> Result<Totals, PrinterError> {
        let invalid = |reason: String| PrinterError::InvalidReceipt { reason };
        if self.items.is_empty() {
            return Err(invalid("no items".into()));
        }
        let zero = Money::new(0, self.currency);
        let mut subtotal = zero;
        for item in &self.items {
            if item.quantity == 0 {
                return Err(invalid(format!("item {:?} has quantity 0", item.name)));
            }
            subtotal = subtotal
                .checked_add(item.line_total()?)
                .map_err(|source| PrinterError::Money { what: "subtotal", source })?;
        }
        let mut discount = zero;
        for d in &self.discounts {
            if d.amount.minor() < 0 {
                return Err(invalid(format!("discount {:?} is negative", d.label)));
            }
            discount = discount
                .checked_add(d.amount)
                .map_err(|source| PrinterError::Money { what: "discounts", source })?;
        }
        let mut total = subtotal
            .checked_sub(discount)
            .map_err(|source| PrinterError::Money { what: "total", source })?;
        if let Some(tax) = &self.tax {
            // Checks the currency even when the tax is included.
            let with_tax = total
                .checked_add(tax.amount)
                .map_err(|source| PrinterError::Money { what: "tax", source })?;
            if !tax.included {
                total = with_tax;
            }
        }
        if total.minor() < 0 {
            return Err(invalid("discounts exceed the subtotal".into()));
        }
        Ok(Totals { subtotal, discount, total })
    }

    /// A fixed receipt for demos, `kioskctl receipt render --sample` and tests.
    pub fn sample() -> Receipt {
        let cny = |minor| Money::new(minor, Currency::Cny);
        Receipt {
            store: StoreHeader {
                name: "ScanPay Demo Store".into(),
                lines: vec!["88 Nanjing Road, Shanghai".into(), "Tel 021-5555 0188".into()],
                logo: None,
            },
            items: vec![
                LineItem { name: "Mineral water 550ml".into(), quantity: 2, unit_price: cny(200) },
                LineItem { name: "乌龙茶 Oolong tea".into(), quantity: 1, unit_price: cny(450) },
                LineItem { name: "Chicken sandwich".into(), quantity: 1, unit_price: cny(1290) },
                LineItem { name: "Dark chocolate 70%".into(), quantity: 3, unit_price: cny(599) },
            ],
            discounts: vec![Discount { label: String::new(), amount: cny(300) }],
            tax: Some(Tax { rate_basis_points: 1300, amount: cny(418), included: true }),
            currency: Currency::Cny,
            payment: Payment {
                method: PaymentMethod::Alipay,
                trade_no: "2025031422001412345678901234".into(),
                out_trade_no: "K01_20250314150903_0042".into(),
                buyer_account: Some(Secret::from("buyer_demo@example.com".to_owned())),
            },
            paid_at: time::macros::datetime!(2025-03-14 15:09:03 +08:00),
            terminal_id: "K-01".into(),
            footer: vec!["scanpay.example.com".into()],
        }
    }
}

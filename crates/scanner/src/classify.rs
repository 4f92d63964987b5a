//! What a decoded text is: a payment code of some wallet, an item code, or nothing of ours.
//!
//! Payment-code shapes (all digits; the public rules each wallet documents for merchants):
//!
//! | wallet | id | digits | prefix |
//! |---|---|---|---|
//! | Alipay | `alipay` | 16–24 | 25–30 |
//! | WeChat Pay | `wechat_pay` | 18 | 10–15 |
//! | UnionPay QuickPass | `unionpay` | 19 | 62 |
//!
//! Which wallets the kiosk accepts is a parameter ([`AcceptedWallets`]); a recognised wallet
//! that is not accepted is refused with the reason code `other_wallet`, the wallet's id and
//! the accepted list, so that the UI can say "this kiosk accepts …" in the customer's
//! language. Item codes (EAN-13, EAN-8, UPC-A, and GTINs in Code128) must pass their check
//! digit. Anything else is [`Classification::Ignored`].

use std::collections::BTreeSet;

use masking::Secret;
use serde::Serialize;

use crate::Symbology;

/// A payment wallet whose codes the scanner can recognise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Wallet {
    /// Alipay (mainland): 16–24 digits starting 25–30.
    Alipay,
    /// The Alipay+ wallets taken through Antom (Alipay, AlipayHK, GCash,
    /// Kakao Pay…): 16–32 digits starting 25–30 (Alipay+ code format). The
    /// wallet itself is not readable from the code; Antom names it.
    AlipayPlus,
    /// WeChat Pay.
    WechatPay,
    /// UnionPay QuickPass (云闪付).
    #[serde(rename = "unionpay")]
    UnionPay,
}

impl Wallet {
    /// Every wallet the scanner recognises.
    pub const ALL: [Wallet; 4] =
        [Wallet::Alipay, Wallet::AlipayPlus, Wallet::WechatPay, Wallet::UnionPay];

    /// The stable id used in events, config and localisation keys.
    pub fn id(self) -> &'static str {
        match self {
            Wallet::Alipay => "alipay",
            Wallet::AlipayPlus => "alipay_plus",
            Wallet::WechatPay => "wechat_pay",
            Wallet::UnionPay => "unionpay",
        }
    }

    /// The wallet with this id.
    pub fn from_id(id: &str) -> Option<Wallet> {
        Wallet::ALL.into_iter().find(|w| w.id() == id)
    }

    /// The wallets whose payment-code shape `text` has, narrowest first
    /// (an 18-digit `28…` code is both Alipay's and Alipay+'s).
    pub fn candidates(text: &str) -> Vec<Wallet> {
        let Some(first) = Wallet::of_code(text) else {
            return Vec::new();
        };
        let mut v = vec![first];
        // Every Alipay-shaped code (16–24 digits) is also an Alipay+ code.
        if first == Wallet::Alipay {
            v.push(Wallet::AlipayPlus);
        }
        v
    }

    /// The narrowest wallet whose payment-code shape `text` has, if any.
    pub fn of_code(text: &str) -> Option<Wallet> {
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let prefix: u32 = text.get(..2)?.parse().ok()?;
        let len = text.len();
        match (prefix, len) {
            (25..=30, 16..=24) => Some(Wallet::Alipay),
            (25..=30, 25..=32) => Some(Wallet::AlipayPlus),
            (10..=15, 18) => Some(Wallet::WechatPay),
            (62, 19) => Some(Wallet::UnionPay),
            _ => None,
        }
    }
}

/// The wallets this kiosk takes payment codes from (Alipay by default).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcceptedWallets(BTreeSet<Wallet>);

impl Default for AcceptedWallets {
    fn default() -> Self {
        AcceptedWallets::only(Wallet::Alipay)
    }
}

impl AcceptedWallets {
    /// Accept exactly one wallet.
    pub fn only(w: Wallet) -> Self {
        AcceptedWallets(BTreeSet::from([w]))
    }

    /// Accept these wallets.
    pub fn new(wallets: impl IntoIterator<Item = Wallet>) -> Self {
        AcceptedWallets(wallets.into_iter().collect())
    }

    /// Whether `w` is accepted.
    pub fn accepts(&self, w: Wallet) -> bool {
        self.0.contains(&w)
    }

    /// The accepted wallets' ids, in a stable order.
    pub fn ids(&self) -> Vec<&'static str> {
        self.0.iter().map(|w| w.id()).collect()
    }
}

/// Why a payment code is refused, in a form the UI localises.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Refusal {
    /// The reason code: `other_wallet`.
    pub code: &'static str,
    /// The wallet the code belongs to.
    pub wallet: Wallet,
    /// The wallets this kiosk accepts (for "this kiosk accepts …").
    pub accepted: Vec<&'static str>,
}

/// The verdict on one decoded text. A payment code is a [`Secret`]: it is an auth code
/// and never reaches a log line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Classification {
    /// A payment code of an accepted wallet: submit it (once).
    Payment {
        /// The wallet.
        wallet: Wallet,
        /// The code, digits only.
        code: Secret<String>,
    },
    /// A payment code of a wallet the kiosk does not accept.
    Refused(Refusal),
    /// A staff badge token (`SPSTAFF1.…`, a QR or a handheld scan): the app
    /// verifies its signature and opens the PIN pad. A secret, like a
    /// payment code.
    StaffBadge {
        /// The token.
        token: Secret<String>,
    },
    /// A product code with a valid check digit.
    Item {
        /// The GTIN as scanned (8, 12, 13 or 14 digits).
        gtin: String,
    },
    /// Not something the kiosk acts on.
    Ignored,
}

impl Classification {
    /// The `kind` string of `kioskctl decode`: `alipay`, `other_wallet`, `item` or `unknown`.
    ///
    /// An accepted wallet other than Alipay reports its own id.
    pub fn kind(&self) -> &'static str {
        match self {
            Classification::Payment { wallet, .. } => wallet.id(),
            Classification::Refused(_) => "other_wallet",
            Classification::StaffBadge { .. } => "staff_badge",
            Classification::Item { .. } => "item",
            Classification::Ignored => "unknown",
        }
    }
}

/// Classifies a decoded or typed `text` read as `symbology`.
pub fn classify(text: &str, symbology: Symbology, accepted: &AcceptedWallets) -> Classification {
    let text = text.trim();
    match symbology {
        Symbology::Ean13 | Symbology::Ean8 | Symbology::UpcA => {
            if gtin_is_valid(text) {
                return Classification::Item { gtin: text.into() };
            }
            return Classification::Ignored;
        }
        Symbology::QrCode | Symbology::Code128 | Symbology::Typed => {}
    }
    if text.starts_with("SPSTAFF1.") && symbology != Symbology::Code128 {
        return Classification::StaffBadge { token: Secret::new(text.into()) };
    }
    let candidates = Wallet::candidates(text);
    if let Some(&wallet) = candidates.first() {
        return if let Some(&taken) = candidates.iter().find(|w| accepted.accepts(**w)) {
            Classification::Payment { wallet: taken, code: Secret::new(text.into()) }
        } else {
            Classification::Refused(Refusal {
                code: "other_wallet",
                wallet,
                accepted: accepted.ids(),
            })
        };
    }
    if symbology != Symbology::QrCode {
        // Code128 labels and handheld scans: a GTIN, or GS1-128 "(01)" + GTIN-14.
        let gtin = text.strip_prefix("01").filter(|g| g.len() == 14).unwrap_or(text);
        if matches!(gtin.len(), 8 | 12 | 13 | 14) && gtin_is_valid(gtin) {
            return Classification::Item { gtin: gtin.into() };
        }
    }
    Classification::Ignored
}

/// Whether `digits` is a GTIN-8/12/13/14 (EAN-8, UPC-A, EAN-13, ITF-14) with a correct
/// GS1 mod-10 check digit.
pub fn gtin_is_valid(digits: &str) -> bool {
    if !matches!(digits.len(), 8 | 12 | 13 | 14) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let (body, check) = digits.split_at(digits.len() - 1);
    gtin_check_digit(body) == Some(u32::from(check.as_bytes()[0] - b'0'))
}

/// The GS1 mod-10 check digit for `body` (weights 3,1,3,… from the right), or `None` if
/// `body` is not all digits.
pub fn gtin_check_digit(body: &str) -> Option<u32> {
    let mut sum = 0u32;
    for (i, b) in body.bytes().rev().enumerate() {
        if !b.is_ascii_digit() {
            return None;
        }
        let d = u32::from(b - b'0');
        sum += if i % 2 == 0 { 3 * d } else { d };
    }
    Some((10 - sum % 10) % 10)
}

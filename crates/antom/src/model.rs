//! Domain types: what the kiosk asks Antom and what it learns, in money and
//! names rather than wire strings.

use masking::Secret;
use money::{Currency, Money};

use crate::error::ResultCode;

/// An id Antom keeps for idempotency (`paymentRequestId`, `refundRequestId`):
/// 1 to 64 characters of letters, digits, `_` and `-`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RequestId(String);

impl RequestId {
    /// Checks the id.
    pub fn new(id: &str) -> Result<RequestId, crate::AntomError> {
        let ok = !id.is_empty()
            && id.len() <= 64
            && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
        if ok {
            Ok(RequestId(id.to_owned()))
        } else {
            Err(crate::AntomError::InvalidRequest {
                field: "paymentRequestId",
                reason: format!("{id:?} must be 1-64 letters, digits, '_' or '-'"),
            })
        }
    }

    /// The id.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for RequestId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One cart line sent with the order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoodsLine {
    /// The item's id (EAN or catalog id).
    pub id: String,
    /// Its name.
    pub name: String,
    /// How many.
    pub quantity: u32,
    /// Unit price.
    pub unit: Money,
}

/// A user-presented-mode payment.
#[derive(Debug, Clone)]
pub struct PayRequest {
    /// The kiosk's trade number, Antom's idempotency key.
    pub payment_request_id: RequestId,
    /// The code the buyer showed. Never logged.
    pub code: Secret<String>,
    /// What to charge.
    pub amount: Money,
    /// What was bought.
    pub description: String,
    /// The store's id.
    pub store_id: String,
    /// The kiosk's id.
    pub terminal_id: String,
    /// The items.
    pub goods: Vec<GoodsLine>,
    /// When the payment expires (the kiosk's deadline), if set.
    pub expires_at: Option<time::OffsetDateTime>,
}

/// The wallet that paid, as Antom reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalletInfo {
    /// `pspName`, e.g. `ALIPAY_CN`, `GCASH`.
    pub psp_name: String,
    /// The name a buyer knows it by, for receipts (`Alipay`, `GCash`).
    pub display_name: String,
}

impl WalletInfo {
    /// The wallet of a `pspName` (and `walletBrandName`, when Antom gives one).
    pub fn new(psp_name: &str, brand: Option<&str>) -> WalletInfo {
        let display_name = match brand.map(str::trim).filter(|b| !b.is_empty()) {
            Some(b) => b.to_owned(),
            None => wallet_display_name(psp_name),
        };
        WalletInfo { psp_name: psp_name.to_owned(), display_name }
    }

    /// Whether this is mainland Alipay (receipts print the localised
    /// "Alipay" then).
    pub fn is_alipay_cn(&self) -> bool {
        self.psp_name == "ALIPAY_CN"
    }
}

/// The brand name of an Alipay+ wallet's `pspName`; unknown names are shown
/// as given.
pub fn wallet_display_name(psp_name: &str) -> String {
    let name = match psp_name {
        "ALIPAY_CN" => "Alipay",
        "ALIPAY_HK" => "AlipayHK",
        "GCASH" => "GCash",
        "KAKAOPAY" => "Kakao Pay",
        "NAVERPAY" => "Naver Pay",
        "TOSSPAY" => "Toss Pay",
        "DANA" => "DANA",
        "TRUEMONEY" => "TrueMoney",
        "TNG" => "Touch 'n Go eWallet",
        "BOOST" => "Boost",
        "EASYPAISA" => "easypaisa",
        "BPI" => "BPI",
        "MPAY" => "MPay",
        "HIPAY" => "HiPay",
        "OCBC" => "OCBC",
        "CHANGIPAY" => "Changi Pay",
        "PAYPAY" => "PayPay",
        "LAZADA_PAY" => "Lazada Wallet",
        other => other,
    };
    name.to_owned()
}

/// A paid payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    /// Antom's payment id.
    pub payment_id: String,
    /// What was charged.
    pub amount: Money,
    /// When (ISO 8601, as Antom gave it).
    pub paid_at: Option<String>,
    /// The wallet.
    pub wallet: Option<WalletInfo>,
    /// The buyer as the wallet masks it for display.
    pub buyer: Option<Secret<String>>,
}

/// What `pay` answered when it did not fail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PayOutcome {
    /// `S`: paid.
    Paid(Payment),
    /// `U PAYMENT_IN_PROCESS`: the buyer is confirming; inquire.
    InProcess {
        /// Antom's payment id, when given.
        payment_id: Option<String>,
    },
}

/// `paymentStatus` of an inquiry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaymentStatus {
    /// `SUCCESS`: paid.
    Success,
    /// `FAIL`: not paid, final.
    Fail,
    /// `PROCESSING`: the buyer has not finished.
    Processing,
    /// `CANCELLED`: cancelled by the merchant (refunded if it had been paid).
    Cancelled,
    /// `PENDING`: paid, waiting for the final result.
    Pending,
}

/// What `inquiryPayment` answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentState {
    /// The status.
    pub status: PaymentStatus,
    /// Antom's payment id.
    pub payment_id: Option<String>,
    /// The payment's own result code (why it failed).
    pub result_code: Option<ResultCode>,
    /// The amount.
    pub amount: Option<Money>,
    /// When it was paid, if it ever was.
    pub paid_at: Option<String>,
    /// The wallet.
    pub wallet: Option<WalletInfo>,
    /// The masked buyer.
    pub buyer: Option<Secret<String>>,
}

/// What `cancel` answered (`S`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cancellation {
    /// Antom's payment id, when the payment existed.
    pub payment_id: Option<String>,
    /// When.
    pub cancel_time: Option<String>,
}

/// A refund of part or all of a paid payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundRequest {
    /// This refund's idempotency key, reused on every retry.
    pub refund_request_id: RequestId,
    /// Antom's id of the paid payment.
    pub payment_id: String,
    /// How much.
    pub amount: Money,
    /// Why.
    pub reason: Option<String>,
}

/// What `refund` answered (`S`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refund {
    /// Antom's refund id.
    pub refund_id: Option<String>,
    /// The amount refunded.
    pub amount: Option<Money>,
}

/// An amount on the wire: minor units in the currency's exponent.
pub(crate) fn wire_amount(m: Money) -> crate::wire::Amount {
    crate::wire::Amount { currency: m.currency().code().to_owned(), value: m.minor().to_string() }
}

/// An amount from the wire.
pub(crate) fn domain_amount(a: &crate::wire::Amount) -> Result<Money, String> {
    let currency: Currency =
        a.currency.parse().map_err(|e| format!("currency {:?}: {e}", a.currency))?;
    let minor: i64 = a
        .value
        .parse()
        .ok()
        .filter(|v: &i64| *v >= 0)
        .ok_or_else(|| format!("amount value {:?} is not minor units", a.value))?;
    Ok(Money::new(minor, currency))
}

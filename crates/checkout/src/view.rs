//! What the customer screens render: the session as the UI sees it (camelCase
//! JSON). `ui/src/backend.ts` mirrors these types field for field; the app
//! pushes a [`CheckoutView`] as the `checkout-view` event on every change.

use serde::Serialize;

/// Where the customer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ScreenState {
    /// Waiting for a customer.
    Attract,
    /// Picking a language.
    Language,
    /// Scanning items, reviewing the cart.
    Shopping,
    /// Showing the payment code to the camera.
    Paying,
    /// A payment is running.
    Processing,
    /// Paid; the receipt prints.
    Done,
    /// Not paid; the reason and what to do.
    Failed,
    /// Staff closed the lane, or it is not open yet (start-up recovery).
    Closed,
}

/// One cart line, named in the session's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CartLineView {
    /// The line's id within the session.
    pub line_id: u32,
    /// Catalog id.
    pub product_id: String,
    /// Name in the session's language.
    pub name: String,
    /// How many.
    pub quantity: u32,
    /// Price of one, minor units.
    pub unit_minor: i64,
    /// Price × quantity.
    pub total_minor: i64,
}

/// The cart and its totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CartView {
    /// Lines in the order added.
    pub lines: Vec<CartLineView>,
    /// Sum of quantities.
    pub item_count: u32,
    /// What the customer pays (tax included).
    pub total_minor: i64,
    /// Tax contained in the total.
    pub tax_minor: i64,
}

/// A wallet the store does not take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RefusedWallet {
    /// WeChat Pay.
    WechatPay,
    /// UnionPay QuickPass.
    Unionpay,
    /// Another wallet.
    Other,
}

/// A short-lived message for the customer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Notice {
    /// A valid barcode that is not in the catalog.
    UnknownItem {
        /// The code, as scanned.
        code: String,
    },
    /// A payment code of a wallet this store does not take.
    OtherWallet {
        /// Which.
        wallet: RefusedWallet,
    },
    /// Pay with nothing in the cart.
    CartEmpty,
    /// A line is at the most one checkout may hold.
    QuantityLimit,
    /// Staff were called.
    StaffCalled,
}

/// Where a running payment is, for the customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PaymentPhase {
    /// The pay request is on its way.
    Sending,
    /// The buyer may need to confirm on the phone.
    Waiting,
    /// The kiosk is cancelling it.
    Cancelling,
}

/// A running payment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentView {
    /// The kiosk's trade number.
    pub out_trade_no: String,
    /// Where it is.
    pub phase: PaymentPhase,
    /// Seconds until the deadline.
    pub seconds_left: u64,
    /// The whole deadline.
    pub deadline_secs: u64,
}

/// Why a payment did not go through, in the customer's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureReason {
    /// Not enough balance.
    Balance,
    /// The code was refused as invalid: old, already used, or not a code
    /// (the wallet checked it; the customer refreshes it).
    CodeExpired,
    /// Refused by the wallet's risk control.
    Risk,
    /// Not confirmed in time; cancelled, nothing charged.
    Timeout,
    /// Cancelled by the customer (or on the phone); nothing charged.
    Cancelled,
    /// The payment service could not be reached or is misconfigured.
    Unavailable,
    /// Refused for another reason.
    Declined,
    /// The outcome is not known yet; staff will check.
    Unresolved,
}

/// How the receipt is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReceiptStatus {
    /// Being printed.
    Printing,
    /// Printed.
    Printed,
    /// The printer failed; staff were alerted.
    Failed,
}

/// How the checkout ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CheckoutResult {
    /// Paid.
    #[serde(rename_all = "camelCase")]
    Paid {
        /// The kiosk's trade number.
        out_trade_no: String,
        /// What was charged.
        amount_minor: i64,
        /// The receipt.
        receipt: ReceiptStatus,
    },
    /// Not paid.
    Failed {
        /// Why.
        reason: FailureReason,
    },
}

/// The "still there?" prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IdlePrompt {
    /// Seconds until the session resets.
    pub seconds_left: u64,
}

/// Everything the checkout screens render.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CheckoutView {
    /// Increases with every change: a command's answer older than the last
    /// pushed view is dropped by the UI.
    pub seq: u64,
    /// The screen.
    pub state: ScreenState,
    /// The session's language.
    pub language: String,
    /// The cart.
    pub cart: CartView,
    /// A message to show.
    pub notice: Option<Notice>,
    /// Increases with every notice.
    pub notice_seq: u64,
    /// Increases with every item added.
    pub scan_seq: u64,
    /// The line last added to.
    pub last_line_id: Option<u32>,
    /// The running payment.
    pub payment: Option<PaymentView>,
    /// How the checkout ended.
    pub result: Option<CheckoutResult>,
    /// The "still there?" prompt, when up.
    pub idle: Option<IdlePrompt>,
    /// A reset waits for the payment core.
    pub resetting: bool,
    /// Seconds until done/failed return to attract.
    pub return_secs: Option<u64>,
    /// Staff muted the scan, success and error sounds.
    pub sounds_muted: bool,
    /// Which payment codes the kiosk takes, for the customer's wording and
    /// the mark on the pay screen.
    pub payment_network: PaymentNetwork,
}

/// The family of payment codes a kiosk takes (from `gateway.wallets`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PaymentNetwork {
    /// Alipay only: "Open the Alipay app".
    #[default]
    Alipay,
    /// Alipay+ wallets through Antom (Alipay, AlipayHK, GCash, Kakao Pay…):
    /// "Open your e-wallet app".
    AlipayPlus,
}

impl PaymentNetwork {
    /// The network of a `gateway.wallets` list.
    pub fn of_wallets(wallets: &[String]) -> PaymentNetwork {
        if wallets.iter().any(|w| w == "alipay_plus") {
            PaymentNetwork::AlipayPlus
        } else {
            PaymentNetwork::Alipay
        }
    }
}

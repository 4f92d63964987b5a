//! The JSON of Antom requests and answers, field for field. Every value is a
//! string on the wire ("Set the data type of each field (except array) as
//! String"), amounts included: `{"currency":"HKD","value":"1250"}` is HK$12.50.
//!
//! These types stay in this crate; [`crate::model`] holds the domain types the
//! rest of the kiosk sees.

use serde::{Deserialize, Serialize};

/// `Amount`: currency and value in the currency's minor units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Amount {
    /// ISO 4217 code.
    pub currency: String,
    /// Minor units, as a string of digits.
    pub value: String,
}

/// `Result`: whether the call worked. `S` success, `F` failure, `U` unknown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ApiResult {
    /// e.g. `SUCCESS`, `PAYMENT_IN_PROCESS`, `USER_BALANCE_NOT_ENOUGH`.
    pub result_code: String,
    /// `S`, `F` or `U`.
    pub result_status: String,
    /// Human-readable detail.
    #[serde(default)]
    pub result_message: Option<String>,
}

/// `Store`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Store {
    /// The merchant's store id.
    pub reference_store_id: String,
    /// The store's name.
    pub store_name: String,
    /// The store's merchant category code.
    #[serde(rename = "storeMCC", skip_serializing_if = "Option::is_none")]
    pub store_mcc: Option<String>,
}

/// `Merchant`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Merchant {
    /// The merchant's id (secondary merchant, for acquirers and platforms).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference_merchant_id: Option<String>,
    /// Merchant category code, e.g. `5411` (grocery stores).
    #[serde(rename = "merchantMCC", skip_serializing_if = "Option::is_none")]
    pub merchant_mcc: Option<String>,
    /// The merchant's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub merchant_name: Option<String>,
    /// The store.
    pub store: Store,
}

/// `Env` of an in-store order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Env {
    /// The kiosk's id.
    pub store_terminal_id: String,
    /// When the kiosk sent the request (ISO 8601).
    pub store_terminal_request_time: String,
}

/// `Goods`: one cart line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Goods {
    /// The item's id.
    pub reference_goods_id: String,
    /// The item's name.
    pub goods_name: String,
    /// Unit price.
    pub goods_unit_amount: Amount,
    /// Quantity, as a string.
    pub goods_quantity: String,
}

/// `Order`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Order {
    /// The merchant's order id.
    pub reference_order_id: String,
    /// What was bought (shown in the wallet).
    pub order_description: String,
    /// The order total.
    pub order_amount: Amount,
    /// The merchant and store.
    pub merchant: Merchant,
    /// The items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goods: Vec<Goods>,
    /// The terminal.
    pub env: Env,
}

/// `PaymentMethod`: for user-presented mode, the scanned code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentMethod {
    /// `CONNECT_WALLET`.
    pub payment_method_type: String,
    /// The payment code the buyer showed.
    pub payment_method_id: String,
}

/// `PaymentFactor`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentFactor {
    /// `PaymentCode` for user-presented mode.
    pub in_store_payment_scenario: String,
}

/// `POST /v1/payments/pay` (user-presented mode).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PayBody {
    /// `IN_STORE_PAYMENT`.
    pub product_code: String,
    /// The idempotency key: the kiosk's trade number.
    pub payment_request_id: String,
    /// The order.
    pub order: Order,
    /// What to charge.
    pub payment_amount: Amount,
    /// The scanned code.
    pub payment_method: PaymentMethod,
    /// `PaymentCode`.
    pub payment_factor: PaymentFactor,
    /// Where Antom posts the result notification.
    pub payment_notify_url: String,
    /// When the payment expires (ISO 8601): the kiosk's deadline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_expiry_time: Option<String>,
}

/// `pspCustomerInfo`: the wallet and the buyer as the wallet shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PspCustomerInfo {
    /// The wallet, e.g. `ALIPAY_CN`, `ALIPAY_HK`, `GCASH`, `KAKAOPAY`.
    #[serde(default)]
    pub psp_name: Option<String>,
    /// The buyer's id at the wallet.
    #[serde(default)]
    pub psp_customer_id: Option<String>,
    /// The buyer's id, masked for display.
    #[serde(default)]
    pub display_customer_id: Option<String>,
}

/// The answer of `pay` and of `inquiryPayment`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentAnswer {
    /// The call's result.
    pub result: ApiResult,
    /// Echo of the request's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_request_id: Option<String>,
    /// Antom's payment id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_id: Option<String>,
    /// What was charged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_amount: Option<Amount>,
    /// When the payment was created.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_create_time: Option<String>,
    /// When it was paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_time: Option<String>,
    /// Inquiry only: `SUCCESS`, `FAIL`, `PROCESSING`, `CANCELLED`, `PENDING`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_status: Option<String>,
    /// Inquiry only: the payment's own result code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_result_code: Option<String>,
    /// Inquiry only: its message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_result_message: Option<String>,
    /// The wallet and the buyer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub psp_customer_info: Option<PspCustomerInfo>,
    /// The wallet's brand as the buyer knows it (e.g. `GCash`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wallet_brand_name: Option<String>,
}

/// `POST /v1/payments/inquiryPayment` and `/v1/payments/cancel`: one of the
/// two ids.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PaymentRef {
    /// The kiosk's trade number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_request_id: Option<String>,
    /// Antom's payment id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_id: Option<String>,
}

/// The answer of `cancel`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CancelAnswer {
    /// The call's result.
    pub result: ApiResult,
    /// Antom's payment id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_id: Option<String>,
    /// The kiosk's trade number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_request_id: Option<String>,
    /// When it was cancelled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancel_time: Option<String>,
}

/// `POST /v1/payments/refund`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RefundBody {
    /// The idempotency key of this refund.
    pub refund_request_id: String,
    /// Antom's payment id of the paid trade.
    pub payment_id: String,
    /// How much to return.
    pub refund_amount: Amount,
    /// Why.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refund_reason: Option<String>,
}

/// The answer of `refund`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RefundAnswer {
    /// The call's result.
    pub result: ApiResult,
    /// Echo of the refund's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_request_id: Option<String>,
    /// Antom's refund id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_id: Option<String>,
    /// The paid trade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_id: Option<String>,
    /// The amount refunded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_amount: Option<Amount>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_time: Option<String>,
}

/// Only the result, for answers whose shape is otherwise unknown (an error
/// answer of any API).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultOnly {
    /// The call's result.
    pub result: ApiResult,
}

/// API paths, below the `/ams/api` (or `/ams/sandbox/api`) prefix.
pub mod path {
    /// `pay`.
    pub const PAY: &str = "/v1/payments/pay";
    /// `inquiryPayment`.
    pub const INQUIRY: &str = "/v1/payments/inquiryPayment";
    /// `cancel`.
    pub const CANCEL: &str = "/v1/payments/cancel";
    /// `refund`.
    pub const REFUND: &str = "/v1/payments/refund";
    /// Production prefix.
    pub const LIVE_PREFIX: &str = "/ams/api";
    /// Prefix for `SANDBOX_…` client ids.
    pub const SANDBOX_PREFIX: &str = "/ams/sandbox/api";
}

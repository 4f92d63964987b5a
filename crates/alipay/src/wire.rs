//! Wire types: the JSON of `biz_content` and of the answer nodes, as Alipay
//! documents them. Shared with the sandbox gateway. Domain code uses the types
//! in [`crate::model`]; mapping happens in the client with exhaustive matches.

use serde::{Deserialize, Serialize};

/// Method names.
pub mod method {
    /// Barcode payment.
    pub const PAY: &str = "alipay.trade.pay";
    /// Trade query.
    pub const QUERY: &str = "alipay.trade.query";
    /// Cancel (close if unpaid, refund if paid).
    pub const CANCEL: &str = "alipay.trade.cancel";
    /// Refund.
    pub const REFUND: &str = "alipay.trade.refund";
    /// Close an unpaid trade.
    pub const CLOSE: &str = "alipay.trade.close";
    /// Bill download URL.
    pub const BILL: &str = "alipay.data.dataservice.bill.downloadurl.query";
    /// All six, for the sandbox.
    pub const ALL: [&str; 6] = [PAY, QUERY, CANCEL, REFUND, CLOSE, BILL];
}

/// `extend_params`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExtendParams {
    /// Service provider PID for rebates.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sys_service_provider_id: Option<String>,
}

/// One `goods_detail` entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoodsDetail {
    /// Item id (EAN).
    pub goods_id: String,
    /// Item name.
    pub goods_name: String,
    /// Quantity.
    pub quantity: u32,
    /// Unit price, "0.00".
    pub price: String,
}

/// `biz_content` of `alipay.trade.pay`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayBiz {
    /// Merchant order number.
    pub out_trade_no: String,
    /// `bar_code` (or `security_code` for face-pay codes).
    pub scene: String,
    /// The buyer's payment code.
    pub auth_code: String,
    /// `FACE_TO_FACE_PAYMENT`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub product_code: Option<String>,
    /// Order title.
    pub subject: String,
    /// "0.00" yuan.
    pub total_amount: String,
    /// Amount coupons may apply to.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub discountable_amount: Option<String>,
    /// Store id.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub store_id: Option<String>,
    /// Terminal id.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub terminal_id: Option<String>,
    /// Operator id.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub operator_id: Option<String>,
    /// e.g. `5m`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub timeout_express: Option<String>,
    /// Items.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub goods_detail: Vec<GoodsDetail>,
    /// Provider extras.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub extend_params: Option<ExtendParams>,
}

/// `biz_content` of query, cancel and close.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TradeRefBiz {
    /// Merchant order number.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub out_trade_no: Option<String>,
    /// Alipay trade number.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub trade_no: Option<String>,
}

/// `biz_content` of refund.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefundBiz {
    /// Merchant order number.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub out_trade_no: Option<String>,
    /// Alipay trade number.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub trade_no: Option<String>,
    /// "0.00".
    pub refund_amount: String,
    /// Identifies one refund; reused on retry. Defaults to out_trade_no.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub out_request_no: Option<String>,
    /// Reason.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub refund_reason: Option<String>,
}

/// `biz_content` of the bill URL query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BillBiz {
    /// `trade` or `signcustomer`.
    pub bill_type: String,
    /// `yyyy-MM-dd` or `yyyy-MM`.
    pub bill_date: String,
}

/// Fields every answer node has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Common {
    /// 10000, 10003, 20000, 40001, 40002, 40004, 40006.
    pub code: String,
    /// Text.
    pub msg: String,
    /// Sub code.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sub_code: Option<String>,
    /// Sub message.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sub_msg: Option<String>,
}

/// `trade_status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[allow(clippy::enum_variant_names)]
pub enum WireTradeStatus {
    /// Created, waiting for the buyer.
    #[serde(rename = "WAIT_BUYER_PAY")]
    WaitBuyerPay,
    /// Closed unpaid, or fully refunded.
    #[serde(rename = "TRADE_CLOSED")]
    TradeClosed,
    /// Paid, refundable.
    #[serde(rename = "TRADE_SUCCESS")]
    TradeSuccess,
    /// Paid, no longer refundable.
    #[serde(rename = "TRADE_FINISHED")]
    TradeFinished,
}

/// `Y`/`N` flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Flag {
    /// Yes.
    Y,
    /// No.
    N,
}

/// Cancel `action`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WireCancelAction {
    /// Unpaid trade closed.
    Close,
    /// Paid trade refunded.
    Refund,
}

/// Answer of pay (10000 or 10003).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct PayNode {
    /// Alipay trade number.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub trade_no: Option<String>,
    /// Merchant order number.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub out_trade_no: Option<String>,
    /// Masked buyer account.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub buyer_logon_id: Option<String>,
    /// Buyer user id (2088…).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub buyer_user_id: Option<String>,
    /// "0.00".
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub total_amount: Option<String>,
    /// What the merchant receives.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub receipt_amount: Option<String>,
    /// `yyyy-MM-dd HH:mm:ss`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub gmt_payment: Option<String>,
}

/// Answer of query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct QueryNode {
    /// Alipay trade number.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub trade_no: Option<String>,
    /// Merchant order number.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub out_trade_no: Option<String>,
    /// Masked buyer account.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub buyer_logon_id: Option<String>,
    /// Buyer user id.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub buyer_user_id: Option<String>,
    /// Status.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub trade_status: Option<WireTradeStatus>,
    /// "0.00".
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub total_amount: Option<String>,
    /// What the merchant receives.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub receipt_amount: Option<String>,
    /// Payment time.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub send_pay_date: Option<String>,
}

/// Answer of cancel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct CancelNode {
    /// Alipay trade number.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub trade_no: Option<String>,
    /// Merchant order number.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub out_trade_no: Option<String>,
    /// `Y`: call cancel again.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub retry_flag: Option<Flag>,
    /// What cancel did.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub action: Option<WireCancelAction>,
}

/// Answer of refund.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct RefundNode {
    /// Alipay trade number.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub trade_no: Option<String>,
    /// Merchant order number.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub out_trade_no: Option<String>,
    /// Masked buyer account.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub buyer_logon_id: Option<String>,
    /// `Y` when this call moved money (`N` on an idempotent retry).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub fund_change: Option<Flag>,
    /// Total refunded so far on the trade.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub refund_fee: Option<String>,
    /// Refund time.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub gmt_refund_pay: Option<String>,
}

/// Answer of close.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct CloseNode {
    /// Alipay trade number.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub trade_no: Option<String>,
    /// Merchant order number.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub out_trade_no: Option<String>,
}

/// Answer of the bill URL query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct BillNode {
    /// Where to download the zip; valid about 30 s.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub bill_download_url: Option<String>,
}

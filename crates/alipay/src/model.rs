//! Domain types: what callers send and get back.

use std::fmt;

use masking::Secret;
use money::Money;

use crate::error::CallError;

/// A merchant identifier (`out_trade_no`, `out_request_no`): 1–64 letters,
/// digits or underscores.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OutTradeNo(String);

/// `out_request_no` follows the same rules as `out_trade_no`.
pub type OutRequestNo = OutTradeNo;

impl OutTradeNo {
    /// Validates an identifier.
    pub fn new(s: impl Into<String>) -> Result<Self, CallError> {
        let s = s.into();
        if s.is_empty() || s.len() > 64 {
            return Err(CallError::InvalidRequest {
                field: "out_trade_no",
                reason: format!("{s:?} must be 1 to 64 characters"),
            });
        }
        if !s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            return Err(CallError::InvalidRequest {
                field: "out_trade_no",
                reason: format!("{s:?} may hold only letters, digits and underscores"),
            });
        }
        Ok(OutTradeNo(s))
    }

    /// The identifier.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for OutTradeNo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One item line for `goods_detail`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoodsLine {
    /// Item id (EAN).
    pub goods_id: String,
    /// Item name.
    pub goods_name: String,
    /// Quantity.
    pub quantity: u32,
    /// Unit price.
    pub price: Money,
}

/// A barcode payment.
#[derive(Debug, Clone)]
pub struct PayRequest {
    /// Merchant order number, allocated and journaled before the call.
    pub out_trade_no: OutTradeNo,
    /// The buyer's payment code (face-pay codes start with `fp`).
    pub auth_code: Secret<String>,
    /// Amount, CNY, 0.01 to 100000000.00.
    pub total: Money,
    /// Order title.
    pub subject: String,
    /// Store id.
    pub store_id: Option<String>,
    /// Terminal (kiosk) id.
    pub terminal_id: Option<String>,
    /// Operator id.
    pub operator_id: Option<String>,
    /// Trade timeout, e.g. `5m`.
    pub timeout_express: Option<String>,
    /// Amount coupons and promotions may apply to.
    pub discountable: Option<Money>,
    /// Items.
    pub goods: Vec<GoodsLine>,
}

impl PayRequest {
    /// A request with the required fields; the rest empty.
    pub fn new(
        out_trade_no: OutTradeNo,
        auth_code: Secret<String>,
        total: Money,
        subject: impl Into<String>,
    ) -> Self {
        PayRequest {
            out_trade_no,
            auth_code,
            total,
            subject: subject.into(),
            store_id: None,
            terminal_id: None,
            operator_id: None,
            timeout_express: None,
            discountable: None,
            goods: Vec::new(),
        }
    }
}

/// A completed payment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    /// Alipay trade number.
    pub trade_no: String,
    /// Merchant order number.
    pub out_trade_no: String,
    /// Amount charged.
    pub total: Money,
    /// What the merchant receives, when given.
    pub received: Option<Money>,
    /// Masked buyer account (e.g. `159****5620`).
    pub buyer_logon_id: Option<Secret<String>>,
    /// Buyer user id.
    pub buyer_user_id: Option<Secret<String>>,
    /// `gmt_payment` / `send_pay_date`, Beijing time.
    pub paid_at: Option<String>,
}

/// The outcome of a successful `trade.pay` call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PayOutcome {
    /// Code 10000: paid.
    Paid(Payment),
    /// Code 10003: the buyer must confirm on the phone; query until decided.
    WaitingForBuyer {
        /// Alipay trade number, when given.
        trade_no: Option<String>,
    },
}

/// Trade status (only `Paid` and `Finished` mean money was taken).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TradeStatus {
    /// WAIT_BUYER_PAY.
    WaitingForBuyer,
    /// TRADE_CLOSED: unpaid and closed, or fully refunded.
    Closed,
    /// TRADE_SUCCESS.
    Paid,
    /// TRADE_FINISHED.
    Finished,
}

impl TradeStatus {
    /// TRADE_SUCCESS or TRADE_FINISHED.
    pub fn is_paid(self) -> bool {
        match self {
            TradeStatus::Paid | TradeStatus::Finished => true,
            TradeStatus::WaitingForBuyer | TradeStatus::Closed => false,
        }
    }
}

/// The answer of `trade.query`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TradeState {
    /// Alipay trade number.
    pub trade_no: Option<String>,
    /// Merchant order number.
    pub out_trade_no: String,
    /// Status.
    pub status: TradeStatus,
    /// Total.
    pub total: Option<Money>,
    /// Received.
    pub received: Option<Money>,
    /// Masked buyer account.
    pub buyer_logon_id: Option<Secret<String>>,
    /// Payment time.
    pub paid_at: Option<String>,
}

/// What `trade.cancel` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CancelAction {
    /// The trade was unpaid and is closed.
    Closed,
    /// The trade was paid; the money was returned to the buyer.
    Refunded,
}

/// The answer of `trade.cancel`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cancellation {
    /// Alipay trade number.
    pub trade_no: Option<String>,
    /// Merchant order number.
    pub out_trade_no: String,
    /// What happened (`None` if the gateway did not say).
    pub action: Option<CancelAction>,
    /// `retry_flag=Y`: call cancel again.
    pub retry: bool,
}

/// A (partial) refund.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundRequest {
    /// The trade.
    pub out_trade_no: OutTradeNo,
    /// Identifies this refund; reuse it when retrying.
    pub out_request_no: OutRequestNo,
    /// Amount to return, CNY.
    pub amount: Money,
    /// Reason.
    pub reason: Option<String>,
}

/// The answer of `trade.refund`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refund {
    /// Alipay trade number.
    pub trade_no: Option<String>,
    /// Merchant order number.
    pub out_trade_no: String,
    /// True when this call moved money (false on an idempotent retry).
    pub fund_change: bool,
    /// Total refunded so far on the trade.
    pub refunded_total: Option<Money>,
}

/// The answer of `trade.close`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closed {
    /// Alipay trade number.
    pub trade_no: Option<String>,
    /// Merchant order number.
    pub out_trade_no: Option<String>,
}

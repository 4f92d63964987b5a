//! The [`Gateway`] trait: what the payment core needs from a payment
//! provider, in domain terms.
//!
//! Each provider's client (the Alipay OpenAPI client here, the Antom adapter
//! later) implements it by mapping its own answers with exhaustive matches.
//! Every answer carries a `detail` line for the journal's event log: what
//! the gateway said, precise enough for staff, with no secret in it.

use std::future::Future;
use std::pin::Pin;

use masking::Secret;
use money::Money;

use crate::machine::{CancelAnswer, PayAnswer, QueryAnswer};

/// A boxed future, so the trait is object safe (`Arc<dyn Gateway>`).
pub type GatewayFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// An answer and what the gateway said, for the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answered<T> {
    /// The answer in domain terms.
    pub answer: T,
    /// What was said (code, sub code, status), for the event log.
    pub detail: String,
}

impl<T> Answered<T> {
    /// An answer with its detail.
    pub fn new(answer: T, detail: impl Into<String>) -> Self {
        Answered { answer, detail: detail.into() }
    }
}

/// One cart line sent along with the payment (`goods_detail`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CartLine {
    /// The item's code (EAN) or catalog id.
    pub item_id: String,
    /// The item's name as the receipt prints it.
    pub name: String,
    /// Quantity.
    pub quantity: u32,
    /// Unit price in minor units of the trade's currency.
    pub unit_minor: i64,
}

/// A payment request: the journaled intent plus the buyer's code.
#[derive(Debug, Clone)]
pub struct PayOrder {
    /// The merchant's trade number (already in the journal).
    pub out_trade_no: String,
    /// The buyer's payment code. Never logged, never journaled.
    pub auth_code: Secret<String>,
    /// The amount to charge.
    pub amount: Money,
    /// The order title.
    pub subject: String,
    /// The store.
    pub store_id: String,
    /// The kiosk.
    pub terminal_id: String,
    /// The items.
    pub lines: Vec<CartLine>,
}

/// A refund request; `out_request_no` is journaled before it is sent and
/// reused on every retry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundOrder {
    /// The paid trade.
    pub out_trade_no: String,
    /// Identifies this refund at the gateway.
    pub out_request_no: String,
    /// How much to return.
    pub amount: Money,
    /// Why (shown to the buyer by the wallet).
    pub reason: String,
}

/// What a refund request answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefundAnswer {
    /// The money is on its way back to the buyer.
    Refunded,
    /// The gateway refused the refund; nothing moved.
    Declined {
        /// Why, for staff.
        reason: String,
    },
    /// No trustworthy answer: retry with the same `out_request_no`.
    Unknown,
}

/// A movement of money in the gateway's daily bill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BillKind {
    /// A payment.
    Payment,
    /// A refund (including the refund a cancel makes).
    Refund,
}

/// One line of the gateway's daily bill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BillEntry {
    /// The merchant's trade number.
    pub out_trade_no: String,
    /// The gateway's trade number.
    pub trade_no: String,
    /// Payment or refund.
    pub kind: BillKind,
    /// The amount moved (positive for both kinds).
    pub amount: Money,
    /// The refund's `out_request_no`, when the gateway gives it.
    pub out_request_no: Option<String>,
}

/// Why the bill could not be had.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct BillUnavailable(pub String);

/// A payment provider, as the payment core sees it.
///
/// Implementations never panic and never return success for an answer they
/// could not verify: anything untrustworthy is `Unknown` (or `Retry` for a
/// cancel). Request timeouts are the driver's business.
pub trait Gateway: Send + Sync {
    /// The provider's name for logs and the journal (`alipay`, `antom`).
    fn name(&self) -> &'static str;
    /// Charges the buyer's payment code.
    fn pay<'a>(&'a self, order: &'a PayOrder) -> GatewayFuture<'a, Answered<PayAnswer>>;
    /// Asks how a trade stands.
    fn query<'a>(&'a self, out_trade_no: &'a str) -> GatewayFuture<'a, Answered<QueryAnswer>>;
    /// Cancels a trade: closes it if unpaid, refunds it in full if paid.
    fn cancel<'a>(&'a self, out_trade_no: &'a str) -> GatewayFuture<'a, Answered<CancelAnswer>>;
    /// Refunds part or all of a paid trade.
    fn refund<'a>(&'a self, order: &'a RefundOrder) -> GatewayFuture<'a, Answered<RefundAnswer>>;
    /// Downloads the bill of one day (the provider's own time zone).
    fn bill(&self, date: time::Date) -> GatewayFuture<'_, Result<Vec<BillEntry>, BillUnavailable>>;
}

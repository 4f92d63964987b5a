//! The payment crate's one error type.

use crate::journal::TradeState;
use crate::machine::TransitionError;

/// What went wrong in the payment core. The UI sees it as `{code, message}`
/// through [`PaymentError::code`].
#[derive(Debug, thiserror::Error)]
pub enum PaymentError {
    /// The journal (SQLite) failed: nothing more may be sent.
    #[error("journal {path}: {source}")]
    Journal {
        /// The journal file.
        path: String,
        /// The SQLite error.
        #[source]
        source: rusqlite::Error,
    },
    /// The journal's folder could not be created.
    #[error("journal folder {path}: {source}")]
    JournalDir {
        /// The folder.
        path: String,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// A journal row holds something this version cannot read.
    #[error("journal record {out_trade_no}: {reason}")]
    Corrupt {
        /// The trade.
        out_trade_no: String,
        /// What is wrong.
        reason: String,
    },
    /// The journal was written by a newer version of the kiosk.
    #[error("journal {path} has schema version {found}; this kiosk knows up to {known}")]
    SchemaTooNew {
        /// The journal file.
        path: String,
        /// Its version.
        found: i64,
        /// Ours.
        known: i64,
    },
    /// A setting the payment core needs is unusable.
    #[error("{key}: {reason}")]
    Config {
        /// The setting.
        key: &'static str,
        /// Why.
        reason: String,
    },
    /// The driver fed the machine an event it does not accept (a bug).
    #[error(transparent)]
    Transition(#[from] TransitionError),
    /// A payment task ended without an outcome (it panicked or the runtime
    /// stopped), or the driver was misused: a bug. The journal still holds
    /// the trade; recovery settles it.
    #[error("payment {out_trade_no} stopped without an outcome: {reason}")]
    Stopped {
        /// The trade.
        out_trade_no: String,
        /// What happened.
        reason: String,
    },
    /// No such trade in the journal.
    #[error("no trade {0} in the journal")]
    UnknownTrade(String),
    /// The operation is not allowed in the trade's state.
    #[error("trade {out_trade_no} is {state}: cannot {operation}")]
    WrongState {
        /// The trade.
        out_trade_no: String,
        /// Its state.
        state: TradeState,
        /// What was attempted.
        operation: &'static str,
    },
    /// The trade was made through another gateway than the one configured
    /// now (the kiosk moved from Alipay to Antom or back): this gateway
    /// cannot see it.
    #[error(
        "trade {out_trade_no} was made through {journaled}, but this kiosk now uses {current}: \
         settle it in the {journaled} merchant portal"
    )]
    OtherGateway {
        /// The trade.
        out_trade_no: String,
        /// The gateway in the journal.
        journaled: String,
        /// The gateway configured now.
        current: &'static str,
    },
    /// A refund larger than what is left to refund, or not positive.
    #[error("trade {out_trade_no}: cannot refund {requested}; {refundable} is refundable")]
    RefundAmount {
        /// The trade.
        out_trade_no: String,
        /// What was asked.
        requested: money::Money,
        /// What is left.
        refundable: money::Money,
    },
    /// The amounts are of different currencies or overflow.
    #[error("amount: {0}")]
    Money(#[from] money::MoneyError),
    /// The gateway could not produce the bill.
    #[error("reconciliation: {0}")]
    Bill(#[from] crate::gateway::BillUnavailable),
}

impl PaymentError {
    /// The small code set the UI and staff tools switch on.
    pub fn code(&self) -> &'static str {
        match self {
            PaymentError::Journal { .. }
            | PaymentError::JournalDir { .. }
            | PaymentError::Corrupt { .. }
            | PaymentError::SchemaTooNew { .. } => "journal",
            PaymentError::Config { .. } => "config",
            PaymentError::Transition(_) | PaymentError::Stopped { .. } => "internal",
            PaymentError::UnknownTrade(_) => "not_found",
            PaymentError::WrongState { .. }
            | PaymentError::OtherGateway { .. }
            | PaymentError::RefundAmount { .. }
            | PaymentError::Money(_) => "invalid",
            PaymentError::Bill(_) => "gateway",
        }
    }
}

//! Refunds (full and partial) and reconciliation against the gateway's bill.

use std::collections::BTreeMap;

use money::Money;
use serde::Serialize;

use crate::driver::{Payments, timed};
use crate::error::PaymentError;
use crate::gateway::{BillKind, RefundAnswer, RefundOrder};
use crate::journal::{RefundRecord, RefundState, TradeFilter, TradeRecord, TradeState, now_ms};
use crate::machine::{CancelAction, Outcome};

impl Payments {
    /// Refunds `amount` of a paid trade. The refund (and its
    /// `out_request_no`) is journaled before it is sent. If a refund of the
    /// trade is still pending (its answer was lost), that one is retried with
    /// its own `out_request_no` instead, so money never moves twice.
    pub async fn refund(
        &self,
        out_trade_no: &str,
        amount: Money,
        reason: &str,
    ) -> Result<RefundRecord, PaymentError> {
        self.same_gateway(out_trade_no)?;
        if let Some(pending) = self
            .journal
            .refunds(out_trade_no)?
            .into_iter()
            .find(|r| r.state == RefundState::Pending)
        {
            tracing::info!(out_request_no = %pending.out_request_no, "retrying a pending refund first");
            return self.send_refund(&pending).await;
        }
        let rec = self.journal.begin_refund(out_trade_no, amount, reason, now_ms())?;
        self.send_refund(&rec).await
    }

    /// Sends (or re-sends) a journaled refund and records the answer.
    pub async fn send_refund(&self, rec: &RefundRecord) -> Result<RefundRecord, PaymentError> {
        let order = RefundOrder {
            out_trade_no: rec.out_trade_no.clone(),
            out_request_no: rec.out_request_no.clone(),
            amount: rec.amount,
            reason: rec.reason.clone(),
        };
        self.journal_log(
            &rec.out_trade_no,
            "request:refund",
            &format!("{} {}", rec.out_request_no, rec.amount),
        );
        let a =
            timed(self.settings.query_timeout, self.gateway.refund(&order), RefundAnswer::Unknown)
                .await;
        let state = match &a.answer {
            RefundAnswer::Refunded => RefundState::Done,
            RefundAnswer::Declined { .. } => RefundState::Declined,
            RefundAnswer::Unknown => RefundState::Pending,
        };
        self.journal.finish_refund(&rec.out_request_no, state, &a.detail, now_ms())
    }

    /// Downloads the gateway's bill for `date` and compares it with the
    /// journal's trades of that day (±1 day of margin for trades paid around
    /// midnight, which the bill lists under the payment's day).
    pub async fn reconcile(&self, date: time::Date) -> Result<Reconciliation, PaymentError> {
        let bill = self.gateway.bill(date).await?;
        let day_start =
            date.midnight().assume_offset(time::macros::offset!(+8)).unix_timestamp() * 1000;
        let margin = 24 * 3600 * 1000;
        let trades = self.journal.list(&TradeFilter {
            from_ms: Some(day_start - margin),
            to_ms: Some(day_start + 2 * margin),
            ..TradeFilter::default()
        })?;
        let refunds: BTreeMap<String, Vec<RefundRecord>> = trades
            .iter()
            .map(|t| Ok((t.out_trade_no.clone(), self.journal.refunds(&t.out_trade_no)?)))
            .collect::<Result<_, PaymentError>>()?;
        let in_day =
            |t: &TradeRecord| t.created_ms >= day_start && t.created_ms < day_start + margin;
        Ok(compare(date, &bill, &trades, &refunds, in_day))
    }
}

/// One difference between the bill and the journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Difference {
    /// The bill has money movement for a trade the journal does not know.
    MissingFromJournal {
        /// The trade.
        out_trade_no: String,
        /// The gateway's trade number.
        trade_no: String,
        /// Net amount the bill shows taken.
        net: Money,
    },
    /// The journal says money was taken but the bill does not show it.
    MissingFromBill {
        /// The trade.
        out_trade_no: String,
        /// What the journal says was kept.
        net: Money,
    },
    /// Both know the trade but disagree on the amount kept.
    AmountMismatch {
        /// The trade.
        out_trade_no: String,
        /// The journal's net amount.
        journal: Money,
        /// The bill's net amount.
        bill: Money,
    },
    /// The bill shows a payment for a trade the journal says was not paid
    /// (or is still unresolved).
    StatusMismatch {
        /// The trade.
        out_trade_no: String,
        /// The journal's state.
        journal: TradeState,
        /// What the bill shows.
        bill: String,
    },
}

/// A day's reconciliation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reconciliation {
    /// The day (the gateway's time zone).
    pub date: String,
    /// Payment lines in the bill.
    pub bill_payments: u32,
    /// Refund lines in the bill.
    pub bill_refunds: u32,
    /// Journal trades of the day.
    pub journal_trades: u32,
    /// Trades that agree.
    pub matched: u32,
    /// Every difference.
    pub differences: Vec<Difference>,
}

#[derive(Default)]
struct BillSide {
    trade_no: String,
    paid: i64,
    refunded: i64,
    has_payment: bool,
}

/// What the journal says was taken (paid minus refunded) and whether the
/// bill should show a payment line for it.
fn journal_net(t: &TradeRecord, refunds: &[RefundRecord]) -> (i64, i64, bool) {
    let refunded: i64 =
        refunds.iter().filter(|r| r.state == RefundState::Done).map(|r| r.amount.minor()).sum();
    match (&t.state, &t.outcome) {
        (TradeState::Paid, _) => (t.amount.minor(), refunded, true),
        (
            TradeState::Cancelled,
            Some(Outcome::Cancelled { action: CancelAction::Refunded, .. }),
        ) => (t.amount.minor(), t.amount.minor(), true),
        (TradeState::Cancelled, _)
        | (TradeState::Declined, _)
        | (TradeState::Pending, _)
        | (TradeState::CancelOwed, _)
        | (TradeState::Flagged, _) => (0, 0, false),
    }
}

fn compare(
    date: time::Date,
    bill: &[crate::gateway::BillEntry],
    trades: &[TradeRecord],
    refunds: &BTreeMap<String, Vec<RefundRecord>>,
    in_day: impl Fn(&TradeRecord) -> bool,
) -> Reconciliation {
    let mut sides: BTreeMap<String, BillSide> = BTreeMap::new();
    let (mut bill_payments, mut bill_refunds) = (0, 0);
    let currency = trades.first().map(|t| t.amount.currency());
    for e in bill {
        let s = sides.entry(e.out_trade_no.clone()).or_default();
        s.trade_no.clone_from(&e.trade_no);
        match e.kind {
            BillKind::Payment => {
                s.paid += e.amount.minor();
                s.has_payment = true;
                bill_payments += 1;
            }
            BillKind::Refund => {
                s.refunded += e.amount.minor();
                bill_refunds += 1;
            }
        }
    }
    let by_no: BTreeMap<&str, &TradeRecord> =
        trades.iter().map(|t| (t.out_trade_no.as_str(), t)).collect();
    let mut differences = Vec::new();
    let mut matched = 0;
    let cur = |minor: i64, t: Option<&TradeRecord>| {
        Money::new(
            minor,
            t.map(|t| t.amount.currency()).or(currency).unwrap_or(money::Currency::Cny),
        )
    };
    for (no, side) in &sides {
        let Some(t) = by_no.get(no.as_str()) else {
            differences.push(Difference::MissingFromJournal {
                out_trade_no: no.clone(),
                trade_no: side.trade_no.clone(),
                net: cur(side.paid - side.refunded, None),
            });
            continue;
        };
        let (paid, refunded, expects_payment) =
            journal_net(t, refunds.get(no).map(Vec::as_slice).unwrap_or(&[]));
        if side.has_payment && !expects_payment {
            differences.push(Difference::StatusMismatch {
                out_trade_no: no.clone(),
                journal: t.state,
                bill: format!("paid {}", cur(side.paid, Some(t))),
            });
        } else if side.has_payment && paid != side.paid {
            differences.push(Difference::AmountMismatch {
                out_trade_no: no.clone(),
                journal: cur(paid - refunded, Some(t)),
                bill: cur(side.paid - side.refunded, Some(t)),
            });
        } else if side.refunded != refunded && (side.has_payment || in_day(t)) {
            // Refunds of an earlier day's payment are only compared when
            // the payment is in this bill too.
            differences.push(Difference::AmountMismatch {
                out_trade_no: no.clone(),
                journal: cur(paid - refunded, Some(t)),
                bill: cur(side.paid - side.refunded, Some(t)),
            });
        } else {
            matched += 1;
        }
    }
    let mut journal_trades = 0;
    for t in trades.iter().filter(|t| in_day(t)) {
        journal_trades += 1;
        if sides.contains_key(&t.out_trade_no) {
            continue;
        }
        let (paid, refunded, expects_payment) =
            journal_net(t, refunds.get(&t.out_trade_no).map(Vec::as_slice).unwrap_or(&[]));
        if expects_payment {
            differences.push(Difference::MissingFromBill {
                out_trade_no: t.out_trade_no.clone(),
                net: cur(paid - refunded, Some(t)),
            });
        } else if matches!(
            t.state,
            TradeState::Pending | TradeState::CancelOwed | TradeState::Flagged
        ) {
            differences.push(Difference::StatusMismatch {
                out_trade_no: t.out_trade_no.clone(),
                journal: t.state,
                bill: "no movement".into(),
            });
        } else {
            matched += 1;
        }
    }
    Reconciliation {
        date: date.to_string(),
        bill_payments,
        bill_refunds,
        journal_trades,
        matched,
        differences,
    }
}

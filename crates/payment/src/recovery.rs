//! Recovery at start-up and the background resolver (DESIGN.md §4.4–5).
//!
//! - [`Payments::recover`] runs before the lane opens: every `pending`
//!   trade is resumed in the machine (one query; paid → completed with a
//!   receipt owed; anything else → cancelled), then one resolver pass.
//! - [`Payments::resolve_owed`] retries owed cancels with a growing pause and
//!   pending refunds with their own `out_request_no`, and flags a trade for
//!   staff once its cancel window has closed.
//! - [`Payments::run_resolver`] runs those passes until told to stop.

use std::time::Duration;

use serde::Serialize;
use tokio::sync::watch;

use crate::driver::{Payments, timed};
use crate::error::PaymentError;
use crate::journal::{RefundState, TradeState, now_ms};
use crate::machine::{CancelAnswer, Outcome, Payment};

/// What recovery did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RecoveryReport {
    /// Trades found unfinished.
    pub resumed: u32,
    /// Of those, found paid and completed (a receipt is owed).
    pub completed_paid: u32,
    /// Cancelled (closed or refunded) or found closed.
    pub cancelled: u32,
    /// Left to the background resolver.
    pub cancel_owed: u32,
    /// Made through another gateway than the configured one: flagged for
    /// staff (this gateway cannot see them).
    pub other_gateway: u32,
    /// The resolver pass that followed.
    pub resolver: ResolverReport,
}

/// What one resolver pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ResolverReport {
    /// Owed cancels that completed.
    pub cancelled: u32,
    /// Owed cancels to be tried again later.
    pub retry_later: u32,
    /// Trades handed to staff (cancel window closed).
    pub flagged: u32,
    /// Pending refunds that completed (either way).
    pub refunds_settled: u32,
    /// Pending refunds still without an answer.
    pub refunds_pending: u32,
    /// When the next owed cancel is due (ms since the epoch), if any.
    pub next_due_ms: Option<i64>,
}

impl Payments {
    /// Resolves every trade left unfinished by a stop or a crash. Call it
    /// before opening the lane; it returns once each is completed, cancelled
    /// or handed to the background resolver.
    pub async fn recover(&self) -> Result<RecoveryReport, PaymentError> {
        let mut report = RecoveryReport::default();
        for trade in self.journal.in_states(&[TradeState::Pending])? {
            report.resumed += 1;
            if self.flag_if_other_gateway(&trade.out_trade_no, &trade.gateway)? {
                report.other_gateway += 1;
                continue;
            }
            tracing::warn!(out_trade_no = %trade.out_trade_no, "resuming an unfinished payment");
            self.journal_log(&trade.out_trade_no, "recovery", "resumed after a restart");
            let (machine, actions) = Payment::resume(
                trade.out_trade_no.clone(),
                trade.amount,
                self.settings.timing,
                tokio::time::Instant::now().into_std(),
            );
            match self.drive(machine, actions, None, None, None, None).await? {
                Outcome::Paid(_) => report.completed_paid += 1,
                Outcome::Declined { .. } | Outcome::Cancelled { .. } => report.cancelled += 1,
                Outcome::Unresolved => report.cancel_owed += 1,
            }
        }
        report.resolver = self.resolve_owed(now_ms()).await?;
        Ok(report)
    }

    /// One pass of the background resolver at wall-clock `now` (ms).
    pub async fn resolve_owed(&self, now: i64) -> Result<ResolverReport, PaymentError> {
        let mut report = ResolverReport::default();
        let window = i64::try_from(self.settings.cancel_window.as_millis()).unwrap_or(i64::MAX);
        for trade in self.journal.in_states(&[TradeState::CancelOwed])? {
            let no = &trade.out_trade_no;
            if self.flag_if_other_gateway(no, &trade.gateway)? {
                report.flagged += 1;
                continue;
            }
            if now.saturating_sub(trade.created_ms) > window {
                tracing::error!(out_trade_no = %no, "cancel window closed; flagged for staff");
                self.journal.flag(
                    no,
                    "the cancel never completed and the 24 h cancel window has closed: check the trade with the gateway and refund by hand if it was paid",
                    now,
                )?;
                report.flagged += 1;
                continue;
            }
            if trade.next_attempt_ms.is_some_and(|due| due > now) {
                report.next_due_ms = min_opt(report.next_due_ms, trade.next_attempt_ms);
                report.retry_later += 1;
                continue;
            }
            self.journal_log(no, "request:cancel", "background resolver");
            let a =
                timed(self.settings.cancel_timeout, self.gateway.cancel(no), CancelAnswer::Retry)
                    .await;
            self.journal_log(no, "answer:cancel", &a.detail);
            match a.answer {
                CancelAnswer::Done(action) => {
                    self.journal.resolve_cancel(no, action, now_ms())?;
                    tracing::info!(out_trade_no = %no, ?action, "owed cancel completed");
                    report.cancelled += 1;
                }
                CancelAnswer::Retry => {
                    let next = now_ms() + self.backoff(trade.cancel_attempts);
                    self.journal.reschedule_cancel(no, next, now_ms())?;
                    report.next_due_ms = min_opt(report.next_due_ms, Some(next));
                    report.retry_later += 1;
                }
            }
        }
        for refund in self.journal.pending_refunds()? {
            if self.same_gateway(&refund.out_trade_no).is_err() {
                // Staff settle it with the other gateway; it stays pending here.
                report.refunds_pending += 1;
                continue;
            }
            match self.send_refund(&refund).await?.state {
                RefundState::Pending => report.refunds_pending += 1,
                RefundState::Done | RefundState::Declined => report.refunds_settled += 1,
            }
        }
        Ok(report)
    }

    /// Flags a trade made through another gateway than the configured one:
    /// querying or cancelling it here would ask the wrong provider.
    fn flag_if_other_gateway(&self, no: &str, journaled: &str) -> Result<bool, PaymentError> {
        let current = self.gateway.name();
        if journaled == current {
            return Ok(false);
        }
        tracing::error!(out_trade_no = %no, journaled, current, "trade of another gateway; flagged for staff");
        let reason = PaymentError::OtherGateway {
            out_trade_no: no.to_owned(),
            journaled: journaled.to_owned(),
            current,
        };
        self.journal.flag(no, &reason.to_string(), now_ms())?;
        Ok(true)
    }

    /// `Ok` when the trade was made through the configured gateway.
    pub(crate) fn same_gateway(&self, out_trade_no: &str) -> Result<(), PaymentError> {
        let trade = self
            .journal
            .trade(out_trade_no)?
            .ok_or_else(|| PaymentError::UnknownTrade(out_trade_no.to_owned()))?;
        let current = self.gateway.name();
        if trade.gateway == current {
            Ok(())
        } else {
            Err(PaymentError::OtherGateway {
                out_trade_no: out_trade_no.to_owned(),
                journaled: trade.gateway,
                current,
            })
        }
    }

    fn backoff(&self, attempts: u32) -> i64 {
        let base = self.settings.resolver_backoff.as_millis();
        let max = self.settings.resolver_max_backoff.as_millis();
        let ms = base.saturating_mul(1u128 << attempts.min(20)).min(max);
        i64::try_from(ms).unwrap_or(i64::MAX)
    }

    /// Runs resolver passes until `stop` turns true: after each pass it
    /// sleeps until the next owed cancel is due (at most `idle`).
    pub async fn run_resolver(&self, mut stop: watch::Receiver<bool>, idle: Duration) {
        loop {
            let pause = match self.resolve_owed(now_ms()).await {
                Ok(r) => r
                    .next_due_ms
                    .map(|due| Duration::from_millis(u64::try_from(due - now_ms()).unwrap_or(0)))
                    .unwrap_or(idle)
                    .min(idle)
                    .max(Duration::from_millis(10)),
                Err(e) => {
                    tracing::error!(error = %e, "resolver pass failed");
                    idle
                }
            };
            tokio::select! {
                _ = tokio::time::sleep(pause) => {}
                r = stop.changed() => if r.is_err() || *stop.borrow() { return },
            }
        }
    }
}

fn min_opt(a: Option<i64>, b: Option<i64>) -> Option<i64> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, None) => x,
        (None, y) => y,
    }
}

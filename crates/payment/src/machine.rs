//! The pure state machine of one checkout payment (DESIGN.md §4).
//!
//! `handle(event, now) -> Result<Vec<Action>, TransitionError>`: no sockets,
//! no clock, no files. A driver executes the actions (journal writes,
//! gateway requests, wake-ups) and feeds back what happened as events.
//!
//! The machine keeps at most one gateway request in flight; every request has
//! a timeout shorter than the time the machine waits for it, so each request
//! ends in exactly one answer event (`Unknown` when the driver timed it out).
//!
//! ```text
//! Journaling ──Journaled──▶ Paying ──Paid──────────────────────────────▶ Done(Paid)
//!     │                       │ ──Declined/Rejected────────────────────▶ Done(Failed)
//!     └─JournalFailed─▶ Done  │ ──Waiting/Unknown──▶ Polling ──Paid────▶ Done(Paid)
//!                             │                        │ ──Closed──────▶ Done(Failed)
//!                             └─deadline/cancel───┐    └─deadline/cancel┐
//!                                                 ▼                     ▼
//!                                      FinalQuery ──Paid──▶ Done(Paid)
//!                                           └─otherwise──▶ Cancelling ──Closed/Refunded──▶ Done(Cancelled)
//!                                                              └─retries exhausted──▶ Done(Unresolved)
//! ```

use std::time::{Duration, Instant};

use money::Money;
use serde::{Deserialize, Serialize};

/// Timing rules of a payment, from `[payment]` in the kiosk config.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    /// From the start to the checkout's deadline.
    pub deadline: Duration,
    /// Between trade queries while the buyer confirms.
    pub query_interval: Duration,
    /// Foreground cancel attempts before the background resolver takes over.
    pub cancel_retries: u32,
    /// Pause between cancel attempts that asked to be retried.
    pub cancel_backoff: Duration,
}

impl Default for Timing {
    /// Alipay's retail guidance: a 30 s deadline, queries every 3 s.
    fn default() -> Self {
        Timing {
            deadline: Duration::from_secs(30),
            query_interval: Duration::from_secs(3),
            cancel_retries: 3,
            cancel_backoff: Duration::from_secs(1),
        }
    }
}

/// Why a payment was declined, in terms the customer can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeclineReason {
    /// The payment code is invalid or expired: show a fresh one.
    CodeInvalid,
    /// Not enough balance: use another payment method.
    InsufficientBalance,
    /// Refused by the wallet's risk control: use another payment method.
    RiskRejected,
    /// Refused for another business reason: use another payment method.
    PaymentFailed,
    /// The trade was closed (the buyer cancelled on the phone or it timed out).
    TradeClosed,
    /// The kiosk's gateway settings are wrong (40001/40002/40006): call staff.
    GatewayConfiguration,
    /// The intent could not be recorded: nothing was charged; call staff.
    JournalUnavailable,
}

/// A paid trade.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paid {
    /// The gateway's trade number.
    pub trade_no: String,
    /// The buyer's account, already masked for the receipt.
    pub buyer_masked: Option<String>,
    /// The wallet that paid, by the name buyers know (`GCash`), when the
    /// gateway names it (Antom); `None` means Alipay.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wallet: Option<String>,
}

/// What `trade.pay` answered, in domain terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PayAnswer {
    /// 10000: paid.
    Paid(Paid),
    /// 10003: the buyer confirms on the phone.
    Waiting,
    /// 20000, timeout, transport failure, an unverifiable answer,
    /// ACQ.SYSTEM_ERROR or ACQ.TRADE_HAS_SUCCESS: the outcome is unknown.
    Unknown,
    /// 40004 with a reason the customer can act on.
    Declined(DeclineReason),
    /// 40001/40002/40006: the request itself was refused (a bug or config).
    Rejected,
}

/// What `trade.query` answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryAnswer {
    /// TRADE_SUCCESS or TRADE_FINISHED.
    Paid(Paid),
    /// WAIT_BUYER_PAY, or ACQ.TRADE_NOT_EXIST (normal early on).
    NotPaid,
    /// TRADE_CLOSED.
    Closed,
    /// No trustworthy answer.
    Unknown,
}

/// How a cancelled trade ended at the gateway.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CancelAction {
    /// The unpaid trade was closed: nothing was charged.
    Closed,
    /// The buyer had paid; the money was refunded.
    Refunded,
}

/// What `trade.cancel` answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CancelAnswer {
    /// Cancelled (`action` tells close or refund).
    Done(CancelAction),
    /// `retry_flag=Y`, no answer, or an unverifiable one: try again.
    Retry,
}

/// An event fed to the machine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The intent is durably in the journal.
    Journaled,
    /// The intent could not be written: nothing may be sent.
    JournalFailed,
    /// `trade.pay` ended.
    PayAnswered(PayAnswer),
    /// `trade.query` ended.
    QueryAnswered(QueryAnswer),
    /// `trade.cancel` ended.
    CancelAnswered(CancelAnswer),
    /// A wake-up the machine asked for (or any clock tick).
    Tick,
    /// The customer pressed Cancel.
    CustomerCancel,
    /// The session was reset for inactivity.
    IdleReset,
}

/// Something the driver must do, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Write the intent durably, then answer `Journaled` or `JournalFailed`.
    JournalIntent,
    /// Send `trade.pay`.
    SendPay,
    /// Send `trade.query`.
    SendQuery,
    /// Send `trade.cancel`.
    SendCancel,
    /// Feed `Tick` at this instant (earlier ticks are harmless).
    WakeAt(Instant),
    /// The payment ended: record and show it.
    Finish(Outcome),
}

/// How a payment ended in the foreground.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum Outcome {
    /// Paid: a receipt is owed.
    Paid(Paid),
    /// Not charged, for this reason.
    Declined {
        /// Why.
        reason: DeclineReason,
    },
    /// Cancelled at the deadline or on request.
    Cancelled {
        /// Closed (nothing charged) or refunded (charged and returned).
        action: CancelAction,
        /// Why it was cancelled.
        cause: CancelCause,
    },
    /// The cancel did not complete in the foreground; the background
    /// resolver owns the trade now (never "dropped").
    Unresolved,
}

/// Why a payment was cancelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CancelCause {
    /// The deadline passed without the buyer paying.
    Deadline,
    /// The customer pressed Cancel.
    Customer,
    /// The session was reset for inactivity.
    Idle,
    /// The kiosk restarted while the payment was unfinished: recovery
    /// resolves it before the lane opens.
    Recovery,
}

/// The machine's phase, for progress reports and errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Writing the intent.
    Journaling,
    /// `trade.pay` in flight.
    Paying,
    /// Waiting for the buyer; querying.
    Polling,
    /// The last query before cancelling.
    FinalQuery,
    /// Cancelling.
    Cancelling,
    /// Ended.
    Done,
}

/// An event that is not allowed in the current state: a driver bug.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("payment {out_trade_no}: {event} is not allowed while {phase:?}")]
pub struct TransitionError {
    /// The trade.
    pub out_trade_no: String,
    /// The state it was in.
    pub phase: Phase,
    /// The attempted event.
    pub event: &'static str,
}

/// A snapshot for the UI: phase, seconds to the deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Progress {
    /// The trade.
    pub out_trade_no: String,
    /// The phase.
    pub phase: Phase,
    /// Whole seconds until the deadline (0 once passed).
    pub seconds_left: u64,
    /// The outcome, once done.
    pub outcome: Option<Outcome>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum State {
    Journaling,
    Paying,
    Polling { next_query: Instant, in_flight: bool },
    FinalQuery { cause: CancelCause },
    Cancelling { cause: CancelCause, attempts: u32, in_flight: bool, retry_at: Instant },
    Done(Outcome),
}

/// One checkout payment.
#[derive(Debug, Clone)]
pub struct Payment {
    out_trade_no: String,
    amount: Money,
    timing: Timing,
    deadline: Instant,
    /// Set when a cancel was requested while a request was in flight.
    cancel_requested: Option<CancelCause>,
    state: State,
}

impl Payment {
    /// Starts a payment at `now`. The first action is always to journal the
    /// intent; nothing goes to the gateway before `Journaled`.
    pub fn start(
        out_trade_no: String,
        amount: Money,
        timing: Timing,
        now: Instant,
    ) -> (Self, Vec<Action>) {
        let payment = Payment {
            out_trade_no,
            amount,
            timing,
            deadline: now + timing.deadline,
            cancel_requested: None,
            state: State::Journaling,
        };
        (payment, vec![Action::JournalIntent])
    }

    /// Resumes a payment found unfinished in the journal after a restart
    /// (DESIGN.md §4.5). Its checkout is gone, so it goes straight to the
    /// final query: paid → completed (a receipt is owed), anything else →
    /// cancelled. The intent is already journaled.
    pub fn resume(
        out_trade_no: String,
        amount: Money,
        timing: Timing,
        now: Instant,
    ) -> (Self, Vec<Action>) {
        let mut payment = Payment {
            out_trade_no,
            amount,
            timing,
            deadline: now,
            cancel_requested: None,
            state: State::Journaling,
        };
        let actions = payment.final_query(CancelCause::Recovery);
        (payment, actions)
    }

    /// The merchant's trade number.
    pub fn out_trade_no(&self) -> &str {
        &self.out_trade_no
    }

    /// The amount charged.
    pub fn amount(&self) -> Money {
        self.amount
    }

    /// The deadline.
    pub fn deadline(&self) -> Instant {
        self.deadline
    }

    /// The current phase.
    pub fn phase(&self) -> Phase {
        match self.state {
            State::Journaling => Phase::Journaling,
            State::Paying => Phase::Paying,
            State::Polling { .. } => Phase::Polling,
            State::FinalQuery { .. } => Phase::FinalQuery,
            State::Cancelling { .. } => Phase::Cancelling,
            State::Done(_) => Phase::Done,
        }
    }

    /// The outcome, once done.
    pub fn outcome(&self) -> Option<&Outcome> {
        match &self.state {
            State::Done(outcome) => Some(outcome),
            _ => None,
        }
    }

    /// A progress snapshot at `now`.
    pub fn progress(&self, now: Instant) -> Progress {
        let left = self.deadline.saturating_duration_since(now);
        Progress {
            out_trade_no: self.out_trade_no.clone(),
            phase: self.phase(),
            seconds_left: left.as_secs() + u64::from(left.subsec_nanos() > 0),
            outcome: self.outcome().cloned(),
        }
    }

    fn illegal(&self, event: &'static str) -> TransitionError {
        TransitionError { out_trade_no: self.out_trade_no.clone(), phase: self.phase(), event }
    }

    fn finish(&mut self, outcome: Outcome) -> Vec<Action> {
        self.state = State::Done(outcome.clone());
        vec![Action::Finish(outcome)]
    }

    fn final_query(&mut self, cause: CancelCause) -> Vec<Action> {
        self.state = State::FinalQuery { cause };
        vec![Action::SendQuery]
    }

    fn send_cancel(&mut self, cause: CancelCause, attempts: u32, now: Instant) -> Vec<Action> {
        self.state =
            State::Cancelling { cause, attempts: attempts + 1, in_flight: true, retry_at: now };
        vec![Action::SendCancel]
    }

    /// What stops waiting for the buyer now, if anything: a pending cancel
    /// request, or the deadline.
    fn stop_cause(&self, now: Instant) -> Option<CancelCause> {
        self.cancel_requested.or((now >= self.deadline).then_some(CancelCause::Deadline))
    }

    /// Feeds one event at `now`.
    pub fn handle(&mut self, event: Event, now: Instant) -> Result<Vec<Action>, TransitionError> {
        let name = event_name(&event);
        match (self.state.clone(), event) {
            // A cancel request: immediately unless a request is in flight, in
            // which case its answer decides what happens next.
            (State::Done(_), Event::CustomerCancel | Event::IdleReset | Event::Tick) => Ok(vec![]),
            (state, event @ (Event::CustomerCancel | Event::IdleReset)) => {
                let cause = match event {
                    Event::IdleReset => CancelCause::Idle,
                    _ => CancelCause::Customer,
                };
                match state {
                    State::Polling { in_flight: false, .. } => Ok(self.final_query(cause)),
                    State::Journaling | State::Paying | State::Polling { .. } => {
                        self.cancel_requested.get_or_insert(cause);
                        Ok(vec![])
                    }
                    // Already on the way to cancelling.
                    _ => Ok(vec![]),
                }
            }

            (State::Journaling, Event::Journaled) => {
                if let Some(cause) = self.cancel_requested {
                    // Nothing was sent: no trade exists at the gateway.
                    return Ok(
                        self.finish(Outcome::Cancelled { action: CancelAction::Closed, cause })
                    );
                }
                self.state = State::Paying;
                Ok(vec![Action::SendPay, Action::WakeAt(self.deadline)])
            }
            (State::Journaling, Event::JournalFailed) => {
                Ok(self.finish(Outcome::Declined { reason: DeclineReason::JournalUnavailable }))
            }

            (State::Paying, Event::PayAnswered(answer)) => Ok(match answer {
                PayAnswer::Paid(paid) => self.finish(Outcome::Paid(paid)),
                PayAnswer::Declined(reason) => self.finish(Outcome::Declined { reason }),
                PayAnswer::Rejected => {
                    self.finish(Outcome::Declined { reason: DeclineReason::GatewayConfiguration })
                }
                PayAnswer::Waiting | PayAnswer::Unknown => match self.stop_cause(now) {
                    Some(cause) => self.final_query(cause),
                    None => {
                        // Unknown: ask at once; waiting: give the buyer a moment.
                        let next = if answer == PayAnswer::Unknown {
                            now
                        } else {
                            now + self.timing.query_interval
                        };
                        self.poll_at(next)
                    }
                },
            }),

            (State::Polling { next_query, in_flight: false }, Event::Tick) => {
                if let Some(cause) = self.stop_cause(now) {
                    Ok(self.final_query(cause))
                } else if now >= next_query {
                    self.state = State::Polling { next_query, in_flight: true };
                    Ok(vec![Action::SendQuery])
                } else {
                    Ok(vec![Action::WakeAt(next_query.min(self.deadline))])
                }
            }
            (State::Polling { in_flight: true, .. }, Event::QueryAnswered(answer)) => {
                Ok(match answer {
                    QueryAnswer::Paid(paid) => self.finish(Outcome::Paid(paid)),
                    QueryAnswer::Closed => {
                        self.finish(Outcome::Declined { reason: DeclineReason::TradeClosed })
                    }
                    QueryAnswer::NotPaid | QueryAnswer::Unknown => match self.stop_cause(now) {
                        Some(cause) => self.final_query(cause),
                        None => self.poll_at(now + self.timing.query_interval),
                    },
                })
            }

            (State::FinalQuery { cause }, Event::QueryAnswered(answer)) => Ok(match answer {
                QueryAnswer::Paid(paid) => self.finish(Outcome::Paid(paid)),
                // Closed already: cancelling is still right (idempotent) and
                // tells us for certain that nothing stays charged.
                QueryAnswer::Closed | QueryAnswer::NotPaid | QueryAnswer::Unknown => {
                    self.send_cancel(cause, 0, now)
                }
            }),

            (
                State::Cancelling { cause, attempts, in_flight: true, .. },
                Event::CancelAnswered(a),
            ) => Ok(match a {
                CancelAnswer::Done(action) => self.finish(Outcome::Cancelled { action, cause }),
                CancelAnswer::Retry if attempts >= self.timing.cancel_retries => {
                    self.finish(Outcome::Unresolved)
                }
                CancelAnswer::Retry => {
                    let retry_at = now + self.timing.cancel_backoff;
                    self.state = State::Cancelling { cause, attempts, in_flight: false, retry_at };
                    vec![Action::WakeAt(retry_at)]
                }
            }),
            (State::Cancelling { cause, attempts, in_flight: false, retry_at }, Event::Tick) => {
                if now >= retry_at {
                    Ok(self.send_cancel(cause, attempts, now))
                } else {
                    Ok(vec![Action::WakeAt(retry_at)])
                }
            }

            // Ticks while a request is in flight: its answer comes first.
            (State::Journaling | State::Paying | State::FinalQuery { .. }, Event::Tick)
            | (State::Polling { in_flight: true, .. }, Event::Tick)
            | (State::Cancelling { in_flight: true, .. }, Event::Tick) => Ok(vec![]),

            _ => Err(self.illegal(name)),
        }
    }

    fn poll_at(&mut self, next_query: Instant) -> Vec<Action> {
        self.state = State::Polling { next_query, in_flight: false };
        vec![Action::WakeAt(next_query.min(self.deadline))]
    }
}

fn event_name(event: &Event) -> &'static str {
    match event {
        Event::Journaled => "Journaled",
        Event::JournalFailed => "JournalFailed",
        Event::PayAnswered(_) => "PayAnswered",
        Event::QueryAnswered(_) => "QueryAnswered",
        Event::CancelAnswered(_) => "CancelAnswered",
        Event::Tick => "Tick",
        Event::CustomerCancel => "CustomerCancel",
        Event::IdleReset => "IdleReset",
    }
}

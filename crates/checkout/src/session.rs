//! The customer session as a pure state machine: inputs in (touches, scans
//! already looked up in the catalog, payment progress, ticks), actions out
//! (start or stop a payment, print, call staff), time passed in. The
//! [`Lane`](crate::Lane) driver owns the payment core, the printer and the
//! timers.
//!
//! ```text
//! Attract ─touch/scan─> Language ─pick─> Shopping ─Pay─> Paying ─code─> Processing
//!    ^                                                                    │
//!    └──── finish / after return_secs ──── Done (paid) / Failed (reason) <┘
//! ```
//!
//! Idle anywhere but Attract: after `idle_timeout` the "still there?" prompt,
//! after `idle_prompt` more the session resets. A running payment is never
//! dropped: the reset asks the payment core to stop it (query, then cancel)
//! and waits for its outcome; a payment that turns out paid still prints.

use std::time::{Duration, Instant};

use masking::Secret;
use money::{Currency, Money};
use payment::gateway::CartLine;
use payment::machine::{CancelCause, DeclineReason, Outcome, Phase, Progress};

use crate::cart::{Cart, Change};
use crate::catalog::Product;
use crate::view::{
    CartLineView, CartView, CheckoutResult, CheckoutView, FailureReason, IdlePrompt, Notice,
    PaymentNetwork, PaymentPhase, PaymentView, ReceiptStatus, RefusedWallet, ScreenState,
};

/// The session's fixed rules (from `[languages]`, `[session]`, `[payment]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRules {
    /// The language sessions start in.
    pub default_language: String,
    /// Languages a customer may pick.
    pub languages: Vec<String>,
    /// The store currency.
    pub currency: Currency,
    /// Inactivity before "still there?".
    pub idle_timeout: Duration,
    /// How long "still there?" waits.
    pub idle_prompt: Duration,
    /// How long done/failed stay.
    pub return_after: Duration,
    /// The payment deadline.
    pub payment_deadline: Duration,
    /// The subject sent to the gateway ("<store> checkout").
    pub subject: String,
}

/// Something that happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// The customer touched the attract screen.
    Start,
    /// The customer picked a language.
    Language(String),
    /// A scanned barcode found in the catalog.
    Item(Product),
    /// A valid barcode not in the catalog.
    UnknownItem(String),
    /// A product touched on the grid.
    Touch(Product),
    /// A payment code of an accepted wallet.
    PaymentCode(Secret<String>),
    /// A payment code of a wallet the store does not take.
    Refused(RefusedWallet),
    /// Change a line's quantity (0 removes).
    Quantity {
        /// The line.
        line_id: u32,
        /// The new quantity.
        quantity: u32,
    },
    /// "Pay with Alipay".
    Pay,
    /// Back from the pay screen to the cart.
    Back,
    /// Cancel: the payment (processing) or the whole order (shopping, paying).
    Cancel,
    /// Any touch.
    Activity,
    /// "Need help?".
    CallStaff,
    /// Try again with a fresh code (failed).
    Retry,
    /// Leave done/failed now.
    Finish,
    /// Time passed (the driver ticks about once a second).
    Tick,
    /// The payment core accepted the payment and journaled it.
    PaymentStarted {
        /// Its trade number.
        out_trade_no: String,
    },
    /// The payment core's progress (the outcome, once it has one).
    Progress(Progress),
    /// The payment core failed before or while running the payment.
    PaymentError {
        /// Whether an intent was recorded (then the outcome is unknown).
        recorded: bool,
    },
    /// The printer's answer for the receipt of `out_trade_no`.
    ReceiptPrinted {
        /// The trade.
        out_trade_no: String,
        /// Whether it printed.
        ok: bool,
    },
    /// Staff opened or closed the lane (closing waits for the session to end).
    Lane {
        /// Open or closed.
        open: bool,
    },
}

/// What the driver must do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Start a payment through the payment core.
    StartPayment(PaymentRequest),
    /// Ask the running payment to stop (customer cancel or idle reset).
    StopPayment {
        /// Why: customer or idle.
        cause: StopCause,
    },
    /// Print the receipt of a paid trade.
    PrintReceipt(ReceiptJob),
    /// Tell staff (alarm / telemetry).
    CallStaff {
        /// Why: the customer asked, a receipt failed, an outcome is unresolved.
        reason: StaffReason,
    },
}

/// Why a payment is asked to stop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopCause {
    /// The customer pressed Cancel.
    Customer,
    /// The session timed out.
    Idle,
}

/// Why staff are called.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StaffReason {
    /// The customer asked for help.
    Help,
    /// A paid receipt did not print.
    ReceiptFailed,
    /// A payment's outcome is not known.
    Unresolved,
}

/// A payment to start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentRequest {
    /// The code the customer showed.
    pub auth_code: Secret<String>,
    /// The cart total.
    pub amount: Money,
    /// Gateway subject.
    pub subject: String,
    /// The customer's language.
    pub language: String,
    /// The cart, for the journal and the gateway's goods detail.
    pub lines: Vec<CartLine>,
}

/// A receipt to print: the paid trade and the cart as it was paid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceiptJob {
    /// The trade.
    pub out_trade_no: String,
    /// The cart that was paid.
    pub cart: Cart,
    /// The customer's language.
    pub language: String,
    /// The gateway's trade number and masked buyer.
    pub paid: payment::machine::Paid,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Running {
    /// Requested; the payment core has not confirmed it yet.
    Starting,
    /// Running under this trade number.
    Live { out_trade_no: String, phase: PaymentPhase, seconds_left: u64 },
}

/// One customer at a time, from attract to done.
#[derive(Debug, Clone)]
pub struct Session {
    rules: SessionRules,
    state: ScreenState,
    language: String,
    cart: Cart,
    notice: Option<Notice>,
    notice_seq: u64,
    scan_seq: u64,
    last_line_id: Option<u32>,
    running: Option<Running>,
    result: Option<CheckoutResult>,
    last_activity: Instant,
    /// The session ends as soon as the payment settles.
    reset_pending: bool,
    lane_open: bool,
    return_at: Option<Instant>,
    now: Instant,
}

impl Session {
    /// A session on the attract screen (or closed, if the lane is not open).
    pub fn new(rules: SessionRules, lane_open: bool, now: Instant) -> Session {
        let language = rules.default_language.clone();
        Session {
            rules,
            state: if lane_open { ScreenState::Attract } else { ScreenState::Closed },
            language,
            cart: Cart::default(),
            notice: None,
            notice_seq: 0,
            scan_seq: 0,
            last_line_id: None,
            running: None,
            result: None,
            last_activity: now,
            reset_pending: false,
            lane_open,
            return_at: None,
            now,
        }
    }

    /// The screen.
    pub fn state(&self) -> ScreenState {
        self.state
    }

    /// The session's language.
    pub fn language(&self) -> &str {
        &self.language
    }

    /// The cart.
    pub fn cart(&self) -> &Cart {
        &self.cart
    }

    /// Whether the lane is open to customers.
    pub fn lane_open(&self) -> bool {
        self.lane_open
    }

    /// Whether a payment is running (or being started).
    pub fn payment_running(&self) -> bool {
        self.running.is_some()
    }

    /// Whether the camera should look for payment codes (else item codes).
    pub fn wants_payment_code(&self) -> bool {
        self.state == ScreenState::Paying
    }

    /// Replaces the rules (a new config between checkouts).
    pub fn set_rules(&mut self, rules: SessionRules) {
        if !rules.languages.contains(&self.language) {
            self.language = rules.default_language.clone();
        }
        self.rules = rules;
    }

    /// Whether the kiosk is between checkouts (config may change now).
    pub fn is_idle(&self) -> bool {
        matches!(self.state, ScreenState::Attract | ScreenState::Closed) && self.running.is_none()
    }

    /// Handles one input at `now`.
    pub fn handle(&mut self, input: Input, now: Instant) -> Vec<Action> {
        self.now = now;
        let mut actions = Vec::new();
        let touch = matches!(
            input,
            Input::Start
                | Input::Language(_)
                | Input::Item(_)
                | Input::UnknownItem(_)
                | Input::Touch(_)
                | Input::PaymentCode(_)
                | Input::Refused(_)
                | Input::Quantity { .. }
                | Input::Pay
                | Input::Back
                | Input::Cancel
                | Input::Activity
                | Input::CallStaff
                | Input::Retry
                | Input::Finish
        );
        if touch && !self.reset_pending {
            self.last_activity = now;
        }
        match input {
            Input::Start => {
                if self.state == ScreenState::Attract {
                    self.begin(ScreenState::Language);
                }
            }
            Input::Language(tag) => {
                if matches!(
                    self.state,
                    ScreenState::Language | ScreenState::Shopping | ScreenState::Paying
                ) && self.rules.languages.contains(&tag)
                {
                    self.language = tag;
                    if self.state == ScreenState::Language {
                        self.state = ScreenState::Shopping;
                    }
                }
            }
            Input::Item(product) | Input::Touch(product) => match self.state {
                ScreenState::Attract => {
                    self.begin(ScreenState::Language);
                    self.add(product);
                }
                ScreenState::Language | ScreenState::Shopping => self.add(product),
                ScreenState::Paying => {
                    // An item scanned on the pay screen goes into the cart and
                    // back to review: the amount shown must be the amount paid.
                    self.add(product);
                    self.state = ScreenState::Shopping;
                }
                ScreenState::Processing
                | ScreenState::Done
                | ScreenState::Failed
                | ScreenState::Closed => {}
            },
            Input::UnknownItem(code) => {
                if matches!(self.state, ScreenState::Language | ScreenState::Shopping)
                    || self.state == ScreenState::Paying
                {
                    self.notify(Notice::UnknownItem { code });
                }
            }
            Input::Refused(wallet) => {
                if matches!(
                    self.state,
                    ScreenState::Shopping | ScreenState::Paying | ScreenState::Failed
                ) {
                    self.notify(Notice::OtherWallet { wallet });
                }
            }
            Input::PaymentCode(code) => match self.state {
                ScreenState::Paying | ScreenState::Shopping | ScreenState::Failed => {
                    if self.cart.is_empty() {
                        self.notify(Notice::CartEmpty);
                    } else {
                        actions.push(self.start_payment(code));
                    }
                }
                ScreenState::Attract
                | ScreenState::Language
                | ScreenState::Processing
                | ScreenState::Done
                | ScreenState::Closed => {}
            },
            Input::Quantity { line_id, quantity } => {
                if self.state == ScreenState::Shopping {
                    match self.cart.set_quantity(line_id, quantity) {
                        Change::Updated { .. } | Change::Removed | Change::NoSuchLine => {}
                        Change::AtLimit => self.notify(Notice::QuantityLimit),
                    }
                }
            }
            Input::Pay => {
                if self.state == ScreenState::Shopping {
                    if self.cart.is_empty() {
                        self.notify(Notice::CartEmpty);
                    } else {
                        self.state = ScreenState::Paying;
                        self.notice = None;
                    }
                }
            }
            Input::Back => {
                if self.state == ScreenState::Paying {
                    self.state = ScreenState::Shopping;
                }
            }
            Input::Cancel => match self.state {
                ScreenState::Processing => {
                    if self.running.is_some() && !self.reset_pending {
                        actions.push(Action::StopPayment { cause: StopCause::Customer });
                        if let Some(Running::Live { phase, .. }) = &mut self.running {
                            *phase = PaymentPhase::Cancelling;
                        }
                    }
                }
                ScreenState::Language | ScreenState::Shopping | ScreenState::Paying => {
                    self.return_to_attract();
                }
                ScreenState::Attract
                | ScreenState::Done
                | ScreenState::Failed
                | ScreenState::Closed => {}
            },
            Input::Activity => {}
            Input::CallStaff => {
                if self.state != ScreenState::Attract && self.state != ScreenState::Closed {
                    self.notify(Notice::StaffCalled);
                    actions.push(Action::CallStaff { reason: StaffReason::Help });
                }
            }
            Input::Retry => {
                if self.state == ScreenState::Failed && !self.cart.is_empty() {
                    self.result = None;
                    self.return_at = None;
                    self.state = ScreenState::Paying;
                }
            }
            Input::Finish => {
                if matches!(self.state, ScreenState::Done | ScreenState::Failed) {
                    self.return_to_attract();
                }
            }
            Input::Tick => {}
            Input::PaymentStarted { out_trade_no } => {
                if self.running == Some(Running::Starting) {
                    self.running = Some(Running::Live {
                        out_trade_no,
                        phase: PaymentPhase::Sending,
                        seconds_left: self.rules.payment_deadline.as_secs(),
                    });
                }
            }
            Input::Progress(p) => self.progress(p, &mut actions),
            Input::PaymentError { recorded } => {
                if self.running.is_some() {
                    self.running = None;
                    let reason = if recorded {
                        FailureReason::Unresolved
                    } else {
                        FailureReason::Unavailable
                    };
                    if recorded {
                        actions.push(Action::CallStaff { reason: StaffReason::Unresolved });
                    }
                    self.fail(reason);
                }
            }
            Input::ReceiptPrinted { out_trade_no, ok } => {
                if let Some(CheckoutResult::Paid { out_trade_no: paid, receipt, .. }) =
                    &mut self.result
                    && *paid == out_trade_no
                {
                    *receipt = if ok { ReceiptStatus::Printed } else { ReceiptStatus::Failed };
                    // A slow printer: the customer still gets to read how it ended.
                    if self.return_at.is_some_and(|at| at <= self.now) {
                        self.return_at = Some(self.now + self.rules.return_after);
                    }
                }
                if !ok {
                    actions.push(Action::CallStaff { reason: StaffReason::ReceiptFailed });
                }
            }
            Input::Lane { open } => {
                self.lane_open = open;
                match (open, self.state) {
                    (true, ScreenState::Closed) => self.state = ScreenState::Attract,
                    (false, ScreenState::Attract) => self.state = ScreenState::Closed,
                    _ => {}
                }
            }
        }
        self.timers(&mut actions);
        actions
    }

    /// The view at the time of the last input.
    pub fn view(&self) -> CheckoutView {
        let totals = self.cart.totals(self.rules.currency);
        let fallback = &self.rules.default_language;
        CheckoutView {
            seq: 0,
            state: self.state,
            language: self.language.clone(),
            cart: CartView {
                lines: self
                    .cart
                    .lines()
                    .iter()
                    .map(|l| CartLineView {
                        line_id: l.line_id,
                        product_id: l.product.id.clone(),
                        name: l.product.name(&self.language, fallback).to_owned(),
                        quantity: l.quantity,
                        unit_minor: l.product.price_minor,
                        total_minor: l.total_minor(),
                    })
                    .collect(),
                item_count: totals.items,
                total_minor: totals.total.minor(),
                tax_minor: totals.tax.minor(),
            },
            notice: self.notice.clone(),
            notice_seq: self.notice_seq,
            scan_seq: self.scan_seq,
            last_line_id: self.last_line_id,
            payment: match &self.running {
                Some(Running::Live { out_trade_no, phase, seconds_left })
                    if self.state == ScreenState::Processing =>
                {
                    Some(PaymentView {
                        out_trade_no: out_trade_no.clone(),
                        phase: *phase,
                        seconds_left: *seconds_left,
                        deadline_secs: self.rules.payment_deadline.as_secs(),
                    })
                }
                Some(Running::Starting) if self.state == ScreenState::Processing => {
                    Some(PaymentView {
                        out_trade_no: String::new(),
                        phase: PaymentPhase::Sending,
                        seconds_left: self.rules.payment_deadline.as_secs(),
                        deadline_secs: self.rules.payment_deadline.as_secs(),
                    })
                }
                _ => None,
            },
            result: self.result.clone(),
            idle: self.idle_prompt(),
            resetting: self.reset_pending,
            return_secs: self.return_at.map(|at| ceil_secs(at.saturating_duration_since(self.now))),
            sounds_muted: false,
            payment_network: PaymentNetwork::default(),
        }
    }

    fn idle_prompt(&self) -> Option<IdlePrompt> {
        if !self.idle_applies() || self.reset_pending {
            return None;
        }
        let idle_for = self.now.saturating_duration_since(self.last_activity);
        if idle_for < self.rules.idle_timeout {
            return None;
        }
        let left = (self.rules.idle_timeout + self.rules.idle_prompt).saturating_sub(idle_for);
        Some(IdlePrompt { seconds_left: ceil_secs(left) })
    }

    fn idle_applies(&self) -> bool {
        matches!(
            self.state,
            ScreenState::Language
                | ScreenState::Shopping
                | ScreenState::Paying
                | ScreenState::Processing
        )
    }

    fn timers(&mut self, actions: &mut Vec<Action>) {
        let printing = matches!(
            self.result,
            Some(CheckoutResult::Paid { receipt: ReceiptStatus::Printing, .. })
        );
        // Done stays while the receipt prints, so a printer failure is shown
        // to the customer it concerns.
        if let Some(at) = self.return_at
            && self.now >= at
            && !printing
        {
            self.return_to_attract();
            return;
        }
        if self.idle_applies() && !self.reset_pending {
            let idle_for = self.now.saturating_duration_since(self.last_activity);
            if idle_for >= self.rules.idle_timeout + self.rules.idle_prompt {
                tracing::info!(state = ?self.state, "idle: resetting the session");
                if self.running.is_some() {
                    self.reset_pending = true;
                    actions.push(Action::StopPayment { cause: StopCause::Idle });
                } else {
                    self.return_to_attract();
                }
            }
        }
    }

    fn begin(&mut self, state: ScreenState) {
        self.cart.clear();
        self.language = self.rules.default_language.clone();
        self.notice = None;
        self.result = None;
        self.last_line_id = None;
        self.state = state;
    }

    fn add(&mut self, product: Product) {
        match self.cart.add(product) {
            Change::Updated { line_id } => {
                self.scan_seq += 1;
                self.last_line_id = Some(line_id);
            }
            Change::AtLimit => self.notify(Notice::QuantityLimit),
            Change::Removed | Change::NoSuchLine => {}
        }
    }

    fn notify(&mut self, notice: Notice) {
        self.notice = Some(notice);
        self.notice_seq += 1;
    }

    fn start_payment(&mut self, code: Secret<String>) -> Action {
        let totals = self.cart.totals(self.rules.currency);
        self.state = ScreenState::Processing;
        self.notice = None;
        self.result = None;
        self.return_at = None;
        self.running = Some(Running::Starting);
        let fallback = self.rules.default_language.clone();
        Action::StartPayment(PaymentRequest {
            auth_code: code,
            amount: totals.total,
            subject: self.rules.subject.clone(),
            language: self.language.clone(),
            lines: self
                .cart
                .lines()
                .iter()
                .map(|l| CartLine {
                    item_id: l.product.id.clone(),
                    name: l.product.name(&self.language, &fallback).to_owned(),
                    quantity: l.quantity,
                    unit_minor: l.product.price_minor,
                })
                .collect(),
        })
    }

    fn progress(&mut self, p: Progress, actions: &mut Vec<Action>) {
        let Some(Running::Live { out_trade_no, phase, seconds_left }) = &mut self.running else {
            return;
        };
        if *out_trade_no != p.out_trade_no {
            return;
        }
        *seconds_left = p.seconds_left;
        *phase = match p.phase {
            Phase::Journaling | Phase::Paying => PaymentPhase::Sending,
            Phase::Polling | Phase::FinalQuery => {
                if *phase == PaymentPhase::Cancelling {
                    PaymentPhase::Cancelling
                } else {
                    PaymentPhase::Waiting
                }
            }
            Phase::Cancelling | Phase::Done => PaymentPhase::Cancelling,
        };
        let Some(outcome) = p.outcome else { return };
        let out_trade_no = out_trade_no.clone();
        self.running = None;
        let resetting = std::mem::take(&mut self.reset_pending);
        match outcome {
            Outcome::Paid(paid) => {
                let totals = self.cart.totals(self.rules.currency);
                actions.push(Action::PrintReceipt(ReceiptJob {
                    out_trade_no: out_trade_no.clone(),
                    cart: self.cart.clone(),
                    language: self.language.clone(),
                    paid,
                }));
                self.result = Some(CheckoutResult::Paid {
                    out_trade_no,
                    amount_minor: totals.total.minor(),
                    receipt: ReceiptStatus::Printing,
                });
                self.state = ScreenState::Done;
                self.return_at = Some(self.now + self.rules.return_after);
            }
            Outcome::Declined { reason } => {
                if resetting {
                    self.return_to_attract();
                } else {
                    self.fail(decline_reason(reason));
                }
            }
            Outcome::Cancelled { cause, .. } => {
                if resetting {
                    self.return_to_attract();
                } else {
                    self.fail(match cause {
                        CancelCause::Deadline => FailureReason::Timeout,
                        CancelCause::Customer | CancelCause::Idle | CancelCause::Recovery => {
                            FailureReason::Cancelled
                        }
                    });
                }
            }
            Outcome::Unresolved => {
                actions.push(Action::CallStaff { reason: StaffReason::Unresolved });
                if resetting {
                    self.return_to_attract();
                } else {
                    self.fail(FailureReason::Unresolved);
                }
            }
        }
    }

    fn fail(&mut self, reason: FailureReason) {
        self.result = Some(CheckoutResult::Failed { reason });
        self.state = ScreenState::Failed;
        self.return_at = Some(self.now + self.rules.return_after.max(Duration::from_secs(30)));
    }

    fn return_to_attract(&mut self) {
        self.cart.clear();
        self.language = self.rules.default_language.clone();
        self.notice = None;
        self.result = None;
        self.last_line_id = None;
        self.return_at = None;
        self.reset_pending = false;
        self.last_activity = self.now;
        self.state = if self.lane_open { ScreenState::Attract } else { ScreenState::Closed };
    }
}

fn decline_reason(reason: DeclineReason) -> FailureReason {
    match reason {
        DeclineReason::CodeInvalid => FailureReason::CodeExpired,
        DeclineReason::InsufficientBalance => FailureReason::Balance,
        DeclineReason::RiskRejected => FailureReason::Risk,
        DeclineReason::PaymentFailed => FailureReason::Declined,
        DeclineReason::TradeClosed => FailureReason::Cancelled,
        DeclineReason::GatewayConfiguration | DeclineReason::JournalUnavailable => {
            FailureReason::Unavailable
        }
    }
}

fn ceil_secs(d: Duration) -> u64 {
    d.as_millis().div_ceil(1000).try_into().unwrap_or(u64::MAX)
}

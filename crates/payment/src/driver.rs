//! The driver: executes the machine's actions against a [`Gateway`] and the
//! [`Journal`], owns the timers and the request timeouts, and publishes
//! [`Progress`] for the UI.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use masking::Secret;
use money::Money;
use tokio::sync::{mpsc, watch};
use tokio::time::Instant;

use crate::error::PaymentError;
use crate::gateway::{Answered, CartLine, Gateway, PayOrder};
use crate::journal::{Intent, Journal, now_ms};
use crate::machine::{
    Action, CancelAnswer, Event, Outcome, PayAnswer, Payment, Progress, QueryAnswer, Timing,
};

/// The payment core's settings, from `[payment]` in the kiosk config.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaymentSettings {
    /// Deadline, query interval, foreground cancel retries.
    pub timing: Timing,
    /// Timeout of one pay request (its outcome is then unknown: query).
    pub pay_timeout: Duration,
    /// Timeout of one query.
    pub query_timeout: Duration,
    /// Timeout of one cancel (then retried).
    pub cancel_timeout: Duration,
    /// First pause of the background resolver between cancel attempts; it
    /// doubles up to [`PaymentSettings::resolver_max_backoff`].
    pub resolver_backoff: Duration,
    /// Longest pause of the background resolver.
    pub resolver_max_backoff: Duration,
    /// How long after the trade a cancel is still accepted (Alipay: 24 h).
    /// After it the trade is flagged for staff.
    pub cancel_window: Duration,
}

impl Default for PaymentSettings {
    fn default() -> Self {
        PaymentSettings {
            timing: Timing::default(),
            pay_timeout: Duration::from_secs(10),
            query_timeout: Duration::from_secs(5),
            cancel_timeout: Duration::from_secs(5),
            resolver_backoff: Duration::from_secs(10),
            resolver_max_backoff: Duration::from_secs(600),
            cancel_window: Duration::from_secs(24 * 3600),
        }
    }
}

impl PaymentSettings {
    /// From the validated kiosk config.
    pub fn from_config(c: &settings::PaymentConfig) -> Self {
        PaymentSettings {
            timing: Timing {
                deadline: c.deadline,
                query_interval: c.query_interval,
                cancel_retries: c.cancel_retries,
                ..Timing::default()
            },
            pay_timeout: c.pay_timeout,
            query_timeout: c.query_timeout,
            cancel_timeout: c.cancel_timeout,
            ..PaymentSettings::default()
        }
    }

    /// Every duration divided by `factor` (the soak test and the demo run
    /// the production paths faster). The cancel window is not scaled.
    pub fn scaled(self, factor: f64) -> Self {
        let s = |d: Duration| {
            if factor > 0.0 { Duration::from_secs_f64(d.as_secs_f64() / factor) } else { d }
        };
        PaymentSettings {
            timing: Timing {
                deadline: s(self.timing.deadline),
                query_interval: s(self.timing.query_interval),
                cancel_retries: self.timing.cancel_retries,
                cancel_backoff: s(self.timing.cancel_backoff),
            },
            pay_timeout: s(self.pay_timeout),
            query_timeout: s(self.query_timeout),
            cancel_timeout: s(self.cancel_timeout),
            resolver_backoff: s(self.resolver_backoff),
            resolver_max_backoff: s(self.resolver_max_backoff),
            cancel_window: self.cancel_window,
        }
    }
}

/// One checkout's payment, as the checkout hands it over.
#[derive(Debug, Clone)]
pub struct Checkout {
    /// The amount.
    pub amount: Money,
    /// The buyer's payment code.
    pub auth_code: Secret<String>,
    /// The order title.
    pub subject: String,
    /// The customer's language.
    pub language: String,
    /// The cart.
    pub lines: Vec<CartLine>,
}

/// Where the payment is and the store's identity for requests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Terminal {
    /// `store_id`.
    pub store_id: String,
    /// `terminal_id`, also the prefix of every `out_trade_no`.
    pub terminal_id: String,
}

/// What the customer (or the session) can ask of a running payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    /// The customer pressed Cancel.
    Cancel,
    /// The session timed out.
    IdleReset,
}

/// The payment core: a gateway, a journal and the rules.
#[derive(Clone)]
pub struct Payments {
    pub(crate) gateway: Arc<dyn Gateway>,
    pub(crate) journal: Arc<Journal>,
    pub(crate) settings: PaymentSettings,
    pub(crate) terminal: Terminal,
}

impl std::fmt::Debug for Payments {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Payments")
            .field("gateway", &self.gateway.name())
            .field("journal", &self.journal.path())
            .field("settings", &self.settings)
            .field("terminal", &self.terminal)
            .finish()
    }
}

/// A payment running in the background: watch its progress, cancel it,
/// await its outcome.
#[derive(Debug)]
pub struct RunningPayment {
    /// The trade number.
    pub out_trade_no: String,
    /// Progress snapshots (phase, seconds left, outcome).
    pub progress: watch::Receiver<Progress>,
    controls: mpsc::Sender<Control>,
    task: tokio::task::JoinHandle<Result<Outcome, PaymentError>>,
}

impl RunningPayment {
    /// Asks the payment to stop (query, then cancel). Harmless once done.
    pub async fn control(&self, c: Control) {
        let _ = self.controls.send(c).await;
    }

    /// Waits for the outcome.
    pub async fn outcome(self) -> Result<Outcome, PaymentError> {
        match self.task.await {
            Ok(r) => r,
            Err(e) => Err(PaymentError::Stopped {
                out_trade_no: self.out_trade_no,
                reason: e.to_string(),
            }),
        }
    }
}

enum Woke {
    Answer(Event),
    Control(Option<Control>),
    Timer,
    Refresh,
}

type InFlight<'a> = Pin<Box<dyn Future<Output = Event> + Send + 'a>>;

impl Payments {
    /// The payment core over a gateway and a journal.
    pub fn new(
        gateway: Arc<dyn Gateway>,
        journal: Arc<Journal>,
        settings: PaymentSettings,
        terminal: Terminal,
    ) -> Self {
        Payments { gateway, journal, settings, terminal }
    }

    /// The payment core the kiosk config describes: its gateway (by
    /// `gateway.kind`), its `[payment]` timing and its store identity.
    pub fn from_config(
        config: &settings::KioskConfig,
        journal: Arc<Journal>,
    ) -> Result<Self, PaymentError> {
        let gateway: Arc<dyn Gateway> = match config.gateway.kind {
            settings::GatewayKind::Alipay => {
                Arc::new(crate::AlipayGateway::from_config(&config.gateway)?)
            }
            settings::GatewayKind::Antom => Arc::new(crate::AntomGateway::from_config(config)?),
        };
        Ok(Payments::new(
            gateway,
            journal,
            PaymentSettings::from_config(&config.payment),
            Terminal {
                store_id: config.store.id.clone(),
                terminal_id: config.store.terminal_id.clone(),
            },
        ))
    }

    /// The gateway's name.
    pub fn gateway_name(&self) -> &'static str {
        self.gateway.name()
    }

    /// The journal.
    pub fn journal(&self) -> &Arc<Journal> {
        &self.journal
    }

    /// The settings.
    pub fn settings(&self) -> &PaymentSettings {
        &self.settings
    }

    /// Starts a payment on the runtime. The intent is journaled before any
    /// request; the returned handle reports progress and the outcome.
    pub fn start(&self, checkout: Checkout) -> Result<RunningPayment, PaymentError> {
        let out_trade_no =
            self.journal.allocate_out_trade_no(&self.terminal.terminal_id, now_ms())?;
        let (progress_tx, progress) = watch::channel(Progress {
            out_trade_no: out_trade_no.clone(),
            phase: crate::machine::Phase::Journaling,
            seconds_left: self.settings.timing.deadline.as_secs(),
            outcome: None,
        });
        let (controls, mut control_rx) = mpsc::channel(4);
        let me = self.clone();
        let no = out_trade_no.clone();
        let task =
            tokio::spawn(async move { me.run(no, checkout, &mut control_rx, &progress_tx).await });
        Ok(RunningPayment { out_trade_no, progress, controls, task })
    }

    /// Runs one payment to its end in the calling task.
    pub async fn run(
        &self,
        out_trade_no: String,
        checkout: Checkout,
        controls: &mut mpsc::Receiver<Control>,
        progress: &watch::Sender<Progress>,
    ) -> Result<Outcome, PaymentError> {
        let order = PayOrder {
            out_trade_no: out_trade_no.clone(),
            auth_code: checkout.auth_code,
            amount: checkout.amount,
            subject: checkout.subject.clone(),
            store_id: self.terminal.store_id.clone(),
            terminal_id: self.terminal.terminal_id.clone(),
            lines: checkout.lines.clone(),
        };
        let intent = Intent {
            out_trade_no: out_trade_no.clone(),
            gateway: self.gateway.name().to_owned(),
            amount: checkout.amount,
            subject: checkout.subject,
            language: checkout.language,
            lines: checkout.lines,
        };
        let (machine, actions) = Payment::start(
            out_trade_no,
            checkout.amount,
            self.settings.timing,
            Instant::now().into_std(),
        );
        self.drive(machine, actions, Some(&order), Some(&intent), Some(controls), Some(progress))
            .await
    }

    /// Executes actions and feeds events until the machine finishes.
    pub(crate) async fn drive(
        &self,
        mut machine: Payment,
        mut actions: Vec<Action>,
        order: Option<&PayOrder>,
        intent: Option<&Intent>,
        mut controls: Option<&mut mpsc::Receiver<Control>>,
        progress: Option<&watch::Sender<Progress>>,
    ) -> Result<Outcome, PaymentError> {
        let no = machine.out_trade_no().to_owned();
        let mut wake: Option<Instant> = None;
        let mut in_flight: Option<InFlight<'_>> = None;
        let mut ready: Option<Event> = None;
        let publish = |m: &Payment| {
            if let Some(p) = progress {
                p.send_replace(m.progress(Instant::now().into_std()));
            }
        };
        loop {
            for action in actions.drain(..) {
                match action {
                    Action::JournalIntent => {
                        ready = Some(
                            match intent.map(|i| self.journal.record_intent(i, now_ms())) {
                                Some(Ok(())) => Event::Journaled,
                                Some(Err(e)) => {
                                    tracing::error!(out_trade_no = %no, error = %e, "intent not journaled; nothing sent");
                                    Event::JournalFailed
                                }
                                None => Event::JournalFailed,
                            },
                        );
                    }
                    Action::SendPay => {
                        let Some(order) = order else {
                            return Err(PaymentError::Stopped {
                                out_trade_no: no,
                                reason: "a resumed payment asked to send pay".into(),
                            });
                        };
                        self.journal_log(
                            &no,
                            "request:pay",
                            &format!("{} code ****", order.amount),
                        );
                        let t = self.settings.pay_timeout;
                        in_flight = Some(Box::pin(async move {
                            let a = timed(t, self.gateway.pay(order), PayAnswer::Unknown).await;
                            self.journal_log(&order.out_trade_no, "answer:pay", &a.detail);
                            Event::PayAnswered(a.answer)
                        }));
                    }
                    Action::SendQuery => {
                        self.journal_log(&no, "request:query", "");
                        let t = self.settings.query_timeout;
                        let no = no.clone();
                        in_flight = Some(Box::pin(async move {
                            let a = timed(t, self.gateway.query(&no), QueryAnswer::Unknown).await;
                            self.journal_log(&no, "answer:query", &a.detail);
                            Event::QueryAnswered(a.answer)
                        }));
                    }
                    Action::SendCancel => {
                        self.journal_log(&no, "request:cancel", "");
                        let t = self.settings.cancel_timeout;
                        let no = no.clone();
                        in_flight = Some(Box::pin(async move {
                            let a = timed(t, self.gateway.cancel(&no), CancelAnswer::Retry).await;
                            self.journal_log(&no, "answer:cancel", &a.detail);
                            Event::CancelAnswered(a.answer)
                        }));
                    }
                    Action::WakeAt(at) => wake = Some(Instant::from_std(at)),
                    Action::Finish(outcome) => {
                        publish(&machine);
                        match self.journal.finish(&no, &outcome, now_ms()) {
                            Ok(state) => {
                                tracing::info!(out_trade_no = %no, ?outcome, %state, "payment finished")
                            }
                            // Declined before the intent was written: there is no row.
                            Err(PaymentError::UnknownTrade(_))
                                if matches!(outcome, Outcome::Declined { .. }) => {}
                            // The row stays pending; recovery resolves it at the
                            // next start. The customer is told the truth now.
                            Err(e) => {
                                tracing::error!(out_trade_no = %no, error = %e, ?outcome, "outcome not journaled; recovery will resolve it")
                            }
                        }
                        return Ok(outcome);
                    }
                }
            }
            publish(&machine);
            let event = match ready.take() {
                Some(e) => e,
                None => {
                    let request = async {
                        match in_flight.as_mut() {
                            Some(f) => f.await,
                            None => std::future::pending().await,
                        }
                    };
                    let control = async {
                        match controls.as_mut() {
                            Some(c) => c.recv().await,
                            None => std::future::pending().await,
                        }
                    };
                    let timer = async {
                        match wake {
                            Some(at) => tokio::time::sleep_until(at).await,
                            None => std::future::pending().await,
                        }
                    };
                    let woke = tokio::select! {
                        e = request => Woke::Answer(e),
                        c = control => Woke::Control(c),
                        () = timer => Woke::Timer,
                        // Only a watched payment needs the countdown refreshed.
                        () = tokio::time::sleep(Duration::from_millis(500)), if progress.is_some() => Woke::Refresh,
                    };
                    match woke {
                        Woke::Answer(e) => {
                            in_flight = None;
                            e
                        }
                        Woke::Control(Some(Control::Cancel)) => Event::CustomerCancel,
                        Woke::Control(Some(Control::IdleReset)) => Event::IdleReset,
                        Woke::Control(None) => {
                            controls = None;
                            continue;
                        }
                        Woke::Timer => {
                            wake = None;
                            Event::Tick
                        }
                        // Progress is republished every half second for the countdown.
                        Woke::Refresh => continue,
                    }
                }
            };
            actions = machine.handle(event, Instant::now().into_std())?;
        }
    }

    /// Appends to the event log; a failure is logged, not fatal (the state
    /// rows are what recovery relies on).
    pub(crate) fn journal_log(&self, no: &str, kind: &str, detail: &str) {
        if let Err(e) = self.journal.log(no, kind, detail, now_ms()) {
            tracing::warn!(out_trade_no = %no, kind, error = %e, "event not journaled");
        }
    }
}

/// Runs a gateway request with a timeout; a timeout is `fallback` (unknown).
pub(crate) async fn timed<T>(
    limit: Duration,
    f: impl Future<Output = Answered<T>>,
    fallback: T,
) -> Answered<T> {
    match tokio::time::timeout(limit, f).await {
        Ok(a) => a,
        Err(_) => Answered::new(fallback, format!("no answer within {} ms", limit.as_millis())),
    }
}

//! The lane: the driver around the pure [`Session`]. It owns the payment
//! core, the catalog, the printer and the clock; feeds the session inputs;
//! carries out its actions; and publishes every new [`CheckoutView`].
//!
//! Start-up: the lane stays `closed` until [`Payments::recover`] has settled
//! every trade an earlier run left pending; then it opens. The background
//! resolver runs for the lane's lifetime.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use payment::machine::{Phase, Progress};
use payment::{Checkout, Control, Payments};
use scanner::{Classification, CodeRules, Origin, ScanEvent, Wallet};
use serde::Serialize;
use settings::KioskConfig;
use tokio::sync::{broadcast, mpsc, watch};

use crate::catalog::CatalogStore;
use crate::session::{
    Action, Input, PaymentRequest, ReceiptJob, Session, SessionRules, StaffReason, StopCause,
};
use crate::view::{CheckoutView, RefusedWallet, ScreenState};
use crate::{CheckoutError, receipt};

/// Something staff should know about now (logged, and sent to HQ as telemetry).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Alarm {
    /// `help`, `receipt_failed`, `unresolved`, `printer`.
    pub kind: &'static str,
    /// Detail for staff.
    pub detail: String,
}

/// An alarm as staff see it in maintenance mode.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AlarmRecord {
    /// When, ms since the epoch.
    pub at_ms: i64,
    /// `help`, `receipt_failed`, `unresolved`, `config_not_applied`…
    pub kind: String,
    /// Detail for staff.
    pub detail: String,
}

/// A code the camera decoded, for the staff camera page (payment codes masked).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DecodedCode {
    /// The text; a payment code shows only its last 4 digits.
    pub text: String,
    /// `alipay`, `other_wallet`, `item`, `unknown`.
    pub kind: String,
    /// How it was encoded.
    pub symbology: String,
    /// When, ms since the epoch.
    pub at_ms: i64,
}

/// What HQ last did to this kiosk's configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HqState {
    /// Whether the kiosk follows a fleet agent.
    pub enabled: bool,
    /// Applied fleet bundle version.
    pub fleet_version: Option<u64>,
    /// Applied kiosk bundle version.
    pub kiosk_version: Option<u64>,
    /// The last bundle refused: version, reason, when (ms).
    pub last_rejected: Option<(Option<u64>, String, i64)>,
}

/// A product sold by touch, named in the session's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TouchProduct {
    /// Catalog id.
    pub product_id: String,
    /// Name in the session's language.
    pub name: String,
    /// Price, minor units.
    pub price_minor: i64,
}

/// What the lane is built from.
pub struct LaneParts {
    /// The validated configuration.
    pub config: KioskConfig,
    /// The payment core.
    pub payments: Arc<Payments>,
    /// The catalog.
    pub catalog: Arc<CatalogStore>,
    /// The rules the scanner classifies with (shared with the camera feed).
    pub code_rules: Arc<CodeRules>,
}

struct Inner {
    session: Mutex<Session>,
    config: Mutex<Arc<KioskConfig>>,
    payments: Mutex<Arc<Payments>>,
    /// Stops the resolver of the payment core in use (a new config starts a new one).
    resolver_stop: Mutex<watch::Sender<bool>>,
    catalog: Arc<CatalogStore>,
    code_rules: Arc<CodeRules>,
    control: Mutex<Option<mpsc::Sender<Control>>>,
    views: watch::Sender<CheckoutView>,
    alarms: broadcast::Sender<Alarm>,
    runtime: tokio::runtime::Handle,
    catalogs: i18n::Catalogs,
    stop: watch::Sender<bool>,
    recent_alarms: Mutex<std::collections::VecDeque<AlarmRecord>>,
    decoded: broadcast::Sender<DecodedCode>,
    staff_preview: std::sync::atomic::AtomicBool,
    muted: std::sync::atomic::AtomicBool,
    hq: Mutex<HqState>,
    staff_actions: broadcast::Sender<(String, String)>,
    badges: broadcast::Sender<masking::Secret<String>>,
    /// Staff closed the lane (start-up recovery must not reopen it).
    closed_by_staff: std::sync::atomic::AtomicBool,
}

/// The checkout lane. Cheap to clone; every clone drives the same lane.
#[derive(Clone)]
pub struct Lane {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for Lane {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lane").field("state", &self.lock_session().state()).finish()
    }
}

/// The wallets `gateway.wallets` names, for the scanner's code rules. The
/// settings crate checked the ids against [`settings::WALLET_IDS`].
pub fn accepted_wallets(ids: &[String]) -> scanner::AcceptedWallets {
    let wallets: Vec<Wallet> = ids.iter().filter_map(|id| Wallet::from_id(id)).collect();
    if wallets.is_empty() {
        scanner::AcceptedWallets::default()
    } else {
        scanner::AcceptedWallets::new(wallets)
    }
}

/// The session rules of a configuration.
pub fn session_rules(config: &KioskConfig) -> SessionRules {
    SessionRules {
        default_language: config.languages.default.clone(),
        languages: config.languages.enabled.clone(),
        currency: config.store.currency,
        idle_timeout: config.session.idle_timeout,
        idle_prompt: config.session.idle_prompt,
        return_after: config.session.return_after,
        payment_deadline: config.payment.deadline,
        subject: format!("{} checkout", config.store.name),
    }
}

impl Lane {
    /// The lane the configuration describes, with its files in `data_dir`:
    /// the journal (`journal.sqlite`), the catalog (`catalog.sqlite`, loaded
    /// from `catalog.file`), the gateway of `[gateway]`.
    pub fn open(
        config: KioskConfig,
        data_dir: &std::path::Path,
        runtime: tokio::runtime::Handle,
    ) -> Result<Lane, CheckoutError> {
        let journal =
            Arc::new(payment::journal::Journal::open(data_dir.join(payment::journal::FILE_NAME))?);
        let catalog = Arc::new(CatalogStore::open(&data_dir.join(crate::catalog::FILE_NAME))?);
        let document = crate::Catalog::from_file(&config.catalog.file)?;
        catalog.replace(&document, &config.catalog.file.display().to_string())?;
        let payments = Arc::new(Payments::from_config(&config, journal)?);
        let code_rules = Arc::new(CodeRules::new(
            accepted_wallets(&config.gateway.wallets),
            scanner::GateTimes::default(),
        ));
        Lane::start(LaneParts { config, payments, catalog, code_rules }, runtime)
    }

    /// The rules scans are classified with (give them to the [`ScanFeed`](crate::ScanFeed)).
    pub fn code_rules(&self) -> Arc<CodeRules> {
        Arc::clone(&self.inner.code_rules)
    }

    /// The catalog.
    pub fn catalog(&self) -> &Arc<CatalogStore> {
        &self.inner.catalog
    }

    /// Builds the lane on `runtime`, closed until start-up recovery is done,
    /// and starts its clock and the background resolver.
    pub fn start(parts: LaneParts, runtime: tokio::runtime::Handle) -> Result<Lane, CheckoutError> {
        let catalogs = i18n::Catalogs::embedded().map_err(CheckoutError::I18n)?;
        let parts_sounds = parts.config.ui.sounds;
        let session = Session::new(session_rules(&parts.config), false, Instant::now());
        let (views, _) = watch::channel(session.view());
        let (alarms, _) = broadcast::channel(64);
        let (stop, _) = watch::channel(false);
        let lane = Lane {
            inner: Arc::new(Inner {
                session: Mutex::new(session),
                config: Mutex::new(Arc::new(parts.config)),
                payments: Mutex::new(parts.payments),
                resolver_stop: Mutex::new(watch::channel(false).0),
                catalog: parts.catalog,
                code_rules: parts.code_rules,
                control: Mutex::new(None),
                views,
                alarms,
                runtime,
                catalogs,
                stop,
                recent_alarms: Mutex::new(std::collections::VecDeque::new()),
                decoded: broadcast::channel(64).0,
                staff_preview: std::sync::atomic::AtomicBool::new(false),
                muted: std::sync::atomic::AtomicBool::new(!parts_sounds),
                hq: Mutex::new(HqState::default()),
                staff_actions: broadcast::channel(64).0,
                badges: broadcast::channel(8).0,
                closed_by_staff: std::sync::atomic::AtomicBool::new(false),
            }),
        };
        let me = lane.clone();
        lane.inner.runtime.spawn(async move {
            match me.payments().recover().await {
                Ok(report) => {
                    tracing::info!(?report, "start-up recovery done; opening the lane");
                }
                Err(e) => {
                    // The trades stay pending in the journal; the resolver
                    // and the next start retry. Checkout may go on: every new
                    // payment gets a new trade number.
                    tracing::error!(error = %e, "start-up recovery failed; opening the lane");
                    me.alarm("unresolved", format!("start-up recovery failed: {e}"));
                }
            }
            // The resolver starts after recovery, so no trade gets two cancels.
            me.start_resolver();
            if !me.inner.closed_by_staff.load(std::sync::atomic::Ordering::SeqCst) {
                me.input(Input::Lane { open: true });
            }
        });
        let me = lane.clone();
        let mut stop = lane.inner.stop.subscribe();
        lane.inner.runtime.spawn(async move {
            let mut tick = tokio::time::interval(Duration::from_millis(250));
            loop {
                tokio::select! {
                    _ = tick.tick() => { me.input(Input::Tick); }
                    _ = stop.changed() => break,
                }
            }
        });
        Ok(lane)
    }

    /// Stops the clock and the resolver (a running payment finishes on its own).
    pub fn shutdown(&self) {
        let _ = self.inner.stop.send(true);
        let _ = self.inner.resolver_stop.lock().unwrap_or_else(PoisonError::into_inner).send(true);
    }

    fn payments(&self) -> Arc<Payments> {
        Arc::clone(&self.inner.payments.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// Starts the background resolver of the current payment core, stopping
    /// the one before.
    fn start_resolver(&self) {
        let (tx, rx) = watch::channel(false);
        let old = std::mem::replace(
            &mut *self.inner.resolver_stop.lock().unwrap_or_else(PoisonError::into_inner),
            tx,
        );
        let _ = old.send(true);
        let payments = self.payments();
        self.inner.runtime.spawn(async move {
            payments.run_resolver(rx, Duration::from_secs(30)).await;
        });
    }

    /// Takes a new configuration (and catalog) from HQ. Only between
    /// checkouts: refused while a customer is in the middle of one, so
    /// prices, languages and gateway settings never change under them.
    /// The payment core is rebuilt over the same journal.
    pub fn apply(
        &self,
        config: KioskConfig,
        catalog: Option<(crate::Catalog, String)>,
    ) -> Result<(), CheckoutError> {
        let journal = Arc::clone(self.payments().journal());
        let payments = Arc::new(Payments::from_config(&config, journal)?);
        let (document, origin) = match catalog {
            Some(c) => c,
            None => (
                crate::Catalog::from_file(&config.catalog.file)?,
                config.catalog.file.display().to_string(),
            ),
        };
        let rules = session_rules(&config);
        let wallets = accepted_wallets(&config.gateway.wallets);
        {
            // Under the session lock: no customer can start between the
            // idle check and the swap.
            let mut session = self.lock_session();
            if !session.is_idle() {
                return Err(CheckoutError::Busy);
            }
            self.inner.catalog.replace(&document, &origin)?;
            self.inner.code_rules.set_accepted(wallets);
            *self.inner.payments.lock().unwrap_or_else(PoisonError::into_inner) = payments;
            *self.inner.config.lock().unwrap_or_else(PoisonError::into_inner) = Arc::new(config);
            session.set_rules(rules);
        }
        self.start_resolver();
        self.input(Input::Tick);
        tracing::info!(catalog = %origin, "new configuration in force");
        Ok(())
    }

    /// The configuration in force.
    pub fn current_config(&self) -> Arc<KioskConfig> {
        self.config()
    }

    fn lock_session(&self) -> MutexGuard<'_, Session> {
        self.inner.session.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn config(&self) -> Arc<KioskConfig> {
        Arc::clone(&self.inner.config.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// The current view.
    pub fn view(&self) -> CheckoutView {
        self.inner.views.borrow().clone()
    }

    /// Every new view, as it happens.
    pub fn views(&self) -> watch::Receiver<CheckoutView> {
        self.inner.views.subscribe()
    }

    /// Alarms for staff and HQ.
    pub fn alarms(&self) -> broadcast::Receiver<Alarm> {
        self.inner.alarms.subscribe()
    }

    /// Whether the camera should look for payment codes (the pay screen).
    pub fn wants_payment_code(&self) -> bool {
        self.lock_session().wants_payment_code()
    }

    /// Whether the UI shows the live camera (the pay screen, or the staff
    /// camera page).
    pub fn wants_preview(&self) -> bool {
        self.inner.staff_preview.load(std::sync::atomic::Ordering::Relaxed)
            || self.lock_session().state() == ScreenState::Paying
    }

    /// Staff opened (or left) the camera page: previews flow while it is open.
    pub fn set_staff_preview(&self, on: bool) {
        self.inner.staff_preview.store(on, std::sync::atomic::Ordering::Relaxed);
    }

    /// Codes the camera decodes, as they come (the staff camera overlay).
    pub fn decoded(&self) -> broadcast::Receiver<DecodedCode> {
        self.inner.decoded.subscribe()
    }

    /// Whether staff muted the customer sounds.
    pub fn muted(&self) -> bool {
        self.inner.muted.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Mutes or unmutes the customer sounds (pushed with the next view).
    pub fn set_muted(&self, muted: bool) {
        self.inner.muted.store(muted, std::sync::atomic::Ordering::Relaxed);
        self.input(Input::Tick);
    }

    /// Opens or closes the lane (closing waits for the customer to finish).
    pub fn set_open(&self, open: bool) -> CheckoutView {
        self.inner.closed_by_staff.store(!open, std::sync::atomic::Ordering::SeqCst);
        self.input(Input::Lane { open })
    }

    /// Whether the lane is open to customers.
    pub fn is_open(&self) -> bool {
        self.lock_session().lane_open()
    }

    /// Whether a payment is running.
    pub fn payment_running(&self) -> bool {
        self.lock_session().payment_running()
    }

    /// The newest alarms, newest first (at most 50 kept).
    pub fn recent_alarms(&self) -> Vec<AlarmRecord> {
        self.inner
            .recent_alarms
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .cloned()
            .collect()
    }

    /// Reports a staff action to HQ (the audit log keeps the full row).
    pub fn report_staff_action(&self, staff: &str, action: &str) {
        let _ = self.inner.staff_actions.send((staff.to_owned(), action.to_owned()));
    }

    /// Staff badge tokens as they are scanned (unverified: maintenance
    /// checks them).
    pub fn badges(&self) -> broadcast::Receiver<masking::Secret<String>> {
        self.inner.badges.subscribe()
    }

    /// Whether the customer screen is attract or closed (nobody checking out).
    pub fn at_rest(&self) -> bool {
        matches!(self.lock_session().state(), ScreenState::Attract | ScreenState::Closed)
    }

    /// Staff actions as they happen: (staff id, action and result).
    pub fn staff_actions(&self) -> broadcast::Receiver<(String, String)> {
        self.inner.staff_actions.subscribe()
    }

    /// What HQ last did (set by [`crate::hq::follow`]).
    pub fn hq_state(&self) -> HqState {
        self.inner.hq.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }

    pub(crate) fn update_hq(&self, f: impl FnOnce(&mut HqState)) {
        f(&mut self.inner.hq.lock().unwrap_or_else(PoisonError::into_inner));
    }

    /// The payment core in use.
    pub fn payments_core(&self) -> Arc<Payments> {
        self.payments()
    }

    /// Prints the receipt of a paid trade again (staff reprint) in the
    /// customer's language, and records it printed.
    pub fn reprint(&self, out_trade_no: &str) -> Result<(), CheckoutError> {
        let payments = self.payments();
        let trade = payments
            .journal()
            .trade(out_trade_no)?
            .ok_or_else(|| CheckoutError::NotFound { what: format!("trade {out_trade_no}") })?;
        let config = self.config();
        let receipt = receipt::receipt_for_trade(&trade, &config)?;
        let locale = self.inner.catalogs.locale(&trade.language).map_err(CheckoutError::I18n)?;
        let printer_config = receipt::printer_config(&config);
        let bytes = printer::receipt_bytes(&receipt, locale, printer_config.profile)?;
        self.send_to_printer(&printer_config, &bytes)?;
        payments.journal().receipt_printed(out_trade_no, payment::journal::now_ms())?;
        Ok(())
    }

    /// Prints the printer test page in the default language.
    pub fn test_print(&self) -> Result<(), CheckoutError> {
        let config = self.config();
        let locale =
            self.inner.catalogs.locale(&config.languages.default).map_err(CheckoutError::I18n)?;
        let printer_config = receipt::printer_config(&config);
        let bytes = printer::test_page_bytes(locale, printer_config.profile)?;
        self.send_to_printer(&printer_config, &bytes)
    }

    /// The printer's status now, and where it is.
    pub fn printer_status(
        &self,
    ) -> (Result<printer::PrinterStatus, CheckoutError>, printer::PrinterConfig) {
        let printer_config = receipt::printer_config(&self.config());
        let status = printer::Connection::open(&printer_config)
            .map(|mut c| c.status())
            .map_err(CheckoutError::from);
        (status, printer_config)
    }

    fn send_to_printer(
        &self,
        printer_config: &printer::PrinterConfig,
        bytes: &[u8],
    ) -> Result<(), CheckoutError> {
        let mut connection = printer::Connection::open(printer_config)?;
        let report = connection.print(bytes)?;
        if !report.after.is_ready() {
            return Err(CheckoutError::Printer(printer::PrinterError::NotReady {
                target: connection.target().to_owned(),
                status: report.after,
            }));
        }
        Ok(())
    }

    /// Whether no customer is in the middle of a checkout.
    pub fn is_idle(&self) -> bool {
        self.lock_session().is_idle()
    }

    /// Feeds one input and carries out what it asks for; returns the view after.
    pub fn input(&self, input: Input) -> CheckoutView {
        let actions = {
            let mut session = self.lock_session();
            let actions = session.handle(input, Instant::now());
            let view = session.view();
            let network = crate::view::PaymentNetwork::of_wallets(
                &self.inner.config.lock().unwrap_or_else(PoisonError::into_inner).gateway.wallets,
            );
            self.inner.views.send_if_modified(|current| {
                let mut view = view;
                view.seq = current.seq;
                view.sounds_muted = self.inner.muted.load(std::sync::atomic::Ordering::Relaxed);
                view.payment_network = network;
                if *current == view {
                    false
                } else {
                    view.seq += 1;
                    *current = view;
                    true
                }
            });
            actions
        };
        for action in actions {
            self.act(action);
        }
        self.view()
    }

    /// A touch on the attract screen.
    pub fn start_session(&self) -> CheckoutView {
        self.input(Input::Start)
    }

    /// A code from the camera's decode worker.
    pub fn scanned(&self, event: ScanEvent) -> Result<CheckoutView, CheckoutError> {
        if self.inner.decoded.receiver_count() > 0 {
            let text = match &event.classification {
                Classification::Payment { code, .. } => masking::mask_tail(code.expose(), 4),
                Classification::Item { gtin } => gtin.clone(),
                Classification::Refused(r) => format!("({})", r.wallet.id()),
                Classification::StaffBadge { .. } => "(staff badge)".to_owned(),
                Classification::Ignored => String::new(),
            };
            let _ = self.inner.decoded.send(DecodedCode {
                text,
                kind: event.classification.kind().to_owned(),
                symbology: format!("{:?}", event.symbology),
                at_ms: payment::journal::now_ms(),
            });
        }
        let input = match event.classification {
            Classification::Payment { code, .. } => Input::PaymentCode(code),
            Classification::Refused(refusal) => Input::Refused(match refusal.wallet {
                Wallet::WechatPay => RefusedWallet::WechatPay,
                Wallet::UnionPay => RefusedWallet::Unionpay,
                Wallet::Alipay | Wallet::AlipayPlus => RefusedWallet::Other,
            }),
            Classification::Item { gtin } => match self.inner.catalog.by_barcode(&gtin)? {
                Some(product) => Input::Item(product),
                None => Input::UnknownItem(gtin),
            },
            Classification::StaffBadge { token } => {
                let _ = self.inner.badges.send(token);
                return Ok(self.view());
            }
            Classification::Ignored => return Ok(self.view()),
        };
        Ok(self.input(input))
    }

    /// A line typed by a handheld (keyboard-wedge) scanner.
    pub fn typed(&self, line: &str) -> Result<CheckoutView, CheckoutError> {
        let Some(raw) = scanner::wedge_line(line) else {
            return Err(CheckoutError::Invalid { detail: format!("not a scanned code: {line:?}") });
        };
        match self.inner.code_rules.process(&raw, Origin::Handheld, Instant::now()) {
            Some(event) => self.scanned(event),
            None => Ok(self.view()),
        }
    }

    /// Adds a product sold by touch.
    pub fn add_product(&self, product_id: &str) -> Result<CheckoutView, CheckoutError> {
        match self.inner.catalog.product(product_id)? {
            Some(p) if p.touch => Ok(self.input(Input::Touch(p))),
            Some(_) | None => {
                Err(CheckoutError::NotFound { what: format!("touch product {product_id:?}") })
            }
        }
    }

    /// The touch grid in the session's language.
    pub fn touch_products(&self) -> Result<Vec<TouchProduct>, CheckoutError> {
        let language = self.lock_session().language().to_owned();
        let fallback = self.config().languages.default.clone();
        Ok(self
            .inner
            .catalog
            .touch_products()?
            .into_iter()
            .map(|p| TouchProduct {
                name: p.name(&language, &fallback).to_owned(),
                product_id: p.id,
                price_minor: p.price_minor,
            })
            .collect())
    }

    pub(crate) fn alarm(&self, kind: &'static str, detail: String) {
        tracing::warn!(kind, %detail, "alarm");
        {
            let mut recent =
                self.inner.recent_alarms.lock().unwrap_or_else(PoisonError::into_inner);
            recent.push_front(AlarmRecord {
                at_ms: payment::journal::now_ms(),
                kind: kind.to_owned(),
                detail: detail.clone(),
            });
            recent.truncate(50);
        }
        let _ = self.inner.alarms.send(Alarm { kind, detail });
    }

    fn act(&self, action: Action) {
        match action {
            Action::StartPayment(request) => self.start_payment(request),
            Action::StopPayment { cause } => {
                let control = match cause {
                    StopCause::Customer => Control::Cancel,
                    StopCause::Idle => Control::IdleReset,
                };
                let sender =
                    self.inner.control.lock().unwrap_or_else(PoisonError::into_inner).clone();
                match sender {
                    Some(s) => {
                        if s.try_send(control).is_err() {
                            tracing::warn!(?control, "the payment did not take the stop request");
                        }
                    }
                    None => tracing::warn!(?control, "stop asked with no payment running"),
                }
            }
            Action::PrintReceipt(job) => self.print(job),
            Action::CallStaff { reason } => {
                let (kind, detail) = match reason {
                    StaffReason::Help => ("help", "a customer asked for help".to_owned()),
                    StaffReason::ReceiptFailed => {
                        ("receipt_failed", "a paid receipt did not print".to_owned())
                    }
                    StaffReason::Unresolved => (
                        "unresolved",
                        "a payment's outcome is not known; the resolver owns it".to_owned(),
                    ),
                };
                self.alarm(kind, detail);
            }
        }
    }

    fn start_payment(&self, request: PaymentRequest) {
        let checkout = Checkout {
            amount: request.amount,
            auth_code: request.auth_code,
            subject: request.subject,
            language: request.language,
            lines: request.lines,
        };
        // The stop channel exists before the payment does: a Cancel or an
        // idle reset that comes while the intent is being journaled waits in
        // it instead of being lost.
        let (tx, mut rx) = mpsc::channel(4);
        *self.inner.control.lock().unwrap_or_else(PoisonError::into_inner) = Some(tx.clone());
        let started = {
            let _enter = self.inner.runtime.enter();
            self.payments().start(checkout)
        };
        let running = match started {
            Ok(r) => r,
            Err(e) => {
                tracing::error!(error = %e, "the payment could not start");
                self.release_control(&tx);
                self.input(Input::PaymentError { recorded: false });
                return;
            }
        };
        let out_trade_no = running.out_trade_no.clone();
        tracing::info!(%out_trade_no, amount = %request.amount.to_decimal_string(), "payment started");
        self.input(Input::PaymentStarted { out_trade_no: out_trade_no.clone() });
        let me = self.clone();
        self.inner.runtime.spawn(async move {
            let mut progress = running.progress.clone();
            loop {
                tokio::select! {
                    changed = progress.changed() => {
                        if changed.is_err() { break; }
                        let p = progress.borrow_and_update().clone();
                        let done = p.outcome.is_some();
                        me.input(Input::Progress(p));
                        if done { break; }
                    }
                    Some(c) = rx.recv() => running.control(c).await,
                }
            }
            let no = running.out_trade_no.clone();
            let ended = running.outcome().await;
            me.release_control(&tx);
            match ended {
                Ok(outcome) => {
                    me.input(Input::Progress(Progress {
                        out_trade_no: no,
                        phase: Phase::Done,
                        seconds_left: 0,
                        outcome: Some(outcome),
                    }));
                }
                Err(e) => {
                    tracing::error!(out_trade_no = %no, error = %e, "the payment stopped without an outcome");
                    me.input(Input::PaymentError { recorded: true });
                }
            }
        });
    }

    /// Empties the stop slot if it still holds this payment's channel (a
    /// next payment may already have put its own there).
    fn release_control(&self, mine: &mpsc::Sender<Control>) {
        let mut slot = self.inner.control.lock().unwrap_or_else(PoisonError::into_inner);
        if slot.as_ref().is_some_and(|s| s.same_channel(mine)) {
            *slot = None;
        }
    }

    fn print(&self, job: ReceiptJob) {
        let me = self.clone();
        self.inner.runtime.spawn_blocking(move || {
            let out_trade_no = job.out_trade_no.clone();
            let result = me.print_now(&job);
            let ok = match &result {
                Ok(()) => {
                    if let Err(e) = me
                        .payments()
                        .journal()
                        .receipt_printed(&out_trade_no, payment::journal::now_ms())
                    {
                        tracing::error!(%out_trade_no, error = %e, "cannot record the printed receipt");
                    }
                    true
                }
                Err(e) => {
                    tracing::error!(%out_trade_no, error = %e, "the receipt did not print");
                    false
                }
            };
            me.input(Input::ReceiptPrinted { out_trade_no, ok });
        });
    }

    fn print_now(&self, job: &ReceiptJob) -> Result<(), CheckoutError> {
        let config = self.config();
        let receipt = receipt::receipt_for_checkout(job, &config, payment::journal::now_ms())?;
        let locale = self.inner.catalogs.locale(&job.language).map_err(CheckoutError::I18n)?;
        let printer_config = receipt::printer_config(&config);
        let bytes = printer::receipt_bytes(&receipt, locale, printer_config.profile)?;
        self.send_to_printer(&printer_config, &bytes)?;
        tracing::info!(out_trade_no = %job.out_trade_no, bytes = bytes.len(), "receipt printed");
        Ok(())
    }

    /// Where the lane's data lives (for diagnostics).
    pub fn journal_path(&self) -> PathBuf {
        self.payments().journal().path().to_path_buf()
    }
}

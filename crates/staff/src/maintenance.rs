//! The staff functions over the lane: every one checks the staff session
//! first (in the backend, not only in the UI) and is written to the audit
//! log. Views mirror `ui/src/staff-backend.ts` (camelCase JSON).

use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Instant;

use checkout::Lane;
use masking::Secret;
use money::Money;
use payment::journal::{RefundRecord, RefundState, TradeRecord, TradeState};
use serde::{Deserialize, Serialize};

use crate::StaffError;
use crate::audit::AuditRow;
use crate::desk::{Login, PadState, StaffDesk, StaffSession};

/// The printer as staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PrinterInfo {
    /// `ready`, `paper_low`, `paper_out`, `cover_open`, `offline`, `error`, `unknown`, `none`.
    pub status: String,
    /// Detail for staff.
    pub detail: String,
    /// Paper width.
    pub paper_width_mm: u32,
    /// Transport and address.
    pub target: String,
}

/// The camera as staff see it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CameraInfo {
    /// `starting`, `streaming`, `reconnecting`, `stopped`.
    pub health: String,
    /// The last fault.
    pub fault: Option<String>,
    /// Frames since start.
    pub frames_total: u64,
    /// Frames a second since the last look.
    pub fps: f64,
    /// What is configured.
    pub source: String,
}

/// The last bundle refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rejected {
    /// Its version.
    pub version: Option<u64>,
    /// Why.
    pub reason: String,
    /// When.
    pub at_ms: i64,
}

/// Configuration as staff see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfigInfo {
    /// Whether the kiosk follows HQ.
    pub fleet_enabled: bool,
    /// Applied fleet bundle.
    pub fleet_version: Option<u64>,
    /// Applied kiosk bundle.
    pub kiosk_version: Option<u64>,
    /// Where the catalog came from.
    pub catalog_origin: String,
    /// The last bundle refused.
    pub last_rejected: Option<Rejected>,
}

/// The maintenance overview.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Overview {
    /// Who is in.
    pub session: StaffSession,
    /// Lane open to customers.
    pub lane_open: bool,
    /// A payment is running.
    pub payment_running: bool,
    /// Customer sounds muted.
    pub sounds_muted: bool,
    /// Store currency.
    pub currency: String,
    /// Its minor-unit digits.
    pub currency_exponent: u32,
    /// Printer.
    pub printer: PrinterInfo,
    /// Camera.
    pub camera: CameraInfo,
    /// Configuration.
    pub config: ConfigInfo,
    /// Newest alarms first.
    pub alarms: Vec<checkout::lane::AlarmRecord>,
}

/// A journal row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TradeRow {
    /// The kiosk's trade number.
    pub out_trade_no: String,
    /// The gateway's.
    pub trade_no: Option<String>,
    /// State.
    pub state: String,
    /// Amount.
    pub amount_minor: i64,
    /// Refunded so far.
    pub refunded_minor: i64,
    /// Currency.
    pub currency: String,
    /// The customer's language.
    pub language: String,
    /// Created.
    pub created_ms: i64,
    /// The receipt has not printed yet.
    pub receipt_owed: bool,
    /// Why staff must look at it.
    pub flag_reason: Option<String>,
}

impl From<&TradeRecord> for TradeRow {
    fn from(t: &TradeRecord) -> Self {
        TradeRow {
            out_trade_no: t.out_trade_no.clone(),
            trade_no: t.trade_no.clone(),
            state: t.state.to_string(),
            amount_minor: t.amount.minor(),
            refunded_minor: t.refunded.minor(),
            currency: t.amount.currency().code().to_owned(),
            language: t.language.clone(),
            created_ms: t.created_ms,
            receipt_owed: t.receipt_owed,
            flag_reason: t.flag_reason.clone(),
        }
    }
}

/// The journal filter from the staff UI.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TradeFilter {
    /// From (ms).
    pub from_ms: Option<i64>,
    /// To (ms).
    pub to_ms: Option<i64>,
    /// State.
    pub state: Option<String>,
    /// Smallest amount.
    pub min_minor: Option<i64>,
    /// Largest amount.
    pub max_minor: Option<i64>,
    /// Part of a trade number.
    pub trade_no: Option<String>,
}

/// A refund row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RefundRow {
    /// The refund's request number.
    pub out_request_no: String,
    /// Amount.
    pub amount_minor: i64,
    /// `pending`, `succeeded`, `failed`.
    pub state: String,
    /// Why.
    pub reason: String,
    /// The gateway's answer.
    pub detail: String,
    /// Created.
    pub created_ms: i64,
}

impl From<&RefundRecord> for RefundRow {
    fn from(r: &RefundRecord) -> Self {
        RefundRow {
            out_request_no: r.out_request_no.clone(),
            amount_minor: r.amount.minor(),
            state: match r.state {
                RefundState::Pending => "pending",
                RefundState::Done => "succeeded",
                RefundState::Declined => "failed",
            }
            .to_owned(),
            reason: r.reason.clone(),
            detail: r.detail.clone(),
            created_ms: r.created_ms,
        }
    }
}

/// A cart line of a trade.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LineRow {
    /// Name as sold.
    pub name: String,
    /// How many.
    pub quantity: u32,
    /// Price of one.
    pub unit_minor: i64,
}

/// A journal event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EventRow {
    /// When.
    pub at_ms: i64,
    /// `request:pay`, `answer:query`, `state:paid`…
    pub kind: String,
    /// Detail.
    pub detail: String,
}

/// One trade with everything the journal knows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TradeDetail {
    /// The trade.
    pub trade: TradeRow,
    /// Its cart.
    pub lines: Vec<LineRow>,
    /// Every gateway exchange and state change, oldest first.
    pub events: Vec<EventRow>,
    /// Its refunds.
    pub refunds: Vec<RefundRow>,
}

/// One difference with the bill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DifferenceRow {
    /// `missing_from_journal`, `missing_from_bill`, `amount_mismatch`, `status_mismatch`.
    pub kind: String,
    /// The trade.
    pub out_trade_no: String,
    /// What differs.
    pub detail: String,
}

/// A day's reconciliation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReconciliationView {
    /// The day.
    pub date: String,
    /// Payment lines in the bill.
    pub bill_payments: u32,
    /// Refund lines in the bill.
    pub bill_refunds: u32,
    /// Journal trades of the day.
    pub journal_trades: u32,
    /// Trades that agree.
    pub matched: u32,
    /// Differences.
    pub differences: Vec<DifferenceRow>,
}

/// A verified staff badge: the PIN pad opens for this member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StaffBadge {
    /// Staff id.
    pub staff_id: String,
    /// Name.
    pub staff_name: String,
}

/// A camera the OS reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CameraDevice {
    /// Its index.
    pub index: u32,
    /// Its name.
    pub name: String,
}

/// Maintenance mode: the desk and the lane.
pub struct Maintenance {
    desk: StaffDesk,
    lane: Lane,
    logs_dir: PathBuf,
    camera: Mutex<Option<(scanner::Health, String)>>,
    fps_sample: Mutex<Option<(u64, Instant)>>,
    /// The printer's status is read at most every few seconds: the staff UI
    /// polls the overview, and each read is a connection to the printer.
    printer_cache: Mutex<Option<(PrinterInfo, Instant)>>,
    /// The holder of a badge scanned in the last minute: only their PIN opens.
    badge_holder: Mutex<Option<(String, Instant)>>,
    quit: std::sync::atomic::AtomicBool,
    /// The config the desk's members came from (HQ may push new PIN hashes).
    seen_config: Mutex<Arc<settings::KioskConfig>>,
}

impl std::fmt::Debug for Maintenance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Maintenance").field("desk", &self.desk).finish_non_exhaustive()
    }
}

fn money_text(m: Money) -> String {
    format!("{} {}", m.to_decimal_string(), m.currency().code())
}

impl Maintenance {
    /// Maintenance over `lane`; logs are read from `logs_dir`.
    /// Every audited action also goes to HQ through the lane's telemetry.
    pub fn new(desk: StaffDesk, lane: Lane, logs_dir: PathBuf) -> Maintenance {
        let reporter = lane.clone();
        let desk = desk.with_observer(move |row| {
            reporter.report_staff_action(
                &row.staff,
                &format!("{} {}: {}", row.action, row.detail, row.result),
            );
        });
        let seen_config = Mutex::new(lane.current_config());
        Maintenance {
            desk,
            seen_config,
            lane,
            logs_dir,
            camera: Mutex::new(None),
            fps_sample: Mutex::new(None),
            printer_cache: Mutex::new(None),
            badge_holder: Mutex::new(None),
            quit: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// The desk (PIN entry and sessions).
    pub fn desk(&self) -> &StaffDesk {
        &self.desk
    }

    /// The camera feed's health flag and a description of its source.
    pub fn set_camera(&self, health: Option<scanner::Health>, source: String) {
        *self.camera.lock().unwrap_or_else(PoisonError::into_inner) = health.map(|h| (h, source));
    }

    /// Whether staff asked to quit the app.
    pub fn quit_requested(&self) -> bool {
        self.quit.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// The PIN pad opens.
    pub fn pad(&self) -> PadState {
        self.refresh_members();
        self.desk.pad(Instant::now())
    }

    /// A PIN was entered.
    pub fn login(&self, pin: String) -> Login {
        self.refresh_members();
        let now = Instant::now();
        let holder = self
            .badge_holder
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
            .filter(|(_, at)| {
                now.saturating_duration_since(*at) < std::time::Duration::from_secs(60)
            })
            .map(|(id, _)| id);
        let login = self.desk.login_as(
            &Secret::new(pin),
            holder.as_deref(),
            self.lane.payment_running(),
            now,
        );
        if matches!(login, Login::Ok { .. }) {
            *self.badge_holder.lock().unwrap_or_else(PoisonError::into_inner) = None;
        }
        login
    }

    /// A staff badge was scanned: it opens the PIN pad when HQ signed it,
    /// it has not expired, and it names a current member. Audited either way.
    pub fn badge(&self, token: &Secret<String>) -> Result<StaffBadge, StaffError> {
        self.refresh_members();
        let config = self.lane.current_config();
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let result = fleet::bundle::TrustedKeys::from_raw(&config.fleet.trusted_keys)
            .map_err(|e| StaffError::Invalid { detail: format!("trusted keys: {e}") })
            .and_then(|trust| crate::badge::verify(token.expose(), &trust, now))
            .and_then(|b| {
                config
                    .staff
                    .members
                    .iter()
                    .find(|m| m.id == b.staff_id)
                    .map(|m| StaffBadge { staff_id: m.id.clone(), staff_name: m.name.clone() })
                    .ok_or_else(|| StaffError::Invalid {
                        detail: format!(
                            "staff badge refused: {} is not a staff member here",
                            b.staff_id
                        ),
                    })
            });
        if let Ok(b) = &result {
            *self.badge_holder.lock().unwrap_or_else(PoisonError::into_inner) =
                Some((b.staff_id.clone(), Instant::now()));
        }
        let (who, outcome) = match &result {
            Ok(b) => (b.staff_id.clone(), "ok".to_owned()),
            Err(e) => ("-".to_owned(), e.to_string()),
        };
        self.desk.record(&who, "badge", "", &outcome);
        result
    }

    /// Takes the staff list of a config HQ pushed since the last look.
    fn refresh_members(&self) {
        let current = self.lane.current_config();
        let mut seen = self.seen_config.lock().unwrap_or_else(PoisonError::into_inner);
        if !Arc::ptr_eq(&seen, &current) {
            self.desk.reconfigure(&current.staff);
            *seen = current;
        }
    }

    /// Runs `f` for the logged-in staff member and audits it as `action`.
    fn audited<T>(
        &self,
        action: &str,
        detail: &str,
        f: impl FnOnce(&StaffSession) -> Result<T, StaffError>,
    ) -> Result<T, StaffError> {
        let session = self.desk.session(Instant::now())?;
        let result = f(&session);
        let outcome = match &result {
            Ok(_) => "ok".to_owned(),
            Err(e) => e.to_string(),
        };
        self.desk.record(&session.staff_id, action, detail, &outcome);
        result
    }

    /// The session, without auditing (views). A touch: it counts as activity.
    fn viewer(&self) -> Result<StaffSession, StaffError> {
        self.desk.session(Instant::now()).inspect_err(|_| self.lane.set_staff_preview(false))
    }

    /// Ends the session (back to customer mode).
    pub fn exit(&self) -> Result<(), StaffError> {
        self.desk.logout(Instant::now())
    }

    /// The overview.
    ///
    /// The UI polls it, so it checks the session without counting as
    /// activity: an unattended staff screen still times out.
    pub fn overview(&self) -> Result<Overview, StaffError> {
        let session =
            self.desk.peek(Instant::now()).inspect_err(|_| self.lane.set_staff_preview(false))?;
        let config = self.lane.current_config();
        let hq = self.lane.hq_state();
        Ok(Overview {
            session,
            lane_open: self.lane.is_open(),
            payment_running: self.lane.payment_running(),
            sounds_muted: self.lane.muted(),
            currency: config.store.currency.code().to_owned(),
            currency_exponent: config.store.currency.exponent(),
            printer: self.printer_info_cached(),
            camera: self.camera_info(),
            config: ConfigInfo {
                fleet_enabled: hq.enabled,
                fleet_version: hq.fleet_version,
                kiosk_version: hq.kiosk_version,
                catalog_origin: self.lane.catalog().origin()?.unwrap_or_default(),
                last_rejected: hq.last_rejected.map(|(version, reason, at_ms)| Rejected {
                    version,
                    reason,
                    at_ms,
                }),
            },
            alarms: self.lane.recent_alarms(),
        })
    }

    fn printer_info_cached(&self) -> PrinterInfo {
        const FRESH: std::time::Duration = std::time::Duration::from_secs(10);
        if let Some((info, at)) =
            &*self.printer_cache.lock().unwrap_or_else(PoisonError::into_inner)
            && at.elapsed() < FRESH
        {
            return info.clone();
        }
        let info = self.printer_info();
        *self.printer_cache.lock().unwrap_or_else(PoisonError::into_inner) =
            Some((info.clone(), Instant::now()));
        info
    }

    fn printer_info(&self) -> PrinterInfo {
        let (status, config) = self.lane.printer_status();
        let paper_width_mm = match config.profile.paper {
            printer::PaperWidth::Mm58 => 58,
            printer::PaperWidth::Mm80 => 80,
        };
        let target = config.transport.to_string();
        let (status, detail) = match status {
            Err(e) => ("offline".to_owned(), e.to_string()),
            Ok(s) => {
                let code = match (&s, s.problem()) {
                    (_, Some(printer::StatusProblem::PaperOut)) => "paper_out",
                    (_, Some(printer::StatusProblem::CoverOpen)) => "cover_open",
                    (_, Some(printer::StatusProblem::Offline)) => "offline",
                    (_, Some(printer::StatusProblem::Error)) => "error",
                    (_, Some(printer::StatusProblem::Unknown)) => "unknown",
                    (printer::PrinterStatus::Known(f), None) if f.paper_near_end => "paper_low",
                    (_, None) => "ready",
                    (_, Some(_)) => "error",
                };
                (code.to_owned(), s.to_string())
            }
        };
        let status = if matches!(config.transport, printer::Transport::None) {
            "none".to_owned()
        } else {
            status
        };
        PrinterInfo { status, detail, paper_width_mm, target }
    }

    fn camera_info(&self) -> CameraInfo {
        let camera = self.camera.lock().unwrap_or_else(PoisonError::into_inner).clone();
        let Some((health, source)) = camera else {
            return CameraInfo {
                health: "stopped".into(),
                fault: None,
                frames_total: 0,
                fps: 0.0,
                source: "none".into(),
            };
        };
        let now = Instant::now();
        let h = health.snapshot(now);
        let fps = {
            let mut sample = self.fps_sample.lock().unwrap_or_else(PoisonError::into_inner);
            let fps = match *sample {
                Some((frames, at)) if now > at => {
                    (h.frames.saturating_sub(frames)) as f64 / (now - at).as_secs_f64()
                }
                _ => 0.0,
            };
            *sample = Some((h.frames, now));
            (fps * 10.0).round() / 10.0
        };
        CameraInfo {
            health: match h.state {
                scanner::HealthState::Connecting => "starting",
                scanner::HealthState::Streaming => "streaming",
                scanner::HealthState::Faulted => "reconnecting",
                scanner::HealthState::Stopped => "stopped",
            }
            .into(),
            fault: h.fault.map(|f| format!("{}: {}", f.code(), h.detail.unwrap_or_default())),
            frames_total: h.frames,
            fps,
            source,
        }
    }

    /// Opens or closes the lane.
    pub fn set_lane(&self, open: bool) -> Result<Overview, StaffError> {
        let action = if open { "lane_open" } else { "lane_close" };
        self.audited(action, "", |_| {
            self.lane.set_open(open);
            Ok(())
        })?;
        self.overview()
    }

    /// Mutes or unmutes the customer sounds.
    pub fn set_muted(&self, muted: bool) -> Result<Overview, StaffError> {
        let action = if muted { "sounds_mute" } else { "sounds_unmute" };
        self.audited(action, "", |_| {
            self.lane.set_muted(muted);
            Ok(())
        })?;
        self.overview()
    }

    /// Journal rows, newest first (at most 500).
    pub fn trades(&self, filter: TradeFilter) -> Result<Vec<TradeRow>, StaffError> {
        self.viewer()?;
        let state =
            match filter.state.as_deref() {
                None | Some("") => None,
                Some(s) => Some(TradeState::parse(s).ok_or_else(|| StaffError::Invalid {
                    detail: format!("no trade state {s:?}"),
                })?),
            };
        let rows = self.lane.payments_core().journal().list(&payment::journal::TradeFilter {
            from_ms: filter.from_ms,
            to_ms: filter.to_ms,
            state,
            min_minor: filter.min_minor,
            max_minor: filter.max_minor,
            trade_no: filter.trade_no.filter(|t| !t.trim().is_empty()),
            limit: Some(500),
        })?;
        Ok(rows.iter().map(TradeRow::from).collect())
    }

    fn trade_record(&self, out_trade_no: &str) -> Result<TradeRecord, StaffError> {
        self.lane
            .payments_core()
            .journal()
            .trade(out_trade_no)?
            .ok_or_else(|| StaffError::NotFound { what: format!("trade {out_trade_no}") })
    }

    /// One trade with its events and refunds.
    pub fn trade(&self, out_trade_no: &str) -> Result<TradeDetail, StaffError> {
        self.viewer()?;
        let t = self.trade_record(out_trade_no)?;
        let journal = self.lane.payments_core().journal().clone();
        Ok(TradeDetail {
            trade: TradeRow::from(&t),
            lines: t
                .lines
                .iter()
                .map(|l| LineRow {
                    name: l.name.clone(),
                    quantity: l.quantity,
                    unit_minor: l.unit_minor,
                })
                .collect(),
            events: journal
                .events(out_trade_no)?
                .into_iter()
                .map(|e| EventRow { at_ms: e.at_ms, kind: e.kind, detail: e.detail })
                .collect(),
            refunds: journal.refunds(out_trade_no)?.iter().map(RefundRow::from).collect(),
        })
    }

    /// Prints a paid trade's receipt again.
    pub fn reprint(&self, out_trade_no: &str) -> Result<(), StaffError> {
        self.audited("reprint", out_trade_no, |_| Ok(self.lane.reprint(out_trade_no)?))
    }

    /// Refunds `amount_minor` of a paid trade and returns the refund's result.
    pub async fn refund(
        &self,
        out_trade_no: &str,
        amount_minor: i64,
        reason: &str,
    ) -> Result<RefundRow, StaffError> {
        let session = self.desk.session(Instant::now())?;
        let result: Result<RefundRow, StaffError> = async {
            let t = self.trade_record(out_trade_no)?;
            if amount_minor <= 0 {
                return Err(StaffError::Invalid {
                    detail: "the refund amount must be positive".into(),
                });
            }
            let amount = Money::new(amount_minor, t.amount.currency());
            let reason = if reason.trim().is_empty() { "staff refund" } else { reason.trim() };
            let rec = self.lane.payments_core().refund(out_trade_no, amount, reason).await?;
            Ok(RefundRow::from(&rec))
        }
        .await;
        let currency = self.lane.current_config().store.currency;
        let detail = format!("{out_trade_no} {}", money_text(Money::new(amount_minor, currency)));
        let outcome = match &result {
            Ok(r) => format!("ok ({})", r.state),
            Err(e) => e.to_string(),
        };
        self.desk.record(&session.staff_id, "refund", &detail, &outcome);
        result
    }

    /// Retries the owed cancels and pending trades now (start-up recovery
    /// and one resolver pass) and returns where the trade stands.
    pub async fn resolve(&self, out_trade_no: &str) -> Result<TradeRow, StaffError> {
        let session = self.desk.session(Instant::now())?;
        let result: Result<TradeRow, StaffError> = async {
            // Recovery resumes every pending trade: never under a live payment.
            if self.lane.payment_running() {
                return Err(StaffError::PaymentRunning);
            }
            self.lane.payments_core().recover().await?;
            Ok(TradeRow::from(&self.trade_record(out_trade_no)?))
        }
        .await;
        let outcome = match &result {
            Ok(r) => format!("ok ({})", r.state),
            Err(e) => e.to_string(),
        };
        self.desk.record(&session.staff_id, "resolve", out_trade_no, &outcome);
        result
    }

    /// Reconciles a day (`YYYY-MM-DD`) against the gateway's bill.
    pub async fn reconcile(&self, date: &str) -> Result<ReconciliationView, StaffError> {
        let session = self.desk.session(Instant::now())?;
        let result: Result<ReconciliationView, StaffError> = async {
            let format = time::macros::format_description!("[year]-[month]-[day]");
            let day = time::Date::parse(date, format)
                .map_err(|e| StaffError::Invalid { detail: format!("date {date:?}: {e}") })?;
            let r = self.lane.payments_core().reconcile(day).await?;
            Ok(ReconciliationView {
                date: r.date,
                bill_payments: r.bill_payments,
                bill_refunds: r.bill_refunds,
                journal_trades: r.journal_trades,
                matched: r.matched,
                differences: r.differences.iter().map(difference_row).collect(),
            })
        }
        .await;
        let outcome = match &result {
            Ok(r) => format!("ok ({} differences)", r.differences.len()),
            Err(e) => e.to_string(),
        };
        self.desk.record(&session.staff_id, "reconcile", date, &outcome);
        result
    }

    /// Prints the test page and returns the printer's state after.
    pub fn test_print(&self) -> Result<PrinterInfo, StaffError> {
        self.audited("test_print", "", |_| Ok(self.lane.test_print()?))?;
        let info = self.printer_info();
        *self.printer_cache.lock().unwrap_or_else(PoisonError::into_inner) =
            Some((info.clone(), Instant::now()));
        Ok(info)
    }

    /// The audit log, newest first.
    pub fn audit(&self, limit: u32) -> Result<Vec<AuditRow>, StaffError> {
        self.viewer()?;
        self.desk.audit().recent(limit.clamp(1, 1000))
    }

    /// The newest `lines` lines of the newest log file.
    pub fn logs(&self, lines: u32) -> Result<Vec<String>, StaffError> {
        self.viewer()?;
        let newest = std::fs::read_dir(&self.logs_dir)
            .map_err(|source| StaffError::Io { path: self.logs_dir.clone(), source })?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("kiosk."))
            })
            .max();
        let Some(path) = newest else { return Ok(Vec::new()) };
        let text = std::fs::read_to_string(&path)
            .map_err(|source| StaffError::Io { path: path.clone(), source })?;
        let all: Vec<&str> = text.lines().collect();
        let keep = usize::try_from(lines.clamp(1, 2000)).unwrap_or(200);
        Ok(all[all.len().saturating_sub(keep)..].iter().map(|l| (*l).to_owned()).collect())
    }

    /// The cameras the OS reports.
    pub fn cameras(&self) -> Result<Vec<CameraDevice>, StaffError> {
        self.viewer()?;
        Ok(scanner::list_cameras()
            .unwrap_or_default()
            .into_iter()
            .enumerate()
            .map(|(i, c)| CameraDevice {
                index: c.index.parse().unwrap_or(u32::try_from(i).unwrap_or(0)),
                name: c.name,
            })
            .collect())
    }

    /// The staff camera page opened or closed.
    pub fn camera_preview(&self, on: bool) -> Result<CameraInfo, StaffError> {
        self.viewer()?;
        self.lane.set_staff_preview(on);
        Ok(self.camera_info())
    }

    /// Checks that staff may pick a camera and audits it; the app restarts
    /// the feed.
    pub fn pick_camera(&self, index: u32) -> Result<(), StaffError> {
        self.audited("camera_pick", &index.to_string(), |_| Ok(()))
    }

    /// The camera info after a restart.
    pub fn camera(&self) -> CameraInfo {
        self.camera_info()
    }

    /// Quits the app: allowed only to staff; audited.
    pub fn quit(&self) -> Result<(), StaffError> {
        self.audited("quit", "", |_| {
            if self.lane.payment_running() {
                return Err(StaffError::PaymentRunning);
            }
            self.quit.store(true, std::sync::atomic::Ordering::SeqCst);
            Ok(())
        })
    }

    /// The lane.
    pub fn lane(&self) -> &Lane {
        &self.lane
    }
}

fn difference_row(d: &payment::Difference) -> DifferenceRow {
    match d {
        payment::Difference::MissingFromJournal { out_trade_no, trade_no, net } => DifferenceRow {
            kind: "missing_from_journal".into(),
            out_trade_no: out_trade_no.clone(),
            detail: format!(
                "bill: {} taken (trade {trade_no}); the journal has no such trade",
                money_text(*net)
            ),
        },
        payment::Difference::MissingFromBill { out_trade_no, net } => DifferenceRow {
            kind: "missing_from_bill".into(),
            out_trade_no: out_trade_no.clone(),
            detail: format!("journal: {} kept; not in the bill", money_text(*net)),
        },
        payment::Difference::AmountMismatch { out_trade_no, journal, bill } => DifferenceRow {
            kind: "amount_mismatch".into(),
            out_trade_no: out_trade_no.clone(),
            detail: format!("journal {} ≠ bill {}", money_text(*journal), money_text(*bill)),
        },
        payment::Difference::StatusMismatch { out_trade_no, journal, bill } => DifferenceRow {
            kind: "status_mismatch".into(),
            out_trade_no: out_trade_no.clone(),
            detail: format!("journal {journal} ≠ bill {bill}"),
        },
    }
}

/// Shared maintenance, as the app keeps it.
pub type SharedMaintenance = Arc<Maintenance>;

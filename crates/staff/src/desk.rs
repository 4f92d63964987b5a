//! Entry to maintenance mode and the staff session: the PIN pad (Argon2id
//! hashes, lockout), who is logged in, the idle end of the session, and the
//! audit log every action goes to.

use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use masking::Secret;
use serde::Serialize;
use settings::{StaffConfig, StaffMember};

use crate::StaffError;
use crate::audit::{AuditLog, AuditRow};
use crate::gate::{EntryGate, Verdict};
use crate::pin::{pin_is_well_formed, verify_pin};

/// The logged-in staff member.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StaffSession {
    /// Staff id.
    pub staff_id: String,
    /// Name.
    pub staff_name: String,
    /// Seconds until the session ends without a touch.
    pub idle_secs_left: u64,
}

/// The PIN pad's state when it opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PadState {
    /// Entry is locked: seconds left.
    pub locked_secs: Option<u64>,
}

/// How a PIN entry ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Login {
    /// In.
    Ok {
        /// The session.
        session: StaffSession,
    },
    /// Wrong PIN.
    #[serde(rename_all = "camelCase")]
    Wrong {
        /// Tries before the lockout.
        attempts_left: u32,
    },
    /// Entry is locked.
    #[serde(rename_all = "camelCase")]
    Locked {
        /// Seconds left.
        seconds_left: u64,
    },
    /// Right PIN, but a payment is running: maintenance opens once the
    /// payment core settled it (the pad retries).
    WaitingForPayment,
}

impl std::fmt::Debug for StaffDesk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StaffDesk").field("audit", &self.audit).finish_non_exhaustive()
    }
}

#[derive(Debug)]
struct Active {
    id: String,
    name: String,
    last_touch: Instant,
}

/// Called with every audit row written.
pub type AuditObserver = Box<dyn Fn(&AuditRow) + Send + Sync>;

/// Who may enter, who is in, and the audit log.
pub struct StaffDesk {
    members: Mutex<Vec<StaffMember>>,
    idle: Mutex<Duration>,
    gate: Mutex<EntryGate>,
    active: Mutex<Option<Active>>,
    audit: AuditLog,
    observer: Option<AuditObserver>,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

fn secs_up(d: Duration) -> u64 {
    d.as_millis().div_ceil(1000).try_into().unwrap_or(u64::MAX)
}

impl StaffDesk {
    /// A desk for `[staff]`, auditing to `audit`.
    pub fn new(config: &StaffConfig, audit: AuditLog) -> StaffDesk {
        StaffDesk {
            members: Mutex::new(config.members.clone()),
            idle: Mutex::new(config.session_idle),
            gate: Mutex::new(EntryGate::new(config.max_attempts, config.lockout)),
            active: Mutex::new(None),
            audit,
            observer: None,
        }
    }

    /// Calls `f` with every audit row written (HQ telemetry).
    pub fn with_observer(mut self, f: impl Fn(&AuditRow) + Send + Sync + 'static) -> StaffDesk {
        self.observer = Some(Box::new(f));
        self
    }

    /// New members and session rules (an HQ bundle). The lockout state stays.
    pub fn reconfigure(&self, config: &StaffConfig) {
        *lock(&self.members) = config.members.clone();
        *lock(&self.idle) = config.session_idle;
    }

    /// The audit log.
    pub fn audit(&self) -> &AuditLog {
        &self.audit
    }

    /// Writes an audit row now.
    pub fn record(&self, staff: &str, action: &str, detail: &str, result: &str) {
        let row = AuditRow {
            at_ms: payment::journal::now_ms(),
            staff: staff.to_owned(),
            action: action.to_owned(),
            detail: detail.to_owned(),
            result: result.to_owned(),
        };
        if let Err(e) = self.audit.record(&row) {
            tracing::error!(error = %e, "the audit log could not be written");
        }
        if let Some(f) = &self.observer {
            f(&row);
        }
    }

    /// The PIN pad opens.
    pub fn pad(&self, now: Instant) -> PadState {
        PadState { locked_secs: lock(&self.gate).locked_for(now).map(secs_up) }
    }

    /// A PIN was entered. `payment_running`: maintenance waits for it.
    pub fn login(&self, pin: &Secret<String>, payment_running: bool, now: Instant) -> Login {
        self.login_as(pin, None, payment_running, now)
    }

    /// A PIN was entered after a badge: only the badge holder's PIN opens
    /// maintenance (`only`), anyone's otherwise.
    pub fn login_as(
        &self,
        pin: &Secret<String>,
        only: Option<&str>,
        payment_running: bool,
        now: Instant,
    ) -> Login {
        if let Some(left) = lock(&self.gate).locked_for(now) {
            self.record("-", "login", "", "locked");
            return Login::Locked { seconds_left: secs_up(left) };
        }
        let found = if pin_is_well_formed(pin.expose()) {
            // Every hash is checked, so timing does not tell which matched.
            let members: Vec<StaffMember> = lock(&self.members)
                .iter()
                .filter(|m| only.is_none_or(|id| m.id == id))
                .cloned()
                .collect();
            let mut found = None;
            for m in members {
                if verify_pin(pin, &m.pin_hash) && found.is_none() {
                    found = Some(m);
                }
            }
            found
        } else {
            None
        };
        let Some(member) = found else {
            let verdict = lock(&self.gate).failed(now);
            return match verdict {
                Verdict::TriesLeft(n) => {
                    self.record("-", "login", "", "wrong PIN");
                    Login::Wrong { attempts_left: n }
                }
                Verdict::Locked(d) => {
                    self.record(
                        "-",
                        "login",
                        "",
                        &format!("wrong PIN; entry locked for {} s", secs_up(d)),
                    );
                    Login::Locked { seconds_left: secs_up(d) }
                }
            };
        };
        lock(&self.gate).succeeded();
        if payment_running {
            return Login::WaitingForPayment;
        }
        *lock(&self.active) =
            Some(Active { id: member.id.clone(), name: member.name.clone(), last_touch: now });
        self.record(&member.id, "login", "", "ok");
        Login::Ok { session: self.view(&member.id, &member.name, *lock(&self.idle)) }
    }

    fn view(&self, id: &str, name: &str, left: Duration) -> StaffSession {
        StaffSession {
            staff_id: id.to_owned(),
            staff_name: name.to_owned(),
            idle_secs_left: secs_up(left),
        }
    }

    /// The active session, touched; `NotStaff` when there is none or it
    /// ended from idleness (which is audited).
    pub fn session(&self, now: Instant) -> Result<StaffSession, StaffError> {
        let idle = *lock(&self.idle);
        let mut active = lock(&self.active);
        let Some(a) = active.as_mut() else { return Err(StaffError::NotStaff) };
        if now.saturating_duration_since(a.last_touch) >= idle {
            let id = a.id.clone();
            *active = None;
            drop(active);
            self.record(&id, "session_end", "idle", "ok");
            return Err(StaffError::NotStaff);
        }
        a.last_touch = now;
        Ok(self.view(&a.id, &a.name, idle))
    }

    /// The active session without touching it (polling); ends an idle one
    /// like [`StaffDesk::session`].
    pub fn peek(&self, now: Instant) -> Result<StaffSession, StaffError> {
        let idle = *lock(&self.idle);
        let mut active = lock(&self.active);
        let Some(a) = active.as_ref() else { return Err(StaffError::NotStaff) };
        let quiet = now.saturating_duration_since(a.last_touch);
        if quiet >= idle {
            let id = a.id.clone();
            *active = None;
            drop(active);
            self.record(&id, "session_end", "idle", "ok");
            return Err(StaffError::NotStaff);
        }
        Ok(self.view(&a.id, &a.name, idle - quiet))
    }

    /// Ends the session.
    pub fn logout(&self, now: Instant) -> Result<(), StaffError> {
        let s = self.session(now)?;
        *lock(&self.active) = None;
        self.record(&s.staff_id, "logout", "", "ok");
        Ok(())
    }
}

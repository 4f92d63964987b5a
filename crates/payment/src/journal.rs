//! The durable journal of payments (DESIGN.md §4): one SQLite file, WAL,
//! `synchronous=FULL`, migrations kept here with the code.
//!
//! - `trades`: one row per trade, its current state.
//! - `events`: an append-only log (triggers refuse updates and deletes) of
//!   every request and answer with its timestamp.
//! - `refunds`: one row per refund; its `out_request_no` is written before
//!   the refund is sent and reused on every retry.
//!
//! Every state change and its event are written in one transaction.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::{SystemTime, UNIX_EPOCH};

use money::{Currency, Money};
use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use crate::error::PaymentError;
use crate::gateway::CartLine;
use crate::machine::{CancelAction, CancelCause, Outcome};

/// The migrations, in order. `PRAGMA user_version` counts those applied.
const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE trades (
    out_trade_no    TEXT PRIMARY KEY,
    gateway         TEXT NOT NULL,
    amount_minor    INTEGER NOT NULL CHECK (amount_minor > 0),
    currency        TEXT NOT NULL,
    subject         TEXT NOT NULL,
    language        TEXT NOT NULL,
    lines_json      TEXT NOT NULL,
    state           TEXT NOT NULL,
    trade_no        TEXT,
    buyer_masked    TEXT,
    outcome_json    TEXT,
    receipt_owed    INTEGER NOT NULL DEFAULT 0,
    refunded_minor  INTEGER NOT NULL DEFAULT 0,
    cancel_attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms INTEGER,
    flag_reason     TEXT,
    created_ms      INTEGER NOT NULL,
    updated_ms      INTEGER NOT NULL
);
CREATE INDEX trades_by_state ON trades(state);
CREATE INDEX trades_by_created ON trades(created_ms);
CREATE TABLE events (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    out_trade_no TEXT NOT NULL REFERENCES trades(out_trade_no),
    at_ms        INTEGER NOT NULL,
    kind         TEXT NOT NULL,
    detail       TEXT NOT NULL
);
CREATE INDEX events_by_trade ON events(out_trade_no, id);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'the payment event log is append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'the payment event log is append-only'); END;
CREATE TABLE refunds (
    out_request_no TEXT PRIMARY KEY,
    out_trade_no   TEXT NOT NULL REFERENCES trades(out_trade_no),
    amount_minor   INTEGER NOT NULL CHECK (amount_minor > 0),
    reason         TEXT NOT NULL,
    state          TEXT NOT NULL,
    detail         TEXT NOT NULL DEFAULT '',
    created_ms     INTEGER NOT NULL,
    updated_ms     INTEGER NOT NULL
);
CREATE INDEX refunds_by_trade ON refunds(out_trade_no);
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value INTEGER NOT NULL
);
"#,
    r#"
-- Alipay wants an out_trade_no unique per merchant for ever. The sequence
-- restarts with a new journal (a reinstalled kiosk, a replaced disk), so
-- every journal gets its own random instance id, part of every number.
CREATE TABLE journal_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO journal_meta (key, value) VALUES ('instance', lower(hex(randomblob(3))));
"#,
];

/// The journal's file name in the kiosk's data directory.
pub const FILE_NAME: &str = "journal.sqlite";

/// Milliseconds since the Unix epoch, the journal's timestamps.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// Where a trade stands in the journal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TradeState {
    /// The intent is written; the outcome is not known yet (in progress, or
    /// the kiosk stopped: recovery resolves it before the lane opens).
    Pending,
    /// Paid: a receipt is owed.
    Paid,
    /// Not charged.
    Declined,
    /// Cancelled: closed unpaid, or refunded in full by the cancel.
    Cancelled,
    /// The cancel did not complete; the background resolver retries it.
    CancelOwed,
    /// The resolver gave up (24 h cancel window closed): staff must act.
    Flagged,
}

impl TradeState {
    /// Every state.
    pub const ALL: [TradeState; 6] = [
        TradeState::Pending,
        TradeState::Paid,
        TradeState::Declined,
        TradeState::Cancelled,
        TradeState::CancelOwed,
        TradeState::Flagged,
    ];

    /// The stored text.
    pub fn as_str(self) -> &'static str {
        match self {
            TradeState::Pending => "pending",
            TradeState::Paid => "paid",
            TradeState::Declined => "declined",
            TradeState::Cancelled => "cancelled",
            TradeState::CancelOwed => "cancel_owed",
            TradeState::Flagged => "flagged",
        }
    }

    /// Parses the stored text.
    pub fn parse(s: &str) -> Option<TradeState> {
        TradeState::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// True when nothing more will happen to the trade by itself.
    pub fn is_final(self) -> bool {
        match self {
            TradeState::Paid | TradeState::Declined | TradeState::Cancelled => true,
            TradeState::Pending | TradeState::CancelOwed | TradeState::Flagged => false,
        }
    }
}

impl std::fmt::Display for TradeState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a refund stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RefundState {
    /// Written; sent or about to be; outcome unknown until answered.
    Pending,
    /// The gateway refunded it.
    Done,
    /// The gateway refused it; nothing moved.
    Declined,
}

impl RefundState {
    fn as_str(self) -> &'static str {
        match self {
            RefundState::Pending => "pending",
            RefundState::Done => "done",
            RefundState::Declined => "declined",
        }
    }

    fn parse(s: &str) -> Option<RefundState> {
        [RefundState::Pending, RefundState::Done, RefundState::Declined]
            .into_iter()
            .find(|r| r.as_str() == s)
    }
}

/// What is written before anything is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Intent {
    /// The merchant's trade number.
    pub out_trade_no: String,
    /// The gateway it goes to.
    pub gateway: String,
    /// The amount.
    pub amount: Money,
    /// The order title.
    pub subject: String,
    /// The customer's language (the receipt prints in it).
    pub language: String,
    /// The cart.
    pub lines: Vec<CartLine>,
}

/// One trade as the journal has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TradeRecord {
    /// The merchant's trade number.
    pub out_trade_no: String,
    /// The gateway.
    pub gateway: String,
    /// The amount.
    pub amount: Money,
    /// The order title.
    pub subject: String,
    /// The customer's language.
    pub language: String,
    /// The cart.
    pub lines: Vec<CartLine>,
    /// Where it stands.
    pub state: TradeState,
    /// The gateway's trade number, once paid.
    pub trade_no: Option<String>,
    /// The buyer's account as the gateway masked it.
    pub buyer_masked: Option<String>,
    /// The wallet that paid, when the gateway named it (`None`: Alipay).
    pub wallet: Option<String>,
    /// How the payment ended, once it did.
    pub outcome: Option<Outcome>,
    /// A receipt is owed (paid, not printed yet).
    pub receipt_owed: bool,
    /// Refunded so far (by refunds, not by a cancel).
    pub refunded: Money,
    /// Cancel attempts made by the background resolver.
    pub cancel_attempts: u32,
    /// When the resolver tries next (ms since the epoch).
    pub next_attempt_ms: Option<i64>,
    /// Why staff must look at it.
    pub flag_reason: Option<String>,
    /// Written at (ms since the epoch).
    pub created_ms: i64,
    /// Last changed at.
    pub updated_ms: i64,
}

/// One entry of the event log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventRecord {
    /// Order of writing.
    pub id: i64,
    /// The trade.
    pub out_trade_no: String,
    /// When (ms since the epoch).
    pub at_ms: i64,
    /// `intent`, `request:pay`, `answer:query`, `finish`…
    pub kind: String,
    /// What was sent or said.
    pub detail: String,
}

/// One refund.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RefundRecord {
    /// Identifies the refund at the gateway; reused on retry.
    pub out_request_no: String,
    /// The trade.
    pub out_trade_no: String,
    /// How much.
    pub amount: Money,
    /// Why.
    pub reason: String,
    /// Where it stands.
    pub state: RefundState,
    /// The gateway's last word on it.
    pub detail: String,
    /// Written at.
    pub created_ms: i64,
    /// Last changed at.
    pub updated_ms: i64,
}

/// Which trades to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TradeFilter {
    /// Created at or after (ms since the epoch).
    pub from_ms: Option<i64>,
    /// Created before.
    pub to_ms: Option<i64>,
    /// In this state.
    pub state: Option<TradeState>,
    /// At least this many minor units.
    pub min_minor: Option<i64>,
    /// At most this many minor units.
    pub max_minor: Option<i64>,
    /// The merchant's or the gateway's trade number contains this.
    pub trade_no: Option<String>,
    /// At most this many, newest first (all when `None`).
    pub limit: Option<u32>,
}

/// The payment journal.
#[derive(Debug)]
pub struct Journal {
    conn: Mutex<Connection>,
    path: PathBuf,
}

fn lock(m: &Mutex<Connection>) -> MutexGuard<'_, Connection> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Journal {
    /// Opens (creating if needed) the journal file and brings its schema up
    /// to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Journal, PaymentError> {
        let path = path.as_ref().to_path_buf();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| PaymentError::JournalDir {
                path: dir.display().to_string(),
                source,
            })?;
        }
        let err = |source| PaymentError::Journal { path: path.display().to_string(), source };
        let mut conn = Connection::open(&path).map_err(err)?;
        conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(err)?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(err)?;
        // Payment rows are written with full durability (DESIGN.md §4.1).
        conn.pragma_update(None, "synchronous", "FULL").map_err(err)?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(err)?;
        let version: i64 =
            conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(err)?;
        let known = i64::try_from(MIGRATIONS.len()).unwrap_or(i64::MAX);
        if version > known {
            return Err(PaymentError::SchemaTooNew {
                path: path.display().to_string(),
                found: version,
                known,
            });
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(usize::try_from(version).unwrap_or(0)) {
            let tx = conn.transaction().map_err(err)?;
            tx.execute_batch(sql).map_err(err)?;
            tx.pragma_update(None, "user_version", i + 1).map_err(err)?;
            tx.commit().map_err(err)?;
            tracing::info!(path = %path.display(), version = i + 1, "journal migrated");
        }
        Ok(Journal { conn: Mutex::new(conn), path })
    }

    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn err(&self) -> impl Fn(rusqlite::Error) -> PaymentError + '_ {
        move |source| PaymentError::Journal { path: self.path.display().to_string(), source }
    }

    /// A new `out_trade_no`: `<terminal>_<yyyymmdd>_<instance>_<sequence>`,
    /// unique in this journal across restarts (the sequence is stored) and
    /// across journals (`instance` is 6 random hex digits chosen when the
    /// journal was created), at most 55 characters.
    pub fn allocate_out_trade_no(
        &self,
        terminal_id: &str,
        at_ms: i64,
    ) -> Result<String, PaymentError> {
        let seq = self.next_counter("out_trade_no")?;
        let instance: String = lock(&self.conn)
            .query_row("SELECT value FROM journal_meta WHERE key = 'instance'", [], |r| r.get(0))
            .map_err(self.err())?;
        let term: String = terminal_id
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .take(32)
            .collect();
        let date = time::OffsetDateTime::from_unix_timestamp(at_ms / 1000)
            .map(|t| t.to_offset(time::macros::offset!(+8)).date())
            .unwrap_or(time::Date::MIN);
        Ok(format!(
            "{}_{:04}{:02}{:02}_{instance}_{seq:06}",
            if term.is_empty() { "K".to_owned() } else { term },
            date.year(),
            u8::from(date.month()),
            date.day()
        ))
    }

    fn next_counter(&self, name: &str) -> Result<i64, PaymentError> {
        let conn = lock(&self.conn);
        conn.query_row(
            "INSERT INTO counters(name, value) VALUES (?1, 1)
             ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value",
            params![name],
            |r| r.get(0),
        )
        .map_err(self.err())
    }

    /// Writes the intent (the trade row, `pending`, and its first event)
    /// durably. Nothing may be sent for a trade before this returns `Ok`.
    pub fn record_intent(&self, intent: &Intent, at_ms: i64) -> Result<(), PaymentError> {
        let lines = serde_json::to_string(&intent.lines).map_err(|e| PaymentError::Corrupt {
            out_trade_no: intent.out_trade_no.clone(),
            reason: format!("cart: {e}"),
        })?;
        let mut conn = lock(&self.conn);
        let tx = conn.transaction().map_err(self.err())?;
        tx.execute(
            "INSERT INTO trades(out_trade_no, gateway, amount_minor, currency, subject, language,
                                lines_json, state, created_ms, updated_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'pending', ?8, ?8)",
            params![
                intent.out_trade_no,
                intent.gateway,
                intent.amount.minor(),
                intent.amount.currency().code(),
                intent.subject,
                intent.language,
                lines,
                at_ms
            ],
        )
        .map_err(self.err())?;
        append(
            &tx,
            &intent.out_trade_no,
            at_ms,
            "intent",
            &format!("{} {} via {}", intent.amount, intent.subject, intent.gateway),
        )
        .map_err(self.err())?;
        tx.commit().map_err(self.err())
    }

    /// Appends an event (a request sent, an answer received, a note).
    pub fn log(
        &self,
        out_trade_no: &str,
        kind: &str,
        detail: &str,
        at_ms: i64,
    ) -> Result<(), PaymentError> {
        let conn = lock(&self.conn);
        append(&conn, out_trade_no, at_ms, kind, detail).map_err(self.err())
    }

    /// Records how a `pending` trade ended (the foreground or recovery).
    pub fn finish(
        &self,
        out_trade_no: &str,
        outcome: &Outcome,
        at_ms: i64,
    ) -> Result<TradeState, PaymentError> {
        let outcome_json = serde_json::to_string(outcome).map_err(|e| PaymentError::Corrupt {
            out_trade_no: out_trade_no.to_owned(),
            reason: format!("outcome: {e}"),
        })?;
        let (state, trade_no, buyer) = match outcome {
            Outcome::Paid(p) => {
                (TradeState::Paid, Some(p.trade_no.clone()), p.buyer_masked.clone())
            }
            Outcome::Declined { .. } => (TradeState::Declined, None, None),
            Outcome::Cancelled { .. } => (TradeState::Cancelled, None, None),
            Outcome::Unresolved => (TradeState::CancelOwed, None, None),
        };
        let mut conn = lock(&self.conn);
        let tx = conn.transaction().map_err(self.err())?;
        match self.state_in(&tx, out_trade_no)? {
            None => return Err(PaymentError::UnknownTrade(out_trade_no.to_owned())),
            Some(TradeState::Pending) => {}
            Some(other) => {
                return Err(PaymentError::WrongState {
                    out_trade_no: out_trade_no.to_owned(),
                    state: other,
                    operation: "finish the payment",
                });
            }
        }
        tx.execute(
            "UPDATE trades SET state = ?2, trade_no = COALESCE(?3, trade_no),
                    buyer_masked = COALESCE(?4, buyer_masked), outcome_json = ?5,
                    receipt_owed = ?6, next_attempt_ms = ?7, updated_ms = ?8
             WHERE out_trade_no = ?1",
            params![
                out_trade_no,
                state.as_str(),
                trade_no,
                buyer,
                outcome_json,
                state == TradeState::Paid,
                (state == TradeState::CancelOwed).then_some(at_ms),
                at_ms
            ],
        )
        .map_err(self.err())?;
        append(&tx, out_trade_no, at_ms, "finish", &outcome_json).map_err(self.err())?;
        tx.commit().map_err(self.err())?;
        Ok(state)
    }

    /// The background resolver's cancel succeeded.
    pub fn resolve_cancel(
        &self,
        out_trade_no: &str,
        action: CancelAction,
        at_ms: i64,
    ) -> Result<(), PaymentError> {
        let outcome = Outcome::Cancelled { action, cause: CancelCause::Recovery };
        let outcome_json = serde_json::to_string(&outcome).unwrap_or_default();
        let mut conn = lock(&self.conn);
        let tx = conn.transaction().map_err(self.err())?;
        match self.state_in(&tx, out_trade_no)? {
            None => return Err(PaymentError::UnknownTrade(out_trade_no.to_owned())),
            Some(TradeState::CancelOwed | TradeState::Flagged) => {}
            Some(other) => {
                return Err(PaymentError::WrongState {
                    out_trade_no: out_trade_no.to_owned(),
                    state: other,
                    operation: "resolve its cancel",
                });
            }
        }
        tx.execute(
            "UPDATE trades SET state = 'cancelled', outcome_json = ?2, next_attempt_ms = NULL,
                    updated_ms = ?3 WHERE out_trade_no = ?1",
            params![out_trade_no, outcome_json, at_ms],
        )
        .map_err(self.err())?;
        append(&tx, out_trade_no, at_ms, "resolved", &outcome_json).map_err(self.err())?;
        tx.commit().map_err(self.err())
    }

    /// The resolver's cancel must be tried again at `next_ms`.
    pub fn reschedule_cancel(
        &self,
        out_trade_no: &str,
        next_ms: i64,
        at_ms: i64,
    ) -> Result<(), PaymentError> {
        let conn = lock(&self.conn);
        conn.execute(
            "UPDATE trades SET cancel_attempts = cancel_attempts + 1, next_attempt_ms = ?2,
                    updated_ms = ?3 WHERE out_trade_no = ?1 AND state = 'cancel_owed'",
            params![out_trade_no, next_ms, at_ms],
        )
        .map_err(self.err())?;
        Ok(())
    }

    /// Hands a trade to staff.
    pub fn flag(&self, out_trade_no: &str, reason: &str, at_ms: i64) -> Result<(), PaymentError> {
        let mut conn = lock(&self.conn);
        let tx = conn.transaction().map_err(self.err())?;
        tx.execute(
            "UPDATE trades SET state = 'flagged', flag_reason = ?2, next_attempt_ms = NULL,
                    updated_ms = ?3 WHERE out_trade_no = ?1",
            params![out_trade_no, reason, at_ms],
        )
        .map_err(self.err())?;
        append(&tx, out_trade_no, at_ms, "flagged", reason).map_err(self.err())?;
        tx.commit().map_err(self.err())
    }

    /// The receipt of a paid trade was printed.
    pub fn receipt_printed(&self, out_trade_no: &str, at_ms: i64) -> Result<(), PaymentError> {
        let mut conn = lock(&self.conn);
        let tx = conn.transaction().map_err(self.err())?;
        tx.execute(
            "UPDATE trades SET receipt_owed = 0, updated_ms = ?2 WHERE out_trade_no = ?1",
            params![out_trade_no, at_ms],
        )
        .map_err(self.err())?;
        append(&tx, out_trade_no, at_ms, "receipt", "printed").map_err(self.err())?;
        tx.commit().map_err(self.err())
    }

    /// One trade.
    pub fn trade(&self, out_trade_no: &str) -> Result<Option<TradeRecord>, PaymentError> {
        let conn = lock(&self.conn);
        let row = conn
            .query_row(
                &format!("SELECT {TRADE_COLUMNS} FROM trades WHERE out_trade_no = ?1"),
                params![out_trade_no],
                raw_trade,
            )
            .optional()
            .map_err(self.err())?;
        row.map(RawTrade::into_record).transpose()
    }

    /// Trades in these states, oldest first.
    pub fn in_states(&self, states: &[TradeState]) -> Result<Vec<TradeRecord>, PaymentError> {
        let names: Vec<&str> = states.iter().map(|s| s.as_str()).collect();
        let conn = lock(&self.conn);
        let mut stmt = conn
            .prepare(&format!(
                "SELECT {TRADE_COLUMNS} FROM trades
                 WHERE state IN (SELECT value FROM json_each(?1))
                 ORDER BY created_ms, out_trade_no"
            ))
            .map_err(self.err())?;
        let names = serde_json::to_string(&names).unwrap_or_else(|_| "[]".into());
        let rows = stmt
            .query_map(params![names], raw_trade)
            .map_err(self.err())?
            .collect::<Result<Vec<_>, _>>()
            .map_err(self.err())?;
        rows.into_iter().map(RawTrade::into_record).collect()
    }

    /// Trades matching the filter, newest first.
    pub fn list(&self, filter: &TradeFilter) -> Result<Vec<TradeRecord>, PaymentError> {
        let conn = lock(&self.conn);
        let mut stmt = conn
            .prepare(&format!(
                "SELECT {TRADE_COLUMNS} FROM trades
                 WHERE (?1 IS NULL OR created_ms >= ?1) AND (?2 IS NULL OR created_ms < ?2)
                   AND (?3 IS NULL OR state = ?3)
                   AND (?4 IS NULL OR amount_minor >= ?4) AND (?5 IS NULL OR amount_minor <= ?5)
                   AND (?6 IS NULL OR instr(lower(out_trade_no), lower(?6)) > 0 OR instr(lower(COALESCE(trade_no, '')), lower(?6)) > 0)
                 ORDER BY created_ms DESC, out_trade_no DESC
                 LIMIT ?7"
            ))
            .map_err(self.err())?;
        let limit = filter.limit.map(i64::from).unwrap_or(-1);
        let rows = stmt
            .query_map(
                params![
                    filter.from_ms,
                    filter.to_ms,
                    filter.state.map(TradeState::as_str),
                    filter.min_minor,
                    filter.max_minor,
                    filter.trade_no,
                    limit
                ],
                raw_trade,
            )
            .map_err(self.err())?
            .collect::<Result<Vec<_>, _>>()
            .map_err(self.err())?;
        rows.into_iter().map(RawTrade::into_record).collect()
    }

    /// Every event of a trade, in order.
    pub fn events(&self, out_trade_no: &str) -> Result<Vec<EventRecord>, PaymentError> {
        let conn = lock(&self.conn);
        let mut stmt = conn
            .prepare(
                "SELECT id, out_trade_no, at_ms, kind, detail FROM events
                 WHERE out_trade_no = ?1 ORDER BY id",
            )
            .map_err(self.err())?;
        stmt.query_map(params![out_trade_no], |r| {
            Ok(EventRecord {
                id: r.get(0)?,
                out_trade_no: r.get(1)?,
                at_ms: r.get(2)?,
                kind: r.get(3)?,
                detail: r.get(4)?,
            })
        })
        .map_err(self.err())?
        .collect::<Result<Vec<_>, _>>()
        .map_err(self.err())
    }

    /// Writes a refund before it is sent. Refuses if the trade is not paid,
    /// or if the amount is more than what is left (counting pending refunds).
    pub fn begin_refund(
        &self,
        out_trade_no: &str,
        amount: Money,
        reason: &str,
        at_ms: i64,
    ) -> Result<RefundRecord, PaymentError> {
        let mut conn = lock(&self.conn);
        let tx = conn.transaction().map_err(self.err())?;
        let trade = tx
            .query_row(
                &format!("SELECT {TRADE_COLUMNS} FROM trades WHERE out_trade_no = ?1"),
                params![out_trade_no],
                raw_trade,
            )
            .optional()
            .map_err(self.err())?
            .ok_or_else(|| PaymentError::UnknownTrade(out_trade_no.to_owned()))?
            .into_record()?;
        if trade.state != TradeState::Paid {
            return Err(PaymentError::WrongState {
                out_trade_no: out_trade_no.to_owned(),
                state: trade.state,
                operation: "refund",
            });
        }
        let (pending, count): (i64, i64) = tx
            .query_row(
                "SELECT COALESCE(SUM(CASE WHEN state = 'pending' THEN amount_minor END), 0), COUNT(*)
                 FROM refunds WHERE out_trade_no = ?1",
                params![out_trade_no],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(self.err())?;
        let left = trade.amount.checked_sub(trade.refunded)?;
        let refundable = Money::new(left.minor() - pending, left.currency());
        if !amount.is_positive()
            || amount.currency() != refundable.currency()
            || amount.minor() > refundable.minor()
        {
            return Err(PaymentError::RefundAmount {
                out_trade_no: out_trade_no.to_owned(),
                requested: amount,
                refundable,
            });
        }
        let mut out_request_no = format!("{out_trade_no}R{}", count + 1);
        if out_request_no.len() > 64 {
            out_request_no = format!(
                "RF{:06}{}",
                count + 1,
                &out_trade_no[out_trade_no.len().saturating_sub(40)..]
            );
        }
        tx.execute(
            "INSERT INTO refunds(out_request_no, out_trade_no, amount_minor, reason, state, created_ms, updated_ms)
             VALUES (?1, ?2, ?3, ?4, 'pending', ?5, ?5)",
            params![out_request_no, out_trade_no, amount.minor(), reason, at_ms],
        )
        .map_err(self.err())?;
        append(
            &tx,
            out_trade_no,
            at_ms,
            "refund",
            &format!("{out_request_no} {amount} written: {reason}"),
        )
        .map_err(self.err())?;
        tx.commit().map_err(self.err())?;
        Ok(RefundRecord {
            out_request_no,
            out_trade_no: out_trade_no.to_owned(),
            amount,
            reason: reason.to_owned(),
            state: RefundState::Pending,
            detail: String::new(),
            created_ms: at_ms,
            updated_ms: at_ms,
        })
    }

    /// Records a refund's answer. `Done` adds it to the trade's refunded
    /// total; answering a refund twice changes nothing the second time.
    pub fn finish_refund(
        &self,
        out_request_no: &str,
        state: RefundState,
        detail: &str,
        at_ms: i64,
    ) -> Result<RefundRecord, PaymentError> {
        let mut conn = lock(&self.conn);
        let tx = conn.transaction().map_err(self.err())?;
        let rec = self
            .refund_in(&tx, out_request_no)?
            .ok_or_else(|| PaymentError::UnknownTrade(out_request_no.to_owned()))?;
        let out = match rec.state {
            RefundState::Pending => {
                tx.execute(
                    "UPDATE refunds SET state = ?2, detail = ?3, updated_ms = ?4 WHERE out_request_no = ?1",
                    params![out_request_no, state.as_str(), detail, at_ms],
                )
                .map_err(self.err())?;
                if state == RefundState::Done {
                    tx.execute(
                        "UPDATE trades SET refunded_minor = refunded_minor + ?2, updated_ms = ?3
                         WHERE out_trade_no = ?1",
                        params![rec.out_trade_no, rec.amount.minor(), at_ms],
                    )
                    .map_err(self.err())?;
                }
                RefundRecord { state, detail: detail.to_owned(), updated_ms: at_ms, ..rec }
            }
            // Already answered: a late or repeated answer changes nothing.
            RefundState::Done | RefundState::Declined => rec,
        };
        append(
            &tx,
            &out.out_trade_no,
            at_ms,
            "answer:refund",
            &format!("{out_request_no} {}: {detail}", state.as_str()),
        )
        .map_err(self.err())?;
        tx.commit().map_err(self.err())?;
        Ok(out)
    }

    /// The refunds of a trade, oldest first.
    pub fn refunds(&self, out_trade_no: &str) -> Result<Vec<RefundRecord>, PaymentError> {
        self.refunds_where("out_trade_no = ?1", out_trade_no)
    }

    /// Refunds whose answer never came: retried with the same `out_request_no`.
    pub fn pending_refunds(&self) -> Result<Vec<RefundRecord>, PaymentError> {
        self.refunds_where("state = ?1", "pending")
    }

    fn refunds_where(&self, clause: &str, value: &str) -> Result<Vec<RefundRecord>, PaymentError> {
        let conn = lock(&self.conn);
        let mut stmt = conn
            .prepare(&format!(
                "SELECT {REFUND_COLUMNS} FROM refunds WHERE {clause} ORDER BY created_ms, out_request_no"
            ))
            .map_err(self.err())?;
        let rows = stmt
            .query_map(params![value], raw_refund)
            .map_err(self.err())?
            .collect::<Result<Vec<_>, _>>()
            .map_err(self.err())?;
        rows.into_iter().map(RawRefund::into_record).collect()
    }

    fn refund_in(
        &self,
        conn: &Connection,
        out_request_no: &str,
    ) -> Result<Option<RefundRecord>, PaymentError> {
        conn.query_row(
            &format!("SELECT {REFUND_COLUMNS} FROM refunds WHERE out_request_no = ?1"),
            params![out_request_no],
            raw_refund,
        )
        .optional()
        .map_err(self.err())?
        .map(RawRefund::into_record)
        .transpose()
    }

    fn state_in(
        &self,
        conn: &Connection,
        out_trade_no: &str,
    ) -> Result<Option<TradeState>, PaymentError> {
        let text: Option<String> = conn
            .query_row(
                "SELECT state FROM trades WHERE out_trade_no = ?1",
                params![out_trade_no],
                |r| r.get(0),
            )
            .optional()
            .map_err(self.err())?;
        text.map(|t| {
            TradeState::parse(&t).ok_or_else(|| PaymentError::Corrupt {
                out_trade_no: out_trade_no.to_owned(),
                reason: format!("unknown state {t:?}"),
            })
        })
        .transpose()
    }
}

fn append(
    conn: &Connection,
    out_trade_no: &str,
    at_ms: i64,
    kind: &str,
    detail: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO events(out_trade_no, at_ms, kind, detail) VALUES (?1, ?2, ?3, ?4)",
        params![out_trade_no, at_ms, kind, detail],
    )
    .map(|_| ())
}

const TRADE_COLUMNS: &str =
    "out_trade_no, gateway, amount_minor, currency, subject, language, lines_json,
    state, trade_no, buyer_masked, outcome_json, receipt_owed, refunded_minor, cancel_attempts,
    next_attempt_ms, flag_reason, created_ms, updated_ms";

struct RawTrade {
    out_trade_no: String,
    gateway: String,
    amount_minor: i64,
    currency: String,
    subject: String,
    language: String,
    lines_json: String,
    state: String,
    trade_no: Option<String>,
    buyer_masked: Option<String>,
    outcome_json: Option<String>,
    receipt_owed: bool,
    refunded_minor: i64,
    cancel_attempts: u32,
    next_attempt_ms: Option<i64>,
    flag_reason: Option<String>,
    created_ms: i64,
    updated_ms: i64,
}

fn raw_trade(r: &Row<'_>) -> rusqlite::Result<RawTrade> {
    Ok(RawTrade {
        out_trade_no: r.get(0)?,
        gateway: r.get(1)?,
        amount_minor: r.get(2)?,
        currency: r.get(3)?,
        subject: r.get(4)?,
        language: r.get(5)?,
        lines_json: r.get(6)?,
        state: r.get(7)?,
        trade_no: r.get(8)?,
        buyer_masked: r.get(9)?,
        outcome_json: r.get(10)?,
        receipt_owed: r.get(11)?,
        refunded_minor: r.get(12)?,
        cancel_attempts: r.get(13)?,
        next_attempt_ms: r.get(14)?,
        flag_reason: r.get(15)?,
        created_ms: r.get(16)?,
        updated_ms: r.get(17)?,
    })
}

impl RawTrade {
    fn into_record(self) -> Result<TradeRecord, PaymentError> {
        let corrupt = |reason: String| PaymentError::Corrupt {
            out_trade_no: self.out_trade_no.clone(),
            reason,
        };
        let currency: Currency = self
            .currency
            .parse()
            .map_err(|e| corrupt(format!("currency {:?}: {e}", self.currency)))?;
        let state = TradeState::parse(&self.state)
            .ok_or_else(|| corrupt(format!("unknown state {:?}", self.state)))?;
        let lines =
            serde_json::from_str(&self.lines_json).map_err(|e| corrupt(format!("cart: {e}")))?;
        let outcome = self
            .outcome_json
            .as_deref()
            .map(serde_json::from_str)
            .transpose()
            .map_err(|e| corrupt(format!("outcome: {e}")))?;
        let wallet = match &outcome {
            Some(Outcome::Paid(p)) => p.wallet.clone(),
            Some(Outcome::Declined { .. } | Outcome::Cancelled { .. } | Outcome::Unresolved)
            | None => None,
        };
        Ok(TradeRecord {
            out_trade_no: self.out_trade_no,
            gateway: self.gateway,
            amount: Money::new(self.amount_minor, currency),
            subject: self.subject,
            language: self.language,
            lines,
            state,
            trade_no: self.trade_no,
            buyer_masked: self.buyer_masked,
            wallet,
            outcome,
            receipt_owed: self.receipt_owed,
            refunded: Money::new(self.refunded_minor, currency),
            cancel_attempts: self.cancel_attempts,
            next_attempt_ms: self.next_attempt_ms,
            flag_reason: self.flag_reason,
            created_ms: self.created_ms,
            updated_ms: self.updated_ms,
        })
    }
}

const REFUND_COLUMNS: &str =
    "out_request_no, refunds.out_trade_no, amount_minor, reason, state, detail, created_ms, updated_ms,
     (SELECT currency FROM trades WHERE trades.out_trade_no = refunds.out_trade_no)";

struct RawRefund {
    out_request_no: String,
    out_trade_no: String,
    amount_minor: i64,
    reason: String,
    state: String,
    detail: String,
    created_ms: i64,
    updated_ms: i64,
    currency: Option<String>,
}

fn raw_refund(r: &Row<'_>) -> rusqlite::Result<RawRefund> {
    Ok(RawRefund {
        out_request_no: r.get(0)?,
        out_trade_no: r.get(1)?,
        amount_minor: r.get(2)?,
        reason: r.get(3)?,
        state: r.get(4)?,
        detail: r.get(5)?,
        created_ms: r.get(6)?,
        updated_ms: r.get(7)?,
        currency: r.get(8)?,
    })
}

impl RawRefund {
    fn into_record(self) -> Result<RefundRecord, PaymentError> {
        let corrupt = |reason: String| PaymentError::Corrupt {
            out_trade_no: self.out_trade_no.clone(),
            reason: format!("refund {}: {reason}", self.out_request_no),
        };
        let state = RefundState::parse(&self.state)
            .ok_or_else(|| corrupt(format!("unknown state {:?}", self.state)))?;
        let currency: Currency = self
            .currency
            .as_deref()
            .unwrap_or_default()
            .parse()
            .map_err(|e| corrupt(format!("currency: {e}")))?;
        Ok(RefundRecord {
            out_request_no: self.out_request_no,
            out_trade_no: self.out_trade_no,
            amount: Money::new(self.amount_minor, currency),
            reason: self.reason,
            state,
            detail: self.detail,
            created_ms: self.created_ms,
            updated_ms: self.updated_ms,
        })
    }
}

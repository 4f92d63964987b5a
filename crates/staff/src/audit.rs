//! The staff audit log: who did what, when, and how it ended, in SQLite
//! (`staff.sqlite` in the data directory). Rows are never changed or
//! deleted: triggers refuse it.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rusqlite::{Connection, params};
use serde::Serialize;

use crate::StaffError;

/// The audit database's file name in the data directory.
pub const FILE_NAME: &str = "staff.sqlite";

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS audit (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    at_ms  INTEGER NOT NULL,
    staff  TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    result TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
";

/// One audited staff action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditRow {
    /// When, ms since the epoch.
    pub at_ms: i64,
    /// The staff id (or `-` before anyone logged in).
    pub staff: String,
    /// What (`login`, `refund`, `lane_close`…).
    pub action: String,
    /// Its arguments (trade numbers, amounts; never a PIN).
    pub detail: String,
    /// `ok`, or the error.
    pub result: String,
}

/// The audit log.
#[derive(Debug)]
pub struct AuditLog {
    path: PathBuf,
    conn: Mutex<Connection>,
}

impl AuditLog {
    /// Opens (creating) the log at `path`.
    pub fn open(path: &Path) -> Result<AuditLog, StaffError> {
        let err = |source| StaffError::Audit { path: path.to_path_buf(), source };
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|source| StaffError::Io { path: dir.to_path_buf(), source })?;
        }
        let conn = Connection::open(path).map_err(err)?;
        conn.pragma_update(None, "journal_mode", "WAL").map_err(err)?;
        conn.pragma_update(None, "synchronous", "FULL").map_err(err)?;
        conn.execute_batch(SCHEMA).map_err(err)?;
        Ok(AuditLog { path: path.to_path_buf(), conn: Mutex::new(conn) })
    }

    /// Appends a row.
    pub fn record(&self, row: &AuditRow) -> Result<(), StaffError> {
        tracing::info!(staff = %row.staff, action = %row.action, detail = %row.detail, result = %row.result, "staff action");
        self.conn
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .execute(
                "INSERT INTO audit (at_ms, staff, action, detail, result) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![row.at_ms, row.staff, row.action, row.detail, row.result],
            )
            .map(|_| ())
            .map_err(|source| StaffError::Audit { path: self.path.clone(), source })
    }

    /// The newest `limit` rows, newest first.
    pub fn recent(&self, limit: u32) -> Result<Vec<AuditRow>, StaffError> {
        let conn = self.conn.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let err = |source| StaffError::Audit { path: self.path.clone(), source };
        let mut stmt = conn
            .prepare(
                "SELECT at_ms, staff, action, detail, result FROM audit ORDER BY id DESC LIMIT ?1",
            )
            .map_err(err)?;
        let rows = stmt
            .query_map([limit], |r| {
                Ok(AuditRow {
                    at_ms: r.get(0)?,
                    staff: r.get(1)?,
                    action: r.get(2)?,
                    detail: r.get(3)?,
                    result: r.get(4)?,
                })
            })
            .map_err(err)?;
        rows.collect::<Result<Vec<_>, _>>().map_err(err)
    }
}

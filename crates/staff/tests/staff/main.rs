//! The staff crate's integration tests: PINs, lockout, sessions, the audit
//! log, and every staff function's permission check against a real lane
//! (sandbox gateway over loopback, SQLite journal, TCP virtual printer).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod badge;
mod desk;
mod maintenance;

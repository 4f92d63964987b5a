//! Staff maintenance mode (DESIGN.md §1): who may enter, and what they can do.
//!
//! - [`pin`]: PINs as Argon2id hashes; a PIN is never stored or logged.
//! - [`gate`]: the pure lockout rule: N wrong PINs lock entry for a period
//!   that doubles each time.
//! - [`desk`]: PIN entry, the staff session and its idle end; entering while
//!   a payment runs waits for the payment core.
//! - [`badge`]: staff badge QR codes, tokens HQ signs with its fleet key;
//!   scanning one opens the PIN pad for that member.
//! - [`audit`]: every staff action in SQLite (append-only), for staff to see
//!   and HQ to receive.
//! - [`maintenance`]: the staff functions over the checkout lane (lane
//!   open/closed, journal, reprint, refund, resolve, reconcile, printer,
//!   camera, config, alarms, logs, quit). Each checks the session in the
//!   backend before it does anything.
//!
//! ```
//! use std::time::{Duration, Instant};
//! use staff::gate::{EntryGate, Verdict};
//!
//! let mut gate = EntryGate::new(5, Duration::from_secs(30));
//! let t0 = Instant::now();
//! for left in (1..5).rev() {
//!     assert_eq!(gate.failed(t0), Verdict::TriesLeft(left));
//! }
//! assert_eq!(gate.failed(t0), Verdict::Locked(Duration::from_secs(30)));
//! assert!(gate.locked_for(t0 + Duration::from_secs(29)).is_some());
//! assert!(gate.locked_for(t0 + Duration::from_secs(30)).is_none());
//! ```

use std::path::PathBuf;

pub mod audit;
pub mod badge;
pub mod desk;
pub mod gate;
pub mod maintenance;
pub mod pin;

pub use desk::{Login, PadState, StaffDesk, StaffSession};
pub use maintenance::Maintenance;

/// What can go wrong in maintenance mode.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum StaffError {
    /// No staff session is active (or it ended): staff commands are refused.
    #[error("no staff session is active")]
    NotStaff,
    /// A PIN must be 4 to 8 digits.
    #[error("a PIN is 4 to 8 digits")]
    BadPin,
    /// Hashing failed.
    #[error("PIN hashing failed: {detail}")]
    Hash {
        /// Why.
        detail: String,
    },
    /// The audit log failed.
    #[error("audit log {}: {source}", path.display())]
    Audit {
        /// The database.
        path: PathBuf,
        /// SQLite's error.
        #[source]
        source: rusqlite::Error,
    },
    /// A file could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// No such trade.
    #[error("no {what}")]
    NotFound {
        /// What.
        what: String,
    },
    /// Not while a customer's payment is running (it would race the
    /// payment core, or leave the payment without its receipt).
    #[error("a payment is running; try again when it has finished")]
    PaymentRunning,
    /// A request that makes no sense.
    #[error("{detail}")]
    Invalid {
        /// What.
        detail: String,
    },
    /// The payment core refused or failed.
    #[error(transparent)]
    Payment(#[from] payment::PaymentError),
    /// The lane (printer, catalog) failed.
    #[error(transparent)]
    Checkout(#[from] checkout::CheckoutError),
}

impl StaffError {
    /// The short code the UI branches on.
    pub fn code(&self) -> &'static str {
        match self {
            StaffError::NotStaff => "not_staff",
            StaffError::BadPin | StaffError::Invalid { .. } => "invalid",
            StaffError::PaymentRunning => "busy",
            StaffError::NotFound { .. } => "not_found",
            StaffError::Payment(e) => e.code(),
            StaffError::Checkout(e) => e.code(),
            StaffError::Hash { .. } | StaffError::Audit { .. } | StaffError::Io { .. } => {
                "internal"
            }
        }
    }
}

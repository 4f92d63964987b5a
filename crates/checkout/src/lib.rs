//! The customer checkout: what happens between a customer walking up and
//! walking off with a receipt.
//!
//! - [`catalog`]: the product catalog, a TOML file in `kiosk-config/` (or the
//!   catalog of a fleet bundle) validated and kept in SQLite, looked up by
//!   barcode.
//! - [`cart`]: lines, quantities and tax-inclusive totals in minor units.
//! - [`session`]: the pure session machine, Attract → Language → Shopping →
//!   Paying → Processing → Done/Failed → Attract, with the idle rules.
//!   Inputs in, actions out, time passed in.
//! - [`view`]: what the screens render, pushed to the UI on every change.
//! - [`Lane`]: the driver. It runs the payment core (start-up recovery before
//!   the lane opens, the resolver), the printer and the clock, and carries
//!   out the session's actions.
//! - [`ScanFeed`]: frames from the camera (or files, or the [`demo`] camera)
//!   to the scanner's decode worker and on to the lane; a preview for the pay
//!   screen.
//! - [`receipt`]: from a paid checkout or journal trade to the printer's receipt.
//! - [`hq`]: signed fleet bundles (config and catalog) applied between
//!   checkouts; alarms sent to HQ.
//!
//! ```
//! use std::time::{Duration, Instant};
//! use checkout::session::{Input, Session, SessionRules};
//! use checkout::view::ScreenState;
//!
//! let rules = SessionRules {
//!     default_language: "en".into(),
//!     languages: vec!["en".into(), "zh-Hans".into()],
//!     currency: money::Currency::Cny,
//!     idle_timeout: Duration::from_secs(60),
//!     idle_prompt: Duration::from_secs(15),
//!     return_after: Duration::from_secs(10),
//!     payment_deadline: Duration::from_secs(30),
//!     subject: "Demo checkout".into(),
//! };
//! let t0 = Instant::now();
//! let mut s = Session::new(rules, true, t0);
//! s.handle(Input::Start, t0);
//! s.handle(Input::Language("zh-Hans".into()), t0);
//! assert_eq!(s.state(), ScreenState::Shopping);
//! // Nobody touches anything for 75 s: the session resets.
//! s.handle(Input::Tick, t0 + Duration::from_secs(75));
//! assert_eq!(s.state(), ScreenState::Attract);
//! assert_eq!(s.language(), "en");
//! ```

use std::path::PathBuf;

pub mod camera;
pub mod cart;
pub mod catalog;
pub mod demo;
pub mod hq;
pub mod lane;
pub mod receipt;
pub mod session;
pub mod view;

pub use camera::{FeedSource, PreviewFrame, ScanFeed};
pub use catalog::{Catalog, CatalogStore, Product};
pub use lane::{Alarm, Lane, LaneParts, TouchProduct, session_rules};

/// What can go wrong in the checkout.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CheckoutError {
    /// The catalog document is invalid; every problem names its key.
    #[error("catalog {origin}: {}", problems.join("; "))]
    Catalog {
        /// The file or bundle.
        origin: String,
        /// One line per problem.
        problems: Vec<String>,
    },
    /// The catalog database failed.
    #[error("{}: {source}", path.display())]
    Sqlite {
        /// The database.
        path: PathBuf,
        /// SQLite's error.
        #[source]
        source: rusqlite::Error,
    },
    /// The catalog database holds something unreadable.
    #[error("{}: {detail}", path.display())]
    Corrupt {
        /// The database.
        path: PathBuf,
        /// What.
        detail: String,
    },
    /// A file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// No such product, line or picture.
    #[error("no {what}")]
    NotFound {
        /// What was asked for.
        what: String,
    },
    /// A request that makes no sense (a malformed scan line…).
    #[error("{detail}")]
    Invalid {
        /// What.
        detail: String,
    },
    /// A customer is in the middle of a checkout; try again between checkouts.
    #[error("a checkout is in progress; try again between checkouts")]
    Busy,
    /// Only paid trades have receipts.
    #[error("trade {out_trade_no} is {state}: only paid trades have a receipt")]
    NotPaid {
        /// The trade.
        out_trade_no: String,
        /// Its state.
        state: String,
    },
    /// The payment core failed.
    #[error(transparent)]
    Payment(#[from] payment::PaymentError),
    /// The printer failed.
    #[error(transparent)]
    Printer(#[from] printer::PrinterError),
    /// The scanner failed.
    #[error(transparent)]
    Scanner(scanner::ScanError),
    /// The translations failed.
    #[error(transparent)]
    I18n(i18n::I18nError),
    /// The fleet agent could not start (state folder, keys).
    #[error(transparent)]
    Fleet(#[from] fleet::Error),
    /// A bug.
    #[error("internal: {detail}")]
    Internal {
        /// What.
        detail: String,
    },
}

impl CheckoutError {
    /// The short code the UI branches on.
    pub fn code(&self) -> &'static str {
        match self {
            CheckoutError::Catalog { .. } => "config",
            CheckoutError::NotFound { .. } => "not_found",
            CheckoutError::Invalid { .. } | CheckoutError::NotPaid { .. } => "invalid",
            CheckoutError::Busy => "busy",
            CheckoutError::Payment(e) => e.code(),
            CheckoutError::Printer(_) => "printer",
            CheckoutError::Scanner(_) => "camera",
            CheckoutError::Fleet(_) => "config",
            CheckoutError::Sqlite { .. }
            | CheckoutError::Corrupt { .. }
            | CheckoutError::Io { .. }
            | CheckoutError::I18n(_)
            | CheckoutError::Internal { .. } => "internal",
        }
    }
}

//! HQ remote configuration and fleet telemetry (DESIGN.md §8, issue 9).
//!
//! HQ signs **config bundles** with an Ed25519 key ([`bundle`]); kiosks
//! trust a set of HQ public keys (several while rotating) from their local
//! `[fleet]` config. A bundle targets a whole fleet (`fleet:F`) or one kiosk
//! (`kiosk:ID`) and carries a settings document in the same TOML format as
//! the local site file, so it is validated by exactly the same rules:
//!
//! ```text
//! built-in defaults < local site file < fleet bundle < kiosk bundle
//! ```
//!
//! - [`apply::decide`] is the pure core: bundle bytes + state + now →
//!   ignore (already seen) / reject with a [`Rejection`] / apply (with the new
//!   validated config). Rules: size limit, signature by a trusted key, target
//!   is this kiosk or its fleet, version higher than the applied one for that
//!   layer, not expired, no forbidden key ([`settings::BUNDLE_FORBIDDEN_KEYS`]),
//!   valid config.
//! - [`agent::FleetHandle`] runs the driver on its own task: MQTT (rumqttc)
//!   with retained QoS 1 bundles on `scanpay/<fleet>/config` and
//!   `scanpay/<fleet>/kiosk/<id>/config`, the retained status with an
//!   "offline" last will, telemetry on `…/events`. An accepted bundle is
//!   written to disk atomically, then checked by the app's
//!   [`agent::HealthCheck`] (failure: automatic rollback to the last good
//!   one), then offered through [`agent::ConfigFeed`], which the kiosk reads
//!   between checkouts only.
//! - [`hq`] publishes bundles and reads the fleet's status; [`sim`] runs many
//!   simulated kiosks in one process.
//!
//! ```
//! use fleet::apply::{decide, ApplyState, Context, Decision, KioskId};
//! use fleet::bundle::{sign, Payload, SigningKeyPair, Target, TrustedKeys};
//!
//! let hq = SigningKeyPair::generate();
//! let payload = Payload {
//!     version: 1,
//!     issued_at: time::OffsetDateTime::now_utc(),
//!     expires_at: None,
//!     target: Target::Fleet("north".into()),
//!     settings: "[payment]\ndeadline_secs = 45\n".into(),
//!     catalog: None,
//! };
//! let bytes = sign(&payload, &[&hq])?;
//!
//! let ctx = Context {
//!     id: KioskId { fleet: "north".into(), kiosk: "kiosk-01".into() },
//!     trust: TrustedKeys::new([hq.public()]),
//!     local_layers: vec![settings::Layer::builtin_defaults()?],
//! };
//! let now = time::OffsetDateTime::now_utc();
//! let Decision::Apply(candidate) = decide(&ctx, &ApplyState::default(), &bytes, now) else {
//!     panic!("a valid bundle is applied");
//! };
//! assert_eq!(candidate.config.payment.deadline.as_secs(), 45);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod agent;
pub mod apply;
pub mod bundle;
pub mod hq;
pub mod mqtt;
pub mod report;
pub mod sim;
pub mod store;

use std::path::PathBuf;

use settings::Problem;
use time::OffsetDateTime;

pub use agent::{AgentOptions, ConfigFeed, Effective, FleetHandle, HealthCheck};
pub use report::{KioskStatus, Outcome, OutcomeReport, Telemetry};

/// What can go wrong on the kiosk or HQ side (not a bundle's rejection: see
/// [`Rejection`]).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A key could not be read or made.
    #[error("key: {0}")]
    Key(String),
    /// A bundle could not be built or read.
    #[error("bundle: {0}")]
    Bundle(String),
    /// A file or folder could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The IO error.
        #[source]
        source: std::io::Error,
    },
    /// The saved apply state is unreadable.
    #[error("fleet state {path}: {reason}")]
    State {
        /// The state file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// The local configuration does not load.
    #[error(transparent)]
    Config(settings::ConfigError),
    /// TLS settings for the broker are unusable.
    #[error("broker TLS: {0}")]
    Tls(String),
    /// The broker refused or did not answer (HQ tools).
    #[error("broker: {0}")]
    Broker(String),
}

/// Why a kiosk refused a bundle (or rolled it back). `Display` is the reason
/// reported to HQ; [`Rejection::code`] a stable code for scripts.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Rejection {
    /// Bigger than [`bundle::MAX_BUNDLE_BYTES`].
    #[error("bundle is {size} bytes, the limit is {limit}")]
    TooLarge {
        /// Its size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// Not a bundle envelope or payload.
    #[error("malformed bundle: {0}")]
    Malformed(String),
    /// No signature by a trusted key verifies.
    #[error("no signature by a trusted HQ key verifies (signed by key ids [{key_ids}])")]
    BadSignature {
        /// The key ids the envelope names.
        key_ids: String,
    },
    /// For another fleet or kiosk.
    #[error("target {target} is not this kiosk (expects {expected})")]
    WrongTarget {
        /// The bundle's target.
        target: String,
        /// What this kiosk accepts.
        expected: String,
    },
    /// Not newer than what is applied on its layer.
    #[error("version {version} is not newer than the applied version {applied}")]
    NotNewer {
        /// The bundle's version.
        version: u64,
        /// The applied version.
        applied: u64,
    },
    /// Past its expiry.
    #[error("expired at {}", rfc3339(.expires_at))]
    Expired {
        /// When it expired.
        expires_at: OffsetDateTime,
    },
    /// Sets keys a bundle may not set.
    #[error("{}", list(.0))]
    Forbidden(Vec<Problem>),
    /// The settings break the config rules.
    #[error("invalid settings: {}", list(.0))]
    Invalid(Vec<Problem>),
    /// The kiosk could not write it to disk.
    #[error("cannot store the bundle: {0}")]
    Storage(String),
    /// The health check after applying failed (the reason of a rollback).
    #[error("health check failed: {0}")]
    HealthCheck(String),
}

fn rfc3339(t: &OffsetDateTime) -> String {
    t.format(&time::format_description::well_known::Rfc3339).unwrap_or_else(|_| t.to_string())
}

fn list(problems: &[Problem]) -> String {
    problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}

impl Rejection {
    /// A stable code: `too_large`, `malformed`, `bad_signature`,
    /// `wrong_target`, `not_newer`, `expired`, `forbidden_key`,
    /// `invalid_settings`, `storage`, `health_check`.
    pub fn code(&self) -> &'static str {
        match self {
            Rejection::TooLarge { .. } => "too_large",
            Rejection::Malformed(_) => "malformed",
            Rejection::BadSignature { .. } => "bad_signature",
            Rejection::WrongTarget { .. } => "wrong_target",
            Rejection::NotNewer { .. } => "not_newer",
            Rejection::Expired { .. } => "expired",
            Rejection::Forbidden(_) => "forbidden_key",
            Rejection::Invalid(_) => "invalid_settings",
            Rejection::Storage(_) => "storage",
            Rejection::HealthCheck(_) => "health_check",
        }
    }
}

//! What kiosks tell HQ: outcomes, the retained status, telemetry events.
//! These are the JSON documents on the status and events topics.

use serde::{Deserialize, Serialize};
use time::OffsetDateTime;

use crate::apply::BundleLayer;

/// What became of a bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Written to disk, health check passed, handed to the kiosk.
    Applied,
    /// Refused; nothing changed.
    Rejected,
    /// Applied, failed its health check, the last good bundle put back.
    RolledBack,
}

/// One bundle's outcome on one kiosk (an event, a line of `fleet simulate`,
/// the `last_rejection` of the status).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutcomeReport {
    /// The kiosk (`store.terminal_id`).
    pub kiosk: String,
    /// The bundle's version, when its signature verified.
    pub version: Option<u64>,
    /// `applied`, `rejected` or `rolled_back`.
    pub outcome: Outcome,
    /// Why it was rejected or rolled back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// A stable code for the reason (`bad_signature`, `not_newer`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// The layer the bundle was for, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layer: Option<BundleLayer>,
    /// When the kiosk decided.
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
}

/// Whether the kiosk is connected, as the retained status says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// Connected (published by the kiosk).
    Online,
    /// Gone (the last will, or a clean shutdown).
    Offline,
}

/// The retained document on `scanpay/<fleet>/kiosk/<id>/status`. The last
/// will is the same document with only `kiosk` and `state: "offline"`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KioskStatus {
    /// The kiosk.
    pub kiosk: String,
    /// Online or offline.
    pub state: Presence,
    /// Applied fleet bundle version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fleet_version: Option<u64>,
    /// Applied kiosk bundle version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kiosk_version: Option<u64>,
    /// `ok`, or what the last health check found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health: Option<String>,
    /// The last bundle refused or rolled back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_rejection: Option<OutcomeReport>,
    /// When this status was published.
    #[serde(
        default,
        with = "time::serde::rfc3339::option",
        skip_serializing_if = "Option::is_none"
    )]
    pub at: Option<OffsetDateTime>,
}

/// Telemetry on `scanpay/<fleet>/kiosk/<id>/events` (QoS 1, not retained).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Telemetry {
    /// Sent every `fleet.heartbeat_secs`.
    Heartbeat {
        /// Applied fleet bundle version.
        fleet_version: Option<u64>,
        /// Applied kiosk bundle version.
        kiosk_version: Option<u64>,
        /// Seconds since the fleet agent started.
        uptime_secs: u64,
    },
    /// Something staff must look at (printer out of paper, camera gone…).
    Alarm {
        /// Stable code (`printer_paper_out`).
        code: String,
        /// Text for HQ staff.
        message: String,
    },
    /// A staff action from maintenance mode.
    StaffAudit {
        /// Who (staff id, never a PIN).
        staff: String,
        /// What they did.
        action: String,
    },
    /// The day's takings.
    DailyTotals {
        /// Local date, `YYYY-MM-DD`.
        date: String,
        /// Paid trades.
        trades: u64,
        /// Sum in minor units.
        amount_minor: i64,
        /// ISO 4217 code.
        currency: String,
    },
    /// A bundle outcome.
    Config(OutcomeReport),
}

/// One message on the events topic: who, when, what.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventMessage {
    /// The kiosk.
    pub kiosk: String,
    /// When it was sent.
    #[serde(with = "time::serde::rfc3339")]
    pub at: OffsetDateTime,
    /// The event.
    #[serde(flatten)]
    pub event: Telemetry,
}

/// Topic names (DESIGN.md §8, issue 9).
pub mod topics {
    /// Retained fleet bundle: `scanpay/<fleet>/config`.
    pub fn fleet_config(fleet: &str) -> String {
        format!("scanpay/{fleet}/config")
    }

    /// Retained kiosk bundle: `scanpay/<fleet>/kiosk/<id>/config`.
    pub fn kiosk_config(fleet: &str, kiosk: &str) -> String {
        format!("scanpay/{fleet}/kiosk/{kiosk}/config")
    }

    /// Retained status with the last will: `scanpay/<fleet>/kiosk/<id>/status`.
    pub fn status(fleet: &str, kiosk: &str) -> String {
        format!("scanpay/{fleet}/kiosk/{kiosk}/status")
    }

    /// Every kiosk's status: `scanpay/<fleet>/kiosk/+/status`.
    pub fn all_status(fleet: &str) -> String {
        format!("scanpay/{fleet}/kiosk/+/status")
    }

    /// Telemetry: `scanpay/<fleet>/kiosk/<id>/events`.
    pub fn events(fleet: &str, kiosk: &str) -> String {
        format!("scanpay/{fleet}/kiosk/{kiosk}/events")
    }
}

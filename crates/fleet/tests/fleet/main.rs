//! The fleet crate against a real Mosquitto broker started on loopback, and
//! its pure apply rules. Modules mirror `src/`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod agent;
mod apply;
mod broker;
mod sim;

use std::time::Duration;

use fleet::bundle::{Payload, SigningKeyPair, Target, sign};
use fleet::{Outcome, OutcomeReport};
use time::OffsetDateTime;
use tokio::sync::broadcast;

/// HQ's test keys, fixed so failures are reproducible.
pub fn hq_key() -> SigningKeyPair {
    SigningKeyPair::from_secret_bytes(&[11; 32])
}

/// The next HQ key (rotation).
pub fn new_hq_key() -> SigningKeyPair {
    SigningKeyPair::from_secret_bytes(&[22; 32])
}

/// A payload for `target` with these settings, issued now, no expiry.
pub fn payload(version: u64, target: &str, settings: &str) -> Payload {
    Payload {
        version,
        issued_at: OffsetDateTime::now_utc(),
        expires_at: None,
        target: target.parse::<Target>().unwrap(),
        settings: settings.to_owned(),
        catalog: None,
    }
}

/// A bundle signed by `key`.
pub fn bundle(key: &SigningKeyPair, version: u64, target: &str, settings: &str) -> Vec<u8> {
    sign(&payload(version, target, settings), &[key]).unwrap()
}

/// The next outcome, failing the test after 15 s.
pub async fn next_outcome(rx: &mut broadcast::Receiver<OutcomeReport>) -> OutcomeReport {
    tokio::time::timeout(Duration::from_secs(15), rx.recv())
        .await
        .expect("no outcome within 15 s")
        .expect("agent stopped")
}

/// Asserts a rejection with this code whose reason contains `text`.
pub fn assert_rejected(report: &OutcomeReport, code: &str, text: &str) {
    assert_eq!(report.outcome, Outcome::Rejected, "{report:?}");
    assert_eq!(report.code.as_deref(), Some(code), "{report:?}");
    let reason = report.reason.as_deref().unwrap_or_default();
    assert!(reason.contains(text), "reason {reason:?} lacks {text:?}");
}

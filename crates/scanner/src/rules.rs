//! From decoded text to events the app acts on: classification plus the "never twice" rules.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Mutex, RwLock};
use std::time::{Duration, Instant};

use crate::classify::{AcceptedWallets, Classification, classify};
use crate::{Pass, RawCode, Symbology};

/// Where a code came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Decoded from a camera or file frame.
    Camera,
    /// Typed by a handheld (keyboard-wedge) or serial scanner.
    Handheld,
}

/// A code the app should act on.
#[derive(Debug, Clone, PartialEq)]
pub struct ScanEvent {
    /// What the code is.
    pub classification: Classification,
    /// How it was encoded.
    pub symbology: Symbology,
    /// Where it came from.
    pub origin: Origin,
    /// Which decode pass found it.
    pub pass: Pass,
    /// The frame's sequence number (camera codes only).
    pub frame_seq: Option<u64>,
}

/// How long the gate remembers things.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GateTimes {
    /// An item code seen by the camera is reported again only after it has been out of
    /// sight this long (a product held in front of the camera is one scan, not thirty).
    pub item_holdoff: Duration,
    /// A refused wallet code is reported again only after this long (the customer sees
    /// the message once, not at frame rate).
    pub refusal_holdoff: Duration,
    /// How many submitted payment codes are remembered (codes are single use; this bounds
    /// memory over a day of use).
    pub remembered_payments: usize,
}

impl Default for GateTimes {
    fn default() -> Self {
        GateTimes {
            item_holdoff: Duration::from_millis(1500),
            refusal_holdoff: Duration::from_secs(3),
            remembered_payments: 4096,
        }
    }
}

#[derive(Debug, Default)]
struct Gate {
    submitted: HashSet<String>,
    order: VecDeque<String>,
    last_seen: HashMap<String, Instant>,
}

/// Classification and de-duplication shared by every input (camera worker, handheld,
/// serial): the same payment code is submitted once whichever way it arrives, and a code
/// seen in both the QR and the Code128 of one screen counts once.
#[derive(Debug)]
pub struct CodeRules {
    accepted: RwLock<AcceptedWallets>,
    times: GateTimes,
    gate: Mutex<Gate>,
}

impl Default for CodeRules {
    fn default() -> Self {
        CodeRules::new(AcceptedWallets::default(), GateTimes::default())
    }
}

impl CodeRules {
    /// Rules accepting `accepted` wallets with these gate times.
    pub fn new(accepted: AcceptedWallets, times: GateTimes) -> Self {
        CodeRules { accepted: RwLock::new(accepted), times, gate: Mutex::new(Gate::default()) }
    }

    /// Changes the accepted wallets (a config update).
    pub fn set_accepted(&self, accepted: AcceptedWallets) {
        *self.accepted.write().unwrap_or_else(|e| e.into_inner()) = accepted;
    }

    /// The accepted wallets.
    pub fn accepted(&self) -> AcceptedWallets {
        self.accepted.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Classifies `raw` and returns the event to act on, or `None` when it is ignored or
    /// a repeat. `now` is passed in so that the rules are testable without sleeping.
    pub fn process(&self, raw: &RawCode, origin: Origin, now: Instant) -> Option<ScanEvent> {
        self.process_in_frame(raw, origin, None, now)
    }

    pub(crate) fn process_in_frame(
        &self,
        raw: &RawCode,
        origin: Origin,
        frame_seq: Option<u64>,
        now: Instant,
    ) -> Option<ScanEvent> {
        let classification = classify(&raw.text, raw.symbology, &self.accepted());
        let mut gate = self.gate.lock().unwrap_or_else(|e| e.into_inner());
        let fresh = match &classification {
            Classification::Ignored => false,
            Classification::Payment { code, .. } => {
                let code = code.expose();
                if gate.submitted.contains(code) {
                    false
                } else {
                    gate.submitted.insert(code.clone());
                    gate.order.push_back(code.clone());
                    while gate.order.len() > self.times.remembered_payments {
                        if let Some(old) = gate.order.pop_front() {
                            gate.submitted.remove(&old);
                        }
                    }
                    true
                }
            }
            Classification::Refused(_) | Classification::StaffBadge { .. } => {
                gate.sighting(&raw.text, now, self.times.refusal_holdoff)
            }
            Classification::Item { .. } => match origin {
                Origin::Handheld => true,
                Origin::Camera => gate.sighting(&raw.text, now, self.times.item_holdoff),
            },
        };
        fresh.then_some(ScanEvent {
            classification,
            symbology: raw.symbology,
            origin,
            pass: raw.pass,
            frame_seq,
        })
    }
}

impl Gate {
    /// Records a sighting; true if the code had not been seen within `holdoff`.
    fn sighting(&mut self, text: &str, now: Instant, holdoff: Duration) -> bool {
        // Drop stale entries now and then so the map stays small.
        if self.last_seen.len() > 256 {
            self.last_seen.retain(|_, t| now.saturating_duration_since(*t) < holdoff);
        }
        let fresh = match self.last_seen.get(text) {
            Some(t) => now.saturating_duration_since(*t) >= holdoff,
            None => true,
        };
        self.last_seen.insert(text.to_string(), now);
        fresh
    }
}

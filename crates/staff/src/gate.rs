//! The PIN pad's lockout, pure: wrong PINs in a row lock entry for a period
//! that doubles with every lockout (at most an hour). Time is passed in.

use std::time::{Duration, Instant};

/// What a wrong PIN led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Try again; this many tries are left before the lockout.
    TriesLeft(u32),
    /// Entry is locked for this long.
    Locked(Duration),
}

/// The lockout state of the PIN pad.
#[derive(Debug, Clone)]
pub struct EntryGate {
    max_attempts: u32,
    base: Duration,
    failures: u32,
    lockouts: u32,
    locked_until: Option<Instant>,
}

/// The longest lockout.
pub const MAX_LOCKOUT: Duration = Duration::from_secs(3600);

impl EntryGate {
    /// `max_attempts` wrong PINs lock entry for `base`, then 2×, 4×… `base`.
    pub fn new(max_attempts: u32, base: Duration) -> EntryGate {
        EntryGate {
            max_attempts: max_attempts.max(1),
            base,
            failures: 0,
            lockouts: 0,
            locked_until: None,
        }
    }

    /// How long entry stays locked, if it is.
    pub fn locked_for(&self, now: Instant) -> Option<Duration> {
        self.locked_until.filter(|until| *until > now).map(|until| until - now)
    }

    /// Records a wrong PIN.
    pub fn failed(&mut self, now: Instant) -> Verdict {
        if let Some(left) = self.locked_for(now) {
            return Verdict::Locked(left);
        }
        self.failures += 1;
        if self.failures < self.max_attempts {
            return Verdict::TriesLeft(self.max_attempts - self.failures);
        }
        self.failures = 0;
        let factor = 2u32.saturating_pow(self.lockouts);
        self.lockouts += 1;
        let period = self.base.saturating_mul(factor).min(MAX_LOCKOUT);
        self.locked_until = Some(now + period);
        Verdict::Locked(period)
    }

    /// A right PIN: the counts start again.
    pub fn succeeded(&mut self) {
        self.failures = 0;
        self.lockouts = 0;
        self.locked_until = None;
    }
}

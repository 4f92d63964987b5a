//! What the app keeps for the lifetime of the window.

use std::sync::atomic::{AtomicBool, Ordering};

use settings::KioskConfig;

/// The app's state, reached from commands through `tauri::State`.
#[derive(Debug)]
pub struct KioskState {
    config: KioskConfig,
    windowed: bool,
    /// Set only by maintenance mode's "quit"; until then closing is refused.
    quit_allowed: AtomicBool,
}

impl KioskState {
    /// State for a validated configuration.
    pub fn new(config: KioskConfig, windowed: bool) -> Self {
        KioskState { config, windowed, quit_allowed: AtomicBool::new(false) }
    }

    /// The configuration in force.
    pub fn config(&self) -> &KioskConfig {
        &self.config
    }

    /// Whether the app runs as a normal window (development).
    pub fn windowed(&self) -> bool {
        self.windowed
    }

    /// Whether a close request may proceed: in kiosk mode only after
    /// maintenance mode allowed it; a developer's window always closes.
    pub fn may_close(&self) -> bool {
        self.windowed || self.quit_allowed.load(Ordering::SeqCst)
    }
}

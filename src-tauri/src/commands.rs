//! Tauri commands: one line each, calling into the crates.

use tauri::State;

use crate::models::{KioskInfo, UiError};
use crate::state::KioskState;

/// Store, terminal and language settings for the UI.
#[tauri::command]
pub fn kiosk_info(state: State<'_, KioskState>) -> Result<KioskInfo, UiError> {
    Ok(KioskInfo::new(state.config(), state.windowed()))
}

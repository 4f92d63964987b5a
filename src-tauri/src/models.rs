//! Transport types between the backend and the UI (camelCase JSON), built
//! from domain types. ui/src/backend.ts mirrors them.

use serde::Serialize;
use settings::KioskConfig;

/// What the UI needs to know at start-up.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct KioskInfo {
    /// Store name for the attract screen.
    pub store_name: String,
    /// Store id.
    pub store_id: String,
    /// This kiosk's terminal id.
    pub terminal_id: String,
    /// ISO 4217 code prices are shown in.
    pub currency: String,
    /// The language sessions start in.
    pub default_language: String,
    /// Languages offered in the picker, in order.
    pub languages: Vec<String>,
    /// Whether the app runs windowed (development).
    pub windowed: bool,
}

impl KioskInfo {
    /// The UI's view of the configuration.
    pub fn new(config: &KioskConfig, windowed: bool) -> Self {
        KioskInfo {
            store_name: config.store.name.clone(),
            store_id: config.store.id.clone(),
            terminal_id: config.store.terminal_id.clone(),
            currency: config.store.currency.code().to_owned(),
            default_language: config.languages.default.clone(),
            languages: config.languages.enabled.clone(),
            windowed,
        }
    }
}

/// An error as the UI sees it: a code it may branch on and a message for
/// logs and staff. Codes are few and added only when the UI needs to branch.
#[derive(Debug, Serialize)]
pub struct UiError {
    /// Machine-readable code.
    pub code: &'static str,
    /// Human-readable detail (staff and logs; customers see localized text).
    pub message: String,
}

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
    /// Digits after the decimal point of `currency`.
    pub currency_exponent: u32,
    /// The language sessions start in.
    pub default_language: String,
    /// Languages offered in the picker, in order.
    pub languages: Vec<String>,
    /// Whether the app runs windowed (development).
    pub windowed: bool,
    /// Demo mode: the UI shows "simulate" buttons.
    pub demo: bool,
    /// Staff muted the sounds.
    pub sounds_muted: bool,
}

impl KioskInfo {
    /// The UI's view of the configuration.
    pub fn new(config: &KioskConfig, windowed: bool, demo: bool) -> Self {
        KioskInfo {
            store_name: config.store.name.clone(),
            store_id: config.store.id.clone(),
            terminal_id: config.store.terminal_id.clone(),
            currency: config.store.currency.code().to_owned(),
            currency_exponent: config.store.currency.exponent(),
            default_language: config.languages.default.clone(),
            languages: config.languages.enabled.clone(),
            windowed,
            demo,
            sounds_muted: !config.ui.sounds,
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

impl UiError {
    /// An error with this code and detail.
    pub fn new(code: &'static str, message: impl Into<String>) -> Self {
        UiError { code, message: message.into() }
    }
}

impl From<staff::StaffError> for UiError {
    fn from(e: staff::StaffError) -> Self {
        tracing::warn!(code = e.code(), error = %e, "staff command refused or failed");
        UiError { code: e.code(), message: e.to_string() }
    }
}

impl From<checkout::CheckoutError> for UiError {
    fn from(e: checkout::CheckoutError) -> Self {
        tracing::warn!(code = e.code(), error = %e, "command failed");
        UiError { code: e.code(), message: e.to_string() }
    }
}

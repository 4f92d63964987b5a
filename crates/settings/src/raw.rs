//! The configuration exactly as written in TOML: every key optional (a layer
//! sets only what it overrides), unknown keys refused. [`crate::KioskConfig`]
//! is built from the merged layers by validation.

use serde::Deserialize;

/// Keys whose values are file paths, resolved against the directory of the
/// layer that sets them.
pub(crate) const PATH_KEYS: &[(&str, &str)] = &[
    ("gateway", "private_key_file"),
    ("gateway", "alipay_public_key_file"),
    ("camera", "path"),
    ("catalog", "file"),
    ("fleet", "state_dir"),
    ("fleet", "trusted_key_files"),
    ("fleet", "tls_ca_file"),
    ("fleet", "tls_client_cert_file"),
    ("fleet", "tls_client_key_file"),
];

/// A whole configuration document (one layer, or all layers merged).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawConfig {
    pub store: Option<RawStore>,
    pub languages: Option<RawLanguages>,
    pub session: Option<RawSession>,
    pub payment: Option<RawPayment>,
    pub gateway: Option<RawGateway>,
    pub printer: Option<RawPrinter>,
    pub camera: Option<RawCamera>,
    pub catalog: Option<RawCatalog>,
    pub ui: Option<RawUi>,
    pub staff: Option<RawStaff>,
    pub fleet: Option<RawFleet>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStore {
    pub id: Option<String>,
    pub name: Option<String>,
    pub terminal_id: Option<String>,
    pub currency: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLanguages {
    pub default: Option<String>,
    pub enabled: Option<Vec<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSession {
    pub idle_timeout_secs: Option<i64>,
    pub idle_prompt_secs: Option<i64>,
    pub return_secs: Option<i64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCatalog {
    pub file: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStaff {
    pub members: Option<Vec<RawStaffMember>>,
    pub max_attempts: Option<i64>,
    pub lockout_secs: Option<i64>,
    pub session_idle_secs: Option<i64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStaffMember {
    pub id: Option<String>,
    pub name: Option<String>,
    pub pin_hash: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawUi {
    pub sounds: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPayment {
    pub deadline_secs: Option<i64>,
    pub query_interval_secs: Option<i64>,
    pub pay_timeout_ms: Option<i64>,
    pub query_timeout_ms: Option<i64>,
    pub cancel_timeout_ms: Option<i64>,
    pub cancel_retries: Option<i64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawGateway {
    pub kind: Option<String>,
    pub url: Option<String>,
    pub app_id: Option<String>,
    pub sign_type: Option<String>,
    pub private_key_file: Option<String>,
    pub alipay_public_key_file: Option<String>,
    pub app_auth_token: Option<String>,
    pub sys_service_provider_id: Option<String>,
    pub connect_timeout_ms: Option<i64>,
    pub read_timeout_ms: Option<i64>,
    pub wallets: Option<Vec<String>>,
    pub client_id: Option<String>,
    pub key_version: Option<i64>,
    pub reference_merchant_id: Option<String>,
    pub merchant_name: Option<String>,
    pub merchant_mcc: Option<String>,
    pub notify_url: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPrinter {
    pub transport: Option<String>,
    pub address: Option<String>,
    pub paper_width_mm: Option<i64>,
    pub chinese_font: Option<bool>,
    pub status_timeout_ms: Option<i64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCamera {
    pub source: Option<String>,
    pub device: Option<String>,
    pub path: Option<String>,
    pub width: Option<i64>,
    pub height: Option<i64>,
    pub fps: Option<i64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFleet {
    pub enabled: Option<bool>,
    pub broker_url: Option<String>,
    pub fleet_id: Option<String>,
    pub trusted_keys: Option<Vec<String>>,
    pub trusted_key_files: Option<Vec<String>>,
    pub state_dir: Option<String>,
    pub tls_ca_file: Option<String>,
    pub tls_client_cert_file: Option<String>,
    pub tls_client_key_file: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
    pub heartbeat_secs: Option<i64>,
}

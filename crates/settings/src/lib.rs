//! The kiosk's configuration: layered TOML documents, checked into one
//! [`KioskConfig`].
//!
//! Layers, later ones winning key by key (DESIGN.md §8):
//!
//! ```text
//! built-in defaults (kiosk-config/default.toml) < local site file < fleet bundle < kiosk bundle
//! ```
//!
//! Each layer is parsed on its own first, so an unknown key or a value of the
//! wrong type is reported against the layer that has it. The merged document
//! is then validated as a whole; every problem names its key path and the
//! reason (`payment.deadline_secs: must be between 10 and 300 seconds (got 2)`).
//! Relative file paths are resolved against the directory of the layer's file.
//!
//! ```
//! use settings::{Layer, load};
//!
//! let site = Layer::from_toml("site.toml", "[payment]\ndeadline_secs = 45\n", None)?;
//! let config = load(&[Layer::builtin_defaults()?, site])?;
//! assert_eq!(config.payment.deadline.as_secs(), 45);
//!
//! let bad = Layer::from_toml("site.toml", "[payment]\ndeadline_secs = 2\n", None)?;
//! let err = load(&[Layer::builtin_defaults()?, bad]).unwrap_err();
//! assert!(err.to_string().contains("payment.deadline_secs: must be between 10 and 300"));
//! # Ok::<(), settings::ConfigError>(())
//! ```

mod config;
mod raw;

use std::fmt;
use std::path::{Path, PathBuf};

pub use config::{
    AntomGatewayConfig, BrokerScheme, BrokerUrl, CameraConfig, CameraSelector, CatalogConfig,
    FleetConfig, FrameSourceConfig, GatewayConfig, GatewayKind, KioskConfig, LanguageConfig,
    PaperWidth, PaymentConfig, PrinterConfig, PrinterTransport, SessionConfig, SignType,
    SocketAddrText, StaffConfig, StaffMember, StoreConfig, UiConfig, WALLET_IDS, parse_public_key,
};
use raw::{PATH_KEYS, RawConfig};

/// The built-in defaults, compiled in. Their relative paths resolve against
/// [`install_dir`].
pub const DEFAULT_TOML: &str = include_str!("../../../kiosk-config/default.toml");

/// The environment variable naming a local site file.
pub const SITE_FILE_ENV: &str = "SCANPAY_CONFIG";

/// The environment variable naming the installation's `kiosk-config` folder.
pub const INSTALL_DIR_ENV: &str = "SCANPAY_KIOSK_CONFIG_DIR";

/// The installation's `kiosk-config` folder (demo keys, catalogs): the
/// `SCANPAY_KIOSK_CONFIG_DIR` environment variable, else the source tree's.
pub fn install_dir() -> PathBuf {
    match std::env::var_os(INSTALL_DIR_ENV) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../kiosk-config"),
    }
}

/// The environment variable naming the kiosk's data directory.
pub const DATA_DIR_ENV: &str = "SCANPAY_DATA_DIR";

/// The kiosk's data directory (journal, applied bundles, logs): `explicit`
/// when given (the `--data-dir` flag or [`DATA_DIR_ENV`]), else the
/// platform's data directory for `com.scanpay.kiosk`.
pub fn data_dir(explicit: Option<PathBuf>) -> PathBuf {
    explicit.filter(|p| !p.as_os_str().is_empty()).unwrap_or_else(|| {
        dirs::data_dir().unwrap_or_else(std::env::temp_dir).join("com.scanpay.kiosk")
    })
}

/// One problem with one key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Dotted key path (`printer.paper_width_mm`, `languages.enabled[2]`).
    pub key: String,
    /// Why the value was refused.
    pub reason: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.key, self.reason)
    }
}

/// What can go wrong loading configuration.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// A config file could not be read.
    #[error("cannot read config file {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The IO error.
        #[source]
        source: std::io::Error,
    },
    /// A layer is not valid TOML.
    #[error("{layer}: not valid TOML: {message}")]
    Syntax {
        /// Which layer.
        layer: String,
        /// The parser's message (with line and column).
        message: String,
    },
    /// A layer has an unknown key or a value of the wrong type.
    #[error("{layer}: {problem}")]
    Layer {
        /// Which layer.
        layer: String,
        /// The key and reason.
        problem: Problem,
    },
    /// The merged configuration breaks one or more rules.
    #[error("invalid kiosk configuration:\n{}", list(.problems))]
    Invalid {
        /// Every problem found.
        problems: Vec<Problem>,
    },
}

fn list(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n")
}

impl ConfigError {
    /// The problems with their keys, whatever the variant (for staff screens
    /// and fleet rejection reports).
    pub fn problems(&self) -> Vec<Problem> {
        match self {
            ConfigError::Invalid { problems } => problems.clone(),
            ConfigError::Layer { problem, .. } => vec![problem.clone()],
            ConfigError::Read { path, source } => {
                vec![Problem {
                    key: String::from("(file)"),
                    reason: format!("{}: {source}", path.display()),
                }]
            }
            ConfigError::Syntax { message, .. } => {
                vec![Problem { key: String::from("(syntax)"), reason: message.clone() }]
            }
        }
    }
}

/// Keys a signed bundle may never set, with the reason it is refused
/// (DESIGN.md §8: private payment keys are never in a bundle). A key names a
/// whole section (`fleet`) or one `section.key`. Bundles are signed but not
/// encrypted and stay retained on the broker, so no secret goes in one; and a
/// bundle cannot change what decides whether bundles are trusted.
pub const BUNDLE_FORBIDDEN_KEYS: &[(&str, &str)] = &[
    ("fleet", "the fleet channel and its trusted HQ keys are set only in the local site file"),
    ("gateway.private_key_file", "private payment keys are never in a bundle"),
    (
        "gateway.alipay_public_key_file",
        "the gateway's verification key is installed locally, never pushed",
    ),
    ("gateway.app_auth_token", "secrets are never in a bundle (bundles are signed, not encrypted)"),
    ("store.terminal_id", "the kiosk's identity is set locally, not by a bundle"),
];

/// The keys of a bundle's settings document that a bundle may not set, each
/// with its reason (empty when the document is acceptable in that respect).
pub fn bundle_key_problems(table: &toml::Table) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (path, reason) in BUNDLE_FORBIDDEN_KEYS {
        let present = match path.split_once('.') {
            None => table.contains_key(*path),
            Some((section, key)) => {
                table.get(section).and_then(|s| s.as_table()).is_some_and(|s| s.contains_key(key))
            }
        };
        if present {
            problems.push(Problem {
                key: (*path).to_owned(),
                reason: format!("may not be set by a bundle: {reason}"),
            });
        }
    }
    problems
}

/// One configuration document with a name for messages.
#[derive(Debug, Clone, PartialEq)]
pub struct Layer {
    name: String,
    table: toml::Table,
}

impl Layer {
    /// The compiled-in defaults, paths relative to [`install_dir`].
    pub fn builtin_defaults() -> Result<Layer, ConfigError> {
        Layer::from_toml("built-in defaults", DEFAULT_TOML, Some(&install_dir()))
    }

    /// A site file from disk; relative paths in it resolve against its folder.
    pub fn from_file(path: &Path) -> Result<Layer, ConfigError> {
        let text = std::fs::read_to_string(path)
            .map_err(|source| ConfigError::Read { path: path.to_owned(), source })?;
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        Layer::from_toml(&path.display().to_string(), &text, Some(&base))
    }

    /// A layer from TOML text. `base_dir` resolves relative paths; with
    /// `None` (signed bundles) they resolve against [`install_dir`].
    pub fn from_toml(
        name: &str,
        text: &str,
        base_dir: Option<&Path>,
    ) -> Result<Layer, ConfigError> {
        let table: toml::Table =
            text.parse().map_err(|e: toml::de::Error| ConfigError::Syntax {
                layer: name.to_owned(),
                message: e.to_string().trim_end().to_owned(),
            })?;
        Layer::from_table(name, table, base_dir)
    }

    /// A layer from an already parsed table (e.g. the settings document of a
    /// fleet bundle).
    pub fn from_table(
        name: &str,
        mut table: toml::Table,
        base_dir: Option<&Path>,
    ) -> Result<Layer, ConfigError> {
        // Check keys and types of this layer alone, so the message names it.
        let value = toml::Value::Table(table.clone());
        serde_path_to_error::deserialize::<_, RawConfig>(value).map_err(|e| {
            ConfigError::Layer {
                layer: name.to_owned(),
                problem: Problem { key: e.path().to_string(), reason: e.inner().to_string() },
            }
        })?;
        let base = base_dir.map(Path::to_path_buf).unwrap_or_else(install_dir);
        let resolve = |p: &mut String| {
            if !p.is_empty() && Path::new(p.as_str()).is_relative() {
                *p = base.join(p.as_str()).display().to_string();
            }
        };
        for (section, key) in PATH_KEYS {
            match table
                .get_mut(*section)
                .and_then(|s| s.as_table_mut())
                .and_then(|s| s.get_mut(*key))
            {
                Some(toml::Value::String(p)) => resolve(p),
                Some(toml::Value::Array(list)) => {
                    for item in list {
                        if let toml::Value::String(p) = item {
                            resolve(p);
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(Layer { name: name.to_owned(), table })
    }

    /// The layer's name in messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The layer's document.
    pub fn table(&self) -> &toml::Table {
        &self.table
    }
}

/// Merges `overlay` into `base`: tables merge key by key, anything else
/// (scalars, arrays) is replaced.
fn merge(base: &mut toml::Table, overlay: &toml::Table) {
    for (key, value) in overlay {
        match (base.get_mut(key), value) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            _ => {
                base.insert(key.clone(), value.clone());
            }
        }
    }
}

/// Merges the layers in order and validates the result.
pub fn load(layers: &[Layer]) -> Result<KioskConfig, ConfigError> {
    let mut merged = toml::Table::new();
    for layer in layers {
        merge(&mut merged, &layer.table);
    }
    let raw: RawConfig =
        serde_path_to_error::deserialize(toml::Value::Table(merged)).map_err(|e| {
            ConfigError::Layer {
                layer: String::from("merged configuration"),
                problem: Problem { key: e.path().to_string(), reason: e.inner().to_string() },
            }
        })?;
    config::validate(raw).map_err(|problems| ConfigError::Invalid { problems })
}

/// The defaults plus, when given, a local site file: what the kiosk and
/// `kioskctl` load before any fleet bundle.
pub fn load_local(site_file: Option<&Path>) -> Result<KioskConfig, ConfigError> {
    load(&local_layers(site_file)?)
}

/// The local layers: the built-in defaults and the site file, if any (the
/// fleet agent stacks bundles on them).
pub fn local_layers(site_file: Option<&Path>) -> Result<Vec<Layer>, ConfigError> {
    let mut layers = vec![Layer::builtin_defaults()?];
    if let Some(path) = site_file {
        layers.push(Layer::from_file(path)?);
    }
    Ok(layers)
}

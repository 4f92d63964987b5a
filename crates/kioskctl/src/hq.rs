//! `kioskctl hq …`: HQ's side of fleet configuration (issue 9). HQ scripts
//! these commands: keys, signed bundles, publishing, the fleet's status.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use ::fleet::bundle::{self, Payload, PublicKey, SigningKeyPair, Target, TrustedKeys};
use ::fleet::mqtt::BrokerConfig;
use anyhow::{Context as _, Result, bail};
use clap::Subcommand;
use settings::BrokerUrl;

/// HQ subcommands.
#[derive(Debug, Subcommand)]
pub enum HqCommand {
    /// Make an HQ Ed25519 key pair: DIR/hq.key (private, PKCS#8 PEM, mode
    /// 0600) and DIR/hq.pub (one-line base64, for the kiosks'
    /// `fleet.trusted_keys` or `fleet.trusted_key_files`).
    Keygen {
        /// Folder to write hq.key and hq.pub into (created if missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// Sign and verify config bundles.
    #[command(subcommand)]
    Bundle(BundleCommand),
    /// Publish a signed bundle, retained, to the topic of its target.
    Publish {
        /// The bundle file.
        bundle: PathBuf,
        /// mqtt://HOST:PORT or mqtts://HOST:PORT.
        #[arg(long)]
        broker: String,
        /// The fleet.
        #[arg(long)]
        fleet: String,
    },
    /// Table of the fleet's kiosks from their retained status: applied
    /// versions, online, health, last rejection.
    Status {
        /// mqtt://HOST:PORT or mqtts://HOST:PORT.
        #[arg(long)]
        broker: String,
        /// The fleet.
        #[arg(long)]
        fleet: String,
        /// Milliseconds to collect retained statuses after subscribing.
        #[arg(long, default_value_t = 1000)]
        wait_ms: u64,
        /// One JSON document per kiosk instead of a table.
        #[arg(long)]
        json: bool,
    },
}

/// Bundle subcommands.
#[derive(Debug, Subcommand)]
pub enum BundleCommand {
    /// Sign a settings file (TOML, the keys of `kioskctl config defaults`).
    /// It is checked first: keys a bundle may not set and invalid values are
    /// refused, as kiosks would refuse them.
    Sign {
        /// The settings document.
        settings: PathBuf,
        /// HQ's private key (hq.key).
        #[arg(long)]
        key: PathBuf,
        /// Bundle version: higher than the last one for this target.
        #[arg(long)]
        version: u64,
        /// fleet:F or kiosk:ID.
        #[arg(long)]
        target: String,
        /// Validity, like 7d, 12h, 30m, 90s. Default: no expiry.
        #[arg(long)]
        expires_in: Option<String>,
        /// A product catalog (JSON) to carry.
        #[arg(long)]
        catalog: Option<PathBuf>,
        /// Where to write the bundle.
        #[arg(long)]
        out: PathBuf,
    },
    /// Check a bundle's signature against trusted keys and show its content.
    Verify {
        /// The bundle file.
        bundle: PathBuf,
        /// A trusted public key file (hq.pub); repeat for several.
        #[arg(long, required = true)]
        trust: Vec<PathBuf>,
    },
}

/// Runs an `hq` subcommand.
pub fn run(cmd: HqCommand) -> Result<ExitCode> {
    match cmd {
        HqCommand::Keygen { out } => keygen(&out),
        HqCommand::Bundle(BundleCommand::Sign {
            settings,
            key,
            version,
            target,
            expires_in,
            catalog,
            out,
        }) => {
            sign(&settings, &key, version, &target, expires_in.as_deref(), catalog.as_deref(), &out)
        }
        HqCommand::Bundle(BundleCommand::Verify { bundle, trust }) => verify(&bundle, &trust),
        HqCommand::Publish { bundle, broker, fleet } => {
            let bytes = std::fs::read(&bundle)
                .with_context(|| format!("cannot read {}", bundle.display()))?;
            let broker = broker_config(&broker)?;
            let topic = runtime()?.block_on(::fleet::hq::publish(&broker, &fleet, &bytes))?;
            println!("published {} ({} bytes) to {topic}, retained", bundle.display(), bytes.len());
            Ok(ExitCode::SUCCESS)
        }
        HqCommand::Status { broker, fleet, wait_ms, json } => {
            let broker = broker_config(&broker)?;
            let all = runtime()?.block_on(::fleet::hq::status(
                &broker,
                &fleet,
                Duration::from_millis(wait_ms),
            ))?;
            if json {
                for s in &all {
                    println!("{}", serde_json::to_string(s)?);
                }
            } else {
                print_table(&all);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

pub(crate) fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")
}

pub(crate) fn broker_config(url: &str) -> Result<BrokerConfig> {
    let url = BrokerUrl::parse(url).map_err(|reason| anyhow::anyhow!("--broker {reason}"))?;
    Ok(BrokerConfig::anonymous(url))
}

/// Reads trusted keys: files holding one-line base64 keys, or the base64 itself.
pub(crate) fn read_trust(items: &[PathBuf]) -> Result<TrustedKeys> {
    let mut keys = Vec::new();
    for item in items {
        let text = match std::fs::read_to_string(item) {
            Ok(text) => text,
            Err(_) if !item.exists() => item.display().to_string(),
            Err(e) => bail!("cannot read {}: {e}", item.display()),
        };
        keys.push(
            PublicKey::from_base64(&text)
                .with_context(|| format!("trusted key {}", item.display()))?,
        );
    }
    Ok(TrustedKeys::new(keys))
}

fn keygen(out: &Path) -> Result<ExitCode> {
    std::fs::create_dir_all(out).with_context(|| format!("cannot create {}", out.display()))?;
    let key_file = out.join("hq.key");
    let pub_file = out.join("hq.pub");
    if key_file.exists() {
        bail!("{} exists; refusing to overwrite an HQ key", key_file.display());
    }
    let key = SigningKeyPair::generate();
    let pem = key.to_pem()?;
    write_private(&key_file, pem.expose().as_bytes())?;
    std::fs::write(&pub_file, format!("{}\n", key.public().to_base64()))
        .with_context(|| format!("cannot write {}", pub_file.display()))?;
    println!(
        "wrote {} and {} (key id {})",
        key_file.display(),
        pub_file.display(),
        key.public().key_id()
    );
    Ok(ExitCode::SUCCESS)
}

fn write_private(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write as _;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file =
        options.open(path).with_context(|| format!("cannot create {}", path.display()))?;
    file.write_all(bytes).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(())
}

/// `7d`, `12h`, `30m`, `90s`.
fn parse_validity(text: &str) -> Result<time::Duration> {
    let bad = || {
        anyhow::anyhow!(
            "--expires-in wants a number and a unit d, h, m or s, like 7d (got {text:?})"
        )
    };
    let (number, unit) = text.split_at(text.len().saturating_sub(1));
    let n: i64 = number.parse().map_err(|_| bad())?;
    if n <= 0 {
        return Err(bad());
    }
    Ok(match unit {
        "d" => time::Duration::days(n),
        "h" => time::Duration::hours(n),
        "m" => time::Duration::minutes(n),
        "s" => time::Duration::seconds(n),
        _ => return Err(bad()),
    })
}

/// The checks a kiosk makes on the settings, over the built-in defaults.
fn check_settings(text: &str) -> Vec<String> {
    let table: toml::Table = match text.parse() {
        Ok(t) => t,
        Err(e) => return vec![format!("not valid TOML: {}", e.to_string().trim_end())],
    };
    let forbidden = settings::bundle_key_problems(&table);
    if !forbidden.is_empty() {
        return forbidden.iter().map(ToString::to_string).collect();
    }
    let layer = match settings::Layer::from_table("bundle settings", table, None) {
        Ok(l) => l,
        Err(e) => return e.problems().iter().map(ToString::to_string).collect(),
    };
    match settings::Layer::builtin_defaults().and_then(|d| settings::load(&[d, layer])) {
        Ok(_) => Vec::new(),
        Err(e) => e.problems().iter().map(ToString::to_string).collect(),
    }
}

fn sign(
    settings_file: &Path,
    key_file: &Path,
    version: u64,
    target: &str,
    expires_in: Option<&str>,
    catalog: Option<&Path>,
    out: &Path,
) -> Result<ExitCode> {
    let text = std::fs::read_to_string(settings_file)
        .with_context(|| format!("cannot read {}", settings_file.display()))?;
    let problems = check_settings(&text);
    if !problems.is_empty() {
        println!("refused: {} would be rejected by kiosks:", settings_file.display());
        for p in problems {
            println!("  {p}");
        }
        return Ok(ExitCode::from(1));
    }
    let target: Target = target.parse().map_err(|e: String| anyhow::anyhow!("--target: {e}"))?;
    let pem = std::fs::read_to_string(key_file)
        .with_context(|| format!("cannot read {}", key_file.display()))?;
    let key = SigningKeyPair::from_pem(&pem)?;
    let catalog = match catalog {
        Some(path) => {
            let bytes =
                std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
            Some(
                serde_json::from_slice(&bytes)
                    .with_context(|| format!("{} is not JSON", path.display()))?,
            )
        }
        None => None,
    };
    let now = time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .unwrap_or_else(|_| time::OffsetDateTime::now_utc());
    let expires_at = expires_in.map(parse_validity).transpose()?.map(|d| now + d);
    let payload = Payload { version, issued_at: now, expires_at, target, settings: text, catalog };
    let bytes = bundle::sign(&payload, &[&key])?;
    if bytes.len() > bundle::MAX_BUNDLE_BYTES {
        bail!(
            "the bundle is {} bytes; kiosks accept at most {}",
            bytes.len(),
            bundle::MAX_BUNDLE_BYTES
        );
    }
    std::fs::write(out, &bytes).with_context(|| format!("cannot write {}", out.display()))?;
    println!(
        "signed {} v{version} for {} by key {} ({} bytes)",
        out.display(),
        payload.target,
        key.public().key_id(),
        bytes.len()
    );
    Ok(ExitCode::SUCCESS)
}

fn verify(bundle_file: &Path, trust: &[PathBuf]) -> Result<ExitCode> {
    let bytes = std::fs::read(bundle_file)
        .with_context(|| format!("cannot read {}", bundle_file.display()))?;
    let trust = read_trust(trust)?;
    match bundle::verify(&bytes, &trust) {
        Ok(v) => {
            let p = &v.payload;
            let fmt = |t: time::OffsetDateTime| {
                t.format(&time::format_description::well_known::Rfc3339).unwrap_or_default()
            };
            println!("ok: {} signed by key {}", bundle_file.display(), v.key_id);
            println!("  target     {}", p.target);
            println!("  version    {}", p.version);
            println!("  issued at  {}", fmt(p.issued_at));
            println!(
                "  expires at {}",
                p.expires_at.map(fmt).unwrap_or_else(|| String::from("never"))
            );
            println!("  catalog    {}", if p.catalog.is_some() { "yes" } else { "no" });
            let problems = check_settings(&p.settings);
            if problems.is_empty() {
                println!("  settings   valid over the built-in defaults");
                Ok(ExitCode::SUCCESS)
            } else {
                println!("  settings   would be rejected:");
                for problem in problems {
                    println!("    {problem}");
                }
                Ok(ExitCode::from(1))
            }
        }
        Err(rejection) => {
            println!("invalid: {rejection}");
            Ok(ExitCode::from(1))
        }
    }
}

fn print_table(all: &[::fleet::KioskStatus]) {
    println!(
        "{:<20} {:<8} {:>6} {:>6}  {:<24} LAST REJECTION",
        "KIOSK", "ONLINE", "FLEET", "KIOSK", "HEALTH"
    );
    let v = |v: Option<u64>| v.map(|v| v.to_string()).unwrap_or_else(|| String::from("-"));
    for s in all {
        let online = match s.state {
            ::fleet::report::Presence::Online => "yes",
            ::fleet::report::Presence::Offline => "no",
        };
        let last = s
            .last_rejection
            .as_ref()
            .map(|r| {
                let outcome = serde_json::to_value(r.outcome)
                    .ok()
                    .and_then(|o| o.as_str().map(str::to_owned));
                format!(
                    "v{} {}: {}",
                    v(r.version),
                    outcome.unwrap_or_default(),
                    r.reason.as_deref().unwrap_or_default()
                )
            })
            .unwrap_or_else(|| String::from("-"));
        let health = s.health.as_deref().unwrap_or("-");
        println!(
            "{:<20} {:<8} {:>6} {:>6}  {:<24} {last}",
            s.kiosk,
            online,
            v(s.fleet_version),
            v(s.kiosk_version),
            health
        );
    }
    if all.is_empty() {
        println!("(no kiosk has reported a status)");
    }
}

//! The validated configuration and the rules that build it from raw TOML.

use std::net::{IpAddr, SocketAddr, ToSocketAddrs};
use std::path::PathBuf;
use std::time::Duration;

use masking::Secret;
use money::Currency;

use crate::Problem;
use crate::raw::RawConfig;

/// The kiosk's whole configuration, every value checked.
#[derive(Debug, Clone, PartialEq)]
pub struct KioskConfig {
    /// Store and terminal identity.
    pub store: StoreConfig,
    /// Languages offered to customers.
    pub languages: LanguageConfig,
    /// Customer session timing.
    pub session: SessionConfig,
    /// Payment deadline and request timing.
    pub payment: PaymentConfig,
    /// The payment gateway.
    pub gateway: GatewayConfig,
    /// The receipt printer.
    pub printer: PrinterConfig,
    /// Where frames for code scanning come from.
    pub camera: CameraConfig,
    /// The product catalog file.
    pub catalog: CatalogConfig,
    /// Customer screen options.
    pub ui: UiConfig,
    /// Who may open maintenance mode, and its rules.
    pub staff: StaffConfig,
    /// The HQ channel: signed config bundles and telemetry over MQTT.
    pub fleet: FleetConfig,
}

/// `[store]`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreConfig {
    /// `store_id` sent to the gateway.
    pub id: String,
    /// Display name.
    pub name: String,
    /// `terminal_id` sent to the gateway; the kiosk's id in the fleet.
    pub terminal_id: String,
    /// Currency of prices and charges.
    pub currency: Currency,
}

/// `[languages]`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageConfig {
    /// Language every session starts in.
    pub default: String,
    /// Languages in the picker, in order (contains `default`).
    pub enabled: Vec<String>,
}

/// `[session]`
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionConfig {
    /// Inactivity before the "still there?" prompt.
    pub idle_timeout: Duration,
    /// How long the prompt waits before resetting the session.
    pub idle_prompt: Duration,
    /// How long the success and failure screens stay before the attract screen.
    pub return_after: Duration,
}

/// `[catalog]`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogConfig {
    /// The catalog file (TOML: tax classes and products). A fleet bundle's
    /// catalog replaces it.
    pub file: PathBuf,
}

/// `[staff]`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffConfig {
    /// Who may enter maintenance mode.
    pub members: Vec<StaffMember>,
    /// Wrong PINs in a row before entry locks.
    pub max_attempts: u32,
    /// The first lockout; each further one doubles it (at most an hour).
    pub lockout: Duration,
    /// A maintenance session ends after this long without a touch.
    pub session_idle: Duration,
}

/// One `[[staff.members]]` entry.
#[derive(Clone, PartialEq, Eq)]
pub struct StaffMember {
    /// Staff id (audit log, telemetry).
    pub id: String,
    /// Name shown in maintenance mode.
    pub name: String,
    /// The PIN as an Argon2id PHC string (`kioskctl staff hash-pin`).
    pub pin_hash: Secret<String>,
}

impl std::fmt::Debug for StaffMember {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StaffMember").field("id", &self.id).field("name", &self.name).finish()
    }
}

/// `[ui]`
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UiConfig {
    /// Scan, success and error sounds (staff may mute them).
    pub sounds: bool,
}

/// `[payment]`
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PaymentConfig {
    /// From code read to the checkout's deadline.
    pub deadline: Duration,
    /// Between trade queries.
    pub query_interval: Duration,
    /// Timeout of one `trade.pay` request.
    pub pay_timeout: Duration,
    /// Timeout of one `trade.query` request.
    pub query_timeout: Duration,
    /// Timeout of one `trade.cancel` request.
    pub cancel_timeout: Duration,
    /// Foreground cancel attempts.
    pub cancel_retries: u32,
}

/// Which payment protocol the gateway speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GatewayKind {
    /// Alipay OpenAPI (mainland barcode payment).
    Alipay,
    /// Antom (Alipay+) user-presented mode, for stores outside mainland China.
    Antom,
}

/// The payment-code families a kiosk can be told to accept
/// (`gateway.wallets`). The scanner recognises each by its code's shape.
pub const WALLET_IDS: [&str; 4] = ["alipay", "alipay_plus", "wechat_pay", "unionpay"];

/// `[gateway]` keys used when `kind = "antom"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AntomGatewayConfig {
    /// `client-id` issued by Antom (`SANDBOX_…` selects the sandbox paths).
    pub client_id: String,
    /// The version of the merchant key registered with Antom.
    pub key_version: u32,
    /// `order.merchant.referenceMerchantId`, for acquirers and platforms.
    pub reference_merchant_id: Option<String>,
    /// The merchant's name (defaults to `store.name`).
    pub merchant_name: String,
    /// Merchant category code, four digits (`5411` grocery stores).
    pub merchant_mcc: String,
    /// `paymentNotifyUrl`.
    pub notify_url: String,
}

/// Alipay request signature algorithm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignType {
    /// SHA256withRSA.
    Rsa2,
    /// SHA1withRSA (old applications).
    Rsa,
}

/// `[gateway]`
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayConfig {
    /// Protocol.
    pub kind: GatewayKind,
    /// Endpoint URL.
    pub url: String,
    /// Merchant application id.
    pub app_id: String,
    /// Signature algorithm.
    pub sign_type: SignType,
    /// The application's private key file.
    pub private_key_file: PathBuf,
    /// Alipay's public key file.
    pub alipay_public_key_file: PathBuf,
    /// Service provider's token for the merchant, if any.
    pub app_auth_token: Option<Secret<String>>,
    /// Provider rebate id, if any.
    pub sys_service_provider_id: Option<String>,
    /// TCP connect timeout.
    pub connect_timeout: Duration,
    /// Whole-response read timeout.
    pub read_timeout: Duration,
    /// The wallets whose codes the kiosk takes (ids from [`WALLET_IDS`]).
    pub wallets: Vec<String>,
    /// The Antom settings; `Some` exactly when `kind` is [`GatewayKind::Antom`].
    pub antom: Option<AntomGatewayConfig>,
}

/// How the printer is reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrinterTransport {
    /// A network printer (raw port 9100).
    Tcp(SocketAddrText),
    /// A USB printer by vendor and product id.
    Usb {
        /// USB vendor id.
        vendor: u16,
        /// USB product id.
        product: u16,
    },
    /// A serial port.
    Serial(PathBuf),
    /// A device file (`/dev/usb/lp0`).
    File(PathBuf),
    /// No printer: receipts are offered on screen only.
    None,
}

/// A `host:port` that was checked to have a port; the host may be a name,
/// resolved when connecting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SocketAddrText {
    /// Host name or IP address.
    pub host: String,
    /// TCP port.
    pub port: u16,
}

impl SocketAddrText {
    /// Resolves to socket addresses.
    pub fn resolve(&self) -> std::io::Result<Vec<SocketAddr>> {
        Ok((self.host.as_str(), self.port).to_socket_addrs()?.collect())
    }
}

impl std::fmt::Display for SocketAddrText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.host, self.port)
    }
}

/// Receipt paper width.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaperWidth {
    /// 58 mm paper.
    Mm58,
    /// 80 mm paper.
    Mm80,
}

/// `[printer]`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrinterConfig {
    /// How it is reached.
    pub transport: PrinterTransport,
    /// Paper width.
    pub paper_width: PaperWidth,
    /// Whether it has a GB18030 Chinese font.
    pub chinese_font: bool,
    /// Wait for a status answer.
    pub status_timeout: Duration,
}

/// Where frames come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameSourceConfig {
    /// A camera, chosen by index or by a substring of its name.
    Camera(CameraSelector),
    /// An image file or a folder of images played in a loop.
    Files(PathBuf),
    /// The demo camera: shows what the on-screen "simulate" buttons pick
    /// (items from `assets/demo/`, fresh sandbox payment codes).
    Demo,
}

/// How a camera is picked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CameraSelector {
    /// The n-th camera.
    Index(u32),
    /// The first camera whose name contains this text.
    Name(String),
}

/// `[camera]`
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CameraConfig {
    /// Frame source.
    pub source: FrameSourceConfig,
    /// Requested width in pixels.
    pub width: u32,
    /// Requested height in pixels.
    pub height: u32,
    /// Requested frames per second.
    pub fps: u32,
}

/// Whether the broker connection is encrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrokerScheme {
    /// `mqtt://`: plain TCP (port 1883 by default).
    Tcp,
    /// `mqtts://`: TLS (port 8883 by default).
    Tls,
}

/// A checked `mqtt://HOST[:PORT]` or `mqtts://HOST[:PORT]` broker address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrokerUrl {
    /// Plain or TLS.
    pub scheme: BrokerScheme,
    /// Host name or IP address (without brackets).
    pub host: String,
    /// TCP port.
    pub port: u16,
}

impl BrokerUrl {
    /// Parses `mqtt://HOST[:PORT]` or `mqtts://HOST[:PORT]`; the error says why not.
    pub fn parse(url: &str) -> Result<BrokerUrl, String> {
        let (scheme, rest) = url.split_once("://").ok_or_else(|| {
            format!("must be mqtt://HOST:PORT or mqtts://HOST:PORT (got {url:?})")
        })?;
        let (scheme, default_port) = match scheme {
            "mqtt" | "tcp" => (BrokerScheme::Tcp, 1883),
            "mqtts" | "ssl" => (BrokerScheme::Tls, 8883),
            other => return Err(format!("scheme must be mqtt or mqtts (got {other:?})")),
        };
        let authority = rest.trim_end_matches('/');
        if authority.contains(['/', '?', '#', '@']) {
            return Err(format!(
                "must be only a host and port, credentials go in their own keys (got {url:?})"
            ));
        }
        let (host, port) = if authority.starts_with('[') {
            match authority.split_once(']') {
                Some((h, "")) => (h.trim_start_matches('['), default_port),
                Some((h, p)) => (
                    h.trim_start_matches('['),
                    p.strip_prefix(':')
                        .and_then(|p| p.parse().ok())
                        .ok_or_else(|| format!("has a bad port (got {url:?})"))?,
                ),
                None => return Err(format!("has a bad host (got {url:?})")),
            }
        } else {
            match authority.rsplit_once(':') {
                Some((h, p)) => {
                    (h, p.parse().map_err(|_| format!("has a bad port (got {url:?})"))?)
                }
                None => (authority, default_port),
            }
        };
        if host.is_empty() || port == 0 {
            return Err(format!("has no host or port (got {url:?})"));
        }
        Ok(BrokerUrl { scheme, host: host.to_owned(), port })
    }

    /// Whether the broker runs on this machine.
    pub fn is_loopback(&self) -> bool {
        self.host == "localhost"
            || self.host.parse::<IpAddr>().map(|ip| ip.is_loopback()).unwrap_or(false)
    }
}

impl std::fmt::Display for BrokerUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let scheme = match self.scheme {
            BrokerScheme::Tcp => "mqtt",
            BrokerScheme::Tls => "mqtts",
        };
        if self.host.contains(':') {
            write!(f, "{scheme}://[{}]:{}", self.host, self.port)
        } else {
            write!(f, "{scheme}://{}:{}", self.host, self.port)
        }
    }
}

/// `[fleet]`: the connection to HQ (DESIGN.md §8). Set only locally; a
/// bundle may not change it (see [`crate::BUNDLE_FORBIDDEN_KEYS`]).
#[derive(Debug, Clone, PartialEq)]
pub struct FleetConfig {
    /// Whether the kiosk connects to HQ at all.
    pub enabled: bool,
    /// The MQTT broker.
    pub broker: BrokerUrl,
    /// The fleet this kiosk belongs to (first level of its topics).
    pub fleet_id: String,
    /// Ed25519 public keys of HQ (32 bytes each) from `trusted_keys` and
    /// `trusted_key_files`; a bundle signed by any of them is trusted.
    pub trusted_keys: Vec<[u8; 32]>,
    /// Where applied bundles and the apply state are kept.
    pub state_dir: PathBuf,
    /// CA certificates (PEM) to verify an `mqtts://` broker; `None` uses the
    /// Mozilla root set compiled in.
    pub tls_ca_file: Option<PathBuf>,
    /// Client certificate and key (PEM) for brokers that authenticate by
    /// certificate.
    pub tls_client_auth: Option<(PathBuf, PathBuf)>,
    /// Broker user name, if it wants one.
    pub username: Option<String>,
    /// Broker password.
    pub password: Option<Secret<String>>,
    /// Between heartbeats on the events topic.
    pub heartbeat: Duration,
}

/// Reads an HQ public key: one-line base64 of the 32 raw Ed25519 key bytes
/// (what `kioskctl hq keygen` writes to `hq.pub`).
pub fn parse_public_key(text: &str) -> Result<[u8; 32], String> {
    use base64::Engine as _;
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|e| format!("not base64: {e}"))?;
    <[u8; 32]>::try_from(bytes.as_slice())
        .map_err(|_| format!("an Ed25519 public key is 32 bytes (got {})", bytes.len()))
}

/// Collects problems with their key paths while building the config.
struct Check {
    problems: Vec<Problem>,
}

impl Check {
    fn fail(&mut self, key: &str, reason: impl Into<String>) {
        self.problems.push(Problem { key: key.to_owned(), reason: reason.into() });
    }

    fn required<T>(&mut self, key: &str, value: Option<T>) -> Option<T> {
        if value.is_none() {
            self.fail(key, "missing (no layer sets it)");
        }
        value
    }

    fn int_in(
        &mut self,
        key: &str,
        value: Option<i64>,
        lo: i64,
        hi: i64,
        unit: &str,
    ) -> Option<i64> {
        let v = self.required(key, value)?;
        if (lo..=hi).contains(&v) {
            Some(v)
        } else {
            self.fail(key, format!("must be between {lo} and {hi}{unit} (got {v})"));
            None
        }
    }

    fn secs(&mut self, key: &str, value: Option<i64>, lo: i64, hi: i64) -> Option<Duration> {
        self.int_in(key, value, lo, hi, " seconds").map(|v| Duration::from_secs(v.unsigned_abs()))
    }

    fn millis(&mut self, key: &str, value: Option<i64>, lo: i64, hi: i64) -> Option<Duration> {
        self.int_in(key, value, lo, hi, " ms").map(|v| Duration::from_millis(v.unsigned_abs()))
    }

    fn identifier(&mut self, key: &str, value: Option<String>, max: usize) -> Option<String> {
        let v = self.required(key, value)?;
        let ok_chars = v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if v.is_empty() || v.len() > max || !ok_chars {
            self.fail(key, format!("must be 1 to {max} letters, digits, '-' or '_' (got {v:?})"));
            return None;
        }
        Some(v)
    }

    fn one_of<T: Copy>(
        &mut self,
        key: &str,
        value: Option<String>,
        options: &[(&str, T)],
    ) -> Option<T> {
        let v = self.required(key, value)?;
        match options.iter().find(|(name, _)| *name == v) {
            Some((_, t)) => Some(*t),
            None => {
                let names: Vec<String> = options.iter().map(|(n, _)| format!("{n:?}")).collect();
                self.fail(key, format!("must be one of {} (got {v:?})", names.join(", ")));
                None
            }
        }
    }

    fn existing_file(&mut self, key: &str, value: Option<String>) -> Option<PathBuf> {
        let v = self.required(key, value)?;
        let path = PathBuf::from(&v);
        if v.is_empty() {
            self.fail(key, "must name a file");
            None
        } else if !path.is_file() {
            self.fail(key, format!("no readable file at {}", path.display()));
            None
        } else {
            Some(path)
        }
    }
}

fn optional(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.trim().is_empty())
}

/// Builds the validated config from the merged raw document, or every
/// problem found.
pub(crate) fn validate(raw: RawConfig) -> Result<KioskConfig, Vec<Problem>> {
    let mut c = Check { problems: Vec::new() };

    let s = raw.store.unwrap_or_default();
    let store_id = c.identifier("store.id", s.id, 32);
    let store_name = c.required("store.name", s.name).and_then(|n| {
        let n = n.trim().to_owned();
        if n.is_empty() || n.chars().count() > 64 {
            c.fail("store.name", "must be 1 to 64 characters");
            None
        } else {
            Some(n)
        }
    });
    let terminal_id = c.identifier("store.terminal_id", s.terminal_id, 32);
    let currency =
        c.required("store.currency", s.currency).and_then(|code| match code.parse::<Currency>() {
            Ok(cur) => Some(cur),
            Err(e) => {
                c.fail("store.currency", e.to_string());
                None
            }
        });

    let l = raw.languages.unwrap_or_default();
    let available = i18n::available_tags();
    let enabled = c.required("languages.enabled", l.enabled).and_then(|list| {
        let mut ok = true;
        if list.is_empty() {
            c.fail("languages.enabled", "must list at least one language");
            ok = false;
        }
        for (i, tag) in list.iter().enumerate() {
            if !available.contains(&tag.as_str()) {
                c.fail(
                    &format!("languages.enabled[{i}]"),
                    format!("no catalog for {tag:?} (available: {})", available.join(", ")),
                );
                ok = false;
            } else if list[..i].contains(tag) {
                c.fail(&format!("languages.enabled[{i}]"), format!("{tag:?} is listed twice"));
                ok = false;
            }
        }
        ok.then_some(list)
    });
    let default_lang = c.required("languages.default", l.default);
    if let (Some(d), Some(list)) = (&default_lang, &enabled)
        && !list.contains(d)
    {
        c.fail("languages.default", format!("{d:?} is not in languages.enabled"));
    }

    let se = raw.session.unwrap_or_default();
    let idle_timeout = c.secs("session.idle_timeout_secs", se.idle_timeout_secs, 10, 3600);
    let idle_prompt = c.secs("session.idle_prompt_secs", se.idle_prompt_secs, 5, 120);
    let return_after = c.secs("session.return_secs", se.return_secs, 3, 120);
    let catalog_file = c.existing_file("catalog.file", raw.catalog.unwrap_or_default().file);
    let st = raw.staff.unwrap_or_default();
    let staff_members = c.required("staff.members", st.members).map(|list| {
        let mut out = Vec::new();
        for (i, m) in list.into_iter().enumerate() {
            let key = |k: &str| format!("staff.members[{i}].{k}");
            let id = c.identifier(&key("id"), m.id, 32);
            let name = c.required(&key("name"), m.name).map(|n| n.trim().to_owned());
            if name.as_deref().is_some_and(|n| n.is_empty() || n.chars().count() > 40) {
                c.fail(&key("name"), "must be 1 to 40 characters");
            }
            let hash = c.required(&key("pin_hash"), m.pin_hash);
            if let Some(h) = &hash
                && !(h.starts_with("$argon2id$v=19$") && h.split('$').count() == 6)
            {
                c.fail(
                    &key("pin_hash"),
                    "must be an Argon2id hash ($argon2id$v=19$...; make one with `kioskctl staff hash-pin`)",
                );
            }
            if let Some(id) = &id
                && out.iter().any(|o: &StaffMember| o.id == *id)
            {
                c.fail(&key("id"), format!("{id:?} is listed twice"));
            }
            if let (Some(id), Some(name), Some(hash)) = (id, name, hash) {
                out.push(StaffMember { id, name, pin_hash: Secret::new(hash) });
            }
        }
        out
    });
    let max_attempts = c.int_in("staff.max_attempts", st.max_attempts, 3, 10, "");
    let lockout = c.secs("staff.lockout_secs", st.lockout_secs, 10, 3600);
    let session_idle = c.secs("staff.session_idle_secs", st.session_idle_secs, 30, 3600);
    let u = raw.ui.unwrap_or_default();
    let sounds = c.required("ui.sounds", u.sounds);

    let p = raw.payment.unwrap_or_default();
    let deadline = c.secs("payment.deadline_secs", p.deadline_secs, 10, 300);
    let query_interval = c.secs("payment.query_interval_secs", p.query_interval_secs, 1, 30);
    let pay_timeout = c.millis("payment.pay_timeout_ms", p.pay_timeout_ms, 500, 60_000);
    let query_timeout = c.millis("payment.query_timeout_ms", p.query_timeout_ms, 500, 60_000);
    let cancel_timeout = c.millis("payment.cancel_timeout_ms", p.cancel_timeout_ms, 500, 60_000);
    let cancel_retries = c.int_in("payment.cancel_retries", p.cancel_retries, 1, 20, "");
    if let (Some(d), Some(q)) = (deadline, query_interval)
        && q >= d
    {
        c.fail("payment.query_interval_secs", "must be shorter than payment.deadline_secs");
    }
    if let (Some(d), Some(t)) = (deadline, pay_timeout)
        && t >= d
    {
        c.fail("payment.pay_timeout_ms", "must be shorter than payment.deadline_secs");
    }

    let g = raw.gateway.unwrap_or_default();
    let kind = c.one_of(
        "gateway.kind",
        g.kind,
        &[("alipay", GatewayKind::Alipay), ("antom", GatewayKind::Antom)],
    );
    let wallets = kind.and_then(|kind| {
        let (allowed, default): (&[&str], &str) = match kind {
            GatewayKind::Alipay => (&["alipay"], "alipay"),
            GatewayKind::Antom => (&["alipay", "alipay_plus"], "alipay_plus"),
        };
        let list = g.wallets.clone().unwrap_or_else(|| vec![default.to_owned()]);
        if list.is_empty() {
            c.fail("gateway.wallets", "must name at least one wallet");
            return None;
        }
        let mut ok = true;
        for w in &list {
            if !WALLET_IDS.contains(&w.as_str()) {
                c.fail("gateway.wallets", format!("{w:?} is not one of {WALLET_IDS:?}"));
                ok = false;
            } else if !allowed.contains(&w.as_str()) {
                c.fail(
                    "gateway.wallets",
                    format!(
                        "{w:?} cannot be charged through this gateway kind (it takes {allowed:?})"
                    ),
                );
                ok = false;
            }
        }
        ok.then_some(list)
    });
    let antom = match kind {
        Some(GatewayKind::Antom) => {
            let client_id = c.required("gateway.client_id", optional(g.client_id.clone()));
            if let Some(id) = &client_id
                && (id.len() > 64 || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'))
            {
                c.fail(
                    "gateway.client_id",
                    "must be the client id Antom issued (letters, digits, '_')",
                );
            }
            let key_version =
                c.int_in("gateway.key_version", g.key_version.or(Some(1)), 1, 999, "");
            let mcc = optional(g.merchant_mcc.clone()).unwrap_or_else(|| "5411".into());
            if mcc.len() != 4 || !mcc.bytes().all(|b| b.is_ascii_digit()) {
                c.fail(
                    "gateway.merchant_mcc",
                    format!("must be a 4-digit merchant category code (got {mcc:?})"),
                );
            }
            let notify_url = optional(g.notify_url.clone())
                .unwrap_or_else(|| "https://kiosk.invalid/antom/notify".into());
            if !(notify_url.starts_with("https://") || notify_url.starts_with("http://")) {
                c.fail("gateway.notify_url", "must be an http(s) URL");
            }
            match (client_id, key_version) {
                (Some(client_id), Some(key_version)) => Some(AntomGatewayConfig {
                    client_id,
                    key_version: u32::try_from(key_version).unwrap_or(1),
                    reference_merchant_id: optional(g.reference_merchant_id.clone()),
                    merchant_name: optional(g.merchant_name.clone())
                        .or_else(|| store_name.clone())
                        .unwrap_or_default(),
                    merchant_mcc: mcc,
                    notify_url,
                }),
                _ => None,
            }
        }
        Some(GatewayKind::Alipay) | None => None,
    };
    let url = c.required("gateway.url", g.url).and_then(|u| match check_gateway_url(&u) {
        Ok(()) => Some(u),
        Err(reason) => {
            c.fail("gateway.url", reason);
            None
        }
    });
    let app_id = c.required("gateway.app_id", g.app_id).and_then(|id| {
        if !id.is_empty() && id.len() <= 32 && id.bytes().all(|b| b.is_ascii_digit()) {
            Some(id)
        } else {
            c.fail(
                "gateway.app_id",
                format!("must be the digits of the Alipay app id (got {id:?})"),
            );
            None
        }
    });
    let sign_type = c.one_of(
        "gateway.sign_type",
        g.sign_type,
        &[("RSA2", SignType::Rsa2), ("RSA", SignType::Rsa)],
    );
    let private_key_file = c.existing_file("gateway.private_key_file", g.private_key_file);
    let alipay_public_key_file =
        c.existing_file("gateway.alipay_public_key_file", g.alipay_public_key_file);
    let sys_service_provider_id = optional(g.sys_service_provider_id);
    if let Some(pid) = &sys_service_provider_id
        && (pid.len() > 64 || !pid.bytes().all(|b| b.is_ascii_digit()))
    {
        c.fail("gateway.sys_service_provider_id", "must be the provider's digits (PID)");
    }
    let connect_timeout = c.millis("gateway.connect_timeout_ms", g.connect_timeout_ms, 100, 60_000);
    let read_timeout = c.millis("gateway.read_timeout_ms", g.read_timeout_ms, 100, 120_000);

    let pr = raw.printer.unwrap_or_default();
    #[derive(Clone, Copy)]
    enum T {
        Tcp,
        Usb,
        Serial,
        File,
        None,
    }
    let transport_kind = c.one_of(
        "printer.transport",
        pr.transport,
        &[
            ("tcp", T::Tcp),
            ("usb", T::Usb),
            ("serial", T::Serial),
            ("file", T::File),
            ("none", T::None),
        ],
    );
    let address = pr.address.unwrap_or_default();
    let transport = transport_kind.and_then(|t| match t {
        T::Tcp => match parse_host_port(&address) {
            Ok(a) => Some(PrinterTransport::Tcp(a)),
            Err(reason) => {
                c.fail("printer.address", reason);
                None
            }
        },
        T::Usb => match parse_usb_id(&address) {
            Some((vendor, product)) => Some(PrinterTransport::Usb { vendor, product }),
            None => {
                c.fail(
                    "printer.address",
                    format!("usb wants vendor:product in hex like \"04b8:0202\" (got {address:?})"),
                );
                None
            }
        },
        T::Serial | T::File if address.trim().is_empty() => {
            c.fail("printer.address", "must be a device path for this transport");
            None
        }
        T::Serial => Some(PrinterTransport::Serial(PathBuf::from(address.trim()))),
        T::File => Some(PrinterTransport::File(PathBuf::from(address.trim()))),
        T::None => Some(PrinterTransport::None),
    });
    let paper_width =
        c.required("printer.paper_width_mm", pr.paper_width_mm).and_then(|w| match w {
            58 => Some(PaperWidth::Mm58),
            80 => Some(PaperWidth::Mm80),
            other => {
                c.fail("printer.paper_width_mm", format!("must be 58 or 80 (got {other})"));
                None
            }
        });
    let chinese_font = c.required("printer.chinese_font", pr.chinese_font);
    let status_timeout = c.millis("printer.status_timeout_ms", pr.status_timeout_ms, 100, 10_000);

    let ca = raw.camera.unwrap_or_default();
    #[derive(Clone, Copy)]
    enum S {
        Camera,
        Files,
        Demo,
    }
    let source_kind = c.one_of(
        "camera.source",
        ca.source,
        &[("camera", S::Camera), ("files", S::Files), ("demo", S::Demo)],
    );
    let source = source_kind.and_then(|s| match s {
        S::Camera => {
            let device = ca.device.unwrap_or_default();
            let device = device.trim();
            if device.is_empty() {
                c.fail("camera.device", "must be a camera index or part of its name");
                None
            } else {
                Some(FrameSourceConfig::Camera(match device.parse::<u32>() {
                    Ok(i) => CameraSelector::Index(i),
                    Err(_) => CameraSelector::Name(device.to_owned()),
                }))
            }
        }
        S::Files => {
            let path = PathBuf::from(ca.path.unwrap_or_default());
            if path.as_os_str().is_empty() || !path.exists() {
                c.fail(
                    "camera.path",
                    format!("no image file or folder at {:?}", path.display().to_string()),
                );
                None
            } else {
                Some(FrameSourceConfig::Files(path))
            }
        }
        S::Demo => Some(FrameSourceConfig::Demo),
    });
    let fleet = validate_fleet(&mut c, raw.fleet.unwrap_or_default());

    let width = c.int_in("camera.width", ca.width, 160, 3840, " px");
    let height = c.int_in("camera.height", ca.height, 120, 2160, " px");
    let fps = c.int_in("camera.fps", ca.fps, 1, 60, " fps");

    // Every field is Some exactly when no problem was recorded for it.
    let built = (|| {
        Some(KioskConfig {
            store: StoreConfig {
                id: store_id?,
                name: store_name?,
                terminal_id: terminal_id?,
                currency: currency?,
            },
            languages: LanguageConfig { default: default_lang?, enabled: enabled? },
            session: SessionConfig {
                idle_timeout: idle_timeout?,
                idle_prompt: idle_prompt?,
                return_after: return_after?,
            },
            payment: PaymentConfig {
                deadline: deadline?,
                query_interval: query_interval?,
                pay_timeout: pay_timeout?,
                query_timeout: query_timeout?,
                cancel_timeout: cancel_timeout?,
                cancel_retries: u32::try_from(cancel_retries?).ok()?,
            },
            gateway: GatewayConfig {
                kind: kind?,
                url: url?,
                app_id: app_id?,
                sign_type: sign_type?,
                private_key_file: private_key_file?,
                alipay_public_key_file: alipay_public_key_file?,
                app_auth_token: optional(g.app_auth_token).map(Secret::new),
                sys_service_provider_id,
                connect_timeout: connect_timeout?,
                read_timeout: read_timeout?,
                wallets: wallets?,
                antom,
            },
            printer: PrinterConfig {
                transport: transport?,
                paper_width: paper_width?,
                chinese_font: chinese_font?,
                status_timeout: status_timeout?,
            },
            camera: CameraConfig {
                source: source?,
                width: u32::try_from(width?).ok()?,
                height: u32::try_from(height?).ok()?,
                fps: u32::try_from(fps?).ok()?,
            },
            catalog: CatalogConfig { file: catalog_file? },
            ui: UiConfig { sounds: sounds? },
            staff: StaffConfig {
                members: staff_members?,
                max_attempts: u32::try_from(max_attempts?).ok()?,
                lockout: lockout?,
                session_idle: session_idle?,
            },
            fleet: fleet?,
        })
    })();
    match built {
        Some(config) if c.problems.is_empty() => Ok(config),
        _ => Err(c.problems),
    }
}

fn validate_fleet(c: &mut Check, f: crate::raw::RawFleet) -> Option<FleetConfig> {
    let problems_before = c.problems.len();
    let enabled = c.required("fleet.enabled", f.enabled)?;
    let broker =
        c.required("fleet.broker_url", f.broker_url).and_then(|u| match BrokerUrl::parse(&u) {
            Ok(b) => Some(b),
            Err(reason) => {
                c.fail("fleet.broker_url", reason);
                None
            }
        });
    let fleet_id = c.identifier("fleet.fleet_id", f.fleet_id, 32);
    let mut trusted_keys = Vec::new();
    for (i, key) in f.trusted_keys.unwrap_or_default().iter().enumerate() {
        match parse_public_key(key) {
            Ok(k) => trusted_keys.push(k),
            Err(reason) => c.fail(&format!("fleet.trusted_keys[{i}]"), reason),
        }
    }
    for (i, file) in f.trusted_key_files.unwrap_or_default().iter().enumerate() {
        let key = format!("fleet.trusted_key_files[{i}]");
        match std::fs::read_to_string(file) {
            Ok(text) => match parse_public_key(&text) {
                Ok(k) => trusted_keys.push(k),
                Err(reason) => c.fail(&key, format!("{file}: {reason}")),
            },
            Err(e) => c.fail(&key, format!("cannot read {file}: {e}")),
        }
    }
    let state_dir = optional(f.state_dir).map(PathBuf::from);
    let file = |c: &mut Check, key: &str, value: Option<String>| {
        optional(value).and_then(|v| c.existing_file(key, Some(v)))
    };
    let tls_ca_file = file(c, "fleet.tls_ca_file", f.tls_ca_file);
    let cert = file(c, "fleet.tls_client_cert_file", f.tls_client_cert_file);
    let key = file(c, "fleet.tls_client_key_file", f.tls_client_key_file);
    let tls_client_auth = match (cert, key) {
        (Some(cert), Some(key)) => Some((cert, key)),
        (None, None) => None,
        (Some(_), None) => {
            c.fail("fleet.tls_client_key_file", "must be set with fleet.tls_client_cert_file");
            None
        }
        (None, Some(_)) => {
            c.fail("fleet.tls_client_cert_file", "must be set with fleet.tls_client_key_file");
            None
        }
    };
    let username = optional(f.username);
    let password = optional(f.password).map(Secret::new);
    let heartbeat = c.secs("fleet.heartbeat_secs", f.heartbeat_secs, 5, 3600);

    if let Some(b) = &broker {
        let tls_only = tls_ca_file.is_some() || tls_client_auth.is_some();
        if b.scheme == BrokerScheme::Tcp && tls_only {
            c.fail("fleet.broker_url", "TLS files are set but the URL is mqtt://; use mqtts://");
        }
        if b.scheme == BrokerScheme::Tcp && password.is_some() && !b.is_loopback() {
            c.fail(
                "fleet.password",
                "would cross the network in clear text; use an mqtts:// broker_url",
            );
        }
    }
    if password.is_some() && username.is_none() {
        c.fail("fleet.username", "must be set when fleet.password is");
    }
    if enabled {
        if trusted_keys.is_empty() {
            c.fail("fleet.trusted_keys", "at least one HQ public key (trusted_keys or trusted_key_files) is needed when fleet.enabled");
        }
        if state_dir.is_none() {
            c.fail("fleet.state_dir", "must name a writable folder when fleet.enabled");
        }
    }
    if c.problems.len() != problems_before {
        return None;
    }
    Some(FleetConfig {
        enabled,
        broker: broker?,
        fleet_id: fleet_id?,
        trusted_keys,
        state_dir: state_dir.unwrap_or_default(),
        tls_ca_file,
        tls_client_auth,
        username,
        password,
        heartbeat: heartbeat?,
    })
}

/// A gateway URL is `https://…`, or plain `http://` only to this machine (the
/// shipped sandbox): payment traffic never crosses a network unencrypted.
fn check_gateway_url(url: &str) -> Result<(), String> {
    let (scheme, rest) =
        url.split_once("://").ok_or_else(|| format!("must be an http(s) URL (got {url:?})"))?;
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = match authority.rsplit_once(':') {
        Some((h, port)) if !h.ends_with(']') || authority.starts_with('[') => {
            if port.parse::<u16>().is_err() && !h.is_empty() && !authority.ends_with(']') {
                return Err(format!("has a bad port (got {url:?})"));
            }
            h
        }
        _ => authority,
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.is_empty() {
        return Err(format!("has no host (got {url:?})"));
    }
    match scheme {
        "https" => Ok(()),
        "http" => {
            let loopback = host == "localhost"
                || host.parse::<IpAddr>().map(|ip| ip.is_loopback()).unwrap_or(false);
            if loopback {
                Ok(())
            } else {
                Err(format!(
                    "plain http is only allowed to a gateway on this machine (the sandbox); use https (got {url:?})"
                ))
            }
        }
        other => Err(format!("scheme must be https (got {other:?})")),
    }
}

fn parse_host_port(text: &str) -> Result<SocketAddrText, String> {
    let text = text.trim();
    let bad = || format!("tcp wants host:port like \"192.168.1.50:9100\" (got {text:?})");
    let (host, port) = text.rsplit_once(':').ok_or_else(bad)?;
    let port: u16 = port.parse().map_err(|_| bad())?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.is_empty() || port == 0 {
        return Err(bad());
    }
    Ok(SocketAddrText { host: host.to_owned(), port })
}

fn parse_usb_id(text: &str) -> Option<(u16, u16)> {
    let (v, p) = text.trim().split_once(':')?;
    let hex = |s: &str| (s.len() == 4).then(|| u16::from_str_radix(s, 16).ok()).flatten();
    Some((hex(v)?, hex(p)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gateway_urls() {
        assert!(check_gateway_url("https://openapi.alipay.com/gateway.do").is_ok());
        assert!(check_gateway_url("http://127.0.0.1:8660/gateway.do").is_ok());
        assert!(check_gateway_url("http://localhost/gateway.do").is_ok());
        assert!(check_gateway_url("http://[::1]:8660/gateway.do").is_ok());
        assert!(check_gateway_url("http://10.0.0.5/gateway.do").is_err());
        assert!(check_gateway_url("ftp://x/").is_err());
        assert!(check_gateway_url("https:///x").is_err());
        assert!(check_gateway_url("openapi.alipay.com").is_err());
    }

    #[test]
    fn printer_addresses() {
        assert_eq!(
            parse_host_port("printer.local:9100"),
            Ok(SocketAddrText { host: "printer.local".into(), port: 9100 })
        );
        assert!(parse_host_port("printer.local").is_err());
        assert!(parse_host_port(":9100").is_err());
        assert!(parse_host_port("h:0").is_err());
        assert_eq!(parse_usb_id("04b8:0202"), Some((0x04b8, 0x0202)));
        assert_eq!(parse_usb_id("4b8:202"), None);
    }
}

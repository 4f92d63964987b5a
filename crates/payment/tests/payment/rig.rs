//! A payment core over a real sandbox gateway (loopback HTTP, real
//! signatures) and a real SQLite journal in a temporary directory.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use alipay::Client;
use alipay_sandbox::{Fault, FaultRule, Sandbox, SandboxConfig, TradeRecord};
use money::{Currency, Money};
use payment::gateway::CartLine;
use payment::journal::Journal;
use payment::machine::Timing;
use payment::{AlipayGateway, Checkout, PaymentSettings, Payments, Terminal};

/// The sandbox runs buyer delays ten times faster: `28110…` confirms after 1 s.
pub const TIME_SCALE: f64 = 10.0;

pub struct Rig {
    pub sandbox: Sandbox,
    pub payments: Payments,
    pub client: Client,
    _dir: tempfile::TempDir,
}

/// Test timing: a 2 s deadline, queries every 200 ms, 500 ms timeouts.
pub fn settings() -> PaymentSettings {
    PaymentSettings {
        timing: Timing {
            deadline: Duration::from_secs(2),
            query_interval: Duration::from_millis(200),
            cancel_retries: 3,
            cancel_backoff: Duration::from_millis(100),
        },
        pay_timeout: Duration::from_millis(700),
        query_timeout: Duration::from_millis(700),
        cancel_timeout: Duration::from_millis(700),
        resolver_backoff: Duration::from_millis(50),
        resolver_max_backoff: Duration::from_millis(400),
        cancel_window: Duration::from_secs(24 * 3600),
    }
}

pub fn client(sb: &Sandbox) -> Client {
    let mut cfg = alipay_sandbox::demo_client_config(sb.url()).unwrap();
    cfg.read_timeout = Duration::from_secs(5);
    cfg.connect_timeout = Duration::from_secs(1);
    Client::new(cfg).unwrap()
}

pub async fn rig() -> Rig {
    rig_with(settings()).await
}

pub async fn rig_with(settings: PaymentSettings) -> Rig {
    rig_over(settings, false).await
}

/// The same rig with the Antom gateway (user-presented mode) in front.
pub async fn antom_rig() -> Rig {
    rig_over(settings(), true).await
}

async fn rig_over(settings: PaymentSettings, antom: bool) -> Rig {
    let mut cfg = SandboxConfig::demo().unwrap();
    cfg.time_scale = TIME_SCALE;
    let sandbox = Sandbox::start(cfg).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path().join("journal.sqlite")).unwrap();
    let gateway: Arc<dyn payment::gateway::Gateway> = if antom {
        let mut c = alipay_sandbox::demo_antom_config(sandbox.base_url()).unwrap();
        c.read_timeout = Duration::from_secs(5);
        Arc::new(payment::AntomGateway::new(antom::AntomClient::new(c).unwrap()))
    } else {
        Arc::new(AlipayGateway::new(client(&sandbox)))
    };
    let payments = Payments::new(
        gateway,
        Arc::new(journal),
        settings,
        Terminal { store_id: "S001".into(), terminal_id: "K-01".into() },
    );
    let client = client(&sandbox);
    Rig { sandbox, payments, client, _dir: dir }
}

static SERIAL: AtomicU64 = AtomicU64::new(1);

/// A fresh 18-digit sandbox code with the given 3- or 5-digit prefix.
pub fn code(prefix: &str) -> String {
    let n = SERIAL.fetch_add(1, Ordering::Relaxed) + u64::from(std::process::id()) * 1000;
    format!("{prefix}{:0width$}", n % 10u64.pow(15), width = 18 - prefix.len())
}

pub fn cny(minor: i64) -> Money {
    Money::new(minor, Currency::Cny)
}

pub fn checkout(code: &str, minor: i64) -> Checkout {
    Checkout {
        amount: cny(minor),
        auth_code: code.to_owned().into(),
        subject: "Kiosk order".into(),
        language: "en".into(),
        lines: vec![CartLine {
            item_id: "6901234567892".into(),
            name: "Green tea".into(),
            quantity: 1,
            unit_minor: minor,
        }],
    }
}

pub fn fault(fault: Fault, method: &str, count: u32, processed: Option<bool>) -> FaultRule {
    FaultRule { fault, count, method: Some(method.into()), processed }
}

impl Rig {
    pub fn ledger(&self, out_trade_no: &str) -> Option<TradeRecord> {
        self.sandbox.ledger().into_iter().find(|t| t.out_trade_no == out_trade_no)
    }

    pub fn journal(&self) -> &Journal {
        self.payments.journal()
    }

    /// The kinds of the trade's journal events, in order.
    pub fn event_kinds(&self, out_trade_no: &str) -> Vec<String> {
        self.journal().events(out_trade_no).unwrap().into_iter().map(|e| e.kind).collect()
    }
}

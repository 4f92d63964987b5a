//! `kioskctl soak`: many payments against the sandbox with injected faults
//! and real process kills, then the invariants of DESIGN.md §4 checked
//! against the sandbox's ledger.
//!
//! The payments run in a child process (`kioskctl soak-worker`) that uses
//! the production paths: the journal, recovery before the "lane opens",
//! the driver and the Alipay (or, with `--gateway antom`, the Antom) client.
//! The parent scripts faults into the
//! sandbox before each attempt and SIGKILLs the child at random moments,
//! then starts it again. A customer whose attempt was interrupted and not
//! found paid by recovery tries again with a fresh code; a customer whose
//! payment ended (paid, declined, cancelled) leaves.
//!
//! The worker protocol on stdout/stdin is one line each way:
//! `ready <checkout> <attempt>` → `go`, then `done <checkout> <attempt> <result>`,
//! and `finished` once every checkout has ended.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::{ExitCode, Stdio};
use std::sync::Arc;
use std::time::Duration;

use alipay::Client;
use alipay_sandbox::{
    Fault, FaultRule, Sandbox, SandboxConfig, Status, TradeRecord as LedgerTrade,
};
use antom::AntomClient;
use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};
use money::{Currency, Money};
use payment::gateway::CartLine;
use payment::gateway::Gateway;
use payment::journal::{Journal, TradeFilter, TradeRecord, TradeState};
use payment::machine::{CancelAction, Outcome};
use payment::{AlipayGateway, AntomGateway, Checkout, PaymentSettings, Payments, Terminal};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use serde::Serialize;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// Which protocol the soak speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GatewayProtocol {
    /// Alipay OpenAPI (mainland barcode payment), charged in CNY.
    Alipay,
    /// Antom (Alipay+) user-presented mode, charged in HKD; half the buyers
    /// show 24-digit Alipay+ codes of other wallets.
    Antom,
}

impl GatewayProtocol {
    fn name(self) -> &'static str {
        match self {
            GatewayProtocol::Alipay => "alipay",
            GatewayProtocol::Antom => "antom",
        }
    }

    fn currency(self) -> Currency {
        match self {
            GatewayProtocol::Alipay => Currency::Cny,
            GatewayProtocol::Antom => Currency::Hkd,
        }
    }
}

/// `kioskctl soak`.
#[derive(Debug, Args)]
pub struct SoakArgs {
    /// Checkouts to run.
    #[arg(long, default_value_t = 300)]
    payments: u32,
    /// Chance per attempt that the gateway misbehaves (0..1).
    #[arg(long, default_value_t = 0.3)]
    fault_rate: f64,
    /// Chance per attempt that the payment process is SIGKILLed (0..1).
    #[arg(long, default_value_t = 0.1)]
    kill_rate: f64,
    /// Seed for scenarios, faults and kills.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// A running sandbox gateway (with its /admin endpoints); one is started
    /// in-process when absent.
    #[arg(long)]
    gateway_url: Option<String>,
    /// The protocol.
    #[arg(long, value_enum, default_value = "alipay")]
    gateway: GatewayProtocol,
    /// Every payment timing (and the in-process sandbox's buyer delays) run
    /// this many times faster than real time.
    #[arg(long, default_value_t = 40.0)]
    time_scale: f64,
    /// Keep the journal and worker logs here (a temporary folder otherwise).
    #[arg(long)]
    dir: Option<PathBuf>,
}

/// `kioskctl soak-worker` (started by `soak`, not by people).
#[derive(Debug, Args)]
pub struct WorkerArgs {
    #[arg(long)]
    journal: PathBuf,
    #[arg(long)]
    gateway_url: String,
    #[arg(long)]
    payments: u32,
    #[arg(long)]
    seed: u64,
    #[arg(long)]
    time_scale: f64,
    #[arg(long)]
    terminal: String,
    #[arg(long, value_enum)]
    gateway: GatewayProtocol,
}

/// The invariants' report; printed last as one JSON line.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    /// Trades paid (kept).
    pub paid: u32,
    /// Trades declined.
    pub failed: u32,
    /// Trades cancelled with nothing charged.
    pub cancelled_close: u32,
    /// Trades cancelled after the buyer paid: refunded in full.
    pub cancelled_refund: u32,
    /// Checkouts charged (and not refunded) more than once. Must be 0.
    pub charged_twice: u32,
    /// Trades paid at the gateway but not recorded paid. Must be 0.
    pub paid_not_recorded: u32,
    /// Trades still unresolved after the final recovery. Must be 0.
    pub unresolved: u32,
    /// Trades where journal and ledger disagree. Must be 0.
    pub mismatches: u32,
}

fn settings(time_scale: f64) -> PaymentSettings {
    PaymentSettings::default().scaled(time_scale)
}

fn client(gateway_url: &str, s: &PaymentSettings) -> Result<Client> {
    let mut cfg = alipay_sandbox::demo_client_config(gateway_url)?;
    // The driver's own timeouts decide; the client's only bound them.
    cfg.read_timeout = s.pay_timeout.max(s.query_timeout) * 2;
    cfg.connect_timeout = cfg.read_timeout;
    Ok(Client::new(cfg)?)
}

fn antom_client(gateway_url: &str, s: &PaymentSettings) -> Result<AntomClient> {
    let base = gateway_url.trim_end_matches("/gateway.do");
    let mut cfg = alipay_sandbox::demo_antom_config(base)?;
    cfg.read_timeout = s.pay_timeout.max(s.query_timeout) * 2;
    cfg.pay_timeout = cfg.read_timeout;
    cfg.connect_timeout = cfg.read_timeout;
    Ok(AntomClient::new(cfg)?)
}

fn payments(
    journal: Arc<Journal>,
    gateway_url: &str,
    time_scale: f64,
    terminal: &str,
    protocol: GatewayProtocol,
) -> Result<Payments> {
    let s = settings(time_scale);
    let gateway: Arc<dyn Gateway> = match protocol {
        GatewayProtocol::Alipay => Arc::new(AlipayGateway::new(client(gateway_url, &s)?)),
        GatewayProtocol::Antom => Arc::new(AntomGateway::new(antom_client(gateway_url, &s)?)),
    };
    Ok(Payments::new(
        gateway,
        journal,
        s,
        Terminal { store_id: "SOAK".into(), terminal_id: terminal.into() },
    ))
}

/// The checkout a trade belongs to, from its subject `Soak checkout <n>`.
fn checkout_of(t: &TradeRecord) -> Option<u32> {
    t.subject.strip_prefix("Soak checkout ")?.parse().ok()
}

/// The customer of checkout `i`: the same scenario on every attempt.
fn scenario(seed: u64, i: u32) -> (String, i64) {
    let mut rng = StdRng::seed_from_u64(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ u64::from(i));
    let amount = rng.gen_range(1..=50_000);
    let prefix = match rng.gen_range(0..100) {
        0..=44 => "280".to_owned(),
        45..=69 => format!("281{:02}", rng.gen_range(2..=40)),
        70..=79 => "282".to_owned(),
        80..=84 => "283".to_owned(),
        85..=89 => "284".to_owned(),
        90..=94 => "285".to_owned(),
        _ => "286".to_owned(),
    };
    (prefix, amount)
}

/// A single-use code for one attempt. With Antom, odd checkouts show a
/// 24-digit Alipay+ code (issuer `25000N`, type `02`) of another wallet; its
/// UIN starts with the scenario digits (the sandbox's convention).
fn auth_code(prefix: &str, seed: u64, i: u32, attempt: u32, protocol: GatewayProtocol) -> String {
    let digits = format!("{:05}{:07}{:03}", seed % 100_000, i, attempt % 1000);
    let width = 18 - prefix.len();
    let alipay = format!("{prefix}{}", &digits[digits.len() - width..]);
    match protocol {
        GatewayProtocol::Antom if i % 2 == 1 => {
            // The 16 digits after `28`: the scenario digits, then the unique part.
            format!("25000{}02{}", 1 + i % 6, &alipay[2..])
        }
        GatewayProtocol::Antom | GatewayProtocol::Alipay => alipay,
    }
}

/// The worker: recover, then run the remaining checkouts.
pub fn worker(args: WorkerArgs) -> Result<ExitCode> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    rt.block_on(async move {
        let journal = Arc::new(Journal::open(&args.journal)?);
        let payments = payments(
            journal.clone(),
            &args.gateway_url,
            args.time_scale,
            &args.terminal,
            args.gateway,
        )?;
        // Before the lane opens.
        payments.recover().await?;
        // Lines from the parent, read on a plain thread.
        let (tx, mut stdin) = tokio::sync::mpsc::channel::<String>(1);
        std::thread::spawn(move || {
            for line in std::io::stdin().lines() {
                let Ok(line) = line else { break };
                if tx.blocking_send(line).is_err() {
                    break;
                }
            }
        });
        // Which checkouts have ended: one was paid, or one ended in the
        // foreground (not resumed by recovery). Others are tried again.
        let mut per: BTreeMap<u32, Vec<TradeRecord>> = BTreeMap::new();
        for t in journal.list(&TradeFilter::default())? {
            if let Some(i) = checkout_of(&t) {
                per.entry(i).or_default().push(t);
            }
        }
        let mut ended = std::collections::BTreeSet::new();
        for (i, ts) in &per {
            for t in ts {
                let resumed = journal.events(&t.out_trade_no)?.iter().any(|e| e.kind == "recovery");
                if t.state == TradeState::Paid || (t.state != TradeState::Pending && !resumed) {
                    ended.insert(*i);
                }
            }
        }
        for i in (0..args.payments).filter(|i| !ended.contains(i)) {
            let attempt = u32::try_from(per.get(&i).map_or(0, Vec::len)).unwrap_or(u32::MAX);
            println!("ready {i} {attempt}");
            match stdin.recv().await {
                Some(l) if l.trim() == "go" => {}
                other => bail!("soak worker: expected go, got {other:?}"),
            }
            let (prefix, minor) = scenario(args.seed, i);
            let amount = Money::new(minor, args.gateway.currency());
            let running = payments.start(Checkout {
                amount,
                auth_code: auth_code(&prefix, args.seed, i, attempt, args.gateway).into(),
                subject: format!("Soak checkout {i}"),
                language: "en".into(),
                lines: vec![CartLine {
                    item_id: format!("SOAK{i}"),
                    name: "Soak item".into(),
                    quantity: 1,
                    unit_minor: minor,
                }],
            })?;
            let outcome = running.outcome().await?;
            println!("done {i} {attempt} {}", serde_json::to_string(&outcome)?);
        }
        println!("finished");
        Ok(ExitCode::SUCCESS)
    })
}

/// The sandbox's admin side: in-process or over HTTP.
enum Admin {
    Local(Sandbox),
    Remote { base: String, http: reqwest::Client },
}

impl Admin {
    async fn clear(&self) -> Result<()> {
        match self {
            Admin::Local(s) => s.clear_faults(),
            Admin::Remote { base, http } => {
                http.delete(format!("{base}/faults")).send().await?.error_for_status()?;
            }
        }
        Ok(())
    }

    async fn script(&self, rule: FaultRule) -> Result<()> {
        match self {
            Admin::Local(s) => s.script(rule),
            Admin::Remote { base, http } => {
                http.post(format!("{base}/faults")).json(&rule).send().await?.error_for_status()?;
            }
        }
        Ok(())
    }

    async fn ledger(&self) -> Result<Vec<LedgerTrade>> {
        match self {
            Admin::Local(s) => Ok(s.ledger()),
            Admin::Remote { base, http } => {
                #[derive(serde::Deserialize)]
                struct Dump {
                    trades: Vec<LedgerTrade>,
                }
                let d: Dump = http
                    .get(format!("{base}/ledger"))
                    .send()
                    .await?
                    .error_for_status()?
                    .json()
                    .await?;
                Ok(d.trades)
            }
        }
    }
}

/// A random misbehaviour of the gateway for the next attempt.
fn random_faults(rng: &mut StdRng, s: &PaymentSettings) -> Vec<FaultRule> {
    let method =
        ["alipay.trade.pay", "alipay.trade.query", "alipay.trade.cancel"][rng.gen_range(0..3)];
    let over = u64::try_from(s.pay_timeout.as_millis()).unwrap_or(500) * 3 / 2;
    let fault = match rng.gen_range(0..11) {
        0 => Fault::Hang,
        1 => Fault::Drop,
        2 => Fault::BadSignature,
        3 => Fault::Unavailable,
        4 => Fault::SystemError,
        5 => Fault::Garbled,
        6 => Fault::HttpStatus { status: 502 },
        7 => Fault::Delay { ms: rng.gen_range(0..=over) },
        8 => Fault::Unsigned,
        9 if method == "alipay.trade.cancel" => Fault::CancelWindowPassed,
        _ => Fault::Drop,
    };
    let processed = if rng.gen_bool(0.5) { Some(rng.gen_bool(0.5)) } else { None };
    let count = rng.gen_range(1..=if method == "alipay.trade.cancel" { 4 } else { 2 });
    let mut rules = vec![FaultRule { fault, count, method: Some(method.into()), processed }];
    if rng.gen_bool(0.2) {
        rules.push(FaultRule {
            fault: Fault::Drop,
            count: 1,
            method: Some("alipay.trade.query".into()),
            processed: Some(true),
        });
    }
    rules
}

/// Runs the soak.
pub fn run(args: SoakArgs) -> Result<ExitCode> {
    if !(0.0..=1.0).contains(&args.fault_rate) || !(0.0..=1.0).contains(&args.kill_rate) {
        bail!("--fault-rate and --kill-rate are chances between 0 and 1");
    }
    if args.time_scale <= 0.0 {
        bail!("--time-scale must be above 0");
    }
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    rt.block_on(soak(args))
}

async fn soak(args: SoakArgs) -> Result<ExitCode> {
    let started = std::time::Instant::now();
    let tmp = tempfile::tempdir()?;
    let dir = args.dir.clone().unwrap_or_else(|| tmp.path().to_owned());
    std::fs::create_dir_all(&dir)?;
    let journal_path = dir.join("soak-journal.sqlite");
    if journal_path.exists() {
        bail!("{} exists: use a fresh --dir", journal_path.display());
    }
    let (admin, gateway_url) = match &args.gateway_url {
        Some(url) => {
            let base = url.trim_end_matches("/gateway.do").to_owned() + "/admin";
            (Admin::Remote { base, http: reqwest::Client::new() }, url.clone())
        }
        None => {
            let mut cfg = SandboxConfig::demo()?;
            cfg.time_scale = args.time_scale;
            let sb = Sandbox::start(cfg).await?;
            let url = sb.url();
            (Admin::Local(sb), url)
        }
    };
    let terminal = format!("SK{}", rand::random::<u32>() % 1_000_000);
    let s = settings(args.time_scale);
    let mut rng = StdRng::seed_from_u64(args.seed);
    let exe = std::env::current_exe()?;
    let worker_log = dir.join("soak-worker.log");
    let (mut kills, mut faults, mut attempts, mut restarts) = (0u32, 0u32, 0u32, 0u32);
    // Most payments end within the deadline; some kills land in the cancel.
    let kill_window = s.timing.deadline + s.cancel_timeout;
    eprintln!(
        "soak: {} checkouts, fault rate {}, kill rate {}, seed {}, time ×{} against {} ({})",
        args.payments,
        args.fault_rate,
        args.kill_rate,
        args.seed,
        args.time_scale,
        gateway_url,
        args.gateway.name()
    );
    loop {
        let log = std::fs::OpenOptions::new().create(true).append(true).open(&worker_log)?;
        let mut child = tokio::process::Command::new(&exe)
            .arg("--log")
            .arg("warn")
            .arg("soak-worker")
            .arg("--journal")
            .arg(&journal_path)
            .arg("--gateway-url")
            .arg(&gateway_url)
            .arg("--payments")
            .arg(args.payments.to_string())
            .arg("--seed")
            .arg(args.seed.to_string())
            .arg("--time-scale")
            .arg(args.time_scale.to_string())
            .arg("--terminal")
            .arg(&terminal)
            .arg("--gateway")
            .arg(args.gateway.name())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::from(log))
            .kill_on_drop(true)
            .spawn()
            .context("starting the soak worker")?;
        let mut stdin = child.stdin.take().context("worker stdin")?;
        let mut lines = BufReader::new(child.stdout.take().context("worker stdout")?).lines();
        // Sometimes the kill lands during recovery, before the lane opens.
        let mut kill_at = (restarts > 0 && rng.gen_bool(args.kill_rate * 0.5))
            .then(|| tokio::time::Instant::now() + Duration::from_millis(rng.gen_range(0..150)));
        let mut killed = false;
        let mut finished = false;
        loop {
            let timer = async {
                match kill_at {
                    Some(at) => tokio::time::sleep_until(at).await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                line = lines.next_line() => {
                    let Some(line) = line? else { break };
                    let mut words = line.split_whitespace();
                    match words.next() {
                        // A killed worker's last lines may still be in the pipe: read
                        // them (a `finished` counts) but answer none.
                        Some("ready") if killed => {}
                        Some("ready") => {
                            attempts += 1;
                            admin.clear().await?;
                            if rng.gen_bool(args.fault_rate) {
                                for rule in random_faults(&mut rng, &s) {
                                    faults += 1;
                                    admin.script(rule).await?;
                                }
                            }
                            // A worker that died on its own is reported below,
                            // from its exit status, not as a broken pipe here.
                            if stdin.write_all(b"go\n").await.is_err() || stdin.flush().await.is_err() {
                                break;
                            }
                            kill_at = rng.gen_bool(args.kill_rate).then(|| {
                                let ms = rng.gen_range(0..=u64::try_from(kill_window.as_millis()).unwrap_or(2000));
                                tokio::time::Instant::now() + Duration::from_millis(ms)
                            });
                        }
                        Some("done") => {
                            kill_at = None;
                            let n: u32 = words.next().and_then(|w| w.parse().ok()).unwrap_or(0);
                            if n > 0 && n.is_multiple_of(100) {
                                eprintln!("soak: {n} checkouts done, {kills} kills, {:.0} s", started.elapsed().as_secs_f64());
                            }
                        }
                        Some("finished") => finished = true,
                        _ => eprintln!("soak worker: {line}"),
                    }
                }
                () = timer => {
                    kill_at = None;
                    // SIGKILL on Unix: no chance to clean up.
                    child.start_kill()?;
                    killed = true;
                    kills += 1;
                }
            }
        }
        let status = child.wait().await?;
        if finished && status.success() {
            break;
        }
        if !killed {
            bail!(
                "the soak worker stopped on its own ({status}); its log: {}",
                worker_log.display()
            );
        }
        restarts += 1;
        if restarts > args.payments * 2 + 50 {
            bail!("too many restarts ({restarts}); see {}", worker_log.display());
        }
    }

    // The final recovery: no faults, the resolver until nothing is owed.
    admin.clear().await?;
    let journal = Arc::new(Journal::open(&journal_path)?);
    let core = payments(journal.clone(), &gateway_url, args.time_scale, &terminal, args.gateway)?;
    core.recover().await?;
    for _ in 0..200 {
        if journal.in_states(&[TradeState::CancelOwed])?.is_empty() {
            break;
        }
        core.resolve_owed(payment::journal::now_ms()).await?;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    let trades = journal.list(&TradeFilter::default())?;
    let ledger: Vec<LedgerTrade> = admin
        .ledger()
        .await?
        .into_iter()
        .filter(|t| t.out_trade_no.starts_with(&format!("{terminal}_")))
        .collect();
    let summary = check(&trades, &ledger);
    eprintln!(
        "soak: {} checkouts, {} attempts, {} trades, {} faults scripted, {} kills, {:.1} s",
        args.payments,
        attempts,
        trades.len(),
        faults,
        kills,
        started.elapsed().as_secs_f64()
    );
    let ok = summary.charged_twice == 0
        && summary.paid_not_recorded == 0
        && summary.unresolved == 0
        && summary.mismatches == 0;
    if !ok {
        eprintln!("soak: INVARIANT VIOLATED; journal kept at {}", dir.display());
        // Keep the evidence.
        let _ = tmp.keep();
    }
    println!("{}", serde_json::to_string(&summary)?);
    if let Admin::Local(sb) = admin {
        sb.shutdown().await;
    }
    Ok(if ok { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Checks the invariants of DESIGN.md §4 between the journal and the ledger.
fn check(trades: &[TradeRecord], ledger: &[LedgerTrade]) -> Summary {
    let mut s = Summary::default();
    let by_no: BTreeMap<&str, &LedgerTrade> =
        ledger.iter().map(|l| (l.out_trade_no.as_str(), l)).collect();
    let journal_nos: BTreeMap<&str, &TradeRecord> =
        trades.iter().map(|t| (t.out_trade_no.as_str(), t)).collect();
    let charged =
        |l: &LedgerTrade| l.status == Status::TradeSuccess && l.refunded_minor < l.total_minor;
    let mut charged_per_checkout: BTreeMap<u32, u32> = BTreeMap::new();
    for t in trades {
        let l = by_no.get(t.out_trade_no.as_str()).copied();
        let agrees = match (t.state, &t.outcome) {
            (TradeState::Paid, _) => {
                s.paid += 1;
                l.is_some_and(|l| charged(l) && l.total_minor == t.amount.minor())
            }
            (TradeState::Declined, _) => {
                s.failed += 1;
                l.is_none_or(|l| l.status != Status::TradeSuccess)
            }
            (
                TradeState::Cancelled,
                Some(Outcome::Cancelled { action: CancelAction::Refunded, .. }),
            ) => {
                s.cancelled_refund += 1;
                // A cancel, or the full refund standing in for a cancel whose
                // window had passed.
                l.is_some_and(|l| {
                    l.status == Status::TradeClosed
                        && (l.cancelled_with_refund || l.refunded_minor == l.total_minor)
                })
            }
            (TradeState::Cancelled, _) => {
                s.cancelled_close += 1;
                l.is_none_or(|l| {
                    l.status == Status::TradeClosed
                        && !l.cancelled_with_refund
                        && l.paid_ms.is_none()
                })
            }
            (TradeState::Pending | TradeState::CancelOwed | TradeState::Flagged, _) => {
                s.unresolved += 1;
                true
            }
        };
        if !agrees {
            eprintln!(
                "soak: mismatch {}: journal {:?}, ledger {:?}",
                t.out_trade_no,
                t.state,
                l.map(|l| l.status)
            );
            s.mismatches += 1;
        }
        if let Some(l) = l
            && charged(l)
        {
            if t.state != TradeState::Paid {
                eprintln!("soak: paid but not recorded {}", t.out_trade_no);
                s.paid_not_recorded += 1;
            }
            if let Some(i) = checkout_of(t) {
                *charged_per_checkout.entry(i).or_default() += 1;
            }
        }
    }
    for l in ledger {
        if !journal_nos.contains_key(l.out_trade_no.as_str()) {
            eprintln!("soak: the ledger has {} which the journal does not", l.out_trade_no);
            s.mismatches += 1;
            if charged(l) {
                s.paid_not_recorded += 1;
            }
        }
    }
    s.charged_twice = u32::try_from(charged_per_checkout.values().filter(|&&n| n > 1).count())
        .unwrap_or(u32::MAX);
    s
}

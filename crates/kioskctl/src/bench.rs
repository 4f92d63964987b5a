//! `kioskctl bench …`: figures for DESIGN.md §10, measured on this machine.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Subcommand;
use scanner::RxingDecoder;
use scanner::bench::GroupFigures;

/// Benchmarks.
#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Decode every frame of a corpus folder (from `gen-corpus`) on this thread and print
    /// detection rate and p50/p95 ms per group. Run under `taskset -c 0` for one core.
    Decode {
        /// The corpus folder (PNG frames and manifest.jsonl).
        dir: PathBuf,
        /// Print the report as JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// Decode each frame this many times and keep its fastest time (filters out
        /// what else the machine was doing; 1 = a single timing).
        #[arg(long, default_value_t = 5)]
        repeat: u32,
    },
    /// Kiosk-side work per payment (DESIGN.md §10): signing, verifying,
    /// journaling (SQLite, synchronous=FULL) and a whole paid payment end to
    /// end against an in-process zero-latency sandbox. Prints p50/p95 ms.
    Payment {
        /// Payments (and iterations of each part).
        #[arg(long, default_value_t = 200)]
        payments: u32,
        /// Where the journal goes (its disk decides the fsync cost); a
        /// temporary folder when absent.
        #[arg(long)]
        dir: Option<PathBuf>,
    },
}

/// Runs a bench subcommand.
pub fn run(cmd: BenchCommand) -> Result<ExitCode> {
    match cmd {
        BenchCommand::Payment { payments, dir } => payment_overhead(payments, dir),
        BenchCommand::Decode { dir, json, repeat } => {
            let report = scanner::bench::run(&dir, &mut RxingDecoder::default(), repeat)
                .with_context(|| format!("benchmarking {}", dir.display()))?;
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
                return Ok(ExitCode::SUCCESS);
            }
            println!(
                "scanner (rxing cascade) on {}, fastest of {} per frame",
                dir.display(),
                repeat.max(1)
            );
            println!(
                "{:<14} {:>6} {:>7} {:>8} {:>8} {:>8}",
                "group", "frames", "rate", "p50 ms", "p95 ms", "mean ms"
            );
            let rows: [(&str, &GroupFigures); 7] = [
                ("payment", &report.payment),
                ("payment_720p", &report.payment_720p),
                ("payment_480p", &report.payment_480p),
                ("payment_1080p", &report.payment_1080p),
                ("items", &report.items),
                ("negatives", &report.negatives),
                ("all", &report.all),
            ];
            for (name, g) in rows {
                if g.frames > 0 {
                    println!(
                        "{:<14} {:>6} {:>6.1}% {:>8.2} {:>8.2} {:>8.2}",
                        name,
                        g.frames,
                        g.rate * 100.0,
                        g.p50_ms,
                        g.p95_ms,
                        g.mean_ms
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn percentiles(mut ms: Vec<f64>) -> (f64, f64) {
    ms.sort_by(f64::total_cmp);
    let at = |q: f64| {
        let i = ((ms.len() as f64 - 1.0) * q).round() as usize;
        ms.get(i).copied().unwrap_or(0.0)
    };
    (at(0.5), at(0.95))
}

fn timed(n: u32, mut f: impl FnMut(u32) -> Result<()>) -> Result<(f64, f64)> {
    let mut ms = Vec::with_capacity(n as usize);
    for i in 0..n {
        let t = std::time::Instant::now();
        f(i)?;
        ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    Ok(percentiles(ms))
}

fn payment_overhead(n: u32, dir: Option<PathBuf>) -> Result<ExitCode> {
    use std::sync::Arc;

    use alipay::{PrivateKey, PublicKey, SignType};
    use money::{Currency, Money};
    use payment::journal::{Intent, Journal};
    use payment::machine::{Outcome, Paid};

    let n = n.max(10);
    let tmp = tempfile::tempdir()?;
    let dir = dir.unwrap_or_else(|| tmp.path().to_owned());
    std::fs::create_dir_all(&dir)?;
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let gateway_key = PrivateKey::parse("demo Alipay", alipay_sandbox::DEMO_ALIPAY_PRIVATE_KEY)?;
    let alipay_public = PublicKey::parse("demo Alipay", alipay_sandbox::DEMO_ALIPAY_PUBLIC_KEY)?;
    let mut rows: Vec<(&str, (f64, f64))> = Vec::new();

    // Signing a pay request (the string to sign, RSA2).
    let biz = r#"{"out_trade_no":"K01_20261122_000001","scene":"bar_code","auth_code":"280000000000000001","subject":"Kiosk order","total_amount":"12.30"}"#;
    let client =
        alipay::Client::new(alipay_sandbox::demo_client_config("http://127.0.0.1:9/gateway.do")?)?;
    rows.push((
        "sign request",
        timed(n, |_| {
            client.sign_request("alipay.trade.pay", biz)?;
            Ok(())
        })?,
    ));

    // Verifying an answer (brace-matched node, RSA2).
    let node = r#"{"code":"10000","msg":"Success","buyer_logon_id":"159****5620","out_trade_no":"K01_20261122_000001","total_amount":"12.30","trade_no":"2026112222001400000001"}"#;
    let sign = gateway_key.sign(node, SignType::Rsa2)?;
    let body = format!(r#"{{"alipay_trade_pay_response":{node},"sign":"{sign}"}}"#);
    rows.push((
        "verify answer",
        timed(n, |_| {
            alipay::response::verify(&body, "alipay.trade.pay", SignType::Rsa2, |_| {
                Some(&alipay_public)
            })?;
            Ok(())
        })?,
    ));

    // Journaling one paid payment: intent, request, answer, outcome.
    let journal = Arc::new(Journal::open(dir.join("bench-journal.sqlite"))?);
    rows.push((
        "journal writes",
        timed(n, |i| {
            let no = format!("BENCH_{}_{i}", std::process::id());
            journal.record_intent(
                &Intent {
                    out_trade_no: no.clone(),
                    gateway: "alipay".into(),
                    amount: Money::new(1230, Currency::Cny),
                    subject: "Kiosk order".into(),
                    language: "en".into(),
                    lines: vec![],
                },
                payment::journal::now_ms(),
            )?;
            journal.log(&no, "request:pay", "CNY 12.30 code ****", payment::journal::now_ms())?;
            journal.log(&no, "answer:pay", "10000 paid", payment::journal::now_ms())?;
            journal.finish(
                &no,
                &Outcome::Paid(Paid { trade_no: "2026".into(), buyer_masked: None, wallet: None }),
                payment::journal::now_ms(),
            )?;
            Ok(())
        })?,
    ));

    // A whole payment against the in-process sandbox (which verifies and
    // signs on the same two cores, so this is an upper bound).
    let e2e = rt.block_on(async {
        let sb = alipay_sandbox::Sandbox::start(alipay_sandbox::SandboxConfig::demo()?).await?;
        let client = alipay::Client::new(alipay_sandbox::demo_client_config(sb.url())?)?;
        let payments = payment::Payments::new(
            Arc::new(payment::AlipayGateway::new(client)),
            journal.clone(),
            payment::PaymentSettings::default(),
            payment::Terminal { store_id: "S001".into(), terminal_id: "BENCH".into() },
        );
        let mut ms = Vec::new();
        for i in 0..n {
            let t = std::time::Instant::now();
            let running = payments.start(payment::Checkout {
                amount: Money::new(1230, Currency::Cny),
                auth_code: format!(
                    "280{:015}",
                    u64::from(i) + u64::from(std::process::id()) * 10_000
                )
                .into(),
                subject: "Kiosk order".into(),
                language: "en".into(),
                lines: vec![],
            })?;
            let outcome = running.outcome().await?;
            if !matches!(outcome, Outcome::Paid(_)) {
                anyhow::bail!("bench payment {i} was not paid: {outcome:?}");
            }
            ms.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        sb.shutdown().await;
        Ok::<_, anyhow::Error>(percentiles(ms))
    })?;
    rows.push(("whole payment", e2e));

    println!("kiosk-side payment overhead, {n} iterations, journal on {}", dir.display());
    println!("{:<16} {:>9} {:>9}", "part", "p50 ms", "p95 ms");
    for (name, (p50, p95)) in rows {
        println!("{name:<16} {p50:>9.3} {p95:>9.3}");
    }
    Ok(ExitCode::SUCCESS)
}

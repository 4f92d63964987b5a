//! `kioskctl pay` (one payment end to end, each step printed) and
//! `kioskctl journal list|show|refund|reconcile|resolve` over the kiosk's
//! payment journal.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use money::Money;
use payment::gateway::CartLine;
use payment::journal::{Journal, TradeFilter, TradeRecord, TradeState};
use payment::machine::Outcome;
use payment::{Checkout, Payments};

/// Where the kiosk's config and journal are.
#[derive(Debug, Args)]
pub struct KioskArgs {
    /// The site config layered over the built-in defaults (as the kiosk does).
    #[arg(long, value_name = "FILE", env = settings::SITE_FILE_ENV)]
    config: Option<PathBuf>,
    /// The kiosk's data directory (its journal is `journal.sqlite` in it).
    #[arg(long, value_name = "DIR", env = settings::DATA_DIR_ENV)]
    data_dir: Option<PathBuf>,
    /// The journal file itself (overrides --data-dir).
    #[arg(long, value_name = "FILE")]
    journal: Option<PathBuf>,
}

impl KioskArgs {
    /// The kiosk config, as the kiosk loads it.
    pub fn config(&self) -> Result<settings::KioskConfig> {
        let site = self.config.as_deref().filter(|p| !p.as_os_str().is_empty());
        settings::load_local(site).map_err(|e| anyhow::anyhow!("config: {e}"))
    }

    fn journal_path(&self) -> PathBuf {
        self.journal.clone().unwrap_or_else(|| {
            settings::data_dir(self.data_dir.clone()).join(payment::journal::FILE_NAME)
        })
    }

    /// The payment journal.
    pub fn journal(&self) -> Result<Arc<Journal>> {
        let path = self.journal_path();
        Ok(Arc::new(Journal::open(&path).with_context(|| format!("journal {}", path.display()))?))
    }

    fn payments(&self) -> Result<Payments> {
        let config = self.config()?;
        Ok(Payments::from_config(&config, self.journal()?)?)
    }
}

/// `kioskctl pay`.
#[derive(Debug, Args)]
pub struct PayArgs {
    #[command(flatten)]
    kiosk: KioskArgs,
    /// Amount in major units of the store's currency, e.g. `12.30`.
    #[arg(long)]
    amount: String,
    /// The buyer's payment code (sandbox: `280…` pays at once; see the README).
    #[arg(long)]
    code: String,
    /// Order title.
    #[arg(long, default_value = "ScanPay Kiosk order")]
    subject: String,
}

/// `kioskctl journal …`.
#[derive(Debug, Subcommand)]
pub enum JournalCommand {
    /// List trades, newest first.
    List {
        #[command(flatten)]
        kiosk: KioskArgs,
        /// From this day (yyyy-mm-dd, kiosk local time as UTC+8).
        #[arg(long)]
        from: Option<String>,
        /// Up to and including this day.
        #[arg(long)]
        to: Option<String>,
        /// Only this state: pending, paid, declined, cancelled, cancel_owed, flagged.
        #[arg(long)]
        state: Option<String>,
        /// At least this amount (major units).
        #[arg(long)]
        min: Option<String>,
        /// At most this amount (major units).
        #[arg(long)]
        max: Option<String>,
        /// Merchant or gateway trade number contains this.
        #[arg(long)]
        trade: Option<String>,
        /// At most this many.
        #[arg(long, default_value_t = 50)]
        limit: u32,
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
    },
    /// One trade with every gateway exchange and refund.
    Show {
        #[command(flatten)]
        kiosk: KioskArgs,
        /// The merchant trade number (`out_trade_no`).
        trade: String,
        /// As JSON.
        #[arg(long)]
        json: bool,
    },
    /// Refund part or all of a paid trade. A refund whose answer was lost is
    /// retried with its own `out_request_no` first.
    Refund {
        #[command(flatten)]
        kiosk: KioskArgs,
        /// The merchant trade number.
        trade: String,
        /// Amount (major units); the whole refundable rest when absent.
        #[arg(long)]
        amount: Option<String>,
        /// Reason shown to the buyer.
        #[arg(long, default_value = "refund at the store")]
        reason: String,
    },
    /// Download the day's bill and list every difference with the journal.
    Reconcile {
        #[command(flatten)]
        kiosk: KioskArgs,
        /// The bill's day (yyyy-mm-dd, Beijing time); today when absent.
        #[arg(long)]
        date: Option<String>,
        /// As JSON.
        #[arg(long)]
        json: bool,
    },
    /// Recover unfinished trades and run one pass of the background resolver.
    Resolve {
        #[command(flatten)]
        kiosk: KioskArgs,
    },
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?)
}

/// `kioskctl pay`: one payment, every step printed, the outcome last.
pub fn pay(args: PayArgs) -> Result<ExitCode> {
    let config = args.kiosk.config()?;
    let amount = Money::parse_decimal(&args.amount, config.store.currency)
        .with_context(|| format!("--amount {:?}", args.amount))?;
    let payments = Payments::from_config(&config, args.kiosk.journal()?)?;
    println!(
        "gateway {} ({}), journal {}",
        config.gateway.url,
        payments.gateway_name(),
        payments.journal().path().display()
    );
    runtime()?.block_on(async move {
        let recovered = payments.recover().await?;
        if recovered.resumed > 0 {
            println!("recovered {} unfinished trade(s) first", recovered.resumed);
        }
        let running = payments.start(Checkout {
            amount,
            auth_code: args.code.clone().into(),
            subject: args.subject.clone(),
            language: config.languages.default.clone(),
            lines: vec![CartLine {
                item_id: "manual".into(),
                name: args.subject.clone(),
                quantity: 1,
                unit_minor: amount.minor(),
            }],
        })?;
        let no = running.out_trade_no.clone();
        println!("out_trade_no {no}");
        let mut progress = running.progress.clone();
        let mut shown = 0;
        let journal = payments.journal().clone();
        let mut last_phase = None;
        loop {
            let p = progress.borrow_and_update().clone();
            if last_phase != Some(p.phase) {
                println!("  phase {:?}, {} s left", p.phase, p.seconds_left);
                last_phase = Some(p.phase);
            }
            for e in journal.events(&no).unwrap_or_default().iter().skip(shown) {
                println!("  {} {:<15} {}", clock(e.at_ms), e.kind, e.detail);
                shown += 1;
            }
            if p.outcome.is_some() || progress.changed().await.is_err() {
                break;
            }
        }
        let outcome = running.outcome().await?;
        for e in journal.events(&no).unwrap_or_default().iter().skip(shown) {
            println!("  {} {:<15} {}", clock(e.at_ms), e.kind, e.detail);
        }
        println!("outcome {}", serde_json::to_string(&outcome)?);
        Ok(match outcome {
            Outcome::Paid(_) => ExitCode::SUCCESS,
            Outcome::Declined { .. } | Outcome::Cancelled { .. } | Outcome::Unresolved => {
                ExitCode::from(1)
            }
        })
    })
}

fn clock(ms: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
        .map(|t| {
            let t = t.to_offset(time::macros::offset!(+8));
            format!("{:02}:{:02}:{:02}.{:03}", t.hour(), t.minute(), t.second(), t.millisecond())
        })
        .unwrap_or_else(|_| ms.to_string())
}

fn day_start_ms(day: &str) -> Result<i64> {
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    let d = time::Date::parse(day, &fmt).with_context(|| format!("{day:?} is not yyyy-mm-dd"))?;
    Ok(d.midnight().assume_offset(time::macros::offset!(+8)).unix_timestamp() * 1000)
}

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().to_offset(time::macros::offset!(+8)).date()
}

fn row(t: &TradeRecord) -> String {
    format!(
        "{}  {:<28} {:<12} {:>12}  {:<10} {}",
        clock(t.created_ms),
        t.out_trade_no,
        t.state.as_str(),
        t.amount.to_string(),
        t.gateway,
        t.trade_no.as_deref().unwrap_or("-")
    )
}

/// Runs a journal subcommand.
pub fn journal(cmd: JournalCommand) -> Result<ExitCode> {
    match cmd {
        JournalCommand::List { kiosk, from, to, state, min, max, trade, limit, json } => {
            let journal = kiosk.journal()?;
            let currency = kiosk.config().map(|c| c.store.currency).unwrap_or(money::Currency::Cny);
            let minor = |s: Option<String>| -> Result<Option<i64>> {
                s.map(|s| Ok(Money::parse_decimal(&s, currency)?.minor())).transpose()
            };
            let state = match state {
                None => None,
                Some(s) => Some(TradeState::parse(&s).with_context(|| {
                    format!(
                        "--state {s:?}: one of {}",
                        TradeState::ALL.map(TradeState::as_str).join(", ")
                    )
                })?),
            };
            let filter = TradeFilter {
                from_ms: from.as_deref().map(day_start_ms).transpose()?,
                to_ms: to
                    .as_deref()
                    .map(|d| Ok::<_, anyhow::Error>(day_start_ms(d)? + 86_400_000))
                    .transpose()?,
                state,
                min_minor: minor(min)?,
                max_minor: minor(max)?,
                trade_no: trade,
                limit: Some(limit),
            };
            for t in journal.list(&filter)? {
                if json {
                    println!("{}", serde_json::to_string(&t)?);
                } else {
                    println!("{}", row(&t));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        JournalCommand::Show { kiosk, trade, json } => {
            let journal = kiosk.journal()?;
            let Some(t) = journal.trade(&trade)? else {
                bail!("no trade {trade} in {}", journal.path().display());
            };
            let events = journal.events(&trade)?;
            let refunds = journal.refunds(&trade)?;
            if json {
                println!(
                    "{}",
                    serde_json::to_string_pretty(
                        &serde_json::json!({"trade": t, "events": events, "refunds": refunds})
                    )?
                );
                return Ok(ExitCode::SUCCESS);
            }
            println!("{}", row(&t));
            println!("  subject   {}", t.subject);
            println!("  language  {}", t.language);
            for l in &t.lines {
                println!("  item      {} x{} {} ({})", l.name, l.quantity, l.unit_minor, l.item_id);
            }
            if let Some(o) = &t.outcome {
                println!("  outcome   {}", serde_json::to_string(o)?);
            }
            if let Some(b) = &t.buyer_masked {
                println!("  buyer     {b}");
            }
            if let Some(w) = &t.wallet {
                println!("  wallet    {w}");
            }
            println!("  refunded  {}  receipt owed: {}", t.refunded, t.receipt_owed);
            if let Some(f) = &t.flag_reason {
                println!("  FLAGGED   {f}");
            }
            for e in events {
                println!("  {} {:<15} {}", clock(e.at_ms), e.kind, e.detail);
            }
            for r in refunds {
                println!(
                    "  refund {} {} {:?} ({}) {}",
                    r.out_request_no, r.amount, r.state, r.reason, r.detail
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        JournalCommand::Refund { kiosk, trade, amount, reason } => {
            let payments = kiosk.payments()?;
            let Some(t) = payments.journal().trade(&trade)? else {
                bail!("no trade {trade} in {}", payments.journal().path().display());
            };
            let amount = match amount {
                Some(a) => Money::parse_decimal(&a, t.amount.currency())
                    .with_context(|| format!("--amount {a:?}"))?,
                None => t.amount.checked_sub(t.refunded)?,
            };
            let r = runtime()?.block_on(payments.refund(&trade, amount, &reason))?;
            println!("{}", serde_json::to_string(&r)?);
            Ok(match r.state {
                payment::journal::RefundState::Done => ExitCode::SUCCESS,
                payment::journal::RefundState::Pending
                | payment::journal::RefundState::Declined => ExitCode::from(1),
            })
        }
        JournalCommand::Reconcile { kiosk, date, json } => {
            let payments = kiosk.payments()?;
            let date = match date {
                Some(d) => {
                    let fmt = time::macros::format_description!("[year]-[month]-[day]");
                    time::Date::parse(&d, &fmt).with_context(|| format!("--date {d:?}"))?
                }
                None => today(),
            };
            let rec = runtime()?.block_on(payments.reconcile(date))?;
            if json {
                println!("{}", serde_json::to_string_pretty(&rec)?);
            } else {
                println!(
                    "{}: bill {} payments, {} refunds; journal {} trades; {} matched, {} differences",
                    rec.date,
                    rec.bill_payments,
                    rec.bill_refunds,
                    rec.journal_trades,
                    rec.matched,
                    rec.differences.len()
                );
                for d in &rec.differences {
                    println!("  {}", serde_json::to_string(d)?);
                }
            }
            Ok(if rec.differences.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
        JournalCommand::Resolve { kiosk } => {
            let payments = kiosk.payments()?;
            let report = runtime()?.block_on(payments.recover())?;
            println!("{}", serde_json::to_string(&report)?);
            Ok(ExitCode::SUCCESS)
        }
    }
}

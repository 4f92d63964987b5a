//! `kioskctl alipay pay|query|cancel|refund|bill|sign|verify-response` and
//! `kioskctl sandbox serve`.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use alipay::{
    AlipayKey, CallError, Client, ClientConfig, OutTradeNo, PayOutcome, PayRequest, PrivateKey,
    PublicKey, RefundRequest, SignType,
};
use alipay_sandbox::{Sandbox, SandboxConfig};
use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand};
use money::{Currency, Money};
use serde_json::json;

/// Gateway settings: flags, then environment, then the demo defaults.
#[derive(Debug, Args)]
pub struct GatewayArgs {
    /// Gateway URL.
    #[arg(
        long,
        env = "KIOSK_ALIPAY_GATEWAY_URL",
        default_value = "http://127.0.0.1:8660/gateway.do"
    )]
    gateway_url: String,
    /// App id.
    #[arg(long, env = "KIOSK_ALIPAY_APP_ID", default_value = alipay_sandbox::DEMO_APP_ID)]
    app_id: String,
    /// Merchant private key file (PKCS#1/PKCS#8, PEM or bare base64); demo key when absent.
    #[arg(long, env = "KIOSK_ALIPAY_PRIVATE_KEY")]
    private_key: Option<PathBuf>,
    /// Alipay public key file (SPKI PEM or bare base64); the demo sandbox key when absent.
    #[arg(long, env = "KIOSK_ALIPAY_PUBLIC_KEY")]
    alipay_public_key: Option<PathBuf>,
    /// RSA2 or RSA.
    #[arg(long, env = "KIOSK_ALIPAY_SIGN_TYPE", default_value = "RSA2")]
    sign_type: SignType,
    /// Read timeout in milliseconds.
    #[arg(long, default_value_t = 15_000)]
    timeout_ms: u64,
}

fn read(path: &PathBuf) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

impl GatewayArgs {
    fn client(&self) -> Result<Client> {
        let key = match &self.private_key {
            Some(p) => {
                PrivateKey::parse(&format!("merchant private key ({})", p.display()), &read(p)?)?
            }
            None => PrivateKey::parse(
                "demo merchant private key",
                alipay_sandbox::DEMO_MERCHANT_PRIVATE_KEY,
            )?,
        };
        let alipay = match &self.alipay_public_key {
            Some(p) => {
                PublicKey::parse(&format!("Alipay public key ({})", p.display()), &read(p)?)?
            }
            None => {
                PublicKey::parse("demo Alipay public key", alipay_sandbox::DEMO_ALIPAY_PUBLIC_KEY)?
            }
        };
        let mut cfg =
            ClientConfig::new(&self.gateway_url, &self.app_id, key, AlipayKey::PublicKey(alipay));
        cfg.sign_type = self.sign_type;
        cfg.read_timeout = Duration::from_millis(self.timeout_ms);
        Ok(Client::new(cfg)?)
    }
}

/// `kioskctl alipay …`.
#[derive(Debug, Subcommand)]
pub enum AlipayCommand {
    /// alipay.trade.pay with a payment code.
    Pay {
        #[command(flatten)]
        gateway: GatewayArgs,
        /// Merchant order number.
        #[arg(long)]
        out_trade_no: String,
        /// The buyer's payment code.
        #[arg(long)]
        auth_code: String,
        /// Amount in yuan, e.g. 12.30.
        #[arg(long)]
        amount: String,
        /// Order title.
        #[arg(long, default_value = "kioskctl test order")]
        subject: String,
    },
    /// alipay.trade.query.
    Query {
        #[command(flatten)]
        gateway: GatewayArgs,
        /// Merchant order number.
        #[arg(long)]
        out_trade_no: String,
    },
    /// alipay.trade.cancel.
    Cancel {
        #[command(flatten)]
        gateway: GatewayArgs,
        /// Merchant order number.
        #[arg(long)]
        out_trade_no: String,
    },
    /// alipay.trade.refund (partial allowed; reuse --out-request-no on retry).
    Refund {
        #[command(flatten)]
        gateway: GatewayArgs,
        /// Merchant order number.
        #[arg(long)]
        out_trade_no: String,
        /// Refund request number.
        #[arg(long)]
        out_request_no: String,
        /// Amount in yuan.
        #[arg(long)]
        amount: String,
    },
    /// Fetch and parse a day's trade bill.
    Bill {
        #[command(flatten)]
        gateway: GatewayArgs,
        /// Day, yyyy-MM-dd.
        #[arg(long)]
        date: String,
    },
    /// Print the string to sign and the signature of a request's parameters.
    Sign {
        /// Merchant private key file.
        #[arg(long)]
        private_key: PathBuf,
        /// JSON object of every request parameter as sent (strings).
        #[arg(long)]
        params: PathBuf,
        /// RSA2 or RSA.
        #[arg(long, default_value = "RSA2")]
        sign_type: SignType,
    },
    /// Verify a gateway answer body: prints `valid` (exit 0) or the reason (exit 1).
    VerifyResponse {
        /// Alipay public key file.
        #[arg(long)]
        alipay_public_key: PathBuf,
        /// The method called, e.g. alipay.trade.pay.
        #[arg(long)]
        method: String,
        /// RSA2 or RSA.
        #[arg(long, default_value = "RSA2")]
        sign_type: SignType,
        /// The body file.
        body: PathBuf,
    },
}

/// `kioskctl sandbox …`.
#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Run the sandbox gateway until Ctrl-C.
    Serve {
        /// Port (0 picks a free one).
        #[arg(long, default_value_t = 8660)]
        port: u16,
        /// Address to bind.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Buyer delays run this many times faster.
        #[arg(long, default_value_t = 1.0)]
        time_scale: f64,
        /// Keep the ledger in this SQLite file.
        #[arg(long)]
        ledger: Option<PathBuf>,
        /// Merchant public key file (demo key when absent).
        #[arg(long)]
        merchant_public_key: Option<PathBuf>,
        /// Gateway private key file (demo key when absent).
        #[arg(long)]
        alipay_private_key: Option<PathBuf>,
    },
}

fn cny(text: &str) -> Result<Money> {
    Money::parse_decimal(text, Currency::Cny).with_context(|| format!("--amount {text:?}"))
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("starting the async runtime")
}

fn failure(e: &CallError) -> ExitCode {
    let kind = match e {
        CallError::InvalidRequest { .. } => "invalid_request",
        CallError::Unknown(_) => "unknown",
        CallError::Unverifiable(_) => "unverifiable",
        CallError::Business(_) => "business_failure",
        CallError::Rejected(_) => "rejected",
    };
    let sub_code = e.business().map(|b| b.sub_code.to_string());
    println!("{}", json!({"outcome": kind, "sub_code": sub_code, "detail": e.to_string()}));
    ExitCode::FAILURE
}

/// Runs an `alipay` subcommand.
pub fn run(cmd: AlipayCommand) -> Result<ExitCode> {
    match cmd {
        AlipayCommand::Sign { private_key, params, sign_type } => {
            let key = PrivateKey::parse(
                &format!("private key ({})", private_key.display()),
                &read(&private_key)?,
            )?;
            let map: BTreeMap<String, String> = serde_json::from_str(&read(&params)?)
                .with_context(|| {
                    format!("{}: expected one JSON object of string values", params.display())
                })?;
            let content = alipay::sign::content_to_sign(&map);
            let sign = key.sign(&content, sign_type)?;
            println!("{}", json!({"content": content, "sign": sign}));
            Ok(ExitCode::SUCCESS)
        }
        AlipayCommand::VerifyResponse { alipay_public_key, method, sign_type, body } => {
            let key = PublicKey::parse(
                &format!("Alipay public key ({})", alipay_public_key.display()),
                &read(&alipay_public_key)?,
            )?;
            let text = read(&body)?;
            match alipay::response::verify(&text, &method, sign_type, |_| Some(&key)) {
                Ok(_) => {
                    println!("valid");
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    println!("{e}");
                    Ok(ExitCode::FAILURE)
                }
            }
        }
        AlipayCommand::Pay { gateway, out_trade_no, auth_code, amount, subject } => {
            let client = gateway.client()?;
            let req = PayRequest::new(
                OutTradeNo::new(out_trade_no)?,
                auth_code.into(),
                cny(&amount)?,
                subject,
            );
            Ok(match runtime()?.block_on(client.pay(&req)) {
                Ok(PayOutcome::Paid(p)) => {
                    println!(
                        "{}",
                        json!({"outcome": "paid", "trade_no": p.trade_no, "total": p.total.to_decimal_string(), "paid_at": p.paid_at})
                    );
                    ExitCode::SUCCESS
                }
                Ok(PayOutcome::WaitingForBuyer { trade_no }) => {
                    println!("{}", json!({"outcome": "waiting_for_buyer", "trade_no": trade_no}));
                    ExitCode::SUCCESS
                }
                Err(e) => failure(&e),
            })
        }
        AlipayCommand::Query { gateway, out_trade_no } => {
            let client = gateway.client()?;
            Ok(match runtime()?.block_on(client.query(&OutTradeNo::new(out_trade_no)?)) {
                Ok(t) => {
                    println!(
                        "{}",
                        json!({"outcome": "ok", "trade_no": t.trade_no, "status": format!("{:?}", t.status), "paid": t.status.is_paid(), "total": t.total.map(|m| m.to_decimal_string())})
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => failure(&e),
            })
        }
        AlipayCommand::Cancel { gateway, out_trade_no } => {
            let client = gateway.client()?;
            Ok(match runtime()?.block_on(client.cancel(&OutTradeNo::new(out_trade_no)?)) {
                Ok(c) => {
                    println!(
                        "{}",
                        json!({"outcome": "ok", "trade_no": c.trade_no, "action": c.action.map(|a| format!("{a:?}")), "retry": c.retry})
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => failure(&e),
            })
        }
        AlipayCommand::Refund { gateway, out_trade_no, out_request_no, amount } => {
            let client = gateway.client()?;
            let req = RefundRequest {
                out_trade_no: OutTradeNo::new(out_trade_no)?,
                out_request_no: OutTradeNo::new(out_request_no)?,
                amount: cny(&amount)?,
                reason: None,
            };
            Ok(match runtime()?.block_on(client.refund(&req)) {
                Ok(r) => {
                    println!(
                        "{}",
                        json!({"outcome": "ok", "trade_no": r.trade_no, "fund_change": r.fund_change, "refunded_total": r.refunded_total.map(|m| m.to_decimal_string())})
                    );
                    ExitCode::SUCCESS
                }
                Err(e) => failure(&e),
            })
        }
        AlipayCommand::Bill { gateway, date } => {
            let fmt = time::macros::format_description!("[year]-[month]-[day]");
            let day = time::Date::parse(&date, &fmt)
                .with_context(|| format!("--date {date:?}: expected yyyy-MM-dd"))?;
            let client = gateway.client()?;
            let rt = runtime()?;
            let url = match rt.block_on(client.bill_download_url(day)) {
                Ok(u) => u,
                Err(e) => return Ok(failure(&e)),
            };
            let bill = rt.block_on(client.download_bill(&url))?;
            for r in &bill.rows {
                println!(
                    "{}",
                    json!({"trade_no": r.trade_no, "out_trade_no": r.out_trade_no, "kind": r.kind.as_str(), "amount": r.order_amount.to_decimal_string(), "finished": r.finished, "refund_request_no": r.refund_request_no})
                );
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Runs a `sandbox` subcommand.
pub fn run_sandbox(cmd: SandboxCommand) -> Result<ExitCode> {
    let SandboxCommand::Serve {
        port,
        bind,
        time_scale,
        ledger,
        merchant_public_key,
        alipay_private_key,
    } = cmd;
    if time_scale <= 0.0 {
        bail!("--time-scale must be above 0");
    }
    let mut cfg = SandboxConfig::demo()?;
    cfg.bind = std::net::SocketAddr::new(bind, port);
    cfg.time_scale = time_scale;
    cfg.ledger_file = ledger;
    if let Some(p) = merchant_public_key {
        cfg.merchant_public_key =
            PublicKey::parse(&format!("merchant public key ({})", p.display()), &read(&p)?)?;
    }
    if let Some(p) = alipay_private_key {
        cfg.gateway_private_key =
            PrivateKey::parse(&format!("gateway private key ({})", p.display()), &read(&p)?)?;
    }
    let rt = runtime()?;
    rt.block_on(async {
        let sandbox = Sandbox::start(cfg).await?;
        println!("gateway: {}", sandbox.url());
        println!(
            "antom:   {} (gateway.kind = \"antom\": /ams/api and /ams/sandbox/api)",
            sandbox.base_url()
        );
        println!("admin:   {}", sandbox.admin_url());
        println!("public key (verify answers with it):\n{}", sandbox.public_key_pem()?);
        tokio::signal::ctrl_c().await.context("waiting for Ctrl-C")?;
        sandbox.shutdown().await;
        Ok(ExitCode::SUCCESS)
    })
}

//! A real HTTP gateway that behaves like Alipay's for barcode payment, and
//! like Antom's (Alipay+) for user-presented mode: the demo's payment
//! provider and the peer of every payment test.
//!
//! It serves `POST /gateway.do` for `alipay.trade.pay`, `.query`, `.cancel`,
//! `.refund`, `.close` and `alipay.data.dataservice.bill.downloadurl.query`;
//! verifies each request's signature with the merchant's public key (a bad one
//! gets 40002 `isv.invalid-signature`), keeps a ledger (in memory, optionally
//! in a SQLite file) and signs every answer with its own key exactly as Alipay
//! does (`{"<method>_response":{…},"sign":"…"}`).
//!
//! # Buyers: the auth code picks the scenario
//!
//! Sandbox codes are 18 digits starting `28`; the third digit picks:
//!
//! | code                 | buyer                                                    | answer |
//! |----------------------|----------------------------------------------------------|--------|
//! | `280…`               | pays at once                                             | 10000 |
//! | `281NN…`             | must confirm; pays after `NN` s (`00` → default 5 s) ÷ time scale | 10003, then TRADE_SUCCESS |
//! | `282…`               | must confirm, never does                                 | 10003, stays WAIT_BUYER_PAY |
//! | `283…`               | balance too low                                          | 40004 ACQ.BUYER_BALANCE_NOT_ENOUGH |
//! | `284…`               | invalid / expired code                                   | 40004 ACQ.PAYMENT_AUTH_CODE_INVALID |
//! | `285…`               | risk rejection                                           | 40004 ACQ.PAYMENT_REQUEST_HAS_RISK |
//! | `286…`               | payment fails                                            | 40004 ACQ.PAYMENT_FAIL |
//! | `<6 digits>02<UIN>`, 24 digits starting 25–30 (Alipay+ format) | as the `28` code whose 3rd–5th digits are the UIN's first three | |
//! | other Alipay-shaped codes (16–24 digits, 25–30), `fp…` | pays at once   | 10000 |
//! | anything else        | invalid code                                             | 40004 ACQ.PAYMENT_AUTH_CODE_INVALID |
//!
//! Codes are single use (a code already used for another `out_trade_no` is
//! invalid) unless [`SandboxConfig::single_use_codes`] is off. `timeout_express`
//! closes an unconfirmed trade, scaled like the confirmation delay.
//!
//! Cancel: unpaid → closed, `action=close`; paid → refunded in full,
//! `action=refund`; unknown `out_trade_no` → a closed tombstone (`action=close`)
//! so a late pay request is refused with ACQ.TRADE_HAS_CLOSE. Refunds are
//! idempotent by `out_request_no`, partial up to the paid amount.
//!
//! # Antom (Alipay+)
//!
//! `POST /ams/api/v1/payments/{pay,inquiryPayment,cancel,refund}` (and the
//! same under `/ams/sandbox/api`) serve Antom's user-presented mode over the
//! same ledger: the same buyers, single-use codes, cancel tombstones and
//! refund rules, answered as `S`/`F`/`U` results (`PAYMENT_IN_PROCESS`,
//! `USER_BALANCE_NOT_ENOUGH`, `INVALID_CODE`, `RISK_REJECT`, `PROCESS_FAIL`,
//! `ORDER_IS_CLOSED`, `CANCEL_WINDOW_EXCEED`, `REFUND_AMOUNT_EXCEED`…).
//! Requests must carry `client-id`, `request-time` and a `Signature` that
//! verifies with the merchant key ([`SandboxConfig::antom_client_id`] pins
//! the client id); answers are signed over `response-time` and the body.
//! Amounts are minor units of any currency the request names (kept per
//! trade). The wallet (`pspCustomerInfo.pspName`) is `ALIPAY_CN`, except for
//! 24-digit Alipay+ codes `<issuer 6><02><UIN 16>` whose sandbox issuer
//! `250001`…`250006` names AlipayHK, GCash, Kakao Pay, TrueMoney, Touch 'n Go
//! and DANA; the UIN's first digits pick the scenario as the third to fifth
//! digits of a `28` code do (`250002` `02` `0…` pays at once,
//! `250002` `02` `3…` has too little balance). Scripted faults name the
//! Alipay method of the same role (`alipay.trade.pay` for `pay`, `.query`
//! for `inquiryPayment`, `.cancel`, `.refund`).
//!
//! # Admin endpoints
//!
//! - `POST /admin/faults` with a [`FaultRule`] JSON, e.g.
//!   `{"fault":{"kind":"drop"},"count":2,"method":"alipay.trade.pay"}`;
//!   kinds: `delay` (`ms`), `hang`, `drop`, `http_status` (`status`),
//!   `garbled`, `bad_signature`, `unsigned`, `unavailable` (20000),
//!   `system_error`, `cancel_window_passed`.
//!   `GET` lists, `DELETE` clears.
//! - `GET /admin/ledger`: `{"trades":[…]}` ([`TradeRecord`]s).
//! - `GET /admin/public-key`: the gateway's public key (SPKI PEM).
//! - `GET /bill/<token>.zip`: the bill served for 30 s after the URL query.
//!
//! ```no_run
//! # async fn demo() -> Result<(), alipay_sandbox::SandboxError> {
//! let sandbox = alipay_sandbox::Sandbox::start(alipay_sandbox::SandboxConfig::demo()?).await?;
//! println!("gateway {} admin {}", sandbox.url(), sandbox.admin_url());
//! sandbox.shutdown().await;
//! # Ok(()) }
//! ```

mod antom_api;
mod http;
mod ledger;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use alipay::{KeyError, PrivateKey, PublicKey};
use hyper_util::rt::TokioIo;
use tokio::sync::watch;
use tower::ServiceExt as _;

pub use http::{Fault, FaultRule};
pub use ledger::{RefundRecord, Scenario, Status, TradeRecord};

use crate::http::{DropConnection, Shared, lock};

/// The demo merchant public key (kiosk-config/keys), public test material.
pub const DEMO_MERCHANT_PUBLIC_KEY: &str =
    include_str!("../../../kiosk-config/keys/demo-merchant-public.pem");
/// The demo merchant private key: a public test key, never for production.
pub const DEMO_MERCHANT_PRIVATE_KEY: &str =
    include_str!("../../../kiosk-config/keys/demo-merchant-private.pem");
/// The demo sandbox ("Alipay") private key: a public test key.
pub const DEMO_ALIPAY_PRIVATE_KEY: &str =
    include_str!("../../../kiosk-config/keys/demo-alipay-private.pem");
/// The demo sandbox ("Alipay") public key.
pub const DEMO_ALIPAY_PUBLIC_KEY: &str =
    include_str!("../../../kiosk-config/keys/demo-alipay-public.pem");
/// The demo app id.
pub const DEMO_APP_ID: &str = "2021000000000001";

/// A client configuration for the demo merchant (app id and keys above)
/// against `gateway_url`, with the client's default timeouts.
pub fn demo_client_config(
    gateway_url: impl Into<String>,
) -> Result<alipay::ClientConfig, SandboxError> {
    Ok(alipay::ClientConfig::new(
        gateway_url,
        DEMO_APP_ID,
        PrivateKey::parse("demo merchant private key", DEMO_MERCHANT_PRIVATE_KEY)?,
        alipay::AlipayKey::PublicKey(PublicKey::parse(
            "demo Alipay public key",
            DEMO_ALIPAY_PUBLIC_KEY,
        )?),
    ))
}

/// The demo Antom client id: a `SANDBOX_` id, so the client uses the
/// `/ams/sandbox/api` paths.
pub const DEMO_ANTOM_CLIENT_ID: &str = "SANDBOX_5YDEMO0000000001";

/// An Antom client configuration for the demo merchant (the same keys as the
/// Alipay demo) against the sandbox at `base_url` (`http://127.0.0.1:PORT`).
pub fn demo_antom_config(base_url: impl Into<String>) -> Result<antom::AntomConfig, SandboxError> {
    Ok(antom::AntomConfig::new(
        base_url,
        DEMO_ANTOM_CLIENT_ID,
        PrivateKey::parse("demo merchant private key", DEMO_MERCHANT_PRIVATE_KEY)?,
        PublicKey::parse("demo Antom public key", DEMO_ALIPAY_PUBLIC_KEY)?,
        antom::MerchantInfo {
            reference_merchant_id: None,
            name: "ScanPay Demo Store".into(),
            mcc: "5411".into(),
            store_name: "ScanPay Demo Store".into(),
        },
    ))
}

/// What can go wrong starting the sandbox.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SandboxError {
    /// A key is unusable.
    #[error(transparent)]
    Key(#[from] KeyError),
    /// The listener could not be bound.
    #[error("binding {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The SQLite ledger file failed.
    #[error("sandbox ledger: {0}")]
    Ledger(#[source] rusqlite::Error),
    /// The ledger file holds something unreadable.
    #[error("sandbox ledger record: {0}")]
    Corrupt(String),
}

/// How the sandbox runs.
#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// Where to listen (`127.0.0.1:0` picks a free port).
    pub bind: SocketAddr,
    /// Verifies requests.
    pub merchant_public_key: PublicKey,
    /// Signs answers.
    pub gateway_private_key: PrivateKey,
    /// When set, other app ids get 40002 `isv.invalid-app-id`.
    pub app_id: Option<String>,
    /// Time runs this many times faster for buyer delays (1.0 = real time).
    pub time_scale: f64,
    /// Default confirmation delay (seconds) for `28100…` codes.
    pub default_confirm_secs: u64,
    /// Payment codes are single use.
    pub single_use_codes: bool,
    /// Certificate mode: the `alipay_cert_sn` added to every answer.
    pub alipay_cert_sn: Option<String>,
    /// When set, Antom requests from other client ids get `CLIENT_INVALID`.
    pub antom_client_id: Option<String>,
    /// Keep the ledger in this SQLite file.
    pub ledger_file: Option<PathBuf>,
    /// The merchant account shown in bills.
    pub account: String,
}

impl SandboxConfig {
    /// The demo configuration: the committed demo keys, 127.0.0.1, a free port.
    pub fn demo() -> Result<Self, SandboxError> {
        Ok(SandboxConfig {
            bind: SocketAddr::from(([127, 0, 0, 1], 0)),
            merchant_public_key: PublicKey::parse(
                "demo merchant public key",
                DEMO_MERCHANT_PUBLIC_KEY,
            )?,
            gateway_private_key: PrivateKey::parse(
                "demo Alipay private key",
                DEMO_ALIPAY_PRIVATE_KEY,
            )?,
            app_id: None,
            time_scale: 1.0,
            default_confirm_secs: 5,
            single_use_codes: true,
            alipay_cert_sn: None,
            antom_client_id: None,
            ledger_file: None,
            account: "20880000000000010156".into(),
        })
    }
}

/// A running sandbox. Dropping it without [`Sandbox::shutdown`] leaves the
/// server running until the runtime stops.
#[derive(Debug)]
pub struct Sandbox {
    addr: SocketAddr,
    shared: Arc<Shared>,
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Shared")
    }
}

impl Sandbox {
    /// Binds and starts serving.
    pub async fn start(config: SandboxConfig) -> Result<Sandbox, SandboxError> {
        let ledger = ledger::Ledger::open(
            config.ledger_file.as_deref(),
            config.time_scale,
            config.default_confirm_secs,
            config.single_use_codes,
        )?;
        let listener = tokio::net::TcpListener::bind(config.bind)
            .await
            .map_err(|source| SandboxError::Bind { addr: config.bind, source })?;
        let addr = listener
            .local_addr()
            .map_err(|source| SandboxError::Bind { addr: config.bind, source })?;
        let shared = Arc::new(Shared {
            ledger: Mutex::new(ledger),
            faults: Mutex::new(Default::default()),
            bills: Mutex::new(Default::default()),
            merchant_key: config.merchant_public_key,
            gateway_key: config.gateway_private_key,
            app_id: config.app_id,
            alipay_cert_sn: config.alipay_cert_sn,
            antom_client_id: config.antom_client_id,
            account: config.account,
            base_url: Mutex::new(format!("http://{addr}")),
        });
        let router = http::router(shared.clone());
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(async move {
            let mut stop_accepting = stopped.clone();
            loop {
                let conn = tokio::select! {
                    r = listener.accept() => r,
                    _ = stop_accepting.changed() => break,
                };
                let Ok((stream, _)) = conn else { continue };
                let router = router.clone();
                let mut stop_conn = stopped.clone();
                tokio::spawn(async move {
                    let svc = hyper::service::service_fn(
                        move |req: hyper::Request<hyper::body::Incoming>| {
                            let router = router.clone();
                            async move {
                                let resp =
                                    match router.oneshot(req.map(axum::body::Body::new)).await {
                                        Ok(r) => r,
                                        Err(never) => match never {},
                                    };
                                if resp.extensions().get::<DropConnection>().is_some() {
                                    Err(std::io::Error::other("scripted fault: drop connection"))
                                } else {
                                    Ok(resp)
                                }
                            }
                        },
                    );
                    let conn = hyper::server::conn::http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), svc);
                    tokio::select! {
                        _ = conn => {}
                        _ = stop_conn.changed() => {}
                    }
                });
            }
        });
        tracing::info!(%addr, "alipay sandbox listening");
        Ok(Sandbox { addr, shared, stop, task })
    }

    /// The bound address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The gateway URL, `http://127.0.0.1:PORT/gateway.do`.
    pub fn url(&self) -> String {
        format!("http://{}/gateway.do", self.addr)
    }

    /// The base URL Antom clients use, `http://127.0.0.1:PORT` (the API paths
    /// `/ams/api/v1/payments/…` and `/ams/sandbox/api/…` are below it).
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The admin base URL, `http://127.0.0.1:PORT/admin`.
    pub fn admin_url(&self) -> String {
        format!("http://{}/admin", self.addr)
    }

    /// The gateway's public key (SPKI PEM) that clients verify answers with.
    pub fn public_key_pem(&self) -> Result<String, KeyError> {
        self.shared.gateway_key.public_key().to_spki_pem()
    }

    /// Scripts a fault (the same as `POST /admin/faults`).
    pub fn script(&self, rule: FaultRule) {
        lock(&self.shared.faults).push_back(rule);
    }

    /// Clears every scripted fault (the same as `DELETE /admin/faults`).
    pub fn clear_faults(&self) {
        lock(&self.shared.faults).clear();
    }

    /// The ledger, settled to now.
    pub fn ledger(&self) -> Vec<TradeRecord> {
        lock(&self.shared.ledger).dump()
    }

    /// Stops accepting, drops open connections, and waits for the server.
    pub async fn shutdown(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }
}

//! The Alipay OpenAPI client for barcode payment (当面付 条码支付).
//!
//! - [`sign`]: the string to sign, exactly as the official SDKs build it;
//!   [`keys`]: PKCS#1/PKCS#8 private keys and SPKI public keys, PEM or the bare
//!   base64 of Alipay's key tool; RSA2 (SHA256withRSA) and RSA (SHA1withRSA).
//! - [`cert`]: public-key-certificate mode (`app_cert_sn`, `alipay_root_cert_sn`,
//!   the Alipay key chosen by an answer's `alipay_cert_sn`).
//! - [`response`]: the signed node of an answer, found by brace matching over
//!   the raw text, and its verification.
//! - [`Client`]: one async call per API (`pay`, `query`, `cancel`, `refund`,
//!   `close`, `bill_download_url` + `download_bill`), each returning a typed
//!   outcome or a [`CallError`] that says what to do: [`CallError::Unknown`] and
//!   [`CallError::Unverifiable`] → query; [`CallError::Business`] → act on the
//!   `sub_code` ([`BusinessFailure::advice`]); [`CallError::Rejected`] → alarm
//!   staff; [`CallError::InvalidRequest`] → nothing was sent.
//! - [`wire`]: the JSON of requests and answers; [`model`]: domain types.
//! - [`bill`]: the zipped GBK CSV trade bill.
//!
//! Auth codes, buyer ids and the private key are [`masking::Secret`]s and never
//! appear in `Debug` output or logs.
//!
//! ```no_run
//! use alipay::{AlipayKey, Client, ClientConfig, OutTradeNo, PayOutcome, PayRequest, PrivateKey, PublicKey};
//! use money::{Currency, Money};
//!
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let key = PrivateKey::parse("merchant private key", &std::fs::read_to_string("app.pem")?)?;
//! let alipay = PublicKey::parse("Alipay public key", &std::fs::read_to_string("alipay.pem")?)?;
//! let client = Client::new(ClientConfig::new(
//!     "http://127.0.0.1:8660/gateway.do", "2021000000000001", key, AlipayKey::PublicKey(alipay),
//! ))?;
//! let req = PayRequest::new(
//!     OutTradeNo::new("K1_0001")?,
//!     String::from("280000000000000001").into(),
//!     Money::new(1230, Currency::Cny),
//!     "Kiosk order",
//! );
//! match client.pay(&req).await {
//!     Ok(PayOutcome::Paid(p)) => println!("paid, trade {}", p.trade_no),
//!     Ok(PayOutcome::WaitingForBuyer { .. }) => println!("buyer confirming: query"),
//!     Err(e) if e.is_unknown() => println!("unknown ({e}): query"),
//!     Err(e) => println!("failed: {e}"),
//! }
//! # Ok(()) }
//! ```

pub mod bill;
pub mod cert;
mod client;
pub mod error;
pub mod keys;
pub mod model;
pub mod response;
pub mod sign;
pub mod wire;

pub use bill::{Bill, BillKind, BillRow};
pub use cert::{AlipayCertificate, CertificateSet};
pub use client::{
    AlipayKey, Client, ClientConfig, Clock, FixedClock, SignedRequest, SystemClock, error_chain,
    format_timestamp,
};
pub use error::{
    Advice, BillError, BusinessFailure, CallError, ConfigError, KeyError, Rejection, SubCode,
    Unknown, VerifyError,
};
pub use keys::{PrivateKey, PublicKey, SignType};
pub use model::{
    CancelAction, Cancellation, Closed, GoodsLine, OutRequestNo, OutTradeNo, PayOutcome,
    PayRequest, Payment, Refund, RefundRequest, TradeState, TradeStatus,
};

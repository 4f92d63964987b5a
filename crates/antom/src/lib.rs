//! The Antom (Alipay+) client for in-store **user-presented mode**: the buyer
//! shows a payment code of Alipay or of an Alipay+ partner wallet (AlipayHK,
//! GCash, Kakao Pay, TrueMoney…), the kiosk charges it with
//! `POST /ams/api/v1/payments/pay`.
//!
//! - [`sign`]: the content signed (`POST <path>\n<client-id>.<time>.<body>`),
//!   the `Signature` header (`algorithm=RSA256,keyVersion=N,signature=…`,
//!   URL-encoded base64) and its verification. Keys are the same RSA keys as
//!   the Alipay OpenAPI ([`alipay::PrivateKey`], [`alipay::PublicKey`]).
//! - [`AntomClient`]: `pay` (`IN_STORE_PAYMENT`, `CONNECT_WALLET`,
//!   `paymentFactor.inStorePaymentScenario = PaymentCode`), `inquire`
//!   (`inquiryPayment`), `cancel` and `refund`. Every answer must carry a
//!   signature that verifies with Antom's key over its `response-time` and
//!   body; an unsigned or tampered answer is [`AntomError::Unverifiable`],
//!   which callers treat as no answer. Sandbox client ids (`SANDBOX_…`) use
//!   the `/ams/sandbox/api` prefix.
//! - Result handling ([`AntomError`]): `resultStatus` `S` → the typed outcome;
//!   `U` (and no answer within [`PAY_ANSWER_WITHIN`]) → unknown, inquire;
//!   `F` → [`Failure`] with a [`ResultCode`] whose [`ResultCode::advice`] says
//!   whether to ask for a fresh code, another method, or to alarm staff.
//! - [`wire`]: the JSON, field for field; [`model`]: domain types (money as
//!   [`money::Money`], minor units on the wire).
//!
//! The payment code and the buyer's id are [`masking::Secret`]s.
//!
//! ```no_run
//! use antom::{AntomClient, AntomConfig, MerchantInfo, PayOutcome, PayRequest, RequestId};
//! use alipay::{PrivateKey, PublicKey};
//! use money::{Currency, Money};
//!
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let key = PrivateKey::parse("merchant key", &std::fs::read_to_string("merchant.pem")?)?;
//! let antom_key = PublicKey::parse("Antom key", &std::fs::read_to_string("antom.pem")?)?;
//! let merchant = MerchantInfo {
//!     reference_merchant_id: None,
//!     name: "Demo Mart".into(),
//!     mcc: "5411".into(),
//!     store_name: "Demo Mart Central".into(),
//! };
//! let client = AntomClient::new(AntomConfig::new(
//!     "https://open-sea-global.alipay.com", "SANDBOX_5YBX1N2ZD0ES02436", key, antom_key, merchant,
//! ))?;
//! let req = PayRequest {
//!     payment_request_id: RequestId::new("K1_20261122_a1b2c3_000001")?,
//!     code: String::from("281234567890123456").into(),
//!     amount: Money::new(1250, Currency::Hkd),
//!     description: "Kiosk order".into(),
//!     store_id: "S001".into(),
//!     terminal_id: "K1".into(),
//!     goods: Vec::new(),
//!     expires_at: None,
//! };
//! match client.pay(&req).await {
//!     Ok(PayOutcome::Paid(p)) => println!("paid, payment {}", p.payment_id),
//!     Ok(PayOutcome::InProcess { .. }) => println!("buyer confirming: inquire"),
//!     Err(e) if e.is_unknown() => println!("unknown ({e}): inquire"),
//!     Err(e) => println!("failed: {e}"),
//! }
//! # Ok(()) }
//! ```

mod client;
pub mod error;
pub mod model;
pub mod sign;
pub mod wire;

pub use client::{
    AntomClient, AntomConfig, MerchantInfo, PAY_ANSWER_WITHIN, SignedRequest, verify_answer,
};
pub use error::{Advice, AntomError, Failure, ResultCode, Unknown, VerifyError};
pub use model::{
    Cancellation, GoodsLine, PayOutcome, PayRequest, Payment, PaymentState, PaymentStatus, Refund,
    RefundRequest, RequestId, WalletInfo, wallet_display_name,
};

//! The async Antom client: one typed call per API, every answer verified.

use std::sync::Arc;
use std::time::Duration;

use alipay::{Clock, PrivateKey, PublicKey, SystemClock};
use serde::de::DeserializeOwned;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::error::{AntomError, Failure, ResultCode, Unknown, VerifyError};
use crate::model::{
    Cancellation, PayOutcome, PayRequest, Payment, PaymentState, PaymentStatus, Refund,
    RefundRequest, RequestId, WalletInfo, domain_amount, wire_amount,
};
use crate::sign;
use crate::wire::{self, path};

/// Antom's guidance for user-presented mode: a pay request with no answer
/// within 5 s is treated as unknown and inquired.
pub const PAY_ANSWER_WITHIN: Duration = Duration::from_secs(5);

/// The merchant as orders describe it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MerchantInfo {
    /// `referenceMerchantId` (acquirers and platforms name their secondary
    /// merchant; a direct merchant may leave it out).
    pub reference_merchant_id: Option<String>,
    /// The merchant's name.
    pub name: String,
    /// Merchant category code (`5411` grocery stores).
    pub mcc: String,
    /// The store's name.
    pub store_name: String,
}

/// How the client reaches Antom.
#[derive(Debug, Clone)]
pub struct AntomConfig {
    /// Scheme and host, e.g. `https://open-sea-global.alipay.com`; the API
    /// path is added (`/ams/api/…`, `/ams/sandbox/api/…` for sandbox ids).
    pub base_url: String,
    /// `client-id`, issued by Antom (`SANDBOX_…` in the sandbox).
    pub client_id: String,
    /// The version of the merchant key registered with Antom.
    pub key_version: u32,
    /// The merchant's private key.
    pub private_key: PrivateKey,
    /// Antom's public key, to verify answers.
    pub antom_public_key: PublicKey,
    /// The merchant and store.
    pub merchant: MerchantInfo,
    /// `paymentNotifyUrl` (required by the API; the kiosk inquires anyway).
    pub notify_url: String,
    /// TCP connect timeout.
    pub connect_timeout: Duration,
    /// Whole-answer timeout of inquiry, cancel and refund.
    pub read_timeout: Duration,
    /// Whole-answer timeout of pay ([`PAY_ANSWER_WITHIN`] by default).
    pub pay_timeout: Duration,
}

impl AntomConfig {
    /// A config with the default timeouts (3 s connect, 10 s read, 5 s pay).
    pub fn new(
        base_url: impl Into<String>,
        client_id: impl Into<String>,
        private_key: PrivateKey,
        antom_public_key: PublicKey,
        merchant: MerchantInfo,
    ) -> Self {
        AntomConfig {
            base_url: base_url.into(),
            client_id: client_id.into(),
            key_version: 1,
            private_key,
            antom_public_key,
            merchant,
            notify_url: String::from("https://kiosk.invalid/antom/notify"),
            connect_timeout: Duration::from_secs(3),
            read_timeout: Duration::from_secs(10),
            pay_timeout: PAY_ANSWER_WITHIN,
        }
    }

    /// The API prefix: `/ams/sandbox/api` for `SANDBOX_` client ids,
    /// `/ams/api` otherwise.
    pub fn prefix(&self) -> &'static str {
        if self.client_id.starts_with("SANDBOX_") {
            path::SANDBOX_PREFIX
        } else {
            path::LIVE_PREFIX
        }
    }
}

/// A signed request, as it goes on the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedRequest {
    /// The full path, e.g. `/ams/api/v1/payments/pay`.
    pub path: String,
    /// `request-time`.
    pub request_time: String,
    /// The `Signature` header.
    pub signature: String,
    /// The exact body signed and sent.
    pub body: String,
}

/// The Antom client.
#[derive(Debug, Clone)]
pub struct AntomClient {
    config: Arc<AntomConfig>,
    http: reqwest::Client,
    clock: Arc<dyn Clock>,
}

fn unexpected(msg: impl Into<String>) -> AntomError {
    AntomError::Unknown(Unknown::Unexpected(msg.into()))
}

fn transport(e: &reqwest::Error) -> Unknown {
    let text = alipay::error_chain(e);
    if e.is_timeout() {
        Unknown::Timeout(text)
    } else if e.is_connect() {
        Unknown::Connect(text)
    } else {
        Unknown::Transport(text)
    }
}

/// `S`, `F` or `U` of a result, as an error for `F` and `U`.
fn check(result: &wire::ApiResult) -> Result<(), AntomError> {
    let code = ResultCode::from_wire(&result.result_code);
    let message = result.result_message.clone().unwrap_or_default();
    match result.result_status.as_str() {
        "S" => Ok(()),
        "F" => Err(AntomError::Failed(Failure { code, message })),
        "U" => Err(AntomError::Unknown(Unknown::Status { code, message })),
        other => Err(unexpected(format!("resultStatus {other:?}"))),
    }
}

fn echo(expected: &RequestId, got: Option<&str>) -> Result<(), AntomError> {
    match got {
        Some(g) if g != expected.as_str() => {
            Err(unexpected(format!("answer is for paymentRequestId {g}, not {expected}")))
        }
        _ => Ok(()),
    }
}

fn wallet(a: &wire::PaymentAnswer) -> Option<WalletInfo> {
    let psp = a.psp_customer_info.as_ref()?.psp_name.as_deref()?;
    Some(WalletInfo::new(psp, a.wallet_brand_name.as_deref()))
}

fn buyer(a: &wire::PaymentAnswer) -> Option<masking::Secret<String>> {
    a.psp_customer_info
        .as_ref()?
        .display_customer_id
        .clone()
        .filter(|s| !s.is_empty())
        .map(masking::Secret::new)
}

impl AntomClient {
    /// Builds the client.
    pub fn new(config: AntomConfig) -> Result<Self, AntomError> {
        if !(config.base_url.starts_with("https://") || config.base_url.starts_with("http://")) {
            return Err(AntomError::Config {
                key: "base_url",
                reason: format!("{:?} is not an http(s) URL", config.base_url),
            });
        }
        if config.client_id.trim().is_empty() {
            return Err(AntomError::Config { key: "client_id", reason: "empty".into() });
        }
        let http = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .build()
            .map_err(AntomError::Http)?;
        Ok(AntomClient { config: Arc::new(config), http, clock: Arc::new(SystemClock) })
    }

    /// Replaces the clock (for deterministic `request-time`s).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The configuration.
    pub fn config(&self) -> &AntomConfig {
        &self.config
    }

    /// Builds and signs a request to `api` (e.g. [`path::PAY`]).
    pub fn sign_request(&self, api: &str, body: String) -> Result<SignedRequest, AntomError> {
        let c = &self.config;
        let full = format!("{}{api}", c.prefix());
        let millis = self.clock.now().unix_timestamp_nanos() / 1_000_000;
        let request_time = millis.to_string();
        let signature = sign::sign_request(
            &c.private_key,
            c.key_version,
            "POST",
            &full,
            &c.client_id,
            &request_time,
            &body,
        )?;
        Ok(SignedRequest { path: full, request_time, signature, body })
    }

    /// Sends, verifies and parses one call.
    async fn call<T: DeserializeOwned>(
        &self,
        api: &str,
        body: String,
        timeout: Duration,
    ) -> Result<T, AntomError> {
        let c = &self.config;
        let req = self.sign_request(api, body)?;
        let url = format!("{}{}", c.base_url.trim_end_matches('/'), req.path);
        tracing::debug!(api, "antom request");
        let resp = self
            .http
            .post(&url)
            .timeout(timeout)
            .header("content-type", "application/json; charset=UTF-8")
            .header("client-id", &c.client_id)
            .header("request-time", &req.request_time)
            .header("signature", &req.signature)
            .body(req.body)
            .send()
            .await
            .map_err(|e| AntomError::Unknown(transport(&e)))?;
        let status = resp.status();
        if status != reqwest::StatusCode::OK {
            tracing::warn!(api, status = status.as_u16(), "antom HTTP status");
            return Err(AntomError::Unknown(Unknown::HttpStatus(status.as_u16())));
        }
        let header = |name: &'static str| {
            resp.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
        };
        let (client_id, response_time, signature) =
            (header("client-id"), header("response-time"), header("signature"));
        let bytes = resp.bytes().await.map_err(|e| AntomError::Unknown(transport(&e)))?;
        let text = String::from_utf8(bytes.to_vec())
            .map_err(|_| AntomError::Unverifiable(VerifyError::Malformed("not UTF-8".into())))?;
        let verified = verify_answer(
            &c.antom_public_key,
            &c.client_id,
            &req.path,
            client_id.as_deref(),
            response_time.as_deref(),
            signature.as_deref(),
            &text,
        );
        if let Err(e) = verified {
            tracing::warn!(api, error = %e, "unverifiable antom answer");
            return Err(AntomError::Unverifiable(e));
        }
        let result: wire::ResultOnly = serde_json::from_str(&text)
            .map_err(|e| AntomError::Unverifiable(VerifyError::Malformed(e.to_string())))?;
        check(&result.result)?;
        let parsed: T =
            serde_json::from_str(&text).map_err(|e| unexpected(format!("answer body: {e}")))?;
        Ok(parsed)
    }

    /// `pay`, user-presented mode (`IN_STORE_PAYMENT`, `CONNECT_WALLET`,
    /// `PaymentCode`).
    #[tracing::instrument(skip_all, fields(payment_request_id = %req.payment_request_id), err)]
    pub async fn pay(&self, req: &PayRequest) -> Result<PayOutcome, AntomError> {
        if req.amount.minor() < 1 {
            return Err(AntomError::InvalidRequest {
                field: "paymentAmount",
                reason: format!("{} is not a positive amount", req.amount),
            });
        }
        if req.code.expose().is_empty() {
            return Err(AntomError::InvalidRequest {
                field: "paymentMethodId",
                reason: "empty".into(),
            });
        }
        let c = &self.config;
        let now = self.clock.now();
        let body = wire::PayBody {
            product_code: "IN_STORE_PAYMENT".into(),
            payment_request_id: req.payment_request_id.as_str().to_owned(),
            order: wire::Order {
                reference_order_id: req.payment_request_id.as_str().to_owned(),
                order_description: req.description.clone(),
                order_amount: wire_amount(req.amount),
                merchant: wire::Merchant {
                    reference_merchant_id: c.merchant.reference_merchant_id.clone(),
                    merchant_mcc: Some(c.merchant.mcc.clone()),
                    merchant_name: Some(c.merchant.name.clone()),
                    store: wire::Store {
                        reference_store_id: req.store_id.clone(),
                        store_name: c.merchant.store_name.clone(),
                        store_mcc: Some(c.merchant.mcc.clone()),
                    },
                },
                goods: req
                    .goods
                    .iter()
                    .map(|g| wire::Goods {
                        reference_goods_id: g.id.clone(),
                        goods_name: g.name.clone(),
                        goods_unit_amount: wire_amount(g.unit),
                        goods_quantity: g.quantity.to_string(),
                    })
                    .collect(),
                env: wire::Env {
                    store_terminal_id: req.terminal_id.clone(),
                    store_terminal_request_time: iso(now),
                },
            },
            payment_amount: wire_amount(req.amount),
            payment_method: wire::PaymentMethod {
                payment_method_type: "CONNECT_WALLET".into(),
                payment_method_id: req.code.expose().clone(),
            },
            payment_factor: wire::PaymentFactor { in_store_payment_scenario: "PaymentCode".into() },
            payment_notify_url: c.notify_url.clone(),
            payment_expiry_time: req.expires_at.map(iso),
        };
        let body = json(&body)?;
        let answer = self.call::<wire::PaymentAnswer>(path::PAY, body, c.pay_timeout).await;
        let a = match answer {
            Ok(a) => a,
            Err(AntomError::Unknown(Unknown::Status {
                code: ResultCode::PaymentInProcess,
                ..
            })) => {
                return Ok(PayOutcome::InProcess { payment_id: None });
            }
            Err(e) => return Err(e),
        };
        echo(&req.payment_request_id, a.payment_request_id.as_deref())?;
        let payment_id =
            a.payment_id.clone().ok_or_else(|| unexpected("paid answer without paymentId"))?;
        let amount = match &a.payment_amount {
            Some(x) => domain_amount(x).map_err(unexpected)?,
            None => req.amount,
        };
        if amount != req.amount {
            return Err(unexpected(format!("paid {amount}, asked {}", req.amount)));
        }
        Ok(PayOutcome::Paid(Payment {
            payment_id,
            amount,
            paid_at: a.payment_time.clone(),
            wallet: wallet(&a),
            buyer: buyer(&a),
        }))
    }

    /// `inquiryPayment` by the kiosk's trade number.
    #[tracing::instrument(skip_all, fields(payment_request_id = %id), err)]
    pub async fn inquire(&self, id: &RequestId) -> Result<PaymentState, AntomError> {
        let body = json(&wire::PaymentRef {
            payment_request_id: Some(id.as_str().to_owned()),
            payment_id: None,
        })?;
        let a =
            self.call::<wire::PaymentAnswer>(path::INQUIRY, body, self.config.read_timeout).await?;
        echo(id, a.payment_request_id.as_deref())?;
        let status = match a.payment_status.as_deref() {
            Some("SUCCESS") => PaymentStatus::Success,
            Some("FAIL") => PaymentStatus::Fail,
            Some("PROCESSING") => PaymentStatus::Processing,
            Some("CANCELLED") => PaymentStatus::Cancelled,
            Some("PENDING") => PaymentStatus::Pending,
            Some(other) => return Err(unexpected(format!("paymentStatus {other:?}"))),
            None => return Err(unexpected("inquiry answer without paymentStatus")),
        };
        let amount =
            a.payment_amount.as_ref().map(domain_amount).transpose().map_err(unexpected)?;
        Ok(PaymentState {
            status,
            payment_id: a.payment_id.clone(),
            result_code: a.payment_result_code.as_deref().map(ResultCode::from_wire),
            amount,
            paid_at: a.payment_time.clone(),
            wallet: wallet(&a),
            buyer: buyer(&a),
        })
    }

    /// `cancel` by the kiosk's trade number: closes an unpaid payment,
    /// refunds a paid one in full (within the cancel window).
    #[tracing::instrument(skip_all, fields(payment_request_id = %id), err)]
    pub async fn cancel(&self, id: &RequestId) -> Result<Cancellation, AntomError> {
        let body = json(&wire::PaymentRef {
            payment_request_id: Some(id.as_str().to_owned()),
            payment_id: None,
        })?;
        let a =
            self.call::<wire::CancelAnswer>(path::CANCEL, body, self.config.read_timeout).await?;
        echo(id, a.payment_request_id.as_deref())?;
        Ok(Cancellation { payment_id: a.payment_id, cancel_time: a.cancel_time })
    }

    /// `refund`: part or all of a paid payment, idempotent by
    /// `refundRequestId`.
    #[tracing::instrument(skip_all, fields(refund_request_id = %req.refund_request_id), err)]
    pub async fn refund(&self, req: &RefundRequest) -> Result<Refund, AntomError> {
        if req.amount.minor() < 1 {
            return Err(AntomError::InvalidRequest {
                field: "refundAmount",
                reason: format!("{} is not a positive amount", req.amount),
            });
        }
        let body = json(&wire::RefundBody {
            refund_request_id: req.refund_request_id.as_str().to_owned(),
            payment_id: req.payment_id.clone(),
            refund_amount: wire_amount(req.amount),
            refund_reason: req.reason.clone(),
        })?;
        let a =
            self.call::<wire::RefundAnswer>(path::REFUND, body, self.config.read_timeout).await?;
        if let Some(got) = a.refund_request_id.as_deref()
            && got != req.refund_request_id.as_str()
        {
            return Err(unexpected(format!(
                "answer is for refundRequestId {got}, not {}",
                req.refund_request_id
            )));
        }
        let amount = a.refund_amount.as_ref().map(domain_amount).transpose().map_err(unexpected)?;
        Ok(Refund { refund_id: a.refund_id, amount })
    }
}

fn json<T: serde::Serialize>(v: &T) -> Result<String, AntomError> {
    serde_json::to_string(v)
        .map_err(|e| AntomError::InvalidRequest { field: "body", reason: e.to_string() })
}

fn iso(t: OffsetDateTime) -> String {
    t.replace_nanosecond(0).unwrap_or(t).format(&Rfc3339).unwrap_or_default()
}

/// Verifies an answer: its `client-id` is ours, and its `signature` verifies
/// over `POST <path>\n<client-id>.<response-time>.<body>` with Antom's key.
/// An answer without a signature is [`VerifyError::Unsigned`], never success.
pub fn verify_answer(
    antom_key: &PublicKey,
    our_client_id: &str,
    path: &str,
    client_id: Option<&str>,
    response_time: Option<&str>,
    signature: Option<&str>,
    body: &str,
) -> Result<(), VerifyError> {
    let signature = signature.filter(|s| !s.trim().is_empty()).ok_or(VerifyError::Unsigned)?;
    let client_id = client_id.ok_or(VerifyError::MissingHeader("client-id"))?;
    if client_id != our_client_id {
        return Err(VerifyError::WrongClient {
            expected: our_client_id.to_owned(),
            found: client_id.to_owned(),
        });
    }
    let response_time = response_time.ok_or(VerifyError::MissingHeader("response-time"))?;
    let content = sign::content_to_sign("POST", path, client_id, response_time, body);
    sign::verify(antom_key, &content, signature)
}

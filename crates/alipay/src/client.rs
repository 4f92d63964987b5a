//! The async gateway client: one typed call per API.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use masking::Secret;
use money::{Currency, Money};
use serde::de::DeserializeOwned;
use time::OffsetDateTime;
use time::macros::{format_description, offset};

use crate::bill::{self, Bill};
use crate::cert::CertificateSet;
use crate::error::{
    BillError, BusinessFailure, CallError, ConfigError, Rejection, SubCode, Unknown,
};
use crate::keys::{PrivateKey, PublicKey, SignType};
use crate::model::{
    CancelAction, Cancellation, Closed, OutTradeNo, PayOutcome, PayRequest, Payment, Refund,
    RefundRequest, TradeState, TradeStatus,
};
use crate::response;
use crate::sign::content_to_sign;
use crate::wire::{self, Flag, WireCancelAction, WireTradeStatus, method};

/// Where the `timestamp` parameter comes from. Inject a fixed clock for golden
/// tests.
pub trait Clock: Send + Sync + fmt::Debug {
    /// Now.
    fn now(&self) -> OffsetDateTime;
}

/// The system clock.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }
}

/// A clock that always says the same time.
#[derive(Debug, Clone, Copy)]
pub struct FixedClock(pub OffsetDateTime);

impl Clock for FixedClock {
    fn now(&self) -> OffsetDateTime {
        self.0
    }
}

/// `yyyy-MM-dd HH:mm:ss` in Beijing time (UTC+8), as the gateway expects.
pub fn format_timestamp(t: OffsetDateTime) -> String {
    let fmt = format_description!("[year]-[month]-[day] [hour]:[minute]:[second]");
    t.to_offset(offset!(+8)).format(&fmt).unwrap_or_else(|_| String::from("1970-01-01 08:00:00"))
}

/// How answers are verified.
#[derive(Debug, Clone)]
pub enum AlipayKey {
    /// Public-key mode: the Alipay public key.
    PublicKey(PublicKey),
    /// Public-key-certificate mode.
    Certificates(CertificateSet),
}

impl AlipayKey {
    fn key_for(&self, sn: Option<&str>) -> Option<&PublicKey> {
        match self {
            AlipayKey::PublicKey(k) => Some(k),
            AlipayKey::Certificates(set) => set.key_for(sn),
        }
    }
}

/// Everything the client needs. The app maps its settings into this.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// e.g. `https://openapi.alipay.com/gateway.do`.
    pub gateway_url: String,
    /// The app id.
    pub app_id: String,
    /// RSA2 (default) or RSA.
    pub sign_type: SignType,
    /// The merchant app's private key.
    pub private_key: PrivateKey,
    /// The Alipay public key or certificates.
    pub alipay_key: AlipayKey,
    /// Service provider acting for a merchant.
    pub app_auth_token: Option<Secret<String>>,
    /// `extend_params.sys_service_provider_id` added to every pay.
    pub sys_service_provider_id: Option<String>,
    /// `notify_url`, rarely used for barcode payment.
    pub notify_url: Option<String>,
    /// TCP/TLS connect timeout.
    pub connect_timeout: Duration,
    /// Read timeout for the answer.
    pub read_timeout: Duration,
}

impl ClientConfig {
    /// A configuration with the defaults: RSA2, 5 s connect, 15 s read.
    pub fn new(
        gateway_url: impl Into<String>,
        app_id: impl Into<String>,
        private_key: PrivateKey,
        alipay_key: AlipayKey,
    ) -> Self {
        ClientConfig {
            gateway_url: gateway_url.into(),
            app_id: app_id.into(),
            sign_type: SignType::Rsa2,
            private_key,
            alipay_key,
            app_auth_token: None,
            sys_service_provider_id: None,
            notify_url: None,
            connect_timeout: Duration::from_secs(5),
            read_timeout: Duration::from_secs(15),
        }
    }
}

/// A signed request: every parameter (with `sign`) and the string signed.
#[derive(Clone)]
pub struct SignedRequest {
    /// All parameters including `sign` and `biz_content`.
    pub params: BTreeMap<String, String>,
    /// The string that was signed.
    pub content: String,
}

impl fmt::Debug for SignedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // biz_content may hold an auth code: never printed.
        f.debug_struct("SignedRequest")
            .field("method", &self.params.get("method"))
            .finish_non_exhaustive()
    }
}

/// The Alipay gateway client.
#[derive(Debug, Clone)]
pub struct Client {
    config: Arc<ClientConfig>,
    http: reqwest::Client,
    clock: Arc<dyn Clock>,
}

const MAX_MINOR: i64 = 10_000_000_000;

fn cny(field: &'static str, m: Money) -> Result<String, CallError> {
    if m.currency() != Currency::Cny {
        return Err(CallError::InvalidRequest {
            field,
            reason: format!("{m}: Alipay barcode payment is charged in CNY"),
        });
    }
    if m.minor() < 1 || m.minor() > MAX_MINOR {
        return Err(CallError::InvalidRequest {
            field,
            reason: format!("{m} is outside 0.01..100000000.00"),
        });
    }
    Ok(m.to_decimal_string())
}

fn amount(text: Option<&str>) -> Result<Option<Money>, CallError> {
    text.filter(|t| !t.is_empty())
        .map(|t| {
            Money::parse_decimal(t, Currency::Cny)
                .map_err(|e| CallError::Unknown(Unknown::Unexpected(e.to_string())))
        })
        .transpose()
}

fn unexpected(msg: impl Into<String>) -> CallError {
    CallError::Unknown(Unknown::Unexpected(msg.into()))
}

fn biz_json<T: serde::Serialize>(v: &T) -> Result<String, CallError> {
    serde_json::to_string(v)
        .map_err(|e| CallError::InvalidRequest { field: "biz_content", reason: e.to_string() })
}

/// Result code of a verified node.
enum Code {
    Success,
    Paying,
}

fn classify(node: &str, allow_paying: bool) -> Result<Code, CallError> {
    let common: wire::Common =
        serde_json::from_str(node).map_err(|e| unexpected(format!("answer node: {e}")))?;
    let sub_code = common.sub_code.clone().unwrap_or_default();
    let sub_msg = common.sub_msg.clone().unwrap_or_default();
    match common.code.as_str() {
        "10000" => Ok(Code::Success),
        "10003" if allow_paying => Ok(Code::Paying),
        "10003" => Err(unexpected("code 10003 for a method other than pay")),
        "20000" => Err(CallError::Unknown(Unknown::ServiceUnavailable { sub_code, sub_msg })),
        "40004" => {
            let retry = serde_json::from_str::<wire::CancelNode>(node)
                .ok()
                .and_then(|c| c.retry_flag)
                .map(|f| match f {
                    Flag::Y => true,
                    Flag::N => false,
                });
            Err(CallError::Business(BusinessFailure {
                sub_code: SubCode::from_wire(&sub_code),
                sub_msg,
                retry,
            }))
        }
        _ => Err(CallError::Rejected(Rejection {
            code: common.code,
            msg: common.msg,
            sub_code,
            sub_msg,
        })),
    }
}

fn parse_node<T: DeserializeOwned>(node: &str) -> Result<T, CallError> {
    serde_json::from_str(node).map_err(|e| unexpected(format!("answer node: {e}")))
}

fn check_echo(expected: &OutTradeNo, got: Option<&str>) -> Result<(), CallError> {
    match got {
        Some(got) if got != expected.as_str() => {
            Err(unexpected(format!("answer is for out_trade_no {got}, not {expected}")))
        }
        _ => Ok(()),
    }
}

fn status(s: WireTradeStatus) -> TradeStatus {
    match s {
        WireTradeStatus::WaitBuyerPay => TradeStatus::WaitingForBuyer,
        WireTradeStatus::TradeClosed => TradeStatus::Closed,
        WireTradeStatus::TradeSuccess => TradeStatus::Paid,
        WireTradeStatus::TradeFinished => TradeStatus::Finished,
    }
}

fn trade_ref(out_trade_no: &OutTradeNo) -> wire::TradeRefBiz {
    wire::TradeRefBiz { out_trade_no: Some(out_trade_no.as_str().to_owned()), trade_no: None }
}

impl Client {
    /// Builds the client (HTTP client with rustls and the timeouts).
    pub fn new(config: ClientConfig) -> Result<Self, ConfigError> {
        if !(config.gateway_url.starts_with("https://")
            || config.gateway_url.starts_with("http://"))
        {
            return Err(ConfigError::Invalid {
                key: "gateway_url",
                reason: format!("{:?} is not an http(s) URL", config.gateway_url),
            });
        }
        if config.app_id.trim().is_empty() {
            return Err(ConfigError::Invalid { key: "app_id", reason: "empty".into() });
        }
        let http = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .read_timeout(config.read_timeout)
            .timeout(config.connect_timeout + config.read_timeout)
            .build()
            .map_err(ConfigError::Http)?;
        Ok(Client { config: Arc::new(config), http, clock: Arc::new(SystemClock) })
    }

    /// Replaces the clock (for deterministic `timestamp`s).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The configuration.
    pub fn config(&self) -> &ClientConfig {
        &self.config
    }

    /// Builds and signs the parameters of a request.
    pub fn sign_request(
        &self,
        method: &str,
        biz_content: &str,
    ) -> Result<SignedRequest, CallError> {
        let c = &self.config;
        let mut p = BTreeMap::new();
        let mut put = |k: &str, v: &str| {
            p.insert(k.to_owned(), v.to_owned());
        };
        put("app_id", &c.app_id);
        put("method", method);
        put("format", "JSON");
        put("charset", "utf-8");
        put("sign_type", c.sign_type.as_str());
        put("timestamp", &format_timestamp(self.clock.now()));
        put("version", "1.0");
        put("biz_content", biz_content);
        if let Some(n) = &c.notify_url {
            put("notify_url", n);
        }
        if let Some(t) = &c.app_auth_token {
            put("app_auth_token", t.expose());
        }
        if let AlipayKey::Certificates(set) = &c.alipay_key {
            put("app_cert_sn", &set.app_cert_sn);
            put("alipay_root_cert_sn", &set.alipay_root_cert_sn);
        }
        let content = content_to_sign(&p);
        let sign = c
            .private_key
            .sign(&content, c.sign_type)
            .map_err(|e| CallError::InvalidRequest { field: "sign", reason: e.to_string() })?;
        p.insert("sign".into(), sign);
        Ok(SignedRequest { params: p, content })
    }

    /// Sends a request and returns the verified node text.
    async fn call(&self, method: &str, biz_content: String) -> Result<String, CallError> {
        let req = self.sign_request(method, &biz_content)?;
        // As the Java SDK does: common parameters in the URL query (charset must
        // be there), the application parameter biz_content in the form body.
        let query: Vec<(&str, &str)> = req
            .params
            .iter()
            .filter(|(k, _)| k.as_str() != "biz_content")
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        tracing::debug!(method, "gateway request");
        let resp = self
            .http
            .post(&self.config.gateway_url)
            .query(&query)
            .form(&[("biz_content", biz_content.as_str())])
            .send()
            .await
            .map_err(|e| CallError::Unknown(transport(&e)))?;
        let code = resp.status();
        if code != reqwest::StatusCode::OK {
            tracing::warn!(method, status = code.as_u16(), "gateway HTTP status");
            return Err(CallError::Unknown(Unknown::HttpStatus(code.as_u16())));
        }
        let bytes = resp.bytes().await.map_err(|e| CallError::Unknown(transport(&e)))?;
        let body = String::from_utf8(bytes.to_vec()).map_err(|_| {
            CallError::Unverifiable(crate::error::VerifyError::Malformed(
                "the body is not UTF-8".into(),
            ))
        })?;
        let node = response::verify(&body, method, self.config.sign_type, |sn| {
            self.config.alipay_key.key_for(sn)
        })
        .map_err(|e| {
            tracing::warn!(method, error = %e, "unverifiable gateway answer");
            CallError::Unverifiable(e)
        })?;
        Ok(node.content.to_owned())
    }

    /// `alipay.trade.pay`, scene `bar_code` (`security_code` for `fp` codes).
    #[tracing::instrument(skip_all, fields(out_trade_no = %req.out_trade_no), err)]
    pub async fn pay(&self, req: &PayRequest) -> Result<PayOutcome, CallError> {
        let total = cny("total_amount", req.total)?;
        let discountable = req.discountable.map(|d| cny("discountable_amount", d)).transpose()?;
        if req.subject.trim().is_empty() {
            return Err(CallError::InvalidRequest { field: "subject", reason: "empty".into() });
        }
        let code = req.auth_code.expose();
        if code.is_empty() {
            return Err(CallError::InvalidRequest { field: "auth_code", reason: "empty".into() });
        }
        let goods = req
            .goods
            .iter()
            .map(|g| {
                Ok(wire::GoodsDetail {
                    goods_id: g.goods_id.clone(),
                    goods_name: g.goods_name.clone(),
                    quantity: g.quantity,
                    price: cny("goods_detail.price", g.price)?,
                })
            })
            .collect::<Result<Vec<_>, CallError>>()?;
        let biz = wire::PayBiz {
            out_trade_no: req.out_trade_no.as_str().to_owned(),
            scene: if code.starts_with("fp") { "security_code".into() } else { "bar_code".into() },
            auth_code: code.clone(),
            product_code: Some("FACE_TO_FACE_PAYMENT".into()),
            subject: req.subject.clone(),
            total_amount: total,
            discountable_amount: discountable,
            store_id: req.store_id.clone(),
            terminal_id: req.terminal_id.clone(),
            operator_id: req.operator_id.clone(),
            timeout_express: req.timeout_express.clone(),
            goods_detail: goods,
            extend_params: self
                .config
                .sys_service_provider_id
                .as_ref()
                .map(|id| wire::ExtendParams { sys_service_provider_id: Some(id.clone()) }),
        };
        let node = self.call(method::PAY, biz_json(&biz)?).await?;
        let kind = classify(&node, true)?;
        let n: wire::PayNode = parse_node(&node)?;
        check_echo(&req.out_trade_no, n.out_trade_no.as_deref())?;
        match kind {
            Code::Paying => Ok(PayOutcome::WaitingForBuyer { trade_no: n.trade_no }),
            Code::Success => {
                let trade_no =
                    n.trade_no.ok_or_else(|| unexpected("paid answer without trade_no"))?;
                let total = amount(n.total_amount.as_deref())?.unwrap_or(req.total);
                if total != req.total {
                    return Err(unexpected(format!(
                        "paid {total} but {} was requested",
                        req.total
                    )));
                }
                Ok(PayOutcome::Paid(Payment {
                    trade_no,
                    out_trade_no: req.out_trade_no.as_str().to_owned(),
                    total,
                    received: amount(n.receipt_amount.as_deref())?,
                    buyer_logon_id: n.buyer_logon_id.map(Secret::new),
                    buyer_user_id: n.buyer_user_id.map(Secret::new),
                    paid_at: n.gmt_payment,
                }))
            }
        }
    }

    /// `alipay.trade.query`.
    #[tracing::instrument(skip(self), fields(out_trade_no = %out_trade_no), err)]
    pub async fn query(&self, out_trade_no: &OutTradeNo) -> Result<TradeState, CallError> {
        let node = self.call(method::QUERY, biz_json(&trade_ref(out_trade_no))?).await?;
        classify(&node, false)?;
        let n: wire::QueryNode = parse_node(&node)?;
        check_echo(out_trade_no, n.out_trade_no.as_deref())?;
        let st = n.trade_status.ok_or_else(|| unexpected("query answer without trade_status"))?;
        Ok(TradeState {
            trade_no: n.trade_no,
            out_trade_no: out_trade_no.as_str().to_owned(),
            status: status(st),
            total: amount(n.total_amount.as_deref())?,
            received: amount(n.receipt_amount.as_deref())?,
            buyer_logon_id: n.buyer_logon_id.map(Secret::new),
            paid_at: n.send_pay_date,
        })
    }

    /// `alipay.trade.cancel`: closes an unpaid trade or refunds a paid one.
    #[tracing::instrument(skip(self), fields(out_trade_no = %out_trade_no), err)]
    pub async fn cancel(&self, out_trade_no: &OutTradeNo) -> Result<Cancellation, CallError> {
        let node = self.call(method::CANCEL, biz_json(&trade_ref(out_trade_no))?).await?;
        classify(&node, false)?;
        let n: wire::CancelNode = parse_node(&node)?;
        check_echo(out_trade_no, n.out_trade_no.as_deref())?;
        Ok(Cancellation {
            trade_no: n.trade_no,
            out_trade_no: out_trade_no.as_str().to_owned(),
            action: n.action.map(|a| match a {
                WireCancelAction::Close => CancelAction::Closed,
                WireCancelAction::Refund => CancelAction::Refunded,
            }),
            retry: matches!(n.retry_flag, Some(Flag::Y)),
        })
    }

    /// `alipay.trade.refund`: full or partial, idempotent by `out_request_no`.
    #[tracing::instrument(skip_all, fields(out_trade_no = %req.out_trade_no, out_request_no = %req.out_request_no), err)]
    pub async fn refund(&self, req: &RefundRequest) -> Result<Refund, CallError> {
        let biz = wire::RefundBiz {
            out_trade_no: Some(req.out_trade_no.as_str().to_owned()),
            trade_no: None,
            refund_amount: cny("refund_amount", req.amount)?,
            out_request_no: Some(req.out_request_no.as_str().to_owned()),
            refund_reason: req.reason.clone(),
        };
        let node = self.call(method::REFUND, biz_json(&biz)?).await?;
        classify(&node, false)?;
        let n: wire::RefundNode = parse_node(&node)?;
        check_echo(&req.out_trade_no, n.out_trade_no.as_deref())?;
        Ok(Refund {
            trade_no: n.trade_no,
            out_trade_no: req.out_trade_no.as_str().to_owned(),
            fund_change: matches!(n.fund_change, Some(Flag::Y)),
            refunded_total: amount(n.refund_fee.as_deref())?,
        })
    }

    /// `alipay.trade.close`: closes an unpaid trade.
    #[tracing::instrument(skip(self), fields(out_trade_no = %out_trade_no), err)]
    pub async fn close(&self, out_trade_no: &OutTradeNo) -> Result<Closed, CallError> {
        let node = self.call(method::CLOSE, biz_json(&trade_ref(out_trade_no))?).await?;
        classify(&node, false)?;
        let n: wire::CloseNode = parse_node(&node)?;
        check_echo(out_trade_no, n.out_trade_no.as_deref())?;
        Ok(Closed { trade_no: n.trade_no, out_trade_no: n.out_trade_no })
    }

    /// `alipay.data.dataservice.bill.downloadurl.query` for a day's trade bill
    /// (`bill_date` `yyyy-MM-dd`). The URL is valid for about 30 seconds.
    #[tracing::instrument(skip(self), err)]
    pub async fn bill_download_url(&self, date: time::Date) -> Result<String, CallError> {
        let fmt = format_description!("[year]-[month]-[day]");
        let biz = wire::BillBiz {
            bill_type: "trade".into(),
            bill_date: date.format(&fmt).map_err(|e| CallError::InvalidRequest {
                field: "bill_date",
                reason: e.to_string(),
            })?,
        };
        let node = self.call(method::BILL, biz_json(&biz)?).await?;
        classify(&node, false)?;
        let n: wire::BillNode = parse_node(&node)?;
        n.bill_download_url
            .filter(|u| !u.is_empty())
            .ok_or_else(|| unexpected("bill answer without bill_download_url"))
    }

    /// Downloads a bill zip and parses its detail CSV.
    pub async fn download_bill(&self, url: &str) -> Result<Bill, BillError> {
        let resp = self
            .http
            .get(url)
            .send()
            .await
            .map_err(|e| BillError::Download(transport(&e).to_string()))?;
        if !resp.status().is_success() {
            return Err(BillError::Download(format!("HTTP {}", resp.status())));
        }
        let bytes =
            resp.bytes().await.map_err(|e| BillError::Download(transport(&e).to_string()))?;
        bill::parse_zip(&bytes)
    }
}

/// An error and its sources, `outer: inner: innermost`, for transport
/// errors whose useful part (the OS error, the TLS alert) is deep inside.
pub fn error_chain(e: &(dyn std::error::Error + 'static)) -> String {
    let mut text = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        text.push_str(": ");
        text.push_str(&s.to_string());
        src = s.source();
    }
    text
}

fn transport(e: &reqwest::Error) -> Unknown {
    let text = error_chain(e);
    if e.is_timeout() {
        Unknown::Timeout(text)
    } else if e.is_connect() {
        Unknown::Connect(text)
    } else {
        Unknown::Transport(text)
    }
}

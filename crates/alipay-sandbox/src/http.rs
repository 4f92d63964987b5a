//! The HTTP side: the gateway endpoint (parse, verify the merchant's signature,
//! apply scripted faults, sign the answer as Alipay does), the admin endpoints
//! and bill downloads.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use alipay::wire::{self, method};
use alipay::{PrivateKey, PublicKey, SignType};
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get, post};
use serde::{Deserialize, Serialize};

use crate::ledger::{Answer, Ledger, TradeRecord};

/// A fault the gateway injects.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Fault {
    /// Answer after `ms` milliseconds.
    Delay {
        /// Milliseconds.
        ms: u64,
    },
    /// Never answer (the client's read timeout fires).
    Hang,
    /// Close the connection without an answer.
    Drop,
    /// Answer this HTTP status with an HTML body.
    HttpStatus {
        /// e.g. 502.
        status: u16,
    },
    /// Answer 200 with a body that is not valid JSON.
    Garbled,
    /// Answer with a signature that does not verify.
    BadSignature,
    /// Answer code 20000 (service unavailable), correctly signed.
    Unavailable,
    /// Answer 40004 ACQ.SYSTEM_ERROR with `retry_flag=Y`, correctly signed
    /// (Antom: `U UNKNOWN_EXCEPTION`).
    SystemError,
    /// Answer without any signature (Alipay: no `sign`; Antom: no
    /// `signature` header).
    Unsigned,
    /// Answer a cancel as if its window had passed (Alipay 40004
    /// ACQ.TRADE_CANCEL_TIME_OUT; Antom `F CANCEL_WINDOW_EXCEED`).
    CancelWindowPassed,
}

impl Fault {
    pub(crate) fn processed_by_default(&self) -> bool {
        match self {
            Fault::Delay { .. }
            | Fault::Hang
            | Fault::Drop
            | Fault::Garbled
            | Fault::BadSignature
            | Fault::Unsigned => true,
            Fault::HttpStatus { .. }
            | Fault::Unavailable
            | Fault::SystemError
            | Fault::CancelWindowPassed => false,
        }
    }
}

/// A scripted fault for the next `count` gateway requests (of one method, or
/// any). POST it as JSON to `/admin/faults`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FaultRule {
    /// The fault.
    pub fault: Fault,
    /// How many requests it applies to (default 1).
    #[serde(default = "one")]
    pub count: u32,
    /// Only requests of this method (`alipay.trade.pay`…); all when absent.
    #[serde(default)]
    pub method: Option<String>,
    /// Whether the request is carried out before the fault hits the answer
    /// (the trade happens, the answer is lost). Defaults: true for delay, hang,
    /// drop, garbled, bad_signature; false for http_status, unavailable,
    /// system_error.
    #[serde(default)]
    pub processed: Option<bool>,
}

fn one() -> u32 {
    1
}

/// Marker: the connection layer closes the connection instead of answering.
#[derive(Debug, Clone, Copy)]
pub(crate) struct DropConnection;

pub(crate) struct Shared {
    pub ledger: Mutex<Ledger>,
    pub faults: Mutex<VecDeque<FaultRule>>,
    pub bills: Mutex<HashMap<String, (Vec<u8>, Instant)>>,
    pub merchant_key: PublicKey,
    pub gateway_key: PrivateKey,
    pub app_id: Option<String>,
    pub alipay_cert_sn: Option<String>,
    pub antom_client_id: Option<String>,
    pub account: String,
    pub base_url: Mutex<String>,
}

/// The connection closes without an answer (the `drop` fault).
pub(crate) fn dropped() -> Response {
    let mut r = Response::new(axum::body::Body::empty());
    r.extensions_mut().insert(DropConnection);
    r
}

/// A proxy's error page instead of an answer (the `http_status` fault).
pub(crate) fn http_status(status: u16) -> Response {
    (
        StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY),
        [(header::CONTENT_TYPE, "text/html")],
        "<html><body><h1>Bad Gateway</h1></body></html>",
    )
        .into_response()
}

pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Shared {
    pub(crate) fn next_fault(&self, method: &str) -> Option<FaultRule> {
        let mut q = lock(&self.faults);
        let idx = q.iter().position(|r| r.method.as_deref().is_none_or(|m| m == method))?;
        let rule = q.get_mut(idx)?;
        rule.count = rule.count.saturating_sub(1);
        let taken = rule.clone();
        if rule.count == 0 {
            q.remove(idx);
        }
        Some(taken)
    }

    /// The signed body, as Alipay lays it out.
    fn signed_body(
        &self,
        node_name: &str,
        node: &str,
        sign_type: SignType,
        break_sign: bool,
    ) -> String {
        let mut sign = self.gateway_key.sign(node, sign_type).unwrap_or_default();
        if break_sign {
            // Flip one base64 character: still base64, no longer valid.
            let flipped: String = sign
                .char_indices()
                .map(|(i, c)| if i == 10 { if c == 'A' { 'B' } else { 'A' } } else { c })
                .collect();
            sign = flipped;
        }
        let cert = self
            .alipay_cert_sn
            .as_ref()
            .map(|sn| format!(",\"alipay_cert_sn\":\"{sn}\""))
            .unwrap_or_default();
        format!("{{\"{node_name}\":{node},\"sign\":\"{sign}\"{cert}}}")
    }
}

pub(crate) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/gateway.do", any(gateway))
        .route("/ams/api/v1/payments/{api}", post(crate::antom_api::endpoint))
        .route("/ams/sandbox/api/v1/payments/{api}", post(crate::antom_api::endpoint))
        .route("/admin/faults", get(list_faults).post(add_fault).delete(clear_faults))
        .route("/admin/ledger", get(ledger))
        .route("/admin/public-key", get(public_key))
        .route("/bill/{token}", get(bill))
        .with_state(shared)
}

fn json_response(status: StatusCode, body: String) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json;charset=utf-8")], body).into_response()
}

async fn gateway(State(s): State<Arc<Shared>>, RawQuery(query): RawQuery, body: Bytes) -> Response {
    let query = query.unwrap_or_default();
    let mut params = BTreeMap::new();
    let mut duplicate = false;
    for (k, v) in form_urlencoded::parse(query.as_bytes()).chain(form_urlencoded::parse(&body)) {
        if params.insert(k.into_owned(), v.into_owned()).is_some() {
            duplicate = true;
        }
    }
    let method = params.get("method").cloned().unwrap_or_default();
    let sign_type = match params.get("sign_type").map(String::as_str) {
        Some("RSA") => SignType::Rsa,
        _ => SignType::Rsa2,
    };
    let node_name = if method::ALL.contains(&method.as_str()) {
        alipay::response::node_name(&method)
    } else {
        "error_response".to_owned()
    };
    let answer = |a: Answer| {
        json_response(StatusCode::OK, s.signed_body(&node_name, &a.to_json(), sign_type, false))
    };

    // Protocol checks, in the order Alipay reports them.
    if node_name == "error_response" {
        return answer(Answer::fail("40002", "isv.invalid-method", "不存在的方法名"));
    }
    if duplicate {
        return answer(Answer::fail("40002", "isv.invalid-parameter", "参数重复"));
    }
    if !form_urlencoded::parse(query.as_bytes()).any(|(k, _)| k == "charset") {
        return answer(Answer::fail("40002", "isv.invalid-charset", "charset 必须在 URL 中"));
    }
    for k in ["app_id", "sign_type", "timestamp", "version", "biz_content"] {
        if params.get(k).is_none_or(|v| v.is_empty()) {
            return answer(Answer::fail(
                "40001",
                &format!("isv.missing-{}", k.replace('_', "-")),
                &format!("缺少 {k}"),
            ));
        }
    }
    if !matches!(params.get("sign_type").map(String::as_str), Some("RSA2" | "RSA")) {
        return answer(Answer::fail("40002", "isv.invalid-signature-type", "签名类型不支持"));
    }
    if let Some(app) = &s.app_id
        && params.get("app_id") != Some(app)
    {
        return answer(Answer::fail("40002", "isv.invalid-app-id", "无效的AppID参数"));
    }
    let Some(sign) = params.get("sign").filter(|v| !v.is_empty()).cloned() else {
        return answer(Answer::fail("40001", "isv.missing-signature", "缺少签名参数"));
    };
    let content = alipay::sign::content_to_sign(&params);
    if !s.merchant_key.verify(content.as_bytes(), &sign, sign_type) {
        tracing::info!(method, "sandbox: request signature does not verify");
        return answer(Answer::fail(
            "40002",
            "isv.invalid-signature",
            &format!(
                "验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为：{content}"
            ),
        ));
    }

    let fault = s.next_fault(&method);
    let processed = fault
        .as_ref()
        .map(|f| f.processed.unwrap_or_else(|| f.fault.processed_by_default()))
        .unwrap_or(true);
    let biz = params.get("biz_content").cloned().unwrap_or_default();
    let result = if processed { Some(dispatch(&s, &method, &biz)) } else { None };
    let Some(rule) = fault else {
        return answer(result.unwrap_or_else(|| Answer::fail("20000", "isp.unknow-error", "")));
    };
    tracing::info!(method, fault = ?rule.fault, processed, "sandbox: injecting fault");
    match rule.fault {
        Fault::Delay { ms } => {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            answer(result.unwrap_or_else(|| dispatch(&s, &method, &biz)))
        }
        Fault::Hang => {
            tokio::time::sleep(Duration::from_secs(24 * 3600)).await;
            answer(Answer::fail("20000", "isp.unknow-error", "hang"))
        }
        Fault::Drop => dropped(),
        Fault::HttpStatus { status } => http_status(status),
        Fault::Garbled => json_response(
            StatusCode::OK,
            format!("{{\"{node_name}\":{{\"code\":\"10000\",\"msg\":\"Succ\u{fffd}\u{fffd}"),
        ),
        Fault::BadSignature => {
            let a = result.unwrap_or_else(|| dispatch(&s, &method, &biz));
            json_response(StatusCode::OK, s.signed_body(&node_name, &a.to_json(), sign_type, true))
        }
        Fault::Unavailable => answer(Answer::fail("20000", "isp.unknow-error", "系统繁忙")),
        Fault::Unsigned => {
            let a = result.unwrap_or_else(|| dispatch(&s, &method, &biz));
            json_response(StatusCode::OK, format!("{{\"{node_name}\":{}}}", a.to_json()))
        }
        Fault::CancelWindowPassed => {
            answer(Answer::fail("40004", "ACQ.TRADE_CANCEL_TIME_OUT", "超过撤销时间范围"))
        }
        Fault::SystemError => {
            let mut a = Answer::fail("40004", "ACQ.SYSTEM_ERROR", "系统错误");
            if method == method::CANCEL {
                a.fields = serde_json::json!({"retry_flag": "Y"});
            }
            answer(a)
        }
    }
}

fn parse<T: serde::de::DeserializeOwned>(biz: &str) -> Result<T, Box<Answer>> {
    serde_json::from_str(biz).map_err(|e| {
        Box::new(Answer::fail("40004", "ACQ.INVALID_PARAMETER", &format!("biz_content: {e}")))
    })
}

fn dispatch(s: &Shared, method: &str, biz: &str) -> Answer {
    let run = || -> Result<Answer, Box<Answer>> {
        Ok(match method {
            method::PAY => lock(&s.ledger).pay(&parse::<wire::PayBiz>(biz)?),
            method::QUERY => lock(&s.ledger).query(&parse(biz)?),
            method::CANCEL => lock(&s.ledger).cancel(&parse(biz)?),
            method::CLOSE => lock(&s.ledger).close(&parse(biz)?),
            method::REFUND => lock(&s.ledger).refund(&parse(biz)?),
            method::BILL => {
                let b: wire::BillBiz = parse(biz)?;
                if b.bill_type != "trade" || b.bill_date.len() != 10 {
                    return Err(Box::new(Answer::fail(
                        "40004",
                        "isp.bill_not_exist",
                        "账单不存在 (sandbox serves daily trade bills)",
                    )));
                }
                let csv = lock(&s.ledger).bill_csv(&b.bill_date, &s.account);
                let zip = bill_zip(&s.account, &b.bill_date, csv)
                    .map_err(|e| Box::new(Answer::fail("40004", "ACQ.SYSTEM_ERROR", &e)))?;
                let token = format!("{:032x}", rand::random::<u128>());
                let url = format!("{}/bill/{token}.zip", lock(&s.base_url));
                lock(&s.bills).insert(token, (zip, Instant::now() + Duration::from_secs(30)));
                Answer {
                    common: wire::Common {
                        code: "10000".into(),
                        msg: "Success".into(),
                        sub_code: None,
                        sub_msg: None,
                    },
                    fields: serde_json::json!({ "bill_download_url": url }),
                }
            }
            _ => Answer::fail("40002", "isv.invalid-method", "不存在的方法名"),
        })
    };
    run().unwrap_or_else(|a| *a)
}

fn bill_zip(account: &str, date: &str, csv: Vec<u8>) -> Result<Vec<u8>, String> {
    use std::io::Write;
    let day = date.replace('-', "");
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    w.start_file(format!("{account}_{day}_业务明细.csv"), opts).map_err(|e| e.to_string())?;
    w.write_all(&csv).map_err(|e| e.to_string())?;
    let summary = format!(
        "#支付宝业务汇总查询\r\n#账号：[{account}]\r\n门店编号,门店名称,交易订单总笔数,退款订单总笔数\r\n#导出时间：[{date}]\r\n"
    );
    w.start_file(format!("{account}_{day}_业务明细(汇总).csv"), opts).map_err(|e| e.to_string())?;
    w.write_all(&encoding_rs::GBK.encode(&summary).0).map_err(|e| e.to_string())?;
    w.finish().map(|c| c.into_inner()).map_err(|e| e.to_string())
}

async fn bill(State(s): State<Arc<Shared>>, Path(token): Path<String>) -> Response {
    let token = token.trim_end_matches(".zip");
    let mut bills = lock(&s.bills);
    bills.retain(|_, (_, exp)| *exp > Instant::now());
    match bills.get(token) {
        Some((zip, _)) => {
            (StatusCode::OK, [(header::CONTENT_TYPE, "application/zip")], zip.clone())
                .into_response()
        }
        None => (StatusCode::NOT_FOUND, "bill URL expired or unknown").into_response(),
    }
}

async fn list_faults(State(s): State<Arc<Shared>>) -> Response {
    let q: Vec<FaultRule> = lock(&s.faults).iter().cloned().collect();
    json_response(StatusCode::OK, serde_json::to_string(&q).unwrap_or_default())
}

async fn add_fault(State(s): State<Arc<Shared>>, body: Bytes) -> Response {
    match serde_json::from_slice::<FaultRule>(&body) {
        Ok(rule) if rule.count > 0 => {
            lock(&s.faults).push_back(rule);
            json_response(StatusCode::OK, "{\"ok\":true}".into())
        }
        Ok(_) => (StatusCode::BAD_REQUEST, "count must be at least 1").into_response(),
        Err(e) => (StatusCode::BAD_REQUEST, format!("fault rule: {e}")).into_response(),
    }
}

async fn clear_faults(State(s): State<Arc<Shared>>) -> Response {
    lock(&s.faults).clear();
    json_response(StatusCode::OK, "{\"ok\":true}".into())
}

async fn ledger(State(s): State<Arc<Shared>>) -> Response {
    let trades: Vec<TradeRecord> = lock(&s.ledger).dump();
    json_response(
        StatusCode::OK,
        serde_json::to_string_pretty(&serde_json::json!({ "trades": trades })).unwrap_or_default(),
    )
}

async fn public_key(State(s): State<Arc<Shared>>) -> Response {
    match s.gateway_key.public_key().to_spki_pem() {
        Ok(pem) => (StatusCode::OK, pem).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

//! The Antom (Alipay+) side of the sandbox: `POST /ams/api/v1/payments/{pay,
//! inquiryPayment, cancel, refund}` (and the same under `/ams/sandbox/api`).
//!
//! Requests are verified as Antom does (`client-id`, `request-time`, the
//! `Signature` header over `POST <path>\n<client-id>.<request-time>.<body>`
//! with the merchant's public key); answers are signed over their
//! `response-time` and body with the gateway key. The trades live in the same
//! ledger as the Alipay protocol's, so the buyers (auth code scenarios), the
//! cancel tombstones and the refund rules are the same; scripted faults name
//! the Alipay method with the same role (`alipay.trade.pay` for `pay`,
//! `.query` for `inquiryPayment`, `.cancel`, `.refund`).

use std::sync::Arc;
use std::time::Duration;

use alipay::wire;
use antom::wire as aw;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::http::{Fault, Shared, dropped, http_status, lock};
use crate::ledger::{Answer, Status, TradeRecord, beijing, yuan};

/// The Antom API of a path, with the Alipay method of the same role.
fn api_of(path: &str) -> Option<(&'static str, &'static str)> {
    let rest = path
        .strip_prefix(aw::path::LIVE_PREFIX)
        .or_else(|| path.strip_prefix(aw::path::SANDBOX_PREFIX))?;
    match rest {
        aw::path::PAY => Some(("pay", wire::method::PAY)),
        aw::path::INQUIRY => Some(("inquiryPayment", wire::method::QUERY)),
        aw::path::CANCEL => Some(("cancel", wire::method::CANCEL)),
        aw::path::REFUND => Some(("refund", wire::method::REFUND)),
        _ => None,
    }
}

/// The wallet a sandbox code pays with (`pspName`). Real codes do not name
/// their wallet in a public way; the sandbox reads the code issuer of 24-digit
/// Alipay+ codes from this table, and everything else is Alipay (mainland).
pub(crate) fn sandbox_wallet(code: &str) -> &'static str {
    if code.len() == 24 && code.get(6..8) == Some("02") {
        match code.get(..6) {
            Some("250001") => "ALIPAY_HK",
            Some("250002") => "GCASH",
            Some("250003") => "KAKAOPAY",
            Some("250004") => "TRUEMONEY",
            Some("250005") => "TNG",
            Some("250006") => "DANA",
            _ => "ALIPAY_CN",
        }
    } else {
        "ALIPAY_CN"
    }
}

fn result(code: &str, status: &str, message: &str) -> Value {
    json!({"resultCode": code, "resultStatus": status, "resultMessage": message})
}

fn only(code: &str, status: &str, message: &str) -> Value {
    json!({ "result": result(code, status, message) })
}

fn iso_of_beijing(ms: i64) -> String {
    // `yyyy-MM-dd HH:mm:ss` (UTC+8) → ISO 8601 with the offset spelled out.
    format!("{}+08:00", beijing(ms).replacen(' ', "T", 1))
}

fn amount(t: &TradeRecord, minor: i64) -> Value {
    json!({"currency": t.currency, "value": minor.to_string()})
}

fn payment_fields(t: &TradeRecord) -> serde_json::Map<String, Value> {
    let mut m = serde_json::Map::new();
    m.insert("paymentRequestId".into(), json!(t.out_trade_no));
    m.insert("paymentId".into(), json!(t.trade_no));
    m.insert("paymentAmount".into(), amount(t, t.total_minor));
    m.insert("paymentCreateTime".into(), json!(iso_of_beijing(t.created_ms)));
    if let Some(paid) = t.paid_ms {
        m.insert("paymentTime".into(), json!(iso_of_beijing(paid)));
        m.insert(
            "pspCustomerInfo".into(),
            json!({
                "pspName": t.psp_name.clone().unwrap_or_else(|| "ALIPAY_CN".into()),
                "pspCustomerId": t.buyer_user_id,
                "displayCustomerId": t.buyer_logon_id,
            }),
        );
    }
    m
}

fn with_result(mut fields: serde_json::Map<String, Value>, r: Value) -> Value {
    fields.insert("result".into(), r);
    Value::Object(fields)
}

/// An Alipay failure answer of the ledger, in Antom's words.
fn failure(a: &Answer) -> Value {
    let sub = a.common.sub_code.as_deref().unwrap_or_default();
    let msg = a.common.sub_msg.as_deref().unwrap_or_default();
    let (code, status) = match (a.common.code.as_str(), sub) {
        ("20000", _) | (_, "ACQ.SYSTEM_ERROR") => ("UNKNOWN_EXCEPTION", "U"),
        (_, "ACQ.TRADE_NOT_EXIST") => ("ORDER_NOT_EXIST", "F"),
        (_, "ACQ.TRADE_HAS_CLOSE") => ("ORDER_IS_CLOSED", "F"),
        (_, "ACQ.CONTEXT_INCONSISTENT" | "ACQ.REQUEST_AMOUNT_EXCEED") => {
            ("REPEAT_REQ_INCONSISTENT", "F")
        }
        (_, "ACQ.BUYER_BALANCE_NOT_ENOUGH") => ("USER_BALANCE_NOT_ENOUGH", "F"),
        (_, "ACQ.PAYMENT_AUTH_CODE_INVALID") => ("INVALID_CODE", "F"),
        (_, "ACQ.PAYMENT_REQUEST_HAS_RISK") => ("RISK_REJECT", "F"),
        (_, "ACQ.PAYMENT_FAIL") => ("PROCESS_FAIL", "F"),
        (_, "ACQ.TRADE_CANCEL_TIME_OUT") => ("CANCEL_WINDOW_EXCEED", "F"),
        (_, "ACQ.REFUND_AMT_NOT_EQUAL_TOTAL") => ("REFUND_AMOUNT_EXCEED", "F"),
        (_, "ACQ.TRADE_STATUS_ERROR") => ("ORDER_STATUS_INVALID", "F"),
        (_, "ACQ.INVALID_PARAMETER") => ("PARAM_ILLEGAL", "F"),
        _ => ("PROCESS_FAIL", "F"),
    };
    only(code, status, msg)
}

fn param_illegal(why: &str) -> Value {
    only("PARAM_ILLEGAL", "F", why)
}

fn parse<T: serde::de::DeserializeOwned>(body: &str) -> Result<T, Box<Value>> {
    serde_json::from_str(body).map_err(|e| Box::new(param_illegal(&format!("body: {e}"))))
}

/// Carries out one API call on the ledger.
fn dispatch(s: &Shared, api: &str, body: &str) -> Value {
    let run = || -> Result<Value, Box<Value>> {
        Ok(match api {
            "pay" => pay(s, &parse(body)?),
            "inquiryPayment" => inquire(s, &parse(body)?),
            "cancel" => cancel(s, &parse(body)?),
            "refund" => refund(s, &parse(body)?),
            _ => only("INVALID_API", "F", "no such API"),
        })
    };
    run().unwrap_or_else(|v| *v)
}

fn pay(s: &Shared, b: &aw::PayBody) -> Value {
    if b.product_code != "IN_STORE_PAYMENT" {
        return param_illegal("productCode must be IN_STORE_PAYMENT");
    }
    if b.payment_method.payment_method_type != "CONNECT_WALLET" {
        return param_illegal("paymentMethod.paymentMethodType must be CONNECT_WALLET");
    }
    if b.payment_factor.in_store_payment_scenario != "PaymentCode" {
        return param_illegal("paymentFactor.inStorePaymentScenario must be PaymentCode");
    }
    if b.payment_amount != b.order.order_amount {
        return param_illegal("paymentAmount differs from order.orderAmount");
    }
    if b.payment_notify_url.trim().is_empty() {
        return param_illegal("paymentNotifyUrl is required");
    }
    let Ok(currency) = b.payment_amount.currency.parse::<money::Currency>() else {
        return only("CURRENCY_NOT_SUPPORT", "F", "unknown currency");
    };
    let Some(minor) = b.payment_amount.value.parse::<i64>().ok().filter(|v| *v > 0) else {
        return param_illegal("paymentAmount.value must be positive minor units");
    };
    let timeout_express = b.payment_expiry_time.as_deref().and_then(|t| {
        let at = OffsetDateTime::parse(t, &Rfc3339).ok()?;
        let secs = (at - OffsetDateTime::now_utc()).whole_seconds().max(60);
        Some(format!("{}m", (secs + 59) / 60))
    });
    let biz = wire::PayBiz {
        out_trade_no: b.payment_request_id.clone(),
        scene: "bar_code".into(),
        auth_code: b.payment_method.payment_method_id.clone(),
        product_code: None,
        subject: b.order.order_description.clone(),
        total_amount: yuan(minor),
        discountable_amount: None,
        store_id: Some(b.order.merchant.store.reference_store_id.clone()),
        terminal_id: Some(b.order.env.store_terminal_id.clone()),
        operator_id: None,
        timeout_express,
        goods_detail: Vec::new(),
        extend_params: None,
    };
    let mut ledger = lock(&s.ledger);
    if let Some(t) = ledger.record(&b.payment_request_id)
        && t.scenario.is_some()
        && t.currency != currency.code()
    {
        return only("REPEAT_REQ_INCONSISTENT", "F", "same paymentRequestId, other currency");
    }
    let a = ledger.pay(&biz);
    ledger.tag(
        &b.payment_request_id,
        currency.code(),
        sandbox_wallet(&b.payment_method.payment_method_id),
    );
    let rec = ledger.record(&b.payment_request_id);
    drop(ledger);
    let sub = a.common.sub_code.as_deref().unwrap_or_default();
    match (a.common.code.as_str(), sub, rec) {
        ("10000", _, Some(t)) | ("40004", "ACQ.TRADE_HAS_SUCCESS", Some(t)) => {
            with_result(payment_fields(&t), result("SUCCESS", "S", "success"))
        }
        ("10003", _, Some(t)) => {
            let mut m = serde_json::Map::new();
            m.insert("paymentRequestId".into(), json!(t.out_trade_no));
            m.insert("paymentId".into(), json!(t.trade_no));
            with_result(m, result("PAYMENT_IN_PROCESS", "U", "payment in process"))
        }
        _ => failure(&a),
    }
}

fn find(s: &Shared, r: &aw::PaymentRef) -> Option<TradeRecord> {
    let mut ledger = lock(&s.ledger);
    match (&r.payment_id, &r.payment_request_id) {
        (Some(id), _) => ledger.by_trade_no(id),
        (None, Some(req)) => ledger.record(req),
        (None, None) => None,
    }
}

fn inquire(s: &Shared, r: &aw::PaymentRef) -> Value {
    if r.payment_id.is_none() && r.payment_request_id.is_none() {
        return param_illegal("paymentRequestId or paymentId is required");
    }
    let Some(t) = find(s, r).filter(|t| t.scenario.is_some()) else {
        return only("ORDER_NOT_EXIST", "F", "order not exist");
    };
    let (status, code) = match t.status {
        Status::WaitBuyerPay => ("PROCESSING", "PAYMENT_IN_PROCESS"),
        Status::TradeSuccess => ("SUCCESS", "SUCCESS"),
        // Refunds do not change a paid payment's status; a cancel does.
        Status::TradeClosed if t.paid_ms.is_some() && !t.cancelled_with_refund => {
            ("SUCCESS", "SUCCESS")
        }
        Status::TradeClosed if t.closed_ms.is_some() && t.closed_ms == t.close_at_ms => {
            ("FAIL", "ORDER_IS_CLOSED")
        }
        Status::TradeClosed => ("CANCELLED", "ORDER_IS_CANCELED"),
    };
    let mut m = payment_fields(&t);
    m.insert("paymentStatus".into(), json!(status));
    m.insert("paymentResultCode".into(), json!(code));
    m.insert("paymentResultMessage".into(), json!(status.to_lowercase()));
    with_result(m, result("SUCCESS", "S", "success"))
}

fn cancel(s: &Shared, r: &aw::PaymentRef) -> Value {
    let req_id = match (&r.payment_request_id, &r.payment_id) {
        (Some(req), _) => req.clone(),
        (None, Some(_)) => match find(s, r) {
            Some(t) => t.out_trade_no,
            None => return only("ORDER_NOT_EXIST", "F", "order not exist"),
        },
        (None, None) => return param_illegal("paymentRequestId or paymentId is required"),
    };
    let a = lock(&s.ledger)
        .cancel(&wire::TradeRefBiz { out_trade_no: Some(req_id.clone()), trade_no: None });
    if a.common.code != "10000" {
        return failure(&a);
    }
    let t = lock(&s.ledger).record(&req_id);
    let mut m = serde_json::Map::new();
    m.insert("paymentRequestId".into(), json!(req_id));
    if let Some(t) = t.filter(|t| !t.trade_no.is_empty()) {
        m.insert("paymentId".into(), json!(t.trade_no));
    }
    m.insert("cancelTime".into(), json!(now_iso()));
    with_result(m, result("SUCCESS", "S", "success"))
}

fn refund(s: &Shared, b: &aw::RefundBody) -> Value {
    let Some(t) = lock(&s.ledger).by_trade_no(&b.payment_id) else {
        return only("ORDER_NOT_EXIST", "F", "order not exist");
    };
    if b.refund_amount.currency != t.currency {
        return param_illegal("refundAmount.currency differs from the payment's");
    }
    let Some(minor) = b.refund_amount.value.parse::<i64>().ok().filter(|v| *v > 0) else {
        return param_illegal("refundAmount.value must be positive minor units");
    };
    let a = lock(&s.ledger).refund(&wire::RefundBiz {
        out_trade_no: Some(t.out_trade_no.clone()),
        trade_no: None,
        refund_amount: yuan(minor),
        out_request_no: Some(b.refund_request_id.clone()),
        refund_reason: b.refund_reason.clone(),
    });
    if a.common.code != "10000" {
        return failure(&a);
    }
    json!({
        "result": result("SUCCESS", "S", "success"),
        "refundRequestId": b.refund_request_id,
        // One id per refund request, stable across retries of it.
        "refundId": refund_id(s, &t.out_trade_no, &b.refund_request_id),
        "paymentId": t.trade_no,
        "refundAmount": amount(&t, minor),
        "refundTime": now_iso(),
    })
}

/// Antom's id of a refund: the payment's id and the refund's place among its
/// refunds.
fn refund_id(s: &Shared, out_trade_no: &str, refund_request_id: &str) -> String {
    let t = lock(&s.ledger).record(out_trade_no);
    let n = t
        .as_ref()
        .and_then(|t| t.refunds.iter().position(|r| r.out_request_no == refund_request_id))
        .map_or(0, |i| i + 1);
    format!("{}R{n:03}", t.map(|t| t.trade_no).unwrap_or_default())
}

fn now_iso() -> String {
    let t = OffsetDateTime::now_utc();
    t.replace_nanosecond(0).unwrap_or(t).format(&Rfc3339).unwrap_or_default()
}

impl Shared {
    /// A signed Antom answer: `client-id`, `response-time`, `signature`.
    fn antom_answer(
        &self,
        path: &str,
        client_id: &str,
        body: &Value,
        break_sign: bool,
    ) -> Response {
        let text = body.to_string();
        let response_time = now_iso();
        let content = antom::sign::content_to_sign("POST", path, client_id, &response_time, &text);
        let mut sig = self.gateway_key.sign(&content, alipay::SignType::Rsa2).unwrap_or_default();
        if break_sign {
            sig = sig
                .char_indices()
                .map(|(i, c)| if i == 10 { if c == 'A' { 'B' } else { 'A' } } else { c })
                .collect();
        }
        (
            StatusCode::OK,
            [
                (header::CONTENT_TYPE.as_str(), "application/json; charset=UTF-8".to_owned()),
                ("client-id", client_id.to_owned()),
                ("response-time", response_time),
                ("signature", antom::sign::SignatureHeader::format(1, &sig)),
            ],
            text,
        )
            .into_response()
    }
}

/// `POST /ams/{api,sandbox/api}/v1/payments/*`.
pub(crate) async fn endpoint(
    State(s): State<Arc<Shared>>,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let path = uri.path().to_owned();
    let header = |n: &str| headers.get(n).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let client_id = header("client-id").unwrap_or_default();
    let answer = |v: Value| s.antom_answer(&path, &client_id, &v, false);
    let Some((api, alipay_method)) = api_of(&path) else {
        return answer(only("INVALID_API", "F", "no such API"));
    };
    let Ok(text) = String::from_utf8(body.to_vec()) else {
        return answer(param_illegal("the body is not UTF-8"));
    };
    if client_id.is_empty() {
        return answer(only("CLIENT_INVALID", "F", "client-id header is missing"));
    }
    if let Some(expected) = &s.antom_client_id
        && expected != &client_id
    {
        return answer(only("CLIENT_INVALID", "F", "unknown client-id"));
    }
    let Some(request_time) = header("request-time").filter(|t| !t.is_empty()) else {
        return answer(param_illegal("request-time header is missing"));
    };
    let Some(signature) = header("signature") else {
        return answer(only("INVALID_SIGNATURE", "F", "signature header is missing"));
    };
    let content = antom::sign::content_to_sign("POST", &path, &client_id, &request_time, &text);
    if let Err(e) = antom::sign::verify(&s.merchant_key, &content, &signature) {
        tracing::info!(api, error = %e, "sandbox: Antom request signature does not verify");
        return answer(only(
            "INVALID_SIGNATURE",
            "F",
            &format!("{e}; the content verified was {content:?}"),
        ));
    }

    let fault = s.next_fault(alipay_method);
    let processed = fault
        .as_ref()
        .map(|f| f.processed.unwrap_or_else(|| f.fault.processed_by_default()))
        .unwrap_or(true);
    let result = if processed { Some(dispatch(&s, api, &text)) } else { None };
    let Some(rule) = fault else {
        return answer(result.unwrap_or_else(|| only("UNKNOWN_EXCEPTION", "U", "not processed")));
    };
    tracing::info!(api, fault = ?rule.fault, processed, "sandbox: injecting fault (Antom)");
    match rule.fault {
        Fault::Delay { ms } => {
            tokio::time::sleep(Duration::from_millis(ms)).await;
            answer(result.unwrap_or_else(|| dispatch(&s, api, &text)))
        }
        Fault::Hang => {
            tokio::time::sleep(Duration::from_secs(24 * 3600)).await;
            answer(only("UNKNOWN_EXCEPTION", "U", "hang"))
        }
        Fault::Drop => dropped(),
        Fault::HttpStatus { status } => http_status(status),
        Fault::Garbled => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json")],
            "{\"result\":{\"resultCode\":\"SUCCESS\",\"resultStatus\":\"S\"\u{fffd}",
        )
            .into_response(),
        Fault::BadSignature => {
            let v = result.unwrap_or_else(|| dispatch(&s, api, &text));
            s.antom_answer(&path, &client_id, &v, true)
        }
        Fault::Unsigned => {
            let v = result.unwrap_or_else(|| dispatch(&s, api, &text));
            (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], v.to_string())
                .into_response()
        }
        Fault::Unavailable => answer(only("REQUEST_TRAFFIC_EXCEED_LIMIT", "U", "busy")),
        Fault::SystemError => answer(only("UNKNOWN_EXCEPTION", "U", "system error")),
        Fault::CancelWindowPassed => answer(only(
            "CANCEL_WINDOW_EXCEED",
            "F",
            "the cancel window has passed: refund instead",
        )),
    }
}

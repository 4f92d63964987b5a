//! The sandbox over real HTTP: the protocol checks a raw client meets, the
//! admin endpoints (faults, ledger, public key), and the SQLite ledger.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use alipay::{PrivateKey, SignType};
use alipay_sandbox::{DEMO_MERCHANT_PRIVATE_KEY, Sandbox, SandboxConfig, Status};

fn signed_params(method: &str, biz: &str) -> BTreeMap<String, String> {
    let mut p = BTreeMap::new();
    for (k, v) in [
        ("app_id", "2021000000000001"),
        ("method", method),
        ("format", "JSON"),
        ("charset", "utf-8"),
        ("sign_type", "RSA2"),
        ("timestamp", "2024-05-01 12:30:45"),
        ("version", "1.0"),
        ("biz_content", biz),
    ] {
        p.insert(k.to_owned(), v.to_owned());
    }
    let key = PrivateKey::parse("demo", DEMO_MERCHANT_PRIVATE_KEY).unwrap();
    let sign = key.sign(&alipay::sign::content_to_sign(&p), SignType::Rsa2).unwrap();
    p.insert("sign".into(), sign);
    p
}

async fn post(url: &str, params: &BTreeMap<String, String>) -> (u16, String) {
    let r = reqwest::Client::new().post(url).query(params).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

fn node(body: &str, method: &str) -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_str(body).unwrap();
    v[alipay::response::node_name(method)].clone()
}

#[tokio::test]
async fn protocol_errors_are_answered_like_alipay() {
    let sb = Sandbox::start(SandboxConfig::demo().unwrap()).await.unwrap();
    let m = "alipay.trade.query";
    let good = signed_params(m, r#"{"out_trade_no":"X1"}"#);
    let (status, body) = post(&sb.url(), &good).await;
    assert_eq!(status, 200);
    assert_eq!(node(&body, m)["sub_code"], "ACQ.TRADE_NOT_EXIST");
    // Tampered biz_content: signature check fails.
    let mut bad = good.clone();
    bad.insert("biz_content".into(), r#"{"out_trade_no":"X2"}"#.into());
    let (_, body) = post(&sb.url(), &bad).await;
    assert_eq!(node(&body, m)["code"], "40002");
    assert_eq!(node(&body, m)["sub_code"], "isv.invalid-signature");
    // No signature.
    let mut unsigned = good.clone();
    unsigned.remove("sign");
    let (_, body) = post(&sb.url(), &unsigned).await;
    assert_eq!(node(&body, m)["sub_code"], "isv.missing-signature");
    // charset only in the body, not in the URL query.
    let mut q = good.clone();
    q.remove("charset");
    let r = reqwest::Client::new()
        .post(sb.url())
        .query(&q)
        .form(&[("charset", "utf-8")])
        .send()
        .await
        .unwrap();
    let body = r.text().await.unwrap();
    assert_eq!(node(&body, m)["sub_code"], "isv.invalid-charset");
    // Every answer is signed with the gateway key.
    let public = alipay::PublicKey::parse("gw", &sb.public_key_pem().unwrap()).unwrap();
    assert!(alipay::response::verify(&body, m, SignType::Rsa2, |_| Some(&public)).is_ok());
    sb.shutdown().await;
}

#[tokio::test]
async fn admin_endpoints_script_faults_and_dump_the_ledger() {
    let mut cfg = SandboxConfig::demo().unwrap();
    let path =
        std::env::temp_dir().join(format!("alipay-sandbox-test-{}.sqlite", std::process::id()));
    let _ = std::fs::remove_file(&path);
    cfg.ledger_file = Some(path.clone());
    let sb = Sandbox::start(cfg.clone()).await.unwrap();
    let http = reqwest::Client::new();
    let admin = sb.admin_url();
    let r = http
        .post(format!("{admin}/faults"))
        .body(r#"{"fault":{"kind":"http_status","status":503},"count":2,"method":"alipay.trade.pay"}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let listed: serde_json::Value =
        http.get(format!("{admin}/faults")).send().await.unwrap().json().await.unwrap();
    assert_eq!(listed[0]["count"], 2);
    assert_eq!(http.post(format!("{admin}/faults")).body("{}").send().await.unwrap().status(), 400);

    let pay = "alipay.trade.pay";
    let biz = r#"{"out_trade_no":"A_1","scene":"bar_code","auth_code":"280000000000000501","subject":"s","total_amount":"1.00"}"#;
    for _ in 0..2 {
        assert_eq!(post(&sb.url(), &signed_params(pay, biz)).await.0, 503);
    }
    // The 5xx requests were not processed; the third goes through.
    let (status, body) = post(&sb.url(), &signed_params(pay, biz)).await;
    assert_eq!((status, node(&body, pay)["code"].as_str()), (200, Some("10000")));
    let ledger: serde_json::Value =
        http.get(format!("{admin}/ledger")).send().await.unwrap().json().await.unwrap();
    assert_eq!(ledger["trades"].as_array().unwrap().len(), 1);
    assert_eq!(ledger["trades"][0]["status"], "TRADE_SUCCESS");
    assert!(
        http.get(format!("{admin}/public-key"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
            .contains("BEGIN PUBLIC KEY")
    );
    assert_eq!(http.delete(format!("{admin}/faults")).send().await.unwrap().status(), 200);
    sb.shutdown().await;

    // The SQLite ledger survives a restart.
    let sb = Sandbox::start(cfg).await.unwrap();
    let trades = sb.ledger();
    assert_eq!(trades.len(), 1);
    assert_eq!((trades[0].out_trade_no.as_str(), trades[0].status), ("A_1", Status::TradeSuccess));
    sb.shutdown().await;
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
}

/// Issue #10: the Antom endpoint as a raw client meets it: an unsigned or
/// wrongly signed request gets a signed `F INVALID_SIGNATURE`, a signed one
/// is served, and its answer verifies over `response-time` and the body.
#[tokio::test]
async fn antom_requests_must_be_signed_and_answers_are() {
    let sb = Sandbox::start(SandboxConfig::demo().unwrap()).await.unwrap();
    let path = "/ams/sandbox/api/v1/payments/inquiryPayment";
    let url = format!("{}{path}", sb.base_url());
    let body = r#"{"paymentRequestId":"NOPE_1"}"#;
    let client = alipay_sandbox::DEMO_ANTOM_CLIENT_ID;
    let http = reqwest::Client::new();
    let gateway_key =
        alipay::PublicKey::parse("gw", alipay_sandbox::DEMO_ALIPAY_PUBLIC_KEY).unwrap();
    let gateway_key = &gateway_key;
    let send = |signature: Option<String>| {
        let mut req = http
            .post(&url)
            .header("client-id", client)
            .header("request-time", "1732500000000")
            .body(body);
        if let Some(s) = signature {
            req = req.header("signature", s);
        }
        req.send()
    };
    let check = |resp: reqwest::Response| async move {
        let h = |n: &str| resp.headers().get(n).map(|v| v.to_str().unwrap().to_owned());
        let (c, t, s) = (h("client-id"), h("response-time"), h("signature"));
        let text = resp.text().await.unwrap();
        antom::verify_answer(
            gateway_key,
            client,
            path,
            c.as_deref(),
            t.as_deref(),
            s.as_deref(),
            &text,
        )
        .unwrap();
        serde_json::from_str::<serde_json::Value>(&text).unwrap()
    };
    let v = check(send(None).await.unwrap()).await;
    assert_eq!(v["result"]["resultCode"], "INVALID_SIGNATURE", "{v}");
    let stranger = PrivateKey::parse("gw", alipay_sandbox::DEMO_ALIPAY_PRIVATE_KEY).unwrap();
    let bad = antom::sign::sign_request(&stranger, 1, "POST", path, client, "1732500000000", body)
        .unwrap();
    let v = check(send(Some(bad)).await.unwrap()).await;
    assert_eq!(v["result"]["resultCode"], "INVALID_SIGNATURE", "{v}");
    let merchant = PrivateKey::parse("demo", DEMO_MERCHANT_PRIVATE_KEY).unwrap();
    let good = antom::sign::sign_request(&merchant, 1, "POST", path, client, "1732500000000", body)
        .unwrap();
    let v = check(send(Some(good)).await.unwrap()).await;
    assert_eq!(v["result"]["resultCode"], "ORDER_NOT_EXIST", "{v}");
    assert_eq!(v["result"]["resultStatus"], "F", "{v}");
    sb.shutdown().await;
}

//! Every API against the sandbox gateway, started in-process on 127.0.0.1:0:
//! real signing, real HTTP, real verification. Includes each scripted fault.

use std::time::Duration;

use alipay::{
    Advice, AlipayKey, CallError, CancelAction, CertificateSet, Client, ClientConfig, OutTradeNo,
    PayOutcome, PayRequest, PrivateKey, PublicKey, RefundRequest, SubCode, TradeStatus, Unknown,
    VerifyError,
};
use alipay_sandbox::{
    DEMO_ALIPAY_PUBLIC_KEY, DEMO_MERCHANT_PRIVATE_KEY, Fault, FaultRule, Sandbox, SandboxConfig,
};
use money::{Currency, Money};

use crate::fixture;

fn cny(minor: i64) -> Money {
    Money::new(minor, Currency::Cny)
}

async fn sandbox() -> Sandbox {
    let mut cfg = SandboxConfig::demo().unwrap();
    cfg.time_scale = 20.0;
    Sandbox::start(cfg).await.unwrap()
}

fn client(sb: &Sandbox) -> Client {
    let mut cfg = ClientConfig::new(
        sb.url(),
        "2021000000000001",
        PrivateKey::parse("demo merchant key", DEMO_MERCHANT_PRIVATE_KEY).unwrap(),
        AlipayKey::PublicKey(PublicKey::parse("demo alipay key", DEMO_ALIPAY_PUBLIC_KEY).unwrap()),
    );
    cfg.read_timeout = Duration::from_millis(800);
    cfg.connect_timeout = Duration::from_millis(800);
    Client::new(cfg).unwrap()
}

fn no(s: &str) -> OutTradeNo {
    OutTradeNo::new(s).unwrap()
}

fn pay_req(out: &str, code: &str, minor: i64) -> PayRequest {
    let mut r = PayRequest::new(no(out), String::from(code).into(), cny(minor), "Kiosk 1 order");
    r.store_id = Some("S001".into());
    r.terminal_id = Some("K1".into());
    r
}

fn rule(fault: Fault, method: &str) -> FaultRule {
    FaultRule { fault, count: 1, method: Some(method.into()), processed: None }
}

#[tokio::test]
async fn pay_query_refund_cancel_and_the_ledger() {
    let sb = sandbox().await;
    let c = client(&sb);
    let PayOutcome::Paid(p) =
        c.pay(&pay_req("T_PAID_1", "280000000000000001", 1230)).await.unwrap()
    else {
        panic!("expected paid");
    };
    assert_eq!(p.total, cny(1230));
    assert!(!format!("{p:?}").contains("138****"), "buyer id leaked in Debug");
    let q = c.query(&no("T_PAID_1")).await.unwrap();
    assert_eq!(q.status, TradeStatus::Paid);
    assert_eq!(q.trade_no.as_deref(), Some(p.trade_no.as_str()));

    let refund = |req_no: &str, minor| RefundRequest {
        out_trade_no: no("T_PAID_1"),
        out_request_no: no(req_no),
        amount: cny(minor),
        reason: None,
    };
    let r1 = c.refund(&refund("R1", 500)).await.unwrap();
    assert!(r1.fund_change);
    assert_eq!(r1.refunded_total, Some(cny(500)));
    let again = c.refund(&refund("R1", 500)).await.unwrap();
    assert!(!again.fund_change, "a retried refund must not move money twice");
    assert_eq!(again.refunded_total, Some(cny(500)));
    let too_much = c.refund(&refund("R2", 800)).await.unwrap_err();
    assert_eq!(too_much.business().unwrap().sub_code, SubCode::RefundAmountTooLarge);

    let cancel = c.cancel(&no("T_PAID_1")).await.unwrap();
    assert_eq!(cancel.action, Some(CancelAction::Refunded));
    assert!(!cancel.retry);
    assert_eq!(c.query(&no("T_PAID_1")).await.unwrap().status, TradeStatus::Closed);

    let ledger = sb.ledger();
    let t = ledger.iter().find(|t| t.out_trade_no == "T_PAID_1").unwrap();
    assert_eq!((t.total_minor, t.refunded_minor), (1230, 1230));
    sb.shutdown().await;
}

#[tokio::test]
async fn buyer_scenarios() {
    let sb = sandbox().await;
    let c = client(&sb);
    // Confirms after 1 s, scaled by 20: 50 ms.
    let out = c.pay(&pay_req("T_CONFIRM", "281010000000000001", 100)).await.unwrap();
    assert!(matches!(out, PayOutcome::WaitingForBuyer { trade_no: Some(_) }));
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(c.query(&no("T_CONFIRM")).await.unwrap().status, TradeStatus::Paid);
    // Confirms after 99 s / 20 ≈ 5 s: still waiting right away.
    c.pay(&pay_req("T_SLOW", "281990000000000001", 100)).await.unwrap();
    assert_eq!(c.query(&no("T_SLOW")).await.unwrap().status, TradeStatus::WaitingForBuyer);
    assert_eq!(c.close(&no("T_SLOW")).await.unwrap().out_trade_no.as_deref(), Some("T_SLOW"));
    assert_eq!(c.query(&no("T_SLOW")).await.unwrap().status, TradeStatus::Closed);
    // Never confirms: cancel closes it.
    let out = c.pay(&pay_req("T_NEVER", "282000000000000001", 100)).await.unwrap();
    assert!(matches!(out, PayOutcome::WaitingForBuyer { .. }));
    let cancel = c.cancel(&no("T_NEVER")).await.unwrap();
    assert_eq!(cancel.action, Some(CancelAction::Closed));
    // Refusals with their advice.
    for (code, sub, advice) in [
        ("283000000000000001", SubCode::BuyerBalanceNotEnough, Advice::OtherMethod),
        ("284000000000000001", SubCode::PaymentAuthCodeInvalid, Advice::FreshCode),
        ("285000000000000001", SubCode::PaymentRequestHasRisk, Advice::OtherMethod),
        ("286000000000000001", SubCode::PaymentFail, Advice::OtherMethod),
    ] {
        let e = c.pay(&pay_req(&format!("T_{}", &code[..3]), code, 100)).await.unwrap_err();
        let b = e.business().unwrap_or_else(|| panic!("{e}"));
        assert_eq!((&b.sub_code, b.advice()), (&sub, advice));
    }
    // A used code is single use; a paid trade cannot be paid again.
    c.pay(&pay_req("T_ONCE", "280000000000000077", 100)).await.unwrap();
    let e = c.pay(&pay_req("T_TWICE", "280000000000000077", 100)).await.unwrap_err();
    assert_eq!(e.business().unwrap().sub_code, SubCode::PaymentAuthCodeInvalid);
    let e = c.pay(&pay_req("T_ONCE", "280000000000000077", 100)).await.unwrap_err();
    assert_eq!(e.business().unwrap().advice(), Advice::ConfirmByQuery);
    // Cancel before pay leaves a tombstone: a late pay is refused.
    assert_eq!(c.cancel(&no("T_LATE")).await.unwrap().action, Some(CancelAction::Closed));
    let e = c.pay(&pay_req("T_LATE", "280000000000000078", 100)).await.unwrap_err();
    assert_eq!(e.business().unwrap().sub_code, SubCode::TradeHasClose);
    let e = c.query(&no("T_NOPE")).await.unwrap_err();
    assert_eq!(e.business().unwrap().sub_code, SubCode::TradeNotExist);
    sb.shutdown().await;
}

#[tokio::test]
async fn local_validation_sends_nothing() {
    let sb = sandbox().await;
    let c = client(&sb);
    for req in [
        pay_req("T_V1", "280000000000000001", 0),
        pay_req("T_V2", "280000000000000001", 10_000_000_001),
        PayRequest::new(
            no("T_V3"),
            String::from("280000000000000001").into(),
            Money::new(100, Currency::Usd),
            "x",
        ),
    ] {
        assert!(matches!(c.pay(&req).await, Err(CallError::InvalidRequest { .. })));
    }
    assert!(OutTradeNo::new("has-dash").is_err());
    assert!(OutTradeNo::new("x".repeat(65)).is_err());
    assert!(OutTradeNo::new("x".repeat(64)).is_ok());
    assert!(sb.ledger().is_empty());
    let r = pay_req("T_SECRET", "280000000000000999", 100);
    assert!(!format!("{r:?}").contains("280000000000000999"));
    sb.shutdown().await;
}

#[tokio::test]
async fn every_fault_is_unknown_or_unverifiable_never_success() {
    let sb = sandbox().await;
    let c = client(&sb);
    let pay = alipay::wire::method::PAY;

    sb.script(rule(Fault::Drop, pay));
    let e = c.pay(&pay_req("F_DROP", "280000000000000101", 100)).await.unwrap_err();
    assert!(matches!(e, CallError::Unknown(Unknown::Transport(_))), "{e:?}");
    // The trade happened; the answer was lost: the query tells.
    assert_eq!(c.query(&no("F_DROP")).await.unwrap().status, TradeStatus::Paid);

    sb.script(rule(Fault::Hang, pay));
    let e = c.pay(&pay_req("F_HANG", "280000000000000102", 100)).await.unwrap_err();
    assert!(matches!(e, CallError::Unknown(Unknown::Timeout(_))), "{e:?}");

    sb.script(rule(Fault::HttpStatus { status: 502 }, pay));
    let e = c.pay(&pay_req("F_502", "280000000000000103", 100)).await.unwrap_err();
    assert_eq!(e, CallError::Unknown(Unknown::HttpStatus(502)));
    assert!(c.query(&no("F_502")).await.unwrap_err().business().is_some(), "5xx is not processed");

    sb.script(rule(Fault::Garbled, pay));
    let e = c.pay(&pay_req("F_GARBLED", "280000000000000104", 100)).await.unwrap_err();
    assert!(matches!(e, CallError::Unverifiable(VerifyError::Malformed(_))), "{e:?}");
    assert!(e.is_unknown());

    sb.script(rule(Fault::BadSignature, pay));
    let e = c.pay(&pay_req("F_BADSIG", "280000000000000105", 100)).await.unwrap_err();
    assert_eq!(e, CallError::Unverifiable(VerifyError::BadSignature));

    sb.script(rule(Fault::Unavailable, "alipay.trade.query"));
    let e = c.query(&no("F_BADSIG")).await.unwrap_err();
    assert!(matches!(e, CallError::Unknown(Unknown::ServiceUnavailable { .. })), "{e:?}");

    sb.script(rule(Fault::Delay { ms: 100 }, pay));
    assert!(matches!(
        c.pay(&pay_req("F_DELAY", "280000000000000106", 100)).await,
        Ok(PayOutcome::Paid(_))
    ));

    sb.script(rule(Fault::SystemError, "alipay.trade.cancel"));
    let e = c.cancel(&no("F_DELAY")).await.unwrap_err();
    let b = e.business().unwrap();
    assert_eq!(
        (b.sub_code.clone(), b.retry, b.advice()),
        (SubCode::SystemError, Some(true), Advice::QueryNow)
    );
    assert_eq!(c.cancel(&no("F_DELAY")).await.unwrap().action, Some(CancelAction::Refunded));
    sb.shutdown().await;

    // Nothing listening: could not connect.
    let e = c.query(&no("F_GONE")).await.unwrap_err();
    assert!(matches!(e, CallError::Unknown(Unknown::Connect(_))), "{e:?}");
}

#[tokio::test]
async fn wrong_keys_are_rejected_or_unverifiable() {
    let sb = sandbox().await;
    // The merchant signs with a key the gateway does not know: 40002.
    let wrong_merchant = Client::new(ClientConfig::new(
        sb.url(),
        "2021000000000001",
        PrivateKey::parse("other", &fixture("merchant-pkcs8.pem")).unwrap(),
        AlipayKey::PublicKey(PublicKey::parse("a", DEMO_ALIPAY_PUBLIC_KEY).unwrap()),
    ))
    .unwrap();
    let e = wrong_merchant.query(&no("K_1")).await.unwrap_err();
    let CallError::Rejected(r) = &e else { panic!("{e:?}") };
    assert_eq!((r.code.as_str(), r.sub_code.as_str()), ("40002", "isv.invalid-signature"));
    // The client holds the wrong Alipay key: nothing verifies.
    let wrong_alipay = Client::new(ClientConfig::new(
        sb.url(),
        "2021000000000001",
        PrivateKey::parse("demo", DEMO_MERCHANT_PRIVATE_KEY).unwrap(),
        AlipayKey::PublicKey(PublicKey::parse("a", &fixture("alipay-public.pem")).unwrap()),
    ))
    .unwrap();
    let e = wrong_alipay.pay(&pay_req("K_2", "280000000000000201", 100)).await.unwrap_err();
    assert_eq!(e, CallError::Unverifiable(VerifyError::BadSignature));
    sb.shutdown().await;
}

#[tokio::test]
async fn certificate_mode_picks_the_key_by_alipay_cert_sn() {
    let set = CertificateSet::from_pem(
        fixture("app-public-cert.crt").as_bytes(),
        &[fixture("alipay-public-cert.crt").as_bytes()],
        fixture("alipay-root-chain.crt").as_bytes(),
    )
    .unwrap();
    for (sn, ok) in
        [("6eefdeeea5a4c897fa58ca3d2cb3131e", true), ("0123456789abcdef0123456789abcdef", false)]
    {
        let mut cfg = SandboxConfig::demo().unwrap();
        cfg.merchant_public_key = PublicKey::parse("m", &fixture("merchant-public.pem")).unwrap();
        cfg.gateway_private_key = PrivateKey::parse("a", &fixture("alipay-private.pem")).unwrap();
        cfg.alipay_cert_sn = Some(sn.into());
        let sb = Sandbox::start(cfg).await.unwrap();
        let c = Client::new(ClientConfig::new(
            sb.url(),
            "2021000000000001",
            PrivateKey::parse("m", &fixture("merchant-pkcs1.pem")).unwrap(),
            AlipayKey::Certificates(set.clone()),
        ))
        .unwrap();
        let r = c.pay(&pay_req("C_1", "280000000000000301", 100)).await;
        if ok {
            assert!(matches!(r, Ok(PayOutcome::Paid(_))), "{r:?}");
        } else {
            assert!(
                matches!(r, Err(CallError::Unverifiable(VerifyError::UnknownCertificate { .. }))),
                "{r:?}"
            );
        }
        sb.shutdown().await;
    }
}

//! Every API, buyer scenario and fault against the sandbox over loopback.

use std::time::Duration;

use alipay_sandbox::{Fault, FaultRule, Sandbox, SandboxConfig};
use antom::{
    AntomClient, AntomError, PayOutcome, PayRequest, PaymentStatus, RefundRequest, RequestId,
    ResultCode, Unknown, VerifyError,
};
use money::{Currency, Money};

async fn sandbox() -> Sandbox {
    let mut cfg = SandboxConfig::demo().unwrap();
    cfg.time_scale = 10.0;
    Sandbox::start(cfg).await.unwrap()
}

fn client(sb: &Sandbox) -> AntomClient {
    let mut cfg = alipay_sandbox::demo_antom_config(sb.base_url()).unwrap();
    cfg.pay_timeout = Duration::from_secs(2);
    cfg.read_timeout = Duration::from_secs(2);
    AntomClient::new(cfg).unwrap()
}

fn unique(tag: &str) -> String {
    format!("T_{tag}_{:08x}", rand_u32())
}

fn rand_u32() -> u32 {
    let n = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap();
    n.subsec_nanos() ^ (n.as_secs() as u32).rotate_left(7)
}

/// An 18-digit sandbox code: `28` + the scenario digit(s), unique after.
fn code(scenario: &str) -> String {
    let tail = format!("{:016}", u64::from(rand_u32()) * 7919);
    format!("{scenario}{}", &tail[tail.len() - (18 - scenario.len())..])
}

fn hkd(minor: i64) -> Money {
    Money::new(minor, Currency::Hkd)
}

fn pay(id: &str, code: &str, amount: Money) -> PayRequest {
    PayRequest {
        payment_request_id: RequestId::new(id).unwrap(),
        code: code.to_owned().into(),
        amount,
        description: "Kiosk order".into(),
        store_id: "S001".into(),
        terminal_id: "K1".into(),
        goods: vec![antom::GoodsLine {
            id: "4006381333931".into(),
            name: "Tea".into(),
            quantity: 2,
            unit: Money::new(amount.minor() / 2, amount.currency()),
        }],
        expires_at: None,
    }
}

fn id(s: &str) -> RequestId {
    RequestId::new(s).unwrap()
}

fn failed_code(e: AntomError) -> ResultCode {
    match e {
        AntomError::Failed(f) => f.code,
        other => panic!("expected F, got {other:?}"),
    }
}

#[tokio::test]
async fn pays_at_once_and_reports_the_wallet_and_the_masked_buyer() {
    let sb = sandbox().await;
    let c = client(&sb);
    let no = unique("paid");
    let out = c.pay(&pay(&no, &code("280"), hkd(1250))).await.unwrap();
    let PayOutcome::Paid(p) = out else { panic!("{out:?}") };
    assert_eq!(p.amount, hkd(1250));
    let w = p.wallet.unwrap();
    assert_eq!((w.psp_name.as_str(), w.display_name.as_str()), ("ALIPAY_CN", "Alipay"));
    assert!(p.buyer.unwrap().expose().contains("****"));
    // Idempotent: the same paymentRequestId answers the same result.
    let again = c.pay(&pay(&no, &code("280"), hkd(1250))).await.unwrap();
    assert!(matches!(again, PayOutcome::Paid(ref q) if q.payment_id == p.payment_id));
    let s = c.inquire(&id(&no)).await.unwrap();
    assert_eq!(s.status, PaymentStatus::Success);
    assert_eq!(s.amount, Some(hkd(1250)));
    let ledger = sb.ledger();
    let t = ledger.iter().find(|t| t.out_trade_no == no).unwrap();
    assert_eq!((t.currency.as_str(), t.total_minor), ("HKD", 1250));
    sb.shutdown().await;
}

#[tokio::test]
async fn alipay_plus_codes_of_other_wallets_name_their_wallet() {
    let sb = sandbox().await;
    let c = client(&sb);
    for (issuer, psp, name) in [
        ("250001", "ALIPAY_HK", "AlipayHK"),
        ("250002", "GCASH", "GCash"),
        ("250003", "KAKAOPAY", "Kakao Pay"),
    ] {
        let uin = format!("0{:015}", u64::from(rand_u32()));
        let code = format!("{issuer}02{uin}");
        assert_eq!(code.len(), 24);
        let out = c.pay(&pay(&unique("wallet"), &code, hkd(500))).await.unwrap();
        let PayOutcome::Paid(p) = out else { panic!("{out:?}") };
        let w = p.wallet.unwrap();
        assert_eq!((w.psp_name.as_str(), w.display_name.as_str()), (psp, name));
    }
    sb.shutdown().await;
}

#[tokio::test]
async fn confirming_buyer_is_in_process_then_paid_by_inquiry() {
    let sb = sandbox().await;
    let c = client(&sb);
    let no = unique("confirm");
    // 28105: confirms after 5 s, ÷10 in this sandbox.
    let out = c.pay(&pay(&no, &code("28105"), hkd(800))).await.unwrap();
    assert!(matches!(out, PayOutcome::InProcess { .. }), "{out:?}");
    assert_eq!(c.inquire(&id(&no)).await.unwrap().status, PaymentStatus::Processing);
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert_eq!(c.inquire(&id(&no)).await.unwrap().status, PaymentStatus::Success);
    sb.shutdown().await;
}

#[tokio::test]
async fn never_confirming_buyer_is_cancelled_and_a_late_pay_is_refused() {
    let sb = sandbox().await;
    let c = client(&sb);
    let no = unique("never");
    let out = c.pay(&pay(&no, &code("282"), hkd(800))).await.unwrap();
    assert!(matches!(out, PayOutcome::InProcess { .. }));
    let cancelled = c.cancel(&id(&no)).await.unwrap();
    assert!(cancelled.payment_id.is_some() && cancelled.cancel_time.is_some());
    let s = c.inquire(&id(&no)).await.unwrap();
    assert_eq!(s.status, PaymentStatus::Cancelled);
    assert_eq!(s.paid_at, None, "nothing was charged");
    // A cancel of a number Antom never saw closes it for good.
    let ghost = unique("ghost");
    c.cancel(&id(&ghost)).await.unwrap();
    let late = c.pay(&pay(&ghost, &code("280"), hkd(100))).await.unwrap_err();
    assert_eq!(failed_code(late), ResultCode::OrderIsClosed);
    sb.shutdown().await;
}

#[tokio::test]
async fn declines_carry_their_result_codes_and_advice() {
    let sb = sandbox().await;
    let c = client(&sb);
    for (scenario, expected, advice) in [
        ("283", ResultCode::UserBalanceNotEnough, antom::Advice::OtherMethod),
        ("284", ResultCode::InvalidCode, antom::Advice::FreshCode),
        ("285", ResultCode::RiskReject, antom::Advice::OtherMethod),
        ("286", ResultCode::ProcessFail, antom::Advice::Final),
    ] {
        let e = c.pay(&pay(&unique("decline"), &code(scenario), hkd(300))).await.unwrap_err();
        let got = failed_code(e);
        assert_eq!(got, expected, "{scenario}");
        assert_eq!(got.advice(), advice, "{scenario}");
    }
    // A used code is refused for another payment.
    let used = code("280");
    c.pay(&pay(&unique("first"), &used, hkd(300))).await.unwrap();
    let e = c.pay(&pay(&unique("second"), &used, hkd(300))).await.unwrap_err();
    assert_eq!(failed_code(e), ResultCode::InvalidCode);
    // The same id with another amount is an inconsistent repeat.
    let no = unique("repeat");
    c.pay(&pay(&no, &code("280"), hkd(300))).await.unwrap();
    let e = c.pay(&pay(&no, &code("280"), hkd(301))).await.unwrap_err();
    assert_eq!(failed_code(e), ResultCode::RepeatReqInconsistent);
    sb.shutdown().await;
}

#[tokio::test]
async fn cancel_of_a_paid_payment_refunds_it_and_inquiry_shows_it_was_paid() {
    let sb = sandbox().await;
    let c = client(&sb);
    let no = unique("cxlpaid");
    c.pay(&pay(&no, &code("280"), hkd(990))).await.unwrap();
    c.cancel(&id(&no)).await.unwrap();
    let s = c.inquire(&id(&no)).await.unwrap();
    assert_eq!(s.status, PaymentStatus::Cancelled);
    assert!(s.paid_at.is_some(), "it had been paid: the cancel refunded it");
    let t = sb.ledger().into_iter().find(|t| t.out_trade_no == no).unwrap();
    assert!(t.cancelled_with_refund);
    sb.shutdown().await;
}

#[tokio::test]
async fn refunds_are_partial_idempotent_and_bounded() {
    let sb = sandbox().await;
    let c = client(&sb);
    let no = unique("refund");
    let PayOutcome::Paid(p) = c.pay(&pay(&no, &code("280"), hkd(1000))).await.unwrap() else {
        panic!()
    };
    let r = |rid: &str, minor: i64| RefundRequest {
        refund_request_id: id(rid),
        payment_id: p.payment_id.clone(),
        amount: hkd(minor),
        reason: Some("returned item".into()),
    };
    let first = c.refund(&r(&format!("{no}_R1"), 300)).await.unwrap();
    assert_eq!(first.amount, Some(hkd(300)));
    // The same refund again moves nothing more, and is the same refund.
    let again = c.refund(&r(&format!("{no}_R1"), 300)).await.unwrap();
    assert_eq!(again.refund_id, first.refund_id);
    let e = c.refund(&r(&format!("{no}_R1"), 400)).await.unwrap_err();
    assert_eq!(failed_code(e), ResultCode::RepeatReqInconsistent);
    let e = c.refund(&r(&format!("{no}_R2"), 701)).await.unwrap_err();
    assert_eq!(failed_code(e), ResultCode::RefundAmountExceed);
    let third = c.refund(&r(&format!("{no}_R3"), 700)).await.unwrap();
    assert!(third.refund_id.is_some() && third.refund_id != first.refund_id);
    let t = sb.ledger().into_iter().find(|t| t.out_trade_no == no).unwrap();
    assert_eq!(t.refunded_minor, 1000);
    // Refunds do not turn a paid payment into a failed one.
    assert_eq!(c.inquire(&id(&no)).await.unwrap().status, PaymentStatus::Success);
    let e = c
        .refund(&RefundRequest { payment_id: "NO_SUCH".into(), ..r(&format!("{no}_R4"), 1) })
        .await
        .unwrap_err();
    assert_eq!(failed_code(e), ResultCode::OrderNotExist);
    sb.shutdown().await;
}

#[tokio::test]
async fn inquiry_of_an_unknown_payment_is_order_not_exist() {
    let sb = sandbox().await;
    let c = client(&sb);
    let e = c.inquire(&id(&unique("nothing"))).await.unwrap_err();
    assert_eq!(failed_code(e), ResultCode::OrderNotExist);
    sb.shutdown().await;
}

fn rule(fault: Fault, method: &str) -> FaultRule {
    FaultRule { fault, count: 1, method: Some(method.into()), processed: None }
}

/// What a fault's error must look like.
type Expect = fn(&AntomError) -> bool;

#[tokio::test]
async fn every_fault_is_unknown_or_unverifiable_never_success() {
    let sb = sandbox().await;
    let c = client(&sb);
    let cases: Vec<(Fault, Expect)> = vec![
        (Fault::Drop, |e| {
            matches!(e, AntomError::Unknown(Unknown::Transport(_) | Unknown::Connect(_)))
        }),
        (Fault::Hang, |e| matches!(e, AntomError::Unknown(Unknown::Timeout(_)))),
        (Fault::HttpStatus { status: 502 }, |e| {
            matches!(e, AntomError::Unknown(Unknown::HttpStatus(502)))
        }),
        (Fault::Garbled, |e| matches!(e, AntomError::Unverifiable(VerifyError::Unsigned))),
        (Fault::BadSignature, |e| matches!(e, AntomError::Unverifiable(VerifyError::BadSignature))),
        (Fault::Unsigned, |e| matches!(e, AntomError::Unverifiable(VerifyError::Unsigned))),
        (Fault::Unavailable, |e| {
            matches!(
                e,
                AntomError::Unknown(Unknown::Status {
                    code: ResultCode::RequestTrafficExceedLimit,
                    ..
                })
            )
        }),
        (Fault::SystemError, |e| {
            matches!(
                e,
                AntomError::Unknown(Unknown::Status { code: ResultCode::UnknownException, .. })
            )
        }),
    ];
    for (fault, expect) in cases {
        let no = unique("fault");
        sb.script(rule(fault.clone(), "alipay.trade.pay"));
        let e = c.pay(&pay(&no, &code("280"), hkd(100))).await.unwrap_err();
        assert!(e.is_unknown(), "{fault:?}: {e:?}");
        assert!(expect(&e), "{fault:?}: {e:?}");
        sb.clear_faults();
        // Processed-by-default faults charged the buyer: the inquiry finds it.
        let s = c.inquire(&id(&no)).await;
        let charged = matches!(s, Ok(ref s) if s.status == PaymentStatus::Success);
        let processed =
            !matches!(fault, Fault::HttpStatus { .. } | Fault::Unavailable | Fault::SystemError);
        assert_eq!(charged, processed, "{fault:?}: {s:?}");
    }
    // A delay within the timeout is just slow.
    sb.script(rule(Fault::Delay { ms: 300 }, "alipay.trade.pay"));
    assert!(matches!(
        c.pay(&pay(&unique("slow"), &code("280"), hkd(100))).await.unwrap(),
        PayOutcome::Paid(_)
    ));
    // Inquiry, cancel and refund go through the same verification.
    let no = unique("faults2");
    c.pay(&pay(&no, &code("280"), hkd(100))).await.unwrap();
    sb.script(rule(Fault::BadSignature, "alipay.trade.query"));
    assert!(c.inquire(&id(&no)).await.unwrap_err().is_unknown());
    sb.script(rule(Fault::SystemError, "alipay.trade.cancel"));
    assert!(c.cancel(&id(&no)).await.unwrap_err().is_unknown());
    sb.script(rule(Fault::CancelWindowPassed, "alipay.trade.cancel"));
    assert_eq!(failed_code(c.cancel(&id(&no)).await.unwrap_err()), ResultCode::CancelWindowExceed);
    sb.shutdown().await;
}

#[tokio::test]
async fn the_sandbox_refuses_bad_request_signatures_and_unknown_clients() {
    let mut cfg = SandboxConfig::demo().unwrap();
    cfg.antom_client_id = Some(alipay_sandbox::DEMO_ANTOM_CLIENT_ID.into());
    let sb = Sandbox::start(cfg).await.unwrap();
    // Signed with a key the sandbox does not know (the gateway's own).
    let mut bad = alipay_sandbox::demo_antom_config(sb.base_url()).unwrap();
    bad.private_key =
        alipay::PrivateKey::parse("gw", alipay_sandbox::DEMO_ALIPAY_PRIVATE_KEY).unwrap();
    let e = AntomClient::new(bad).unwrap().inquire(&id("X1")).await.unwrap_err();
    assert_eq!(failed_code(e), ResultCode::InvalidSignature);
    let mut other = alipay_sandbox::demo_antom_config(sb.base_url()).unwrap();
    other.client_id = "SANDBOX_SOMEONE_ELSE".into();
    let e = AntomClient::new(other).unwrap().inquire(&id("X1")).await.unwrap_err();
    assert_eq!(failed_code(e), ResultCode::ClientInvalid);
    sb.shutdown().await;
}

#[tokio::test]
async fn live_client_ids_use_the_ams_api_path_and_sandbox_ids_the_sandbox_path() {
    let sb = sandbox().await;
    let mut live = alipay_sandbox::demo_antom_config(sb.base_url()).unwrap();
    live.client_id = "2188120000000001".into();
    let live = AntomClient::new(live).unwrap();
    assert_eq!(
        live.sign_request(antom::wire::path::PAY, "{}".into()).unwrap().path,
        "/ams/api/v1/payments/pay"
    );
    let sandbox_client = client(&sb);
    assert_eq!(
        sandbox_client.sign_request(antom::wire::path::PAY, "{}".into()).unwrap().path,
        "/ams/sandbox/api/v1/payments/pay"
    );
    // Both paths are served (and signed for the path that was called).
    let no = unique("live");
    assert!(matches!(
        live.pay(&pay(&no, &code("280"), hkd(100))).await.unwrap(),
        PayOutcome::Paid(_)
    ));
    sb.shutdown().await;
}

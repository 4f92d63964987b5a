//! Issue #10: the payment core over the Antom gateway, unchanged: the
//! machine, journal and refunds work as they do over Alipay, and the
//! Antom-specific rules (wallet names, cancel → inquiry, the refund fallback
//! once the cancel window has passed) hold against the sandbox.

use std::sync::Arc;

use alipay_sandbox::{Fault, Status};
use payment::gateway::{Gateway, PayOrder};
use payment::journal::TradeState;
use payment::machine::{CancelAction, CancelAnswer, CancelCause, DeclineReason, Outcome};

use crate::rig::{antom_rig, checkout, cny, code, fault};

fn gateway(rig: &crate::rig::Rig) -> Arc<dyn Gateway> {
    let c = alipay_sandbox::demo_antom_config(rig.sandbox.base_url()).unwrap();
    Arc::new(payment::AntomGateway::new(antom::AntomClient::new(c).unwrap()))
}

async fn pay(rig: &crate::rig::Rig, code: &str) -> (String, Outcome) {
    let running = rig.payments.start(checkout(code, 1230)).unwrap();
    let no = running.out_trade_no.clone();
    (no, running.outcome().await.unwrap())
}

#[tokio::test]
async fn paid_over_antom_is_journaled_with_its_wallet() {
    let rig = antom_rig().await;
    assert_eq!(rig.payments.gateway_name(), "antom");
    let (no, outcome) = pay(&rig, &code("280")).await;
    let Outcome::Paid(p) = &outcome else { panic!("{outcome:?}") };
    assert_eq!(p.wallet.as_deref(), Some("Alipay"));
    let t = rig.journal().trade(&no).unwrap().unwrap();
    assert_eq!((t.state, t.gateway.as_str()), (TradeState::Paid, "antom"));
    assert_eq!(t.trade_no, rig.ledger(&no).map(|l| l.trade_no));
    // An Alipay+ wallet's code: the journal keeps the wallet for the receipt.
    let gcash = format!("25000202{}", &code("280")[2..]);
    let (no, outcome) = pay(&rig, &gcash).await;
    assert!(matches!(outcome, Outcome::Paid(_)), "{outcome:?}");
    assert_eq!(rig.journal().trade(&no).unwrap().unwrap().wallet.as_deref(), Some("GCash"));
}

#[tokio::test]
async fn confirming_then_paid_and_never_confirming_cancelled_at_the_deadline() {
    let rig = antom_rig().await;
    let (_, outcome) = pay(&rig, &code("28110")).await;
    assert!(matches!(outcome, Outcome::Paid(_)), "{outcome:?}");
    let (no, outcome) = pay(&rig, &code("282")).await;
    assert_eq!(
        outcome,
        Outcome::Cancelled { action: CancelAction::Closed, cause: CancelCause::Deadline }
    );
    assert_eq!(rig.ledger(&no).unwrap().status, Status::TradeClosed);
    let events = rig.journal().events(&no).unwrap();
    assert!(
        events
            .iter()
            .any(|e| e.kind == "answer:pay" && e.detail.starts_with("U PAYMENT_IN_PROCESS")),
        "{events:?}"
    );
}

#[tokio::test]
async fn declines_map_to_reasons_the_customer_can_act_on() {
    let rig = antom_rig().await;
    for (scenario, reason) in [
        ("283", DeclineReason::InsufficientBalance),
        ("284", DeclineReason::CodeInvalid),
        ("285", DeclineReason::RiskRejected),
        ("286", DeclineReason::PaymentFailed),
    ] {
        let (_, outcome) = pay(&rig, &code(scenario)).await;
        assert_eq!(outcome, Outcome::Declined { reason }, "{scenario}");
    }
}

#[tokio::test]
async fn lost_pay_answers_are_found_paid_by_inquiry() {
    let rig = antom_rig().await;
    for f in [Fault::Drop, Fault::BadSignature, Fault::Unsigned, Fault::Garbled] {
        rig.sandbox.script(fault(f.clone(), "alipay.trade.pay", 1, Some(true)));
        let (no, outcome) = pay(&rig, &code("280")).await;
        assert!(matches!(outcome, Outcome::Paid(_)), "{f:?}: {outcome:?}");
        let kinds = rig.event_kinds(&no);
        assert!(kinds.contains(&"request:query".to_owned()), "{f:?}: {kinds:?}");
    }
}

#[tokio::test]
async fn a_cancel_after_payment_says_refunded_and_the_window_passed_falls_back_to_a_refund() {
    let rig = antom_rig().await;
    let gw = gateway(&rig);
    let order = |no: &str, code: &str| PayOrder {
        out_trade_no: no.into(),
        auth_code: code.to_owned().into(),
        amount: cny(700),
        subject: "Kiosk order".into(),
        store_id: "S001".into(),
        terminal_id: "K-01".into(),
        lines: Vec::new(),
    };
    // Within the window: cancel refunds, and the inquiry after it says so.
    gw.pay(&order("A_CXL_1", &code("280"))).await;
    assert_eq!(gw.cancel("A_CXL_1").await.answer, CancelAnswer::Done(CancelAction::Refunded));
    // Unpaid: closed.
    gw.pay(&order("A_CXL_2", &code("282"))).await;
    assert_eq!(gw.cancel("A_CXL_2").await.answer, CancelAnswer::Done(CancelAction::Closed));
    // Past the window: a full refund under a fixed id, once, however often.
    gw.pay(&order("A_CXL_3", &code("280"))).await;
    for _ in 0..2 {
        rig.sandbox.script(fault(Fault::CancelWindowPassed, "alipay.trade.cancel", 1, None));
        let a = gw.cancel("A_CXL_3").await;
        assert_eq!(a.answer, CancelAnswer::Done(CancelAction::Refunded), "{}", a.detail);
    }
    let l = rig.ledger("A_CXL_3").unwrap();
    assert_eq!((l.refunded_minor, l.refunds.len()), (700, 1));
    assert_eq!(l.refunds[0].out_request_no, payment::cancel_refund_id("A_CXL_3"));
    // U on cancel: retry.
    gw.pay(&order("A_CXL_4", &code("282"))).await;
    rig.sandbox.script(fault(Fault::SystemError, "alipay.trade.cancel", 1, None));
    assert_eq!(gw.cancel("A_CXL_4").await.answer, CancelAnswer::Retry);
    assert_eq!(gw.cancel("A_CXL_4").await.answer, CancelAnswer::Done(CancelAction::Closed));
    // Antom has no bill API: reconciliation says why instead of guessing.
    let today = time::OffsetDateTime::now_utc().date();
    assert!(gw.bill(today).await.unwrap_err().0.contains("SFTP"));
}

#[tokio::test]
async fn partial_refunds_go_through_the_same_journal() {
    let rig = antom_rig().await;
    let (no, outcome) = pay(&rig, &code("280")).await;
    assert!(matches!(outcome, Outcome::Paid(_)));
    let r = rig.payments.refund(&no, cny(230), "returned_item").await.unwrap();
    assert_eq!(r.amount, cny(230));
    let l = rig.ledger(&no).unwrap();
    assert_eq!(l.refunded_minor, 230);
    assert_eq!(rig.journal().trade(&no).unwrap().unwrap().refunded, cny(230));
    // More than what is left is refused by the core before any request.
    assert!(rig.payments.refund(&no, cny(1001), "other").await.is_err());
}

/// A kiosk moved from Alipay to Antom with trades still open: the new
/// gateway cannot see them, so they go to staff instead of being queried or
/// cancelled at the wrong provider, and refunds of old trades are refused.
#[tokio::test]
async fn trades_of_the_previous_gateway_are_flagged_not_sent_to_antom() {
    let rig = antom_rig().await;
    let j = rig.journal();
    let intent = |no: &str| payment::journal::Intent {
        out_trade_no: no.into(),
        gateway: "alipay".into(),
        amount: cny(500),
        subject: "Kiosk order".into(),
        language: "en".into(),
        lines: Vec::new(),
    };
    j.record_intent(&intent("OLD_PENDING"), 1).unwrap();
    j.record_intent(&intent("OLD_PAID"), 1).unwrap();
    let paid = payment::machine::Paid { trade_no: "2026".into(), buyer_masked: None, wallet: None };
    j.finish("OLD_PAID", &Outcome::Paid(paid), 2).unwrap();
    let report = rig.payments.recover().await.unwrap();
    assert_eq!((report.resumed, report.other_gateway), (1, 1), "{report:?}");
    let t = j.trade("OLD_PENDING").unwrap().unwrap();
    assert_eq!(t.state, TradeState::Flagged);
    assert!(t.flag_reason.unwrap().contains("made through alipay"));
    assert!(rig.sandbox.ledger().is_empty(), "nothing was asked of the Antom gateway");
    let e = rig.payments.refund("OLD_PAID", cny(100), "other").await.unwrap_err();
    assert_eq!(e.code(), "invalid");
    assert!(e.to_string().contains("now uses antom"), "{e}");
}

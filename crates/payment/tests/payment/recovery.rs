//! Recovery after a stop mid-payment, the background resolver, refunds and
//! reconciliation, against the sandbox gateway.
//!
//! A stop is simulated the way it happens: the intent is in the journal and
//! the pay request reached the gateway (or not), but no outcome was written.

use std::time::Duration;

use alipay::{OutTradeNo, PayRequest};
use alipay_sandbox::{Fault, Status};
use payment::journal::{Intent, RefundState, TradeState, now_ms};
use payment::{Difference, PaymentSettings};

use crate::rig::{Rig, checkout, cny, code, fault, rig, rig_with, settings};

/// A payment interrupted after its pay request was sent.
async fn interrupted(rig: &Rig, no: &str, code: &str, minor: i64, send: bool) {
    let intent = Intent {
        out_trade_no: no.into(),
        gateway: "alipay".into(),
        amount: cny(minor),
        subject: "Kiosk order".into(),
        language: "en".into(),
        lines: vec![],
    };
    rig.journal().record_intent(&intent, now_ms()).unwrap();
    if send {
        let req = PayRequest::new(
            OutTradeNo::new(no).unwrap(),
            code.to_owned().into(),
            cny(minor),
            "Kiosk order",
        );
        let _ = rig.client.pay(&req).await;
    }
}

#[tokio::test]
async fn recovery_completes_paid_and_cancels_the_rest_before_the_lane_opens() {
    let rig = rig().await;
    interrupted(&rig, "R_PAID", &code("280"), 1000, true).await;
    interrupted(&rig, "R_WAITING", &code("282"), 1000, true).await;
    interrupted(&rig, "R_NEVER_SENT", &code("280"), 1000, false).await;
    let report = rig.payments.recover().await.unwrap();
    assert_eq!(report.resumed, 3);
    assert_eq!(report.completed_paid, 1);
    assert_eq!(report.cancelled, 2);
    assert_eq!(report.cancel_owed, 0);

    let paid = rig.journal().trade("R_PAID").unwrap().unwrap();
    assert_eq!(paid.state, TradeState::Paid);
    assert!(paid.receipt_owed, "the receipt is still owed");
    assert_eq!(rig.ledger("R_PAID").unwrap().status, Status::TradeSuccess);

    assert_eq!(rig.journal().trade("R_WAITING").unwrap().unwrap().state, TradeState::Cancelled);
    assert_eq!(rig.ledger("R_WAITING").unwrap().status, Status::TradeClosed);
    // A trade the gateway never saw is closed there too, so a late pay
    // request can never charge it.
    assert_eq!(rig.ledger("R_NEVER_SENT").unwrap().status, Status::TradeClosed);
    assert!(rig.event_kinds("R_WAITING").contains(&"recovery".to_owned()));
    // Nothing unfinished remains.
    assert_eq!(rig.payments.recover().await.unwrap().resumed, 0);
}

#[tokio::test]
async fn a_cancel_that_keeps_failing_survives_restarts_until_it_succeeds() {
    let rig = rig().await;
    interrupted(&rig, "R_OWED", &code("282"), 1000, true).await;
    // The final query and the three foreground cancels get no usable answer.
    rig.sandbox.script(fault(Fault::Drop, "alipay.trade.cancel", 5, Some(false)));
    let report = rig.payments.recover().await.unwrap();
    assert_eq!(report.cancel_owed, 1, "{report:?}");
    let t = rig.journal().trade("R_OWED").unwrap().unwrap();
    assert_eq!(t.state, TradeState::CancelOwed);
    // "Restart": a new core over the same journal file resolves it.
    let again = payment::Payments::new(
        std::sync::Arc::new(payment::AlipayGateway::new(crate::rig::client(&rig.sandbox))),
        std::sync::Arc::new(payment::journal::Journal::open(rig.journal().path()).unwrap()),
        settings(),
        payment::Terminal { store_id: "S001".into(), terminal_id: "K-01".into() },
    );
    let mut done = false;
    for _ in 0..40 {
        let r = again.resolve_owed(now_ms()).await.unwrap();
        if r.cancelled == 1 {
            done = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(done, "the resolver never completed the cancel");
    assert_eq!(again.journal().trade("R_OWED").unwrap().unwrap().state, TradeState::Cancelled);
    assert_eq!(rig.ledger("R_OWED").unwrap().status, Status::TradeClosed);
}

#[tokio::test]
async fn after_the_cancel_window_the_trade_is_flagged_for_staff() {
    let mut s = settings();
    s.cancel_window = Duration::from_millis(1);
    let rig = rig_with(s).await;
    rig.sandbox.script(fault(Fault::SystemError, "alipay.trade.cancel", 3, None));
    let running = rig.payments.start(checkout(&code("282"), 100)).unwrap();
    let no = running.out_trade_no.clone();
    assert_eq!(running.outcome().await.unwrap(), payment::machine::Outcome::Unresolved);
    let r = rig.payments.resolve_owed(now_ms() + 10).await.unwrap();
    assert_eq!(r.flagged, 1);
    let t = rig.journal().trade(&no).unwrap().unwrap();
    assert_eq!(t.state, TradeState::Flagged);
    assert!(t.flag_reason.unwrap().contains("24 h"));
}

#[tokio::test]
async fn the_background_resolver_runs_until_stopped() {
    let rig = rig().await;
    rig.sandbox.script(fault(Fault::SystemError, "alipay.trade.cancel", 4, None));
    let running = rig.payments.start(checkout(&code("282"), 100)).unwrap();
    let no = running.out_trade_no.clone();
    assert_eq!(running.outcome().await.unwrap(), payment::machine::Outcome::Unresolved);
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let p = rig.payments.clone();
    let task =
        tokio::spawn(async move { p.run_resolver(stopped, Duration::from_millis(200)).await });
    let mut state = TradeState::CancelOwed;
    for _ in 0..50 {
        state = rig.journal().trade(&no).unwrap().unwrap().state;
        if state == TradeState::Cancelled {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    stop.send(true).unwrap();
    task.await.unwrap();
    assert_eq!(state, TradeState::Cancelled);
}

#[tokio::test]
async fn partial_and_full_refunds_with_a_lost_answer_reuse_the_request_number() {
    let rig = rig().await;
    let running = rig.payments.start(checkout(&code("280"), 1000)).unwrap();
    let no = running.out_trade_no.clone();
    assert!(matches!(running.outcome().await.unwrap(), payment::machine::Outcome::Paid(_)));

    let r1 = rig.payments.refund(&no, cny(300), "damaged").await.unwrap();
    assert_eq!(r1.state, RefundState::Done);
    // Too much: refused before anything is sent.
    let e = rig.payments.refund(&no, cny(800), "too much").await.unwrap_err();
    assert_eq!(e.code(), "invalid");

    // The refund is carried out but its answer is lost: it stays pending…
    rig.sandbox.script(fault(Fault::Drop, "alipay.trade.refund", 1, Some(true)));
    let r2 = rig.payments.refund(&no, cny(700), "rest").await.unwrap();
    assert_eq!(r2.state, RefundState::Pending);
    // …and asking again retries the same out_request_no, moving no more money.
    let r2b = rig.payments.refund(&no, cny(700), "rest").await.unwrap();
    assert_eq!(r2b.out_request_no, r2.out_request_no);
    assert_eq!(r2b.state, RefundState::Done);
    let l = rig.ledger(&no).unwrap();
    assert_eq!(l.refunded_minor, 1000);
    assert_eq!(l.refunds.len(), 2);
    assert_eq!(rig.journal().trade(&no).unwrap().unwrap().refunded, cny(1000));
    // Nothing is left to refund.
    assert!(rig.payments.refund(&no, cny(1), "more").await.is_err());
}

#[tokio::test]
async fn refunds_of_unpaid_trades_are_refused_with_the_state() {
    let rig = rig().await;
    let running = rig.payments.start(checkout(&code("283"), 1000)).unwrap();
    let no = running.out_trade_no.clone();
    running.outcome().await.unwrap();
    let e = rig.payments.refund(&no, cny(100), "x").await.unwrap_err();
    assert!(e.to_string().contains("declined"), "{e}");
    assert!(rig.sandbox.ledger().iter().all(|t| t.refunds.is_empty()));
}

#[tokio::test]
async fn reconciliation_agrees_then_reports_each_difference() {
    let rig = rig_with(PaymentSettings { ..settings() }).await;
    let mut nos = Vec::new();
    for prefix in ["280", "280", "282", "283"] {
        let r = rig.payments.start(checkout(&code(prefix), 1000)).unwrap();
        nos.push(r.out_trade_no.clone());
        r.outcome().await.unwrap();
    }
    rig.payments.refund(&nos[1], cny(400), "partial").await.unwrap();
    let today = time::OffsetDateTime::now_utc().to_offset(time::macros::offset!(+8)).date();
    let rec = rig.payments.reconcile(today).await.unwrap();
    assert_eq!(rec.differences, vec![], "{rec:?}");
    assert_eq!(rec.bill_payments, 2);
    assert_eq!(rec.bill_refunds, 1);
    assert_eq!(rec.journal_trades, 4);

    // A payment made behind the kiosk's back, and a refund the journal
    // never heard of.
    let req = PayRequest::new(
        OutTradeNo::new("OUTSIDE_1").unwrap(),
        code("280").into(),
        cny(990),
        "manual",
    );
    rig.client.pay(&req).await.unwrap();
    rig.client
        .refund(&alipay::RefundRequest {
            out_trade_no: OutTradeNo::new(&nos[0]).unwrap(),
            out_request_no: OutTradeNo::new("MANUAL_R1").unwrap(),
            amount: cny(100),
            reason: None,
        })
        .await
        .unwrap();
    let rec = rig.payments.reconcile(today).await.unwrap();
    assert_eq!(rec.differences.len(), 2, "{rec:?}");
    assert!(rec.differences.iter().any(|d| matches!(d,
        Difference::MissingFromJournal { out_trade_no, .. } if out_trade_no == "OUTSIDE_1")));
    assert!(rec.differences.iter().any(|d| matches!(d,
        Difference::AmountMismatch { out_trade_no, journal, bill }
            if *out_trade_no == nos[0] && *journal == cny(1000) && *bill == cny(900))));
}

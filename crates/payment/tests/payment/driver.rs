//! The driver against the sandbox gateway: one test per row of the fault
//! list in issue #4 (hang past the deadline, 20000 then success, 10003 then
//! success, 10003 never paid, paid just before the cancel, cancel
//! retry_flag=Y, lost answers, bad signatures, the customer pressing Cancel),
//! plus declines, idle reset and the progress stream.

use std::time::Duration;

use alipay_sandbox::{Fault, Status};
use payment::Control;
use payment::journal::TradeState;
use payment::machine::{CancelAction, CancelCause, DeclineReason, Outcome, Phase};

use crate::rig::{checkout, code, fault, rig, rig_with, settings};

async fn pay(rig: &crate::rig::Rig, code: &str) -> (String, Outcome) {
    let running = rig.payments.start(checkout(code, 1230)).unwrap();
    let no = running.out_trade_no.clone();
    (no, running.outcome().await.unwrap())
}

fn paid(o: &Outcome) -> bool {
    matches!(o, Outcome::Paid(_))
}

#[tokio::test]
async fn paid_at_once_is_journaled_in_order() {
    let rig = rig().await;
    let (no, outcome) = pay(&rig, &code("280")).await;
    assert!(paid(&outcome), "{outcome:?}");
    let t = rig.journal().trade(&no).unwrap().unwrap();
    assert_eq!(t.state, TradeState::Paid);
    assert!(t.receipt_owed);
    assert_eq!(t.trade_no, rig.ledger(&no).map(|l| l.trade_no));
    assert_eq!(rig.event_kinds(&no), ["intent", "request:pay", "answer:pay", "finish"]);
    assert_eq!(rig.ledger(&no).unwrap().status, Status::TradeSuccess);
    // The auth code is never journaled.
    let events = rig.journal().events(&no).unwrap();
    assert!(events.iter().all(|e| !e.detail.contains("28000")), "{events:?}");
}

#[tokio::test]
async fn pay_hanging_past_the_deadline_is_queried_then_cancelled() {
    // The pay request hangs longer than the whole deadline.
    let mut s = settings();
    s.pay_timeout = Duration::from_millis(2500);
    let rig = rig_with(s).await;
    rig.sandbox.script(fault(Fault::Hang, "alipay.trade.pay", 1, Some(true)));
    let (no, outcome) = pay(&rig, &code("282")).await;
    assert_eq!(
        outcome,
        Outcome::Cancelled { action: CancelAction::Closed, cause: CancelCause::Deadline }
    );
    let kinds = rig.event_kinds(&no);
    assert_eq!(kinds[..3], ["intent", "request:pay", "answer:pay"]);
    assert!(kinds.contains(&"request:cancel".to_owned()));
    assert_eq!(rig.ledger(&no).unwrap().status, Status::TradeClosed);
    assert_eq!(rig.journal().trade(&no).unwrap().unwrap().state, TradeState::Cancelled);
}

#[tokio::test]
async fn unavailable_20000_then_the_query_finds_it_paid() {
    let rig = rig().await;
    // The gateway charged the buyer but answered 20000.
    rig.sandbox.script(fault(Fault::Unavailable, "alipay.trade.pay", 1, Some(true)));
    let (no, outcome) = pay(&rig, &code("280")).await;
    assert!(paid(&outcome), "{outcome:?}");
    let kinds = rig.event_kinds(&no);
    assert!(kinds.contains(&"request:query".to_owned()), "{kinds:?}");
    assert_eq!(rig.ledger(&no).unwrap().status, Status::TradeSuccess);
}

#[tokio::test]
async fn waiting_10003_then_paid_within_the_deadline() {
    let rig = rig().await;
    // 28110: the buyer confirms after 10 s ÷ 10 = 1 s, inside the 2 s deadline.
    let (no, outcome) = pay(&rig, &code("28110")).await;
    assert!(paid(&outcome), "{outcome:?}");
    let answers = rig.journal().events(&no).unwrap();
    assert!(answers.iter().any(|e| e.kind == "answer:pay" && e.detail.starts_with("10003")));
    assert!(answers.iter().filter(|e| e.kind == "request:query").count() >= 2);
    assert!(!rig.event_kinds(&no).contains(&"request:cancel".to_owned()));
}

#[tokio::test]
async fn waiting_10003_never_paid_is_cancelled_with_close() {
    let rig = rig().await;
    let (no, outcome) = pay(&rig, &code("282")).await;
    assert_eq!(
        outcome,
        Outcome::Cancelled { action: CancelAction::Closed, cause: CancelCause::Deadline }
    );
    assert_eq!(rig.ledger(&no).unwrap().status, Status::TradeClosed);
    assert!(!rig.ledger(&no).unwrap().cancelled_with_refund);
}

#[tokio::test]
async fn paid_just_before_the_cancel_is_refunded_by_it() {
    // The buyer confirms at 3 s, after the final query at the 2 s deadline;
    // the cancel is held 2 s on its way, reaches the ledger at about 4 s and
    // so refunds the payment. (About a second of margin on each side.)
    let mut s = settings();
    s.cancel_timeout = Duration::from_secs(4);
    let rig = rig_with(s).await;
    rig.sandbox.script(fault(Fault::Delay { ms: 2000 }, "alipay.trade.cancel", 1, Some(false)));
    let (no, outcome) = pay(&rig, &code("28130")).await;
    assert_eq!(
        outcome,
        Outcome::Cancelled { action: CancelAction::Refunded, cause: CancelCause::Deadline }
    );
    let l = rig.ledger(&no).unwrap();
    assert_eq!(l.status, Status::TradeClosed);
    assert!(l.cancelled_with_refund);
}

#[tokio::test]
async fn cancel_retry_flag_y_is_retried_until_done() {
    let rig = rig().await;
    rig.sandbox.script(fault(Fault::SystemError, "alipay.trade.cancel", 2, None));
    let (no, outcome) = pay(&rig, &code("282")).await;
    assert_eq!(
        outcome,
        Outcome::Cancelled { action: CancelAction::Closed, cause: CancelCause::Deadline }
    );
    let cancels = rig.event_kinds(&no).iter().filter(|k| *k == "request:cancel").count();
    assert_eq!(cancels, 3);
}

#[tokio::test]
async fn cancel_still_failing_goes_to_the_resolver_which_finishes_it() {
    let rig = rig().await;
    // Three foreground attempts all answer retry_flag=Y.
    rig.sandbox.script(fault(Fault::SystemError, "alipay.trade.cancel", 3, None));
    let (no, outcome) = pay(&rig, &code("282")).await;
    assert_eq!(outcome, Outcome::Unresolved);
    assert_eq!(rig.journal().trade(&no).unwrap().unwrap().state, TradeState::CancelOwed);
    assert_eq!(rig.ledger(&no).unwrap().status, Status::WaitBuyerPay);
    let report = rig.payments.resolve_owed(payment::journal::now_ms()).await.unwrap();
    assert_eq!(report.cancelled, 1, "{report:?}");
    let t = rig.journal().trade(&no).unwrap().unwrap();
    assert_eq!(t.state, TradeState::Cancelled);
    assert_eq!(rig.ledger(&no).unwrap().status, Status::TradeClosed);
}

#[tokio::test]
async fn lost_answers_are_recovered_by_query() {
    let rig = rig().await;
    // The pay is carried out; its answer and the first query's are lost.
    rig.sandbox.script(fault(Fault::Drop, "alipay.trade.pay", 1, Some(true)));
    rig.sandbox.script(fault(Fault::Drop, "alipay.trade.query", 1, Some(true)));
    let (no, outcome) = pay(&rig, &code("280")).await;
    assert!(paid(&outcome), "{outcome:?}");
    assert_eq!(rig.journal().trade(&no).unwrap().unwrap().state, TradeState::Paid);
}

#[tokio::test]
async fn a_bad_signature_on_a_paid_answer_is_not_success_until_a_query_verifies() {
    let rig = rig().await;
    rig.sandbox.script(fault(Fault::BadSignature, "alipay.trade.pay", 1, Some(true)));
    let (no, outcome) = pay(&rig, &code("280")).await;
    assert!(paid(&outcome));
    let events = rig.journal().events(&no).unwrap();
    let pay_answer = events.iter().find(|e| e.kind == "answer:pay").unwrap();
    assert!(pay_answer.detail.contains("signature"), "{pay_answer:?}");
    assert!(events.iter().any(|e| e.kind == "answer:query" && e.detail.contains("Paid")));
}

#[tokio::test]
async fn only_bad_signatures_never_make_a_payment_and_the_resolver_closes_it() {
    let rig = rig().await;
    rig.sandbox.script(alipay_sandbox::FaultRule {
        fault: Fault::BadSignature,
        count: 1000,
        method: None,
        processed: None,
    });
    let (no, outcome) = pay(&rig, &code("282")).await;
    assert_eq!(outcome, Outcome::Unresolved);
    assert_eq!(rig.journal().trade(&no).unwrap().unwrap().state, TradeState::CancelOwed);
    // The cancel went through at the gateway, but no answer could be trusted.
    // Once answers verify again, the resolver's cancel confirms the close.
    rig.sandbox.clear_faults();
    let report = rig.payments.resolve_owed(payment::journal::now_ms()).await.unwrap();
    assert_eq!(report.cancelled, 1, "{report:?}");
    assert_eq!(rig.ledger(&no).unwrap().status, Status::TradeClosed);
}

#[tokio::test]
async fn customer_cancel_queries_then_cancels() {
    let rig = rig().await;
    let running = rig.payments.start(checkout(&code("282"), 500)).unwrap();
    tokio::time::sleep(Duration::from_millis(400)).await;
    running.control(Control::Cancel).await;
    let no = running.out_trade_no.clone();
    let outcome = running.outcome().await.unwrap();
    assert_eq!(
        outcome,
        Outcome::Cancelled { action: CancelAction::Closed, cause: CancelCause::Customer }
    );
    assert_eq!(rig.ledger(&no).unwrap().status, Status::TradeClosed);
}

#[tokio::test]
async fn idle_reset_in_the_middle_of_a_payment_cancels_it_safely() {
    let rig = rig().await;
    let running = rig.payments.start(checkout(&code("282"), 500)).unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    running.control(Control::IdleReset).await;
    let no = running.out_trade_no.clone();
    assert_eq!(
        running.outcome().await.unwrap(),
        Outcome::Cancelled { action: CancelAction::Closed, cause: CancelCause::Idle }
    );
    assert_eq!(rig.journal().trade(&no).unwrap().unwrap().state, TradeState::Cancelled);
}

#[tokio::test]
async fn declines_carry_a_reason_the_customer_can_act_on() {
    let rig = rig().await;
    for (prefix, reason) in [
        ("283", DeclineReason::InsufficientBalance),
        ("284", DeclineReason::CodeInvalid),
        ("285", DeclineReason::RiskRejected),
        ("286", DeclineReason::PaymentFailed),
    ] {
        let (no, outcome) = pay(&rig, &code(prefix)).await;
        assert_eq!(outcome, Outcome::Declined { reason }, "{prefix}");
        assert_eq!(rig.journal().trade(&no).unwrap().unwrap().state, TradeState::Declined);
    }
}

#[tokio::test]
async fn progress_counts_down_and_ends_with_the_outcome() {
    let rig = rig().await;
    let running = rig.payments.start(checkout(&code("28110"), 700)).unwrap();
    let mut progress = running.progress.clone();
    let mut phases = Vec::new();
    let mut seconds = Vec::new();
    loop {
        let p = progress.borrow_and_update().clone();
        phases.push(p.phase);
        seconds.push(p.seconds_left);
        if p.outcome.is_some() {
            assert!(matches!(p.outcome, Some(Outcome::Paid(_))));
            break;
        }
        if progress.changed().await.is_err() {
            break;
        }
    }
    assert!(phases.contains(&Phase::Polling), "{phases:?}");
    assert_eq!(phases.last(), Some(&Phase::Done));
    assert!(seconds.windows(2).all(|w| w[1] <= w[0]), "{seconds:?}");
    assert!(paid(&running.outcome().await.unwrap()));
}

#[tokio::test]
async fn nothing_is_sent_when_the_intent_cannot_be_written() {
    let rig = rig().await;
    // Make the journal refuse writes: an open write transaction elsewhere.
    let path = rig.journal().path().to_owned();
    let blocker = rusqlite::Connection::open(&path).unwrap();
    blocker.busy_timeout(Duration::from_millis(1)).unwrap();
    blocker.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let running = rig.payments.start(checkout(&code("280"), 100));
    // Allocation itself needs the journal: either it is refused at once or
    // the intent is, and in neither case does a request leave.
    match running {
        Err(e) => assert_eq!(e.code(), "journal"),
        Ok(r) => assert_eq!(
            r.outcome().await.unwrap(),
            Outcome::Declined { reason: DeclineReason::JournalUnavailable }
        ),
    }
    blocker.execute_batch("ROLLBACK").unwrap();
    assert!(rig.sandbox.ledger().is_empty());
}

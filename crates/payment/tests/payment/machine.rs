use std::time::{Duration, Instant};

use money::{Currency, Money};
use payment::machine::{
    Action, CancelAction, CancelAnswer, CancelCause, DeclineReason, Event, Outcome, Paid,
    PayAnswer, Payment, Phase, QueryAnswer, Timing,
};

const S: Duration = Duration::from_secs(1);

fn timing() -> Timing {
    Timing { deadline: 30 * S, query_interval: 3 * S, cancel_retries: 3, cancel_backoff: S }
}

fn paid() -> Paid {
    Paid { trade_no: "2026112222001".into(), buyer_masked: Some("****5135".into()), wallet: None }
}

/// A payment whose intent is journaled and whose pay request is in flight.
fn paying(t0: Instant) -> Payment {
    let (mut p, a) = Payment::start("K1_1".into(), Money::new(1230, Currency::Cny), timing(), t0);
    assert_eq!(a, vec![Action::JournalIntent]);
    let a = p.handle(Event::Journaled, t0).unwrap();
    assert_eq!(a, vec![Action::SendPay, Action::WakeAt(t0 + 30 * S)]);
    assert_eq!(p.phase(), Phase::Paying);
    p
}

/// A payment polling after a 10003 answer at t0+1s.
fn polling(t0: Instant) -> Payment {
    let mut p = paying(t0);
    let a = p.handle(Event::PayAnswered(PayAnswer::Waiting), t0 + S).unwrap();
    assert_eq!(a, vec![Action::WakeAt(t0 + 4 * S)]);
    assert_eq!(p.phase(), Phase::Polling);
    p
}

fn finish(actions: &[Action]) -> &Outcome {
    match actions {
        [Action::Finish(o)] => o,
        other => panic!("expected Finish, got {other:?}"),
    }
}

#[test]
fn nothing_is_sent_before_the_intent_is_journaled() {
    let t0 = Instant::now();
    let (mut p, a) = Payment::start("K1_1".into(), Money::new(1, Currency::Cny), timing(), t0);
    assert_eq!(a, vec![Action::JournalIntent]);
    assert_eq!(p.handle(Event::Tick, t0 + S).unwrap(), vec![]);
    let err = p.handle(Event::PayAnswered(PayAnswer::Waiting), t0).unwrap_err();
    assert_eq!(err.phase, Phase::Journaling);
    assert_eq!(err.event, "PayAnswered");
}

#[test]
fn a_journal_failure_declines_without_sending() {
    let t0 = Instant::now();
    let (mut p, _) = Payment::start("K1_1".into(), Money::new(1, Currency::Cny), timing(), t0);
    let a = p.handle(Event::JournalFailed, t0).unwrap();
    assert_eq!(finish(&a), &Outcome::Declined { reason: DeclineReason::JournalUnavailable });
}

#[test]
fn paid_at_once() {
    let t0 = Instant::now();
    let mut p = paying(t0);
    let a = p.handle(Event::PayAnswered(PayAnswer::Paid(paid())), t0 + S).unwrap();
    assert_eq!(finish(&a), &Outcome::Paid(paid()));
    assert_eq!(p.phase(), Phase::Done);
    assert_eq!(
        p.handle(Event::Tick, t0 + 2 * S).unwrap(),
        vec![],
        "ticks after the end are harmless"
    );
    assert!(p.handle(Event::PayAnswered(PayAnswer::Waiting), t0).is_err());
}

#[test]
fn declines_and_rejections_end_without_cancel() {
    let t0 = Instant::now();
    for (answer, reason) in [
        (PayAnswer::Declined(DeclineReason::CodeInvalid), DeclineReason::CodeInvalid),
        (
            PayAnswer::Declined(DeclineReason::InsufficientBalance),
            DeclineReason::InsufficientBalance,
        ),
        (PayAnswer::Rejected, DeclineReason::GatewayConfiguration),
    ] {
        let mut p = paying(t0);
        let a = p.handle(Event::PayAnswered(answer), t0 + S).unwrap();
        assert_eq!(finish(&a), &Outcome::Declined { reason });
    }
}

#[test]
fn waiting_buyer_is_polled_every_interval_then_paid() {
    let t0 = Instant::now();
    let mut p = polling(t0);
    assert_eq!(p.handle(Event::Tick, t0 + 2 * S).unwrap(), vec![Action::WakeAt(t0 + 4 * S)]);
    assert_eq!(p.handle(Event::Tick, t0 + 4 * S).unwrap(), vec![Action::SendQuery]);
    assert_eq!(p.handle(Event::Tick, t0 + 5 * S).unwrap(), vec![], "a query is in flight");
    let a = p.handle(Event::QueryAnswered(QueryAnswer::NotPaid), t0 + 5 * S).unwrap();
    assert_eq!(a, vec![Action::WakeAt(t0 + 8 * S)]);
    assert_eq!(p.handle(Event::Tick, t0 + 8 * S).unwrap(), vec![Action::SendQuery]);
    let a = p.handle(Event::QueryAnswered(QueryAnswer::Paid(paid())), t0 + 9 * S).unwrap();
    assert_eq!(finish(&a), &Outcome::Paid(paid()));
}

#[test]
fn an_unknown_pay_answer_is_queried_at_once() {
    let t0 = Instant::now();
    let mut p = paying(t0);
    let a = p.handle(Event::PayAnswered(PayAnswer::Unknown), t0 + 10 * S).unwrap();
    assert_eq!(a, vec![Action::WakeAt(t0 + 10 * S)]);
    assert_eq!(p.handle(Event::Tick, t0 + 10 * S).unwrap(), vec![Action::SendQuery]);
}

#[test]
fn a_closed_trade_while_polling_is_declined() {
    let t0 = Instant::now();
    let mut p = polling(t0);
    p.handle(Event::Tick, t0 + 4 * S).unwrap();
    let a = p.handle(Event::QueryAnswered(QueryAnswer::Closed), t0 + 4 * S).unwrap();
    assert_eq!(finish(&a), &Outcome::Declined { reason: DeclineReason::TradeClosed });
}

#[test]
fn never_paid_is_queried_once_more_then_cancelled_at_the_deadline() {
    let t0 = Instant::now();
    let mut p = polling(t0);
    // Polls until the deadline.
    let mut now = t0 + 4 * S;
    while now < t0 + 30 * S {
        assert_eq!(p.handle(Event::Tick, now).unwrap(), vec![Action::SendQuery]);
        p.handle(Event::QueryAnswered(QueryAnswer::NotPaid), now).unwrap();
        now += 3 * S;
    }
    assert_eq!(p.handle(Event::Tick, t0 + 30 * S).unwrap(), vec![Action::SendQuery]);
    assert_eq!(p.phase(), Phase::FinalQuery);
    let a = p.handle(Event::QueryAnswered(QueryAnswer::NotPaid), t0 + 30 * S).unwrap();
    assert_eq!(a, vec![Action::SendCancel]);
    assert_eq!(p.phase(), Phase::Cancelling);
    let a = p.handle(Event::CancelAnswered(CancelAnswer::Done(CancelAction::Closed)), t0 + 31 * S);
    assert_eq!(
        finish(&a.unwrap()),
        &Outcome::Cancelled { action: CancelAction::Closed, cause: CancelCause::Deadline }
    );
}

#[test]
fn paid_in_the_final_query_is_paid_not_cancelled() {
    let t0 = Instant::now();
    let mut p = polling(t0);
    assert_eq!(p.handle(Event::Tick, t0 + 31 * S).unwrap(), vec![Action::SendQuery]);
    let a = p.handle(Event::QueryAnswered(QueryAnswer::Paid(paid())), t0 + 31 * S).unwrap();
    assert_eq!(finish(&a), &Outcome::Paid(paid()));
}

#[test]
fn paid_just_before_the_cancel_is_refunded_and_said_so() {
    let t0 = Instant::now();
    let mut p = polling(t0);
    p.handle(Event::Tick, t0 + 31 * S).unwrap();
    p.handle(Event::QueryAnswered(QueryAnswer::NotPaid), t0 + 31 * S).unwrap();
    let a =
        p.handle(Event::CancelAnswered(CancelAnswer::Done(CancelAction::Refunded)), t0 + 32 * S);
    assert_eq!(
        finish(&a.unwrap()),
        &Outcome::Cancelled { action: CancelAction::Refunded, cause: CancelCause::Deadline }
    );
}

#[test]
fn cancel_is_retried_with_backoff_then_handed_to_the_resolver() {
    let t0 = Instant::now();
    let mut p = polling(t0);
    p.handle(Event::Tick, t0 + 30 * S).unwrap();
    assert_eq!(
        p.handle(Event::QueryAnswered(QueryAnswer::Unknown), t0 + 30 * S).unwrap(),
        vec![Action::SendCancel]
    );
    let mut now = t0 + 30 * S;
    for attempt in 1..=3 {
        let a = p.handle(Event::CancelAnswered(CancelAnswer::Retry), now).unwrap();
        if attempt == 3 {
            assert_eq!(finish(&a), &Outcome::Unresolved);
            return;
        }
        assert_eq!(a, vec![Action::WakeAt(now + S)]);
        assert_eq!(p.handle(Event::Tick, now).unwrap(), vec![Action::WakeAt(now + S)], "too early");
        now += S;
        assert_eq!(p.handle(Event::Tick, now).unwrap(), vec![Action::SendCancel]);
    }
    panic!("the third failed attempt must hand over");
}

#[test]
fn a_retried_cancel_can_still_succeed() {
    let t0 = Instant::now();
    let mut p = polling(t0);
    p.handle(Event::Tick, t0 + 30 * S).unwrap();
    p.handle(Event::QueryAnswered(QueryAnswer::NotPaid), t0 + 30 * S).unwrap();
    p.handle(Event::CancelAnswered(CancelAnswer::Retry), t0 + 30 * S).unwrap();
    assert_eq!(p.handle(Event::Tick, t0 + 31 * S).unwrap(), vec![Action::SendCancel]);
    let a = p.handle(Event::CancelAnswered(CancelAnswer::Done(CancelAction::Closed)), t0 + 31 * S);
    assert!(matches!(finish(&a.unwrap()), Outcome::Cancelled { .. }));
}

#[test]
fn customer_cancel_while_polling_queries_then_cancels() {
    let t0 = Instant::now();
    let mut p = polling(t0);
    assert_eq!(p.handle(Event::CustomerCancel, t0 + 2 * S).unwrap(), vec![Action::SendQuery]);
    assert_eq!(p.handle(Event::CustomerCancel, t0 + 2 * S).unwrap(), vec![], "pressing twice");
    p.handle(Event::QueryAnswered(QueryAnswer::NotPaid), t0 + 2 * S).unwrap();
    let a = p.handle(Event::CancelAnswered(CancelAnswer::Done(CancelAction::Closed)), t0 + 3 * S);
    assert_eq!(
        finish(&a.unwrap()),
        &Outcome::Cancelled { action: CancelAction::Closed, cause: CancelCause::Customer }
    );
}

#[test]
fn cancel_during_an_in_flight_request_waits_for_its_answer() {
    let t0 = Instant::now();
    // During pay: the pay answer decides; paid stays paid.
    let mut p = paying(t0);
    assert_eq!(p.handle(Event::IdleReset, t0 + S).unwrap(), vec![]);
    let a = p.handle(Event::PayAnswered(PayAnswer::Paid(paid())), t0 + 2 * S).unwrap();
    assert_eq!(finish(&a), &Outcome::Paid(paid()));

    // During pay with a waiting buyer: straight to the final query.
    let mut p = paying(t0);
    p.handle(Event::IdleReset, t0 + S).unwrap();
    let a = p.handle(Event::PayAnswered(PayAnswer::Waiting), t0 + 2 * S).unwrap();
    assert_eq!(a, vec![Action::SendQuery]);
    assert_eq!(p.phase(), Phase::FinalQuery);
    p.handle(Event::QueryAnswered(QueryAnswer::NotPaid), t0 + 2 * S).unwrap();
    let a = p.handle(Event::CancelAnswered(CancelAnswer::Done(CancelAction::Closed)), t0 + 3 * S);
    assert_eq!(
        finish(&a.unwrap()),
        &Outcome::Cancelled { action: CancelAction::Closed, cause: CancelCause::Idle }
    );

    // During a poll query.
    let mut p = polling(t0);
    p.handle(Event::Tick, t0 + 4 * S).unwrap();
    assert_eq!(p.handle(Event::CustomerCancel, t0 + 4 * S).unwrap(), vec![]);
    let a = p.handle(Event::QueryAnswered(QueryAnswer::NotPaid), t0 + 5 * S).unwrap();
    assert_eq!(a, vec![Action::SendQuery], "then one last query");
}

#[test]
fn cancel_before_the_journal_answers_sends_nothing() {
    let t0 = Instant::now();
    let (mut p, _) = Payment::start("K1_1".into(), Money::new(1, Currency::Cny), timing(), t0);
    assert_eq!(p.handle(Event::CustomerCancel, t0).unwrap(), vec![]);
    let a = p.handle(Event::Journaled, t0).unwrap();
    assert_eq!(
        finish(&a),
        &Outcome::Cancelled { action: CancelAction::Closed, cause: CancelCause::Customer }
    );
}

#[test]
fn a_pay_that_answers_unknown_after_the_deadline_goes_to_the_final_query() {
    let t0 = Instant::now();
    let mut p = paying(t0);
    assert_eq!(p.handle(Event::Tick, t0 + 30 * S).unwrap(), vec![], "pay still in flight");
    let a = p.handle(Event::PayAnswered(PayAnswer::Unknown), t0 + 31 * S).unwrap();
    assert_eq!(a, vec![Action::SendQuery]);
    assert_eq!(p.phase(), Phase::FinalQuery);
}

#[test]
fn illegal_events_name_the_state_and_the_event() {
    let t0 = Instant::now();
    let mut p = polling(t0);
    let err = p.handle(Event::QueryAnswered(QueryAnswer::NotPaid), t0).unwrap_err();
    assert_eq!(err.phase, Phase::Polling);
    assert_eq!(err.event, "QueryAnswered");
    assert_eq!(err.to_string(), "payment K1_1: QueryAnswered is not allowed while Polling");
    assert!(p.handle(Event::CancelAnswered(CancelAnswer::Retry), t0).is_err());
    assert!(p.handle(Event::Journaled, t0).is_err());
    assert!(p.handle(Event::PayAnswered(PayAnswer::Waiting), t0).is_err(), "a second pay answer");
}

#[test]
fn progress_counts_down_to_the_deadline() {
    let t0 = Instant::now();
    let p = polling(t0);
    let progress = p.progress(t0 + Duration::from_millis(1500));
    assert_eq!(progress.seconds_left, 29);
    assert_eq!(progress.phase, Phase::Polling);
    assert_eq!(p.progress(t0 + 40 * S).seconds_left, 0);
    let json = serde_json::to_value(&progress).unwrap();
    assert_eq!(json["phase"], "polling");
    assert_eq!(json["secondsLeft"], 29);
}

#[test]
fn a_resumed_payment_is_queried_once_then_completed_if_paid() {
    let t0 = Instant::now();
    let (mut p, a) = Payment::resume("K1_9".into(), Money::new(500, Currency::Cny), timing(), t0);
    assert_eq!(a, vec![Action::SendQuery]);
    assert_eq!(p.phase(), Phase::FinalQuery);
    // Nothing new may be sent while the query is in flight.
    assert_eq!(p.handle(Event::Tick, t0 + S).unwrap(), vec![]);
    let a = p.handle(Event::QueryAnswered(QueryAnswer::Paid(paid())), t0 + S).unwrap();
    assert_eq!(finish(&a), &Outcome::Paid(paid()));
}

#[test]
fn a_resumed_payment_not_paid_is_cancelled_for_recovery() {
    let t0 = Instant::now();
    for answer in [QueryAnswer::NotPaid, QueryAnswer::Unknown, QueryAnswer::Closed] {
        let (mut p, _) =
            Payment::resume("K1_9".into(), Money::new(500, Currency::Cny), timing(), t0);
        assert_eq!(p.handle(Event::QueryAnswered(answer), t0).unwrap(), vec![Action::SendCancel]);
        let a =
            p.handle(Event::CancelAnswered(CancelAnswer::Done(CancelAction::Closed)), t0).unwrap();
        assert_eq!(
            finish(&a),
            &Outcome::Cancelled { action: CancelAction::Closed, cause: CancelCause::Recovery }
        );
    }
    // A resumed payment never sends pay again.
    let (mut p, _) = Payment::resume("K1_9".into(), Money::new(500, Currency::Cny), timing(), t0);
    let e = p.handle(Event::PayAnswered(PayAnswer::Waiting), t0).unwrap_err();
    assert_eq!(e.phase, Phase::FinalQuery);
}

//! The pure session machine: inputs in, actions out, time passed in.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use checkout::Product;
use checkout::cart::{Cart, contained_tax};
use checkout::session::{Action, Input, Session, SessionRules, StaffReason, StopCause};
use checkout::view::{
    CheckoutResult, FailureReason, Notice, PaymentPhase, ReceiptStatus, ScreenState,
};
use masking::Secret;
use money::Currency;
use payment::machine::{CancelAction, CancelCause, DeclineReason, Outcome, Paid, Phase, Progress};

fn rules() -> SessionRules {
    SessionRules {
        default_language: "en".into(),
        languages: vec!["en".into(), "zh-Hans".into(), "ar".into()],
        currency: Currency::Cny,
        idle_timeout: Duration::from_secs(60),
        idle_prompt: Duration::from_secs(15),
        return_after: Duration::from_secs(10),
        payment_deadline: Duration::from_secs(30),
        subject: "Demo checkout".into(),
    }
}

fn product(id: &str, price_minor: i64, tax_bp: u32) -> Product {
    let mut names = BTreeMap::new();
    names.insert("en".to_owned(), format!("{id} (en)"));
    names.insert("zh-Hans".to_owned(), format!("{id} (zh)"));
    Product { id: id.into(), gtin: None, price_minor, tax_bp, names, touch: false }
}

fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

/// A session in Shopping with two waters and a banana, started at `t0`.
fn shopping(t0: Instant) -> Session {
    let mut s = Session::new(rules(), true, t0);
    s.handle(Input::Start, t0);
    s.handle(Input::Language("zh-Hans".into()), t0);
    s.handle(Input::Item(product("water", 200, 1300)), t0);
    s.handle(Input::Item(product("water", 200, 1300)), t0);
    s.handle(Input::Touch(product("banana", 150, 900)), t0);
    s
}

fn code() -> Secret<String> {
    Secret::new("280000000000000001".to_owned())
}

/// Shopping → paying → a code: returns the trade number the core gave.
fn processing(s: &mut Session, t: Instant) -> String {
    s.handle(Input::Pay, t);
    let actions = s.handle(Input::PaymentCode(code()), t);
    assert!(matches!(actions.as_slice(), [Action::StartPayment(_)]), "{actions:?}");
    s.handle(Input::PaymentStarted { out_trade_no: "K1_20261122_000001".into() }, t);
    "K1_20261122_000001".into()
}

fn progress(no: &str, phase: Phase, left: u64, outcome: Option<Outcome>) -> Input {
    Input::Progress(Progress { out_trade_no: no.into(), phase, seconds_left: left, outcome })
}

#[test]
fn attract_language_shopping_paying_processing_done_attract() {
    let t0 = Instant::now();
    let mut s = shopping(t0);
    assert_eq!(s.state(), ScreenState::Shopping);
    let v = s.view();
    assert_eq!(v.language, "zh-Hans");
    assert_eq!(v.cart.lines.len(), 2, "the second water joins the first line");
    assert_eq!(v.cart.lines[0].quantity, 2);
    assert_eq!(v.cart.lines[0].name, "water (zh)");
    assert_eq!(v.cart.total_minor, 550);
    assert_eq!(v.scan_seq, 3);
    assert_eq!(v.last_line_id, Some(v.cart.lines[1].line_id));

    s.handle(Input::Pay, t0);
    assert_eq!(s.state(), ScreenState::Paying);
    assert!(s.wants_payment_code());
    let actions = s.handle(Input::PaymentCode(code()), t0 + secs(2));
    let Some(Action::StartPayment(req)) = actions.first() else { panic!("{actions:?}") };
    assert_eq!(req.amount.minor(), 550);
    assert_eq!(req.language, "zh-Hans");
    assert_eq!(req.lines.len(), 2);
    assert_eq!(req.lines[0].name, "water (zh)");
    assert_eq!(req.lines[0].quantity, 2);
    assert_eq!(s.state(), ScreenState::Processing);

    let no = "K1_20261122_000001";
    s.handle(Input::PaymentStarted { out_trade_no: no.into() }, t0 + secs(2));
    s.handle(progress(no, Phase::Polling, 25, None), t0 + secs(7));
    let p = s.view().payment.unwrap();
    assert_eq!((p.phase, p.seconds_left, p.deadline_secs), (PaymentPhase::Waiting, 25, 30));

    let paid = Paid {
        trade_no: "2026112222001".into(),
        buyer_masked: Some("159****5620".into()),
        wallet: None,
    };
    let actions = s.handle(progress(no, Phase::Done, 24, Some(Outcome::Paid(paid))), t0 + secs(8));
    let Some(Action::PrintReceipt(job)) = actions.first() else { panic!("{actions:?}") };
    assert_eq!(job.language, "zh-Hans");
    assert_eq!(job.cart.lines().len(), 2);
    assert_eq!(s.state(), ScreenState::Done);
    assert!(matches!(
        s.view().result,
        Some(CheckoutResult::Paid { amount_minor: 550, receipt: ReceiptStatus::Printing, .. })
    ));
    s.handle(Input::ReceiptPrinted { out_trade_no: no.into(), ok: true }, t0 + secs(9));
    assert!(matches!(
        s.view().result,
        Some(CheckoutResult::Paid { receipt: ReceiptStatus::Printed, .. })
    ));
    assert_eq!(s.view().return_secs, Some(9));

    s.handle(Input::Tick, t0 + secs(18));
    assert_eq!(s.state(), ScreenState::Attract);
    assert_eq!(s.language(), "en", "back to the default language");
    assert!(s.view().cart.lines.is_empty());
}

#[test]
fn totals_carry_the_tax_each_rate_contains_rounded_half_up() {
    let mut cart = Cart::default();
    cart.add(product("water", 200, 1300));
    cart.add(product("water", 200, 1300));
    cart.add(product("banana", 150, 900));
    let t = cart.totals(Currency::Cny);
    // 400 × 13/113 = 46.02 → 46; 150 × 9/109 = 12.39 → 12.
    assert_eq!((t.total.minor(), t.tax.minor(), t.items), (550, 58, 3));
    assert_eq!(t.uniform_rate_bp, None);
    assert_eq!(contained_tax(113, 1300), 13);
    assert_eq!(contained_tax(565, 1300), 65); // 65.0 exactly
    assert_eq!(contained_tax(61, 1300), 7); // 7.017
    assert_eq!(contained_tax(0, 1300), 0);
}

#[test]
fn quantities_change_remove_and_stop_at_the_limit() {
    let t0 = Instant::now();
    let mut s = shopping(t0);
    let line = s.view().cart.lines[0].line_id;
    s.handle(Input::Quantity { line_id: line, quantity: 5 }, t0);
    assert_eq!(s.view().cart.lines[0].quantity, 5);
    s.handle(Input::Quantity { line_id: line, quantity: 100 }, t0);
    assert_eq!(s.view().notice, Some(Notice::QuantityLimit));
    assert_eq!(s.view().cart.lines[0].quantity, 5);
    s.handle(Input::Quantity { line_id: line, quantity: 0 }, t0);
    assert_eq!(s.view().cart.lines.len(), 1);
    s.handle(Input::Quantity { line_id: 999, quantity: 2 }, t0);
    assert_eq!(s.view().cart.total_minor, 150);
}

#[test]
fn pay_with_an_empty_cart_says_so_and_a_code_on_attract_is_ignored() {
    let t0 = Instant::now();
    let mut s = Session::new(rules(), true, t0);
    assert!(s.handle(Input::PaymentCode(code()), t0).is_empty());
    assert_eq!(s.state(), ScreenState::Attract);
    s.handle(Input::Start, t0);
    s.handle(Input::Language("en".into()), t0);
    s.handle(Input::Pay, t0);
    assert_eq!(s.state(), ScreenState::Shopping);
    assert_eq!(s.view().notice, Some(Notice::CartEmpty));
    let seq = s.view().notice_seq;
    s.handle(Input::PaymentCode(code()), t0);
    assert_eq!(s.view().notice_seq, seq + 1, "the same notice shows again");
}

#[test]
fn a_scan_on_attract_starts_the_session_with_the_item() {
    let t0 = Instant::now();
    let mut s = Session::new(rules(), true, t0);
    s.handle(Input::Item(product("water", 200, 1300)), t0);
    assert_eq!(s.state(), ScreenState::Language);
    assert_eq!(s.view().cart.item_count, 1);
    s.handle(Input::Language("ar".into()), t0);
    assert_eq!(s.state(), ScreenState::Shopping);
    assert_eq!(s.view().cart.item_count, 1, "the first scan is kept");
    s.handle(Input::Language("xx".into()), t0);
    assert_eq!(s.language(), "ar", "an unknown language is ignored");
}

#[test]
fn an_item_scanned_on_the_pay_screen_goes_back_to_the_cart() {
    let t0 = Instant::now();
    let mut s = shopping(t0);
    s.handle(Input::Pay, t0);
    s.handle(Input::Item(product("tea", 350, 1300)), t0);
    assert_eq!(s.state(), ScreenState::Shopping, "the amount shown must be the amount paid");
    assert_eq!(s.view().cart.total_minor, 900);
}

#[test]
fn still_there_prompts_then_resets_and_a_touch_keeps_the_session() {
    let t0 = Instant::now();
    let mut s = shopping(t0);
    s.handle(Input::Tick, t0 + secs(59));
    assert_eq!(s.view().idle, None);
    s.handle(Input::Tick, t0 + secs(61));
    assert_eq!(s.view().idle.map(|i| i.seconds_left), Some(14));
    s.handle(Input::Activity, t0 + secs(62));
    assert_eq!(s.view().idle, None, "a touch dismisses it");
    s.handle(Input::Tick, t0 + secs(62 + 74));
    assert_eq!(s.state(), ScreenState::Shopping);
    s.handle(Input::Tick, t0 + secs(62 + 75));
    assert_eq!(s.state(), ScreenState::Attract);
    assert!(s.view().cart.lines.is_empty());
}

#[test]
fn idle_in_the_middle_of_a_payment_stops_it_and_resets_only_once_it_settles() {
    let t0 = Instant::now();
    let mut s = shopping(t0);
    let no = processing(&mut s, t0);
    s.handle(progress(&no, Phase::Polling, 20, None), t0 + secs(10));
    let actions = s.handle(Input::Tick, t0 + secs(75));
    assert_eq!(actions, vec![Action::StopPayment { cause: StopCause::Idle }]);
    assert!(s.view().resetting);
    assert_eq!(s.state(), ScreenState::Processing, "never dropped: waits for the payment core");
    assert!(s.handle(Input::Tick, t0 + secs(76)).is_empty(), "asked once");
    let cancelled = Outcome::Cancelled { action: CancelAction::Closed, cause: CancelCause::Idle };
    s.handle(progress(&no, Phase::Done, 0, Some(cancelled)), t0 + secs(77));
    assert_eq!(s.state(), ScreenState::Attract);
    assert!(!s.view().resetting);
}

#[test]
fn a_payment_found_paid_during_an_idle_reset_still_prints() {
    let t0 = Instant::now();
    let mut s = shopping(t0);
    let no = processing(&mut s, t0);
    s.handle(Input::Tick, t0 + secs(75));
    let paid = Paid { trade_no: "T".into(), buyer_masked: None, wallet: None };
    let actions = s.handle(progress(&no, Phase::Done, 0, Some(Outcome::Paid(paid))), t0 + secs(76));
    assert!(matches!(actions.as_slice(), [Action::PrintReceipt(_)]), "{actions:?}");
    assert_eq!(s.state(), ScreenState::Done);
}

#[test]
fn customer_cancel_asks_the_core_and_shows_nothing_was_charged() {
    let t0 = Instant::now();
    let mut s = shopping(t0);
    let no = processing(&mut s, t0);
    let actions = s.handle(Input::Cancel, t0 + secs(3));
    assert_eq!(actions, vec![Action::StopPayment { cause: StopCause::Customer }]);
    assert_eq!(s.view().payment.unwrap().phase, PaymentPhase::Cancelling);
    let cancelled =
        Outcome::Cancelled { action: CancelAction::Closed, cause: CancelCause::Customer };
    s.handle(progress(&no, Phase::Done, 0, Some(cancelled)), t0 + secs(4));
    assert_eq!(s.view().result, Some(CheckoutResult::Failed { reason: FailureReason::Cancelled }));
    // Try again with a fresh code: back to the pay screen, the cart kept.
    s.handle(Input::Retry, t0 + secs(5));
    assert_eq!(s.state(), ScreenState::Paying);
    assert_eq!(s.view().cart.total_minor, 550);
}

#[test]
fn outcomes_map_to_reasons_a_customer_understands() {
    let cases = [
        (Outcome::Declined { reason: DeclineReason::InsufficientBalance }, FailureReason::Balance),
        (Outcome::Declined { reason: DeclineReason::CodeInvalid }, FailureReason::CodeExpired),
        (Outcome::Declined { reason: DeclineReason::RiskRejected }, FailureReason::Risk),
        (Outcome::Declined { reason: DeclineReason::PaymentFailed }, FailureReason::Declined),
        (Outcome::Declined { reason: DeclineReason::TradeClosed }, FailureReason::Cancelled),
        (
            Outcome::Declined { reason: DeclineReason::GatewayConfiguration },
            FailureReason::Unavailable,
        ),
        (
            Outcome::Cancelled { action: CancelAction::Closed, cause: CancelCause::Deadline },
            FailureReason::Timeout,
        ),
        (Outcome::Unresolved, FailureReason::Unresolved),
    ];
    for (outcome, reason) in cases {
        let t0 = Instant::now();
        let mut s = shopping(t0);
        let no = processing(&mut s, t0);
        let unresolved = outcome == Outcome::Unresolved;
        let actions = s.handle(progress(&no, Phase::Done, 0, Some(outcome)), t0 + secs(30));
        assert_eq!(s.view().result, Some(CheckoutResult::Failed { reason }));
        assert_eq!(s.state(), ScreenState::Failed);
        assert_eq!(
            actions.contains(&Action::CallStaff { reason: StaffReason::Unresolved }),
            unresolved
        );
        // The failure screen stays long enough to read, then returns.
        s.handle(Input::Tick, t0 + secs(59));
        assert_eq!(s.state(), ScreenState::Failed);
        s.handle(Input::Tick, t0 + secs(61));
        assert_eq!(s.state(), ScreenState::Attract);
    }
}

#[test]
fn a_failed_receipt_calls_staff() {
    let t0 = Instant::now();
    let mut s = shopping(t0);
    let no = processing(&mut s, t0);
    let paid = Paid { trade_no: "T".into(), buyer_masked: None, wallet: None };
    s.handle(progress(&no, Phase::Done, 0, Some(Outcome::Paid(paid))), t0);
    let actions = s.handle(Input::ReceiptPrinted { out_trade_no: no, ok: false }, t0);
    assert_eq!(actions, vec![Action::CallStaff { reason: StaffReason::ReceiptFailed }]);
    assert!(matches!(
        s.view().result,
        Some(CheckoutResult::Paid { receipt: ReceiptStatus::Failed, .. })
    ));
}

#[test]
fn progress_of_another_trade_is_ignored() {
    let t0 = Instant::now();
    let mut s = shopping(t0);
    processing(&mut s, t0);
    let paid = Paid { trade_no: "T".into(), buyer_masked: None, wallet: None };
    let actions = s.handle(progress("OTHER", Phase::Done, 0, Some(Outcome::Paid(paid))), t0);
    assert!(actions.is_empty());
    assert_eq!(s.state(), ScreenState::Processing);
}

#[test]
fn closing_the_lane_waits_for_the_customer_to_finish() {
    let t0 = Instant::now();
    let mut s = shopping(t0);
    s.handle(Input::Lane { open: false }, t0);
    assert_eq!(s.state(), ScreenState::Shopping);
    s.handle(Input::Cancel, t0);
    assert_eq!(s.state(), ScreenState::Closed);
    s.handle(Input::Start, t0);
    assert_eq!(s.state(), ScreenState::Closed);
    s.handle(Input::Lane { open: true }, t0);
    assert_eq!(s.state(), ScreenState::Attract);
}

#[test]
fn the_view_is_the_json_the_ui_reads() {
    let t0 = Instant::now();
    let s = shopping(t0);
    let json = serde_json::to_value(s.view()).unwrap();
    assert_eq!(json["state"], "shopping");
    assert_eq!(json["cart"]["totalMinor"], 550);
    assert_eq!(json["cart"]["lines"][0]["unitMinor"], 200);
    assert_eq!(json["lastLineId"], 2);
    assert!(json["idle"].is_null());
    let notice = serde_json::to_value(Notice::UnknownItem { code: "1".into() }).unwrap();
    assert_eq!(notice, serde_json::json!({"kind": "unknown_item", "code": "1"}));
}

#[test]
fn done_stays_while_the_receipt_prints() {
    let t0 = Instant::now();
    let mut s = shopping(t0);
    let no = processing(&mut s, t0);
    let paid = Paid { trade_no: "T".into(), buyer_masked: None, wallet: None };
    s.handle(progress(&no, Phase::Done, 0, Some(Outcome::Paid(paid))), t0);
    s.handle(Input::Tick, t0 + secs(30));
    assert_eq!(s.state(), ScreenState::Done, "still printing: the customer waits for it");
    s.handle(Input::ReceiptPrinted { out_trade_no: no, ok: false }, t0 + secs(31));
    assert_eq!(s.state(), ScreenState::Done);
    assert_eq!(s.view().return_secs, Some(10), "time to read that the receipt failed");
    s.handle(Input::Tick, t0 + secs(40));
    assert_eq!(s.state(), ScreenState::Done);
    s.handle(Input::Tick, t0 + secs(41));
    assert_eq!(s.state(), ScreenState::Attract);
}

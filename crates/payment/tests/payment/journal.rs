//! The journal on its own: migrations, durability settings, the append-only
//! log, state guards, refund bookkeeping, filters.

use money::{Currency, Money};
use payment::gateway::CartLine;
use payment::journal::{Intent, Journal, RefundState, TradeFilter, TradeState};
use payment::machine::{CancelAction, CancelCause, DeclineReason, Outcome, Paid};

fn intent(no: &str, minor: i64) -> Intent {
    Intent {
        out_trade_no: no.into(),
        gateway: "alipay".into(),
        amount: Money::new(minor, Currency::Cny),
        subject: "Kiosk order".into(),
        language: "zh-Hans".into(),
        lines: vec![CartLine {
            item_id: "6901234567892".into(),
            name: "乌龙茶".into(),
            quantity: 2,
            unit_minor: minor / 2,
        }],
    }
}

fn paid(trade_no: &str) -> Outcome {
    Outcome::Paid(Paid {
        trade_no: trade_no.into(),
        buyer_masked: Some("159****5620".into()),
        wallet: None,
    })
}

#[test]
fn opens_with_wal_full_sync_and_migrates_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    let j = Journal::open(&path).unwrap();
    j.record_intent(&intent("T1", 1000), 1).unwrap();
    drop(j);
    // Reopening keeps the data and does not re-run the migration.
    let j = Journal::open(&path).unwrap();
    assert_eq!(j.trade("T1").unwrap().unwrap().state, TradeState::Pending);
    let c = rusqlite::Connection::open(&path).unwrap();
    let mode: String = c.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let version: i64 = c.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, 2, "both migrations applied once");
}

#[test]
fn a_journal_from_a_newer_kiosk_is_refused_not_damaged() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    Journal::open(&path).unwrap();
    rusqlite::Connection::open(&path).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let e = Journal::open(&path).unwrap_err();
    assert_eq!(e.code(), "journal");
    assert!(e.to_string().contains("schema version 99"), "{e}");
}

#[test]
fn the_event_log_is_append_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    let j = Journal::open(&path).unwrap();
    j.record_intent(&intent("T1", 1000), 1).unwrap();
    j.log("T1", "request:pay", "", 2).unwrap();
    let c = rusqlite::Connection::open(&path).unwrap();
    let e = c.execute("UPDATE events SET detail = 'x'", []).unwrap_err();
    assert!(e.to_string().contains("append-only"), "{e}");
    let e = c.execute("DELETE FROM events", []).unwrap_err();
    assert!(e.to_string().contains("append-only"), "{e}");
    assert_eq!(j.events("T1").unwrap().len(), 2);
}

#[test]
fn the_intent_holds_amount_cart_and_language() {
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open(dir.path().join("j.sqlite")).unwrap();
    j.record_intent(&intent("T1", 1000), 42).unwrap();
    let t = j.trade("T1").unwrap().unwrap();
    assert_eq!(t.amount, Money::new(1000, Currency::Cny));
    assert_eq!(t.language, "zh-Hans");
    assert_eq!(t.lines[0].name, "乌龙茶");
    assert_eq!(t.created_ms, 42);
    // The same trade number cannot be written twice.
    assert_eq!(j.record_intent(&intent("T1", 1000), 43).unwrap_err().code(), "journal");
}

#[test]
fn outcomes_set_the_state_once() {
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open(dir.path().join("j.sqlite")).unwrap();
    for (no, outcome, state) in [
        ("A", paid("2026A"), TradeState::Paid),
        ("B", Outcome::Declined { reason: DeclineReason::CodeInvalid }, TradeState::Declined),
        (
            "C",
            Outcome::Cancelled { action: CancelAction::Refunded, cause: CancelCause::Deadline },
            TradeState::Cancelled,
        ),
        ("D", Outcome::Unresolved, TradeState::CancelOwed),
    ] {
        j.record_intent(&intent(no, 1000), 1).unwrap();
        assert_eq!(j.finish(no, &outcome, 2).unwrap(), state);
        let t = j.trade(no).unwrap().unwrap();
        assert_eq!(t.state, state);
        assert_eq!(t.outcome.as_ref(), Some(&outcome));
        // A second outcome for the same trade is a typed error naming the state.
        let e = j.finish(no, &paid("X"), 3).unwrap_err();
        assert!(e.to_string().contains(state.as_str()), "{e}");
    }
    let a = j.trade("A").unwrap().unwrap();
    assert!(a.receipt_owed);
    assert_eq!(a.trade_no.as_deref(), Some("2026A"));
    assert_eq!(a.buyer_masked.as_deref(), Some("159****5620"));
    j.receipt_printed("A", 5).unwrap();
    assert!(!j.trade("A").unwrap().unwrap().receipt_owed);
    assert_eq!(j.finish("nope", &paid("X"), 1).unwrap_err().code(), "not_found");
}

#[test]
fn refunds_are_bounded_by_what_is_left_and_numbered_per_trade() {
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open(dir.path().join("j.sqlite")).unwrap();
    j.record_intent(&intent("T1", 1000), 1).unwrap();
    let cny = |m| Money::new(m, Currency::Cny);
    // Not paid yet: refused, naming the state.
    let e = j.begin_refund("T1", cny(100), "x", 2).unwrap_err();
    assert!(e.to_string().contains("pending"), "{e}");
    j.finish("T1", &paid("2026T1"), 2).unwrap();
    let r1 = j.begin_refund("T1", cny(300), "damaged", 3).unwrap();
    assert_eq!(r1.out_request_no, "T1R1");
    // A pending refund counts against what is left.
    let e = j.begin_refund("T1", cny(800), "x", 4).unwrap_err();
    assert!(e.to_string().contains("CNY 7.00") || e.to_string().contains("7.00"), "{e}");
    j.finish_refund("T1R1", RefundState::Done, "10000", 5).unwrap();
    // Answering twice changes nothing.
    j.finish_refund("T1R1", RefundState::Done, "10000", 6).unwrap();
    assert_eq!(j.trade("T1").unwrap().unwrap().refunded, cny(300));
    let r2 = j.begin_refund("T1", cny(700), "rest", 7).unwrap();
    assert_eq!(r2.out_request_no, "T1R2");
    assert_eq!(j.pending_refunds().unwrap().len(), 1);
    j.finish_refund("T1R2", RefundState::Declined, "40004", 8).unwrap();
    assert_eq!(j.trade("T1").unwrap().unwrap().refunded, cny(300));
    assert!(j.begin_refund("T1", cny(0), "zero", 9).is_err());
    assert!(j.begin_refund("T1", Money::new(100, Currency::Usd), "usd", 9).is_err());
}

#[test]
fn list_filters_by_date_state_amount_and_number() {
    let dir = tempfile::tempdir().unwrap();
    let j = Journal::open(dir.path().join("j.sqlite")).unwrap();
    for (i, minor) in [(1, 500), (2, 1500), (3, 2500)] {
        let no = format!("K1_2026_{i}");
        j.record_intent(&intent(&no, minor), i * 1000).unwrap();
    }
    j.finish("K1_2026_2", &paid("2026112200099"), 2500).unwrap();
    let all = j.list(&TradeFilter::default()).unwrap();
    assert_eq!(
        all.iter().map(|t| t.out_trade_no.as_str()).collect::<Vec<_>>(),
        ["K1_2026_3", "K1_2026_2", "K1_2026_1"]
    );
    let f = |f: TradeFilter| {
        j.list(&f).unwrap().into_iter().map(|t| t.out_trade_no).collect::<Vec<_>>()
    };
    assert_eq!(
        f(TradeFilter { state: Some(TradeState::Paid), ..Default::default() }),
        ["K1_2026_2"]
    );
    assert_eq!(
        f(TradeFilter { from_ms: Some(2000), to_ms: Some(3000), ..Default::default() }),
        ["K1_2026_2"]
    );
    assert_eq!(
        f(TradeFilter { min_minor: Some(1000), max_minor: Some(2000), ..Default::default() }),
        ["K1_2026_2"]
    );
    assert_eq!(
        f(TradeFilter { trade_no: Some("00099".into()), ..Default::default() }),
        ["K1_2026_2"]
    );
    assert_eq!(f(TradeFilter { limit: Some(1), ..Default::default() }), ["K1_2026_3"]);
}

#[test]
fn trade_numbers_are_unique_across_restarts_and_valid_for_the_gateway() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("j.sqlite");
    let a = Journal::open(&path)
        .unwrap()
        .allocate_out_trade_no("K-01 east", 1_795_000_000_000)
        .unwrap();
    let b = Journal::open(&path)
        .unwrap()
        .allocate_out_trade_no("K-01 east", 1_795_000_000_000)
        .unwrap();
    assert_ne!(a, b);
    // Another journal (a reinstalled kiosk) never reuses a number.
    let c = Journal::open(dir.path().join("other.sqlite"))
        .unwrap()
        .allocate_out_trade_no("K-01 east", 1_795_000_000_000)
        .unwrap();
    assert_ne!(a[..a.len() - 6], c[..c.len() - 6], "{a} {c}");
    for n in [&a, &b, &c] {
        assert!(n.len() <= 64 && n.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_'), "{n}");
        assert!(n.starts_with("K_01_east_2026"), "{n}");
    }
}

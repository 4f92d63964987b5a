//! Every staff function refuses without a staff session (checked in the
//! backend); with one, a partial refund, a reprint and the lane switch work
//! against a real lane, and each is audited.

use std::time::Duration;

use alipay_sandbox::{Sandbox, SandboxConfig};
use checkout::Lane;
use checkout::session::Input;
use checkout::view::{CheckoutResult, ReceiptStatus, ScreenState};
use printer::PaperWidth;
use printer::virtual_printer::{VirtualOptions, VirtualPrinter, VirtualState};
use staff::audit::AuditLog;
use staff::maintenance::TradeFilter;
use staff::{Login, Maintenance, StaffDesk, StaffError};

struct Rig {
    staff: Maintenance,
    lane: Lane,
    printer: VirtualPrinter,
    _sandbox: Sandbox,
    _dir: tempfile::TempDir,
}

async fn rig() -> Rig {
    rig_trusting(Vec::new()).await
}

async fn rig_trusting(trusted_keys: Vec<[u8; 32]>) -> Rig {
    let sandbox = Sandbox::start(SandboxConfig::demo().unwrap()).await.unwrap();
    let printer = VirtualPrinter::start(
        "127.0.0.1:0",
        VirtualOptions { paper: PaperWidth::Mm80, out_dir: None, state: VirtualState::default() },
    )
    .unwrap();
    let site = format!(
        "[gateway]\nurl = \"{}\"\n[printer]\naddress = \"{}\"\nstatus_timeout_ms = 300\n",
        sandbox.url(),
        printer.addr()
    );
    let layers = [
        settings::Layer::builtin_defaults().unwrap(),
        settings::Layer::from_toml("site", &site, None).unwrap(),
    ];
    let mut config = settings::load(&layers).unwrap();
    config.staff = super::desk::config(&[("alice", "2468")]);
    config.fleet.trusted_keys = trusted_keys;
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("logs")).unwrap();
    std::fs::write(dir.path().join("logs/kiosk.2026-11-22.log"), "line one\nline two\n").unwrap();
    let lane = Lane::open(config.clone(), dir.path(), tokio::runtime::Handle::current()).unwrap();
    let desk =
        StaffDesk::new(&config.staff, AuditLog::open(&dir.path().join("staff.sqlite")).unwrap());
    let staff = Maintenance::new(desk, lane.clone(), dir.path().join("logs"));
    let mut views = lane.views();
    tokio::time::timeout(
        Duration::from_secs(10),
        views.wait_for(|v| v.state == ScreenState::Attract),
    )
    .await
    .unwrap()
    .unwrap();
    Rig { staff, lane, printer, _sandbox: sandbox, _dir: dir }
}

fn refused<T: std::fmt::Debug>(what: &str, r: Result<T, StaffError>) {
    match r {
        Err(StaffError::NotStaff) => {}
        other => panic!("{what}: expected not_staff, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_staff_function_is_refused_without_a_staff_session() {
    let rig = rig().await;
    let s = &rig.staff;
    refused("overview", s.overview());
    refused("set_lane", s.set_lane(false));
    refused("set_muted", s.set_muted(true));
    refused("trades", s.trades(TradeFilter::default()));
    refused("trade", s.trade("X"));
    refused("reprint", s.reprint("X"));
    refused("refund", s.refund("X", 100, "r").await);
    refused("resolve", s.resolve("X").await);
    refused("reconcile", s.reconcile("2026-11-22").await);
    refused("test_print", s.test_print());
    refused("audit", s.audit(10));
    refused("logs", s.logs(10));
    refused("cameras", s.cameras());
    refused("camera_preview", s.camera_preview(true));
    refused("pick_camera", s.pick_camera(0));
    refused("quit", s.quit());
    refused("exit", s.exit());
    assert!(rig.lane.is_open(), "nothing changed");
    assert!(!rig.lane.muted());
    assert!(!s.quit_requested());
    assert!(rig.printer.printed().is_empty());
    // A wrong PIN does not open it either.
    assert!(matches!(s.login("1111".into()), Login::Wrong { .. }));
    refused("overview after a wrong PIN", s.overview());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn staff_refund_part_of_a_payment_reprint_and_close_the_lane() {
    let rig = rig().await;
    // A customer pays 7.50.
    rig.lane.start_session();
    rig.lane.input(Input::Language("en".into()));
    rig.lane.typed("6901234560015").unwrap();
    rig.lane.typed("6901234560022").unwrap();
    rig.lane.typed("6901234560015").unwrap();
    rig.lane.input(Input::Pay);
    rig.lane.typed("280000000000777001").unwrap();
    let mut views = rig.lane.views();
    let done = tokio::time::timeout(
        Duration::from_secs(15),
        views.wait_for(|v| {
            matches!(v.result, Some(CheckoutResult::Paid { receipt: ReceiptStatus::Printed, .. }))
        }),
    )
    .await
    .unwrap()
    .unwrap()
    .clone();
    let Some(CheckoutResult::Paid { out_trade_no, .. }) = done.result else { panic!() };
    rig.lane.input(Input::Finish);

    let Login::Ok { session } = rig.staff.login("2468".into()) else { panic!("login") };
    assert_eq!(session.staff_id, "alice");
    let rows =
        rig.staff.trades(TradeFilter { state: Some("paid".into()), ..Default::default() }).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].amount_minor, 750);

    let refund = rig.staff.refund(&out_trade_no, 200, "customer returned item").await.unwrap();
    assert_eq!((refund.state.as_str(), refund.amount_minor), ("succeeded", 200));
    let detail = rig.staff.trade(&out_trade_no).unwrap();
    assert_eq!(detail.trade.refunded_minor, 200);
    assert_eq!(detail.refunds.len(), 1);
    assert!(detail.events.iter().any(|e| e.kind.contains("pay")), "{:?}", detail.events);
    let too_much = rig.staff.refund(&out_trade_no, 600, "").await;
    assert!(too_much.is_err(), "more than the rest is refused: {too_much:?}");

    rig.staff.reprint(&out_trade_no).unwrap();
    let printed = rig.printer.wait_printed(2, Duration::from_secs(5));
    assert_eq!(printed.len(), 2, "the sale's receipt and the reprint");
    assert!(printed[1].page.transcript.contains(&out_trade_no));

    let o = rig.staff.set_lane(false).unwrap();
    assert!(!o.lane_open);
    assert_eq!(rig.lane.view().state, ScreenState::Closed);
    rig.staff.set_lane(true).unwrap();
    assert_eq!(rig.lane.view().state, ScreenState::Attract);
    let o = rig.staff.set_muted(true).unwrap();
    assert!(o.sounds_muted && rig.lane.view().sounds_muted);
    assert_eq!(o.printer.status, "ready");
    assert_eq!(rig.staff.logs(1).unwrap(), vec!["line two".to_owned()]);

    let audit = rig.staff.audit(50).unwrap();
    let actions: Vec<&str> = audit.iter().rev().map(|r| r.action.as_str()).collect();
    assert_eq!(
        actions,
        ["login", "refund", "refund", "reprint", "lane_close", "lane_open", "sounds_mute"],
        "{audit:#?}"
    );
    assert!(audit.iter().all(|r| r.staff == "alice"));
    assert!(audit.iter().any(|r| r.action == "refund"
        && r.detail.contains("2.00 CNY")
        && r.result.starts_with("ok")));

    rig.staff.exit().unwrap();
    refused("after exit", rig.staff.overview());
    rig.staff.login("2468".into());
    rig.staff.quit().unwrap();
    assert!(rig.staff.quit_requested());
    rig.lane.shutdown();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_scanned_staff_badge_signed_by_hq_names_a_member() {
    let hq = fleet::bundle::SigningKeyPair::generate();
    let key = settings::parse_public_key(&hq.public().to_base64()).unwrap();
    let rig = rig_trusting(vec![key]).await;
    let exp = time::OffsetDateTime::now_utc().unix_timestamp() + 600;
    let token = staff::badge::issue(&hq, "alice", exp).unwrap();

    // A handheld scanner types it; the lane hands it over unverified.
    let mut badges = rig.lane.badges();
    let v = rig.lane.typed(&token).unwrap();
    assert_eq!(v.state, ScreenState::Attract, "a badge starts no customer session");
    let scanned =
        tokio::time::timeout(Duration::from_secs(2), badges.recv()).await.unwrap().unwrap();
    let badge = rig.staff.badge(&scanned).unwrap();
    assert_eq!((badge.staff_id.as_str(), badge.staff_name.as_str()), ("alice", "alice name"));
    refused("a badge alone is not a session", rig.staff.overview());

    let stranger = staff::badge::issue(&hq, "mallory", exp).unwrap();
    let err = rig.staff.badge(&masking::Secret::new(stranger)).unwrap_err().to_string();
    assert!(err.contains("not a staff member"), "{err}");
    let forged =
        staff::badge::issue(&fleet::bundle::SigningKeyPair::generate(), "alice", exp).unwrap();
    assert!(rig.staff.badge(&masking::Secret::new(forged)).is_err());
    let Login::Ok { .. } = rig.staff.login("2468".into()) else { panic!() };
    let audit = rig.staff.audit(10).unwrap();
    assert_eq!(audit.iter().filter(|r| r.action == "badge").count(), 3);
    rig.lane.shutdown();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resolve_and_quit_wait_while_a_customer_is_paying() {
    let rig = rig().await;
    rig.lane.start_session();
    rig.lane.input(Input::Language("en".into()));
    rig.lane.typed("6901234560015").unwrap();
    rig.lane.input(Input::Pay);
    rig.lane.typed("282000000000555001").unwrap();
    assert!(rig.lane.payment_running());
    // Staff who were already in (the PIN pad itself waits for payments).
    assert_eq!(rig.staff.login("2468".into()), Login::WaitingForPayment);
    let mut views = rig.lane.views();
    rig.lane.input(Input::Cancel);
    tokio::time::timeout(
        Duration::from_secs(15),
        views.wait_for(|v| v.state == ScreenState::Failed),
    )
    .await
    .unwrap()
    .unwrap();
    let Login::Ok { .. } = rig.staff.login("2468".into()) else {
        panic!("login after the payment")
    };
    // A second payment starts while staff are signed in.
    rig.lane.input(Input::Retry);
    rig.lane.typed("282000000000555002").unwrap();
    assert!(rig.lane.payment_running());
    let err = rig.staff.resolve("anything").await.unwrap_err();
    assert!(matches!(err, StaffError::PaymentRunning), "{err}");
    assert!(matches!(rig.staff.quit(), Err(StaffError::PaymentRunning)));
    assert!(!rig.staff.quit_requested());
    rig.lane.input(Input::Cancel);
    rig.lane.shutdown();
}

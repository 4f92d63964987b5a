//! The lane end to end: a real sandbox gateway over loopback HTTP, a real
//! SQLite journal and catalog, a real TCP virtual printer.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use alipay_sandbox::{Sandbox, SandboxConfig};
use checkout::catalog::CatalogStore;
use checkout::session::Input;
use checkout::view::{
    CheckoutResult, CheckoutView, FailureReason, Notice, ReceiptStatus, ScreenState,
};
use checkout::{Catalog, Lane, LaneParts};
use payment::journal::{Journal, TradeState};
use payment::machine::Timing;
use payment::{AlipayGateway, PaymentSettings, Payments, Terminal};
use printer::PaperWidth;
use printer::virtual_printer::{VirtualOptions, VirtualPrinter, VirtualState};

pub struct Rig {
    pub lane: Lane,
    /// The local layers the lane's config came from (HQ bundles stack on them).
    pub layers: Vec<settings::Layer>,
    pub journal: Arc<Journal>,
    printer: VirtualPrinter,
    _sandbox: Sandbox,
    _dir: tempfile::TempDir,
}

fn payment_settings(deadline: Duration) -> PaymentSettings {
    PaymentSettings {
        timing: Timing {
            deadline,
            query_interval: Duration::from_millis(200),
            cancel_retries: 3,
            cancel_backoff: Duration::from_millis(100),
        },
        pay_timeout: Duration::from_millis(1500),
        query_timeout: Duration::from_millis(1000),
        cancel_timeout: Duration::from_millis(1000),
        resolver_backoff: Duration::from_millis(50),
        resolver_max_backoff: Duration::from_millis(400),
        cancel_window: Duration::from_secs(24 * 3600),
    }
}

pub async fn rig(
    deadline: Duration,
    idle: Option<(Duration, Duration)>,
    printer_down: bool,
) -> Rig {
    let mut cfg = SandboxConfig::demo().unwrap();
    cfg.time_scale = 10.0;
    let sandbox = Sandbox::start(cfg).await.unwrap();
    let printer = VirtualPrinter::start(
        "127.0.0.1:0",
        VirtualOptions { paper: PaperWidth::Mm80, out_dir: None, state: VirtualState::default() },
    )
    .unwrap();
    let printer_addr =
        if printer_down { "127.0.0.1:9".to_owned() } else { printer.addr().to_string() };
    let site = format!(
        "[store]\nname = \"Lane Test\"\nterminal_id = \"K-T\"\n\
         [languages]\ndefault = \"en\"\nenabled = [\"en\", \"zh-Hans\"]\n\
         [gateway]\nurl = \"{}\"\n[printer]\naddress = \"{printer_addr}\"\nstatus_timeout_ms = 300\nchinese_font = true\n",
        sandbox.url()
    );
    let layers = [
        settings::Layer::builtin_defaults().unwrap(),
        settings::Layer::from_toml("site", &site, None).unwrap(),
    ];
    let layers = layers.to_vec();
    let mut config = settings::load(&layers).unwrap();
    if let Some((timeout, prompt)) = idle {
        // Below what validation allows, so the test need not wait a minute.
        config.session.idle_timeout = timeout;
        config.session.idle_prompt = prompt;
    }
    let dir = tempfile::tempdir().unwrap();
    let journal = Arc::new(Journal::open(dir.path().join("journal.sqlite")).unwrap());
    let catalog = Arc::new(CatalogStore::open(&dir.path().join("catalog.sqlite")).unwrap());
    catalog.replace(&Catalog::from_file(&config.catalog.file).unwrap(), "test").unwrap();
    let client_cfg = alipay_sandbox::demo_client_config(sandbox.url()).unwrap();
    let payments = Arc::new(Payments::new(
        Arc::new(AlipayGateway::new(alipay::Client::new(client_cfg).unwrap())),
        Arc::clone(&journal),
        payment_settings(deadline),
        Terminal { store_id: "S1".into(), terminal_id: "K-T".into() },
    ));
    let lane = Lane::start(
        LaneParts {
            config,
            payments,
            catalog,
            code_rules: Arc::new(scanner::CodeRules::default()),
        },
        tokio::runtime::Handle::current(),
    )
    .unwrap();
    wait_for(&lane, "the lane opens after recovery", |v| v.state == ScreenState::Attract).await;
    Rig { lane, layers, journal, printer, _sandbox: sandbox, _dir: dir }
}

static SERIAL: AtomicU64 = AtomicU64::new(1);

fn code(prefix: &str) -> String {
    let n = SERIAL.fetch_add(1, Ordering::Relaxed) + u64::from(std::process::id()) * 1000;
    format!("{prefix}{:0width$}", n % 10u64.pow(15), width = 18 - prefix.len())
}

pub async fn wait_for(
    lane: &Lane,
    what: &str,
    pred: impl Fn(&CheckoutView) -> bool,
) -> CheckoutView {
    let mut views = lane.views();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let v = views.borrow_and_update().clone();
        if pred(&v) {
            return v;
        }
        match tokio::time::timeout_at(deadline, views.changed()).await {
            Ok(Ok(())) => {}
            _ => panic!("timed out waiting until {what}; last view: {v:#?}"),
        }
    }
}

/// Two waters and a green tea in `language`, on the pay screen.
fn fill_cart(lane: &Lane, language: &str) {
    lane.start_session();
    lane.input(Input::Language(language.into()));
    lane.typed("6901234560015").unwrap();
    lane.typed("6901234560022").unwrap();
    let v = lane.typed("6901234560015\r\n").unwrap();
    assert_eq!(v.cart.lines.len(), 2, "{v:#?}");
    assert_eq!(v.cart.total_minor, 200 + 350 + 200);
    let v = lane.input(Input::Pay);
    assert_eq!(v.state, ScreenState::Paying);
}

fn failure(v: &CheckoutView) -> Option<FailureReason> {
    match &v.result {
        Some(CheckoutResult::Failed { reason }) => Some(*reason),
        _ => None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scan_two_items_pay_and_the_receipt_prints_in_the_customers_language() {
    let rig = rig(Duration::from_secs(3), None, false).await;
    fill_cart(&rig.lane, "zh-Hans");
    rig.lane.typed(&code("280")).unwrap();
    let v = wait_for(&rig.lane, "printed", |v| {
        matches!(v.result, Some(CheckoutResult::Paid { receipt: ReceiptStatus::Printed, .. }))
    })
    .await;
    assert_eq!(v.state, ScreenState::Done);
    let Some(CheckoutResult::Paid { out_trade_no, amount_minor, .. }) = v.result else { panic!() };
    assert_eq!(amount_minor, 750);
    let printed = rig.printer.wait_printed(1, Duration::from_secs(5));
    let text = &printed[0].page.transcript;
    assert!(text.contains("矿泉水"), "the product name in Chinese: {text}");
    assert!(text.contains("合计"), "the labels in Chinese: {text}");
    assert!(text.contains(&out_trade_no), "{text}");
    let trade = rig.journal.trade(&out_trade_no).unwrap().unwrap();
    assert_eq!(trade.state, TradeState::Paid);
    assert!(!trade.receipt_owed, "the printed receipt is recorded");
    assert_eq!(trade.lines.len(), 2);
    assert_eq!(trade.language, "zh-Hans");
    let v = rig.lane.input(Input::Finish);
    assert_eq!(v.state, ScreenState::Attract);
    rig.lane.shutdown();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_never_confirmed_is_cancelled_at_the_deadline() {
    let rig = rig(Duration::from_secs(2), None, false).await;
    fill_cart(&rig.lane, "en");
    let v = rig.lane.typed(&code("282")).unwrap();
    assert_eq!(v.state, ScreenState::Processing);
    let v = wait_for(&rig.lane, "failed", |v| v.state == ScreenState::Failed).await;
    assert_eq!(failure(&v), Some(FailureReason::Timeout));
    let trades = rig.journal.in_states(&[TradeState::Cancelled]).unwrap();
    assert_eq!(trades.len(), 1, "the trade was cancelled at the gateway");
    assert!(rig.printer.printed().is_empty());
    rig.lane.shutdown();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn balance_too_low_fails_and_a_fresh_code_can_pay() {
    let rig = rig(Duration::from_secs(3), None, false).await;
    fill_cart(&rig.lane, "en");
    rig.lane.typed(&code("283")).unwrap();
    let v = wait_for(&rig.lane, "failed", |v| v.state == ScreenState::Failed).await;
    assert_eq!(failure(&v), Some(FailureReason::Balance));
    let v = rig.lane.input(Input::Retry);
    assert_eq!(v.state, ScreenState::Paying);
    rig.lane.typed(&code("28110")).unwrap();
    let v = wait_for(&rig.lane, "done", |v| v.state == ScreenState::Done).await;
    assert!(matches!(v.result, Some(CheckoutResult::Paid { amount_minor: 750, .. })));
    rig.lane.shutdown();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_in_the_middle_of_a_payment_cancels_it_before_resetting() {
    let idle = (Duration::from_millis(800), Duration::from_millis(700));
    let rig = rig(Duration::from_secs(8), Some(idle), false).await;
    fill_cart(&rig.lane, "en");
    rig.lane.typed(&code("282")).unwrap();
    let prompt = wait_for(&rig.lane, "still there?", |v| v.idle.is_some()).await;
    assert_eq!(prompt.state, ScreenState::Processing);
    wait_for(&rig.lane, "resetting", |v| v.resetting).await;
    let v = wait_for(&rig.lane, "attract", |v| v.state == ScreenState::Attract).await;
    assert!(v.cart.lines.is_empty());
    let trades = rig.journal.list(&Default::default()).unwrap();
    assert_eq!(trades.len(), 1);
    assert_eq!(trades[0].state, TradeState::Cancelled, "never dropped: cancelled at the gateway");
    rig.lane.shutdown();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_printer_that_is_down_still_shows_paid_and_raises_an_alarm() {
    let rig = rig(Duration::from_secs(3), None, true).await;
    let mut alarms = rig.lane.alarms();
    fill_cart(&rig.lane, "en");
    rig.lane.typed(&code("280")).unwrap();
    let v = wait_for(&rig.lane, "receipt failed", |v| {
        matches!(v.result, Some(CheckoutResult::Paid { receipt: ReceiptStatus::Failed, .. }))
    })
    .await;
    let alarm = tokio::time::timeout(Duration::from_secs(5), alarms.recv()).await.unwrap().unwrap();
    assert_eq!(alarm.kind, "receipt_failed");
    let Some(CheckoutResult::Paid { out_trade_no, .. }) = v.result else { panic!() };
    let trade = rig.journal.trade(&out_trade_no).unwrap().unwrap();
    assert!(trade.receipt_owed, "staff can reprint it later");
    rig.lane.shutdown();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_items_and_other_wallets_get_a_notice_and_bad_lines_an_error() {
    let rig = rig(Duration::from_secs(3), None, false).await;
    rig.lane.start_session();
    rig.lane.input(Input::Language("en".into()));
    let v = rig.lane.typed("4006381333931").unwrap();
    assert_eq!(v.notice, Some(Notice::UnknownItem { code: "4006381333931".into() }));
    rig.lane.typed("6901234560015").unwrap();
    let v = rig.lane.typed("134567890123456789").unwrap();
    assert!(matches!(v.notice, Some(Notice::OtherWallet { .. })), "{v:#?}");
    assert_eq!(v.state, ScreenState::Shopping);
    assert!(rig.lane.typed("").is_err());
    let err = rig.lane.add_product("water-550").unwrap_err();
    assert_eq!(err.code(), "not_found", "barcoded products are not on the touch grid");
    let v = rig.lane.add_product("banana").unwrap();
    assert_eq!(v.cart.item_count, 2);
    let touch = rig.lane.touch_products().unwrap();
    assert!(touch.iter().any(|p| p.product_id == "banana" && p.name == "Banana (each)"));
    rig.lane.shutdown();
}

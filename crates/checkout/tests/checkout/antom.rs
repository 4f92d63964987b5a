//! Issue #10: a lane configured for Antom (`gateway.kind = "antom"`, HKD),
//! built from its config like the app builds it: Alipay+ wallets' codes are
//! taken, the customer screens get the Alipay+ wording, and the receipt at
//! the virtual printer names the wallet that paid.

use std::time::Duration;

use alipay_sandbox::{Sandbox, SandboxConfig};
use checkout::Lane;
use checkout::session::Input;
use checkout::view::{CheckoutResult, Notice, PaymentNetwork, ReceiptStatus, ScreenState};
use payment::journal::TradeState;
use printer::PaperWidth;
use printer::virtual_printer::{VirtualOptions, VirtualPrinter, VirtualState};

use crate::lane::wait_for;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_antom_lane_takes_an_alipay_plus_wallet_and_the_receipt_names_it() {
    let mut cfg = SandboxConfig::demo().unwrap();
    cfg.antom_client_id = Some(alipay_sandbox::DEMO_ANTOM_CLIENT_ID.into());
    let sandbox = Sandbox::start(cfg).await.unwrap();
    let printer = VirtualPrinter::start(
        "127.0.0.1:0",
        VirtualOptions { paper: PaperWidth::Mm80, out_dir: None, state: VirtualState::default() },
    )
    .unwrap();
    let site = format!(
        "[store]\nname = \"Harbour Mart\"\nterminal_id = \"HK-1\"\ncurrency = \"HKD\"\n\
         [languages]\ndefault = \"en\"\nenabled = [\"en\", \"zh-Hant\"]\n\
         [gateway]\nkind = \"antom\"\nurl = \"{}\"\nclient_id = \"{}\"\n\
         [printer]\naddress = \"{}\"\nstatus_timeout_ms = 300\n",
        sandbox.base_url(),
        alipay_sandbox::DEMO_ANTOM_CLIENT_ID,
        printer.addr()
    );
    let config = settings::load(&[
        settings::Layer::builtin_defaults().unwrap(),
        settings::Layer::from_toml("site", &site, None).unwrap(),
    ])
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let lane = Lane::open(config, dir.path(), tokio::runtime::Handle::current()).unwrap();
    let v = wait_for(&lane, "the lane opens", |v| v.state == ScreenState::Attract).await;
    assert_eq!(v.payment_network, PaymentNetwork::AlipayPlus);
    assert_eq!(lane.payments_core().gateway_name(), "antom");

    lane.start_session();
    lane.input(Input::Language("en".into()));
    lane.typed("6901234560015").unwrap();
    // WeChat Pay is not an Alipay+ wallet: refused with a notice.
    let v = lane.typed("134567890123456789").unwrap();
    assert!(matches!(v.notice, Some(Notice::OtherWallet { .. })), "{v:#?}");
    let v = lane.input(Input::Pay);
    assert_eq!(v.state, ScreenState::Paying);
    // A GCash code (the sandbox's issuer 250002), Alipay+ format.
    lane.typed("250002020123456789012345").unwrap();
    let v = wait_for(&lane, "printed", |v| {
        matches!(v.result, Some(CheckoutResult::Paid { receipt: ReceiptStatus::Printed, .. }))
    })
    .await;
    let Some(CheckoutResult::Paid { out_trade_no, .. }) = v.result else { panic!() };
    let printed = printer.wait_printed(1, Duration::from_secs(5));
    let text = &printed[0].page.transcript;
    assert!(text.contains("GCash"), "the wallet on the receipt: {text}");
    assert!(text.contains("HK$"), "the store's currency: {text}");
    let trade = lane.payments_core().journal().trade(&out_trade_no).unwrap().unwrap();
    assert_eq!(trade.state, TradeState::Paid);
    assert_eq!((trade.gateway.as_str(), trade.wallet.as_deref()), ("antom", Some("GCash")));
    let at_gateway = sandbox.ledger().into_iter().find(|t| t.out_trade_no == out_trade_no);
    let at_gateway = at_gateway.unwrap();
    assert_eq!(
        (at_gateway.currency.as_str(), at_gateway.psp_name.as_deref()),
        ("HKD", Some("GCASH"))
    );
    lane.shutdown();
    sandbox.shutdown().await;
}

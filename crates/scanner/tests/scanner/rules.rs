use std::time::{Duration, Instant};

use scanner::{
    AcceptedWallets, Classification, CodeRules, GateTimes, Origin, Pass, RawCode, Symbology,
};

fn raw(text: &str, symbology: Symbology) -> RawCode {
    RawCode { text: text.into(), symbology, region: None, pass: Pass::Global }
}

#[test]
fn a_payment_code_is_submitted_once_whatever_the_path() {
    let rules = CodeRules::default();
    let t = Instant::now();
    let code = "286412345678901234";
    let first = rules.process(&raw(code, Symbology::QrCode), Origin::Camera, t).unwrap();
    assert!(matches!(first.classification, Classification::Payment { .. }));
    // The Code128 of the same screen, later frames, and a handheld scan: all repeats.
    assert!(rules.process(&raw(code, Symbology::Code128), Origin::Camera, t).is_none());
    assert!(
        rules
            .process(&raw(code, Symbology::QrCode), Origin::Camera, t + Duration::from_secs(60))
            .is_none()
    );
    assert!(rules.process(&raw(code, Symbology::Typed), Origin::Handheld, t).is_none());
    // The app's next code (refreshed every minute) goes through.
    assert!(
        rules.process(&raw("286412345678901235", Symbology::QrCode), Origin::Camera, t).is_some()
    );
}

#[test]
fn remembered_codes_are_bounded() {
    let times = GateTimes { remembered_payments: 2, ..GateTimes::default() };
    let rules = CodeRules::new(AcceptedWallets::default(), times);
    let t = Instant::now();
    for c in ["2800000000000000001", "2800000000000000002", "2800000000000000003"] {
        assert!(rules.process(&raw(c, Symbology::QrCode), Origin::Camera, t).is_some());
    }
    // The oldest was forgotten, the newest two are still refused.
    assert!(
        rules.process(&raw("2800000000000000001", Symbology::QrCode), Origin::Camera, t).is_some()
    );
    assert!(
        rules.process(&raw("2800000000000000003", Symbology::QrCode), Origin::Camera, t).is_none()
    );
}

#[test]
fn refusals_and_camera_items_are_held_off_while_in_view() {
    let rules = CodeRules::default();
    let t = Instant::now();
    let wechat = raw("134567890123456789", Symbology::QrCode);
    assert!(rules.process(&wechat, Origin::Camera, t).is_some());
    assert!(rules.process(&wechat, Origin::Camera, t + Duration::from_secs(1)).is_none());
    assert!(rules.process(&wechat, Origin::Camera, t + Duration::from_secs(5)).is_some());

    let item = raw("4006381333931", Symbology::Ean13);
    assert!(rules.process(&item, Origin::Camera, t).is_some());
    // Held in front of the camera: every 100 ms for 3 s is still one scan.
    for i in 1..30 {
        assert!(rules.process(&item, Origin::Camera, t + Duration::from_millis(100 * i)).is_none());
    }
    // Out of sight for 2 s, shown again: a second unit.
    assert!(rules.process(&item, Origin::Camera, t + Duration::from_millis(4900)).is_some());
    // A handheld trigger pull is always deliberate.
    assert!(rules.process(&item, Origin::Handheld, t).is_some());
    assert!(rules.process(&item, Origin::Handheld, t).is_some());
}

#[test]
fn ignored_codes_make_no_event_and_config_changes_apply() {
    let rules = CodeRules::default();
    let t = Instant::now();
    assert!(rules.process(&raw("hello", Symbology::QrCode), Origin::Camera, t).is_none());
    rules.set_accepted(AcceptedWallets::new([scanner::Wallet::Alipay, scanner::Wallet::WechatPay]));
    let ev =
        rules.process(&raw("134567890123456780", Symbology::QrCode), Origin::Camera, t).unwrap();
    assert_eq!(ev.classification.kind(), "wechat_pay");
}

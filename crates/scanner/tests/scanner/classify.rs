use scanner::{AcceptedWallets, Classification, Symbology, Wallet, classify, gtin_is_valid};

fn kind(text: &str, sym: Symbology) -> &'static str {
    classify(text, sym, &AcceptedWallets::default()).kind()
}

#[test]
fn payment_code_table() {
    use Symbology::{Code128, QrCode, Typed};
    let table: &[(&str, Symbology, &str)] = &[
        // Alipay: 16–24 digits, prefix 25–30.
        ("286412345678901234", QrCode, "alipay"),
        ("2512345678901234", Code128, "alipay"), // 16 digits
        ("301234567890123456789012", QrCode, "alipay"), // 24 digits
        ("251234567890123", QrCode, "unknown"),  // 15 digits: too short
        // 25 digits: too long for Alipay, an Alipay+ code (issue #10): refused here.
        ("2512345678901234567890123", QrCode, "other_wallet"),
        ("251234567890123456789012345678901", QrCode, "unknown"), // 33 digits: no wallet
        ("311234567890123456", QrCode, "unknown"),                // prefix 31
        ("241234567890123456", QrCode, "unknown"),                // prefix 24
        // WeChat Pay: 18 digits, prefix 10–15.
        ("134567890123456789", QrCode, "other_wallet"),
        ("101234567890123456", Code128, "other_wallet"),
        ("1345678901234567", QrCode, "unknown"), // 16 digits: not WeChat
        // UnionPay QuickPass: 19 digits, prefix 62.
        ("6212345678901234567", QrCode, "other_wallet"),
        ("62123456789012345", QrCode, "unknown"),
        // Not digits, URLs, empty.
        ("28641234567890123a", QrCode, "unknown"),
        ("https://qr.alipay.com/fkx123", QrCode, "unknown"),
        ("", QrCode, "unknown"),
        // Typed by a handheld: same rules, whitespace trimmed.
        (" 286412345678901234 ", Typed, "alipay"),
    ];
    for (text, sym, want) in table {
        assert_eq!(kind(text, *sym), *want, "{text:?} as {sym:?}");
    }
}

#[test]
fn refusal_names_the_wallet_and_what_is_accepted() {
    match classify("134567890123456789", Symbology::QrCode, &AcceptedWallets::default()) {
        Classification::Refused(r) => {
            assert_eq!(r.code, "other_wallet");
            assert_eq!(r.wallet, Wallet::WechatPay);
            assert_eq!(r.accepted, vec!["alipay"]);
            let json = serde_json::to_value(&r).unwrap();
            assert_eq!(json["wallet"], "wechat_pay");
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn accepted_wallets_are_a_parameter() {
    let both = AcceptedWallets::new([Wallet::Alipay, Wallet::WechatPay]);
    match classify("134567890123456789", Symbology::QrCode, &both) {
        Classification::Payment { wallet, code } => {
            assert_eq!(wallet, Wallet::WechatPay);
            assert_eq!(code.expose(), "134567890123456789");
            // The code is a secret: Debug never shows it.
            assert!(!format!("{code:?}").contains("1345"));
        }
        other => panic!("expected a payment, got {other:?}"),
    }
    let union_only = AcceptedWallets::only(Wallet::UnionPay);
    assert_eq!(
        classify("286412345678901234", Symbology::QrCode, &union_only).kind(),
        "other_wallet"
    );
    assert_eq!(Wallet::from_id("unionpay"), Some(Wallet::UnionPay));
}

/// Issue #10: Alipay+ codes (16–32 digits starting 25–30) are taken when the
/// merchant enabled Alipay+ through Antom; a mainland kiosk refuses the long
/// ones it cannot charge.
#[test]
fn alipay_plus_codes_follow_the_enabled_wallets() {
    let plus = AcceptedWallets::only(Wallet::AlipayPlus);
    let mainland = AcceptedWallets::only(Wallet::Alipay);
    let code24 = "250002020123456789012345";
    let code28 = "2500020201234567890123456789";
    for (code, accepted, expected) in [
        ("286412345678901234", &plus, Some(Wallet::AlipayPlus)),
        (code24, &plus, Some(Wallet::AlipayPlus)),
        (code28, &plus, Some(Wallet::AlipayPlus)),
        (code24, &mainland, Some(Wallet::Alipay)),
        (code28, &mainland, None),
    ] {
        match classify(code, Symbology::QrCode, accepted) {
            Classification::Payment { wallet, .. } => assert_eq!(Some(wallet), expected, "{code}"),
            Classification::Refused(r) => {
                assert_eq!(expected, None, "{code}");
                assert_eq!((r.wallet, r.accepted.clone()), (Wallet::AlipayPlus, vec!["alipay"]));
            }
            other => panic!("{code}: {other:?}"),
        }
    }
    // WeChat Pay stays refused at an Alipay+ kiosk.
    assert_eq!(classify("134567890123456789", Symbology::QrCode, &plus).kind(), "other_wallet");
    assert_eq!(Wallet::from_id("alipay_plus"), Some(Wallet::AlipayPlus));
    // Too long for any wallet: not a payment code.
    assert_eq!(
        classify("250002020123456789012345678901234", Symbology::QrCode, &plus).kind(),
        "unknown"
    );
}

#[test]
fn item_codes_need_a_valid_check_digit() {
    // Well-known valid GTINs.
    for ok in ["4006381333931", "96385074", "036000291452", "00012345600012"] {
        assert!(gtin_is_valid(ok), "{ok}");
    }
    for bad in ["4006381333932", "96385075", "036000291453", "12345", "40063813339a1"] {
        assert!(!gtin_is_valid(bad), "{bad}");
    }
    assert_eq!(kind("4006381333931", Symbology::Ean13), "item");
    assert_eq!(kind("4006381333932", Symbology::Ean13), "unknown");
    assert_eq!(kind("96385074", Symbology::Ean8), "item");
    assert_eq!(kind("036000291452", Symbology::UpcA), "item");
    // A GTIN in Code128, plain or as GS1-128 AI (01).
    assert_eq!(kind("4006381333931", Symbology::Code128), "item");
    assert_eq!(kind("0100012345600012", Symbology::Code128), "item");
    assert_eq!(kind("SHELF-A12", Symbology::Code128), "unknown");
    // A QR holding a GTIN is not an item label.
    assert_eq!(kind("4006381333931", Symbology::QrCode), "unknown");
}

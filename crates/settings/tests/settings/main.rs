//! Loading and validating kiosk configuration, layer by layer.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use settings::{
    ConfigError, FrameSourceConfig, Layer, PaperWidth, PrinterTransport, load, load_local,
};

fn with_site(toml: &str) -> Result<settings::KioskConfig, ConfigError> {
    load(&[Layer::builtin_defaults().unwrap(), Layer::from_toml("site.toml", toml, None)?])
}

fn error_text(toml: &str) -> String {
    with_site(toml).unwrap_err().to_string()
}

#[test]
fn the_shipped_defaults_are_valid() {
    let config = load_local(None).unwrap();
    assert_eq!(config.payment.deadline, Duration::from_secs(30));
    assert_eq!(config.payment.query_interval, Duration::from_secs(3));
    assert_eq!(config.languages.default, "en");
    assert!(config.languages.enabled.contains(&"zh-Hans".to_owned()));
    assert_eq!(config.printer.paper_width, PaperWidth::Mm80);
    assert!(config.gateway.private_key_file.is_absolute());
    assert!(config.gateway.private_key_file.is_file());
}

#[test]
fn a_later_layer_wins_key_by_key() {
    let config = with_site("[payment]\ndeadline_secs = 45\n[store]\nname = \"North\"\n").unwrap();
    assert_eq!(config.payment.deadline, Duration::from_secs(45));
    assert_eq!(
        config.payment.query_interval,
        Duration::from_secs(3),
        "untouched keys keep defaults"
    );
    assert_eq!(config.store.name, "North");
    assert_eq!(config.store.id, "demo-store-001");
}

#[test]
fn an_unknown_key_names_the_layer_and_the_key() {
    let err = error_text("[printer]\npaper_widht_mm = 58\n");
    assert!(err.starts_with("site.toml: printer"), "{err}");
    assert!(err.contains("unknown field `paper_widht_mm`"), "{err}");
    let err = error_text("[printr]\n");
    assert!(err.contains("unknown field `printr`"), "{err}");
}

#[test]
fn a_wrong_type_names_the_key() {
    let err = error_text("[payment]\ndeadline_secs = \"thirty\"\n");
    assert!(err.contains("payment.deadline_secs"), "{err}");
    assert!(err.contains("invalid type: string"), "{err}");
}

#[test]
fn bad_values_name_every_key_and_reason() {
    let err = error_text(
        "[payment]\ndeadline_secs = 2\n[store]\ncurrency = \"XYZ\"\nid = \"has space\"\n\
         [printer]\npaper_width_mm = 70\n[languages]\nenabled = [\"en\", \"xx\"]\n",
    );
    for expected in [
        "payment.deadline_secs: must be between 10 and 300 seconds (got 2)",
        "store.currency: unknown currency code \"XYZ\"",
        "store.id: must be 1 to 32 letters",
        "printer.paper_width_mm: must be 58 or 80 (got 70)",
        "languages.enabled[1]: no catalog for \"xx\"",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
}

#[test]
fn cross_field_rules() {
    let err = error_text("[languages]\ndefault = \"zh-Hans\"\nenabled = [\"en\"]\n");
    assert!(err.contains("languages.default: \"zh-Hans\" is not in languages.enabled"), "{err}");
    let err = error_text("[payment]\nquery_interval_secs = 30\ndeadline_secs = 20\n");
    assert!(err.contains("payment.query_interval_secs: must be shorter"), "{err}");
    let err = error_text("[languages]\nenabled = [\"en\", \"en\"]\n");
    assert!(err.contains("languages.enabled[1]: \"en\" is listed twice"), "{err}");
}

#[test]
fn gateway_url_must_be_https_unless_local() {
    assert!(with_site("[gateway]\nurl = \"https://openapi.alipay.com/gateway.do\"\n").is_ok());
    let err = error_text("[gateway]\nurl = \"http://openapi.alipay.com/gateway.do\"\n");
    assert!(err.contains("gateway.url: plain http is only allowed"), "{err}");
}

#[test]
fn printer_transports() {
    let c = with_site("[printer]\ntransport = \"usb\"\naddress = \"04b8:0202\"\n").unwrap();
    assert_eq!(c.printer.transport, PrinterTransport::Usb { vendor: 0x04b8, product: 0x0202 });
    let c = with_site("[printer]\ntransport = \"none\"\n").unwrap();
    assert_eq!(c.printer.transport, PrinterTransport::None);
    let err = error_text("[printer]\ntransport = \"serial\"\naddress = \"\"\n");
    assert!(err.contains("printer.address: must be a device path"), "{err}");
    let err = error_text("[printer]\ntransport = \"bluetooth\"\n");
    assert!(err.contains("printer.transport: must be one of"), "{err}");
}

#[test]
fn relative_paths_resolve_against_the_site_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("frames")).unwrap();
    let site = dir.path().join("site.toml");
    std::fs::write(&site, "[camera]\nsource = \"files\"\npath = \"frames\"\n").unwrap();
    let config = load_local(Some(&site)).unwrap();
    assert_eq!(config.camera.source, FrameSourceConfig::Files(dir.path().join("frames")));

    std::fs::write(&site, "[gateway]\nprivate_key_file = \"missing.pem\"\n").unwrap();
    let err = load_local(Some(&site)).unwrap_err().to_string();
    assert!(err.contains("gateway.private_key_file: no readable file at"), "{err}");
    assert!(err.contains("missing.pem"), "{err}");
}

#[test]
fn unreadable_and_malformed_files_say_which() {
    let err = load_local(Some(std::path::Path::new("/nonexistent/site.toml"))).unwrap_err();
    assert!(matches!(err, ConfigError::Read { .. }));
    assert!(err.to_string().contains("/nonexistent/site.toml"), "{err}");
    let err = error_text("[payment\n");
    assert!(err.starts_with("site.toml: not valid TOML"), "{err}");
}

#[test]
fn secrets_stay_masked_in_debug() {
    let c = with_site("[gateway]\napp_auth_token = \"202411BBsecret\"\n").unwrap();
    assert_eq!(c.gateway.app_auth_token.as_ref().unwrap().expose(), "202411BBsecret");
    assert!(!format!("{c:?}").contains("202411BBsecret"));
}

#[test]
fn fleet_is_off_by_default_and_checked_when_on() {
    let config = load_local(None).unwrap();
    assert!(!config.fleet.enabled);
    assert_eq!(config.fleet.broker.to_string(), "mqtt://127.0.0.1:1883");
    assert_eq!(config.fleet.heartbeat, Duration::from_secs(60));

    let err = error_text("[fleet]\nenabled = true\n");
    assert!(err.contains("fleet.trusted_keys: at least one HQ public key"), "{err}");
    assert!(err.contains("fleet.state_dir: must name a writable folder"), "{err}");

    let key = "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=";
    let ok = with_site(&format!(
        "[fleet]\nenabled = true\nbroker_url = \"mqtts://broker.example\"\nfleet_id = \"north\"\n\
         trusted_keys = [\"{key}\"]\nstate_dir = \"/var/lib/scanpay/fleet\"\n\
         username = \"kiosk-07\"\npassword = \"hunter2\"\n"
    ))
    .unwrap();
    assert_eq!(ok.fleet.broker.port, 8883);
    assert_eq!(ok.fleet.trusted_keys, vec![std::array::from_fn::<u8, 32, _>(|i| i as u8 + 1)]);
    assert!(!format!("{:?}", ok.fleet).contains("hunter2"), "the password is masked");
}

#[test]
fn fleet_values_name_their_key() {
    let err = error_text(
        "[fleet]\nbroker_url = \"http://broker\"\nfleet_id = \"a/b\"\ntrusted_keys = [\"c2hvcnQ=\"]\n\
         heartbeat_secs = 1\n",
    );
    for expected in [
        "fleet.broker_url: scheme must be mqtt or mqtts (got \"http\")",
        "fleet.fleet_id: must be 1 to 32 letters",
        "fleet.trusted_keys[0]: an Ed25519 public key is 32 bytes (got 5)",
        "fleet.heartbeat_secs: must be between 5 and 3600 seconds (got 1)",
    ] {
        assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    }
    let err = error_text(
        "[fleet]\nbroker_url = \"mqtt://broker.example:1883\"\nusername = \"u\"\npassword = \"p\"\n",
    );
    assert!(err.contains("fleet.password: would cross the network in clear text"), "{err}");
    let err = error_text(
        "[fleet]\ntls_client_cert_file = \"/etc/hostname\"\nbroker_url = \"mqtts://b\"\n",
    );
    assert!(err.contains("fleet.tls_client_key_file: must be set with"), "{err}");
}

#[test]
fn trusted_key_files_resolve_against_the_site_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("hq.pub"), "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=\n")
        .unwrap();
    let site = dir.path().join("site.toml");
    std::fs::write(&site, "[fleet]\ntrusted_key_files = [\"hq.pub\"]\nstate_dir = \"state\"\n")
        .unwrap();
    let config = load_local(Some(&site)).unwrap();
    assert_eq!(config.fleet.trusted_keys.len(), 1);
    assert_eq!(config.fleet.state_dir, dir.path().join("state"));
    std::fs::write(&site, "[fleet]\ntrusted_key_files = [\"missing.pub\"]\n").unwrap();
    let err = load_local(Some(&site)).unwrap_err().to_string();
    assert!(err.contains("fleet.trusted_key_files[0]: cannot read"), "{err}");
}

#[test]
fn bundles_may_not_set_keys_or_secrets() {
    let table: toml::Table =
        "[fleet]\nenabled = false\n[gateway]\nprivate_key_file = \"k.pem\"\nurl = \"https://x\"\n"
            .parse()
            .unwrap();
    let problems = settings::bundle_key_problems(&table);
    let keys: Vec<&str> = problems.iter().map(|p| p.key.as_str()).collect();
    assert_eq!(keys, ["fleet", "gateway.private_key_file"]);
    assert!(problems[1].reason.contains("private payment keys are never in a bundle"));
    let fine: toml::Table = "[payment]\ndeadline_secs = 40\n".parse().unwrap();
    assert!(settings::bundle_key_problems(&fine).is_empty());
}

#[test]
fn catalog_ui_and_demo_camera_keys() {
    let c = with_site(
        "[camera]\nsource = \"demo\"\n[ui]\nsounds = false\n[session]\nreturn_secs = 5\n",
    )
    .unwrap();
    assert_eq!(c.camera.source, FrameSourceConfig::Demo);
    assert!(!c.ui.sounds);
    assert_eq!(c.session.return_after, std::time::Duration::from_secs(5));
    assert!(c.catalog.file.ends_with("catalog.toml") && c.catalog.file.is_file());
    let err = error_text("[catalog]\nfile = \"no-such-catalog.toml\"\n");
    assert!(err.contains("catalog.file: no readable file at"), "{err}");
    let err = error_text("[session]\nreturn_secs = 1\n");
    assert!(err.contains("session.return_secs: must be between 3 and 120"), "{err}");
    let err = error_text("[ui]\ndemo = true\n");
    assert!(err.contains("ui.demo"), "{err}");
}

/// Issue #10: `gateway.kind = "antom"` with its keys, and the wallets a
/// gateway kind can charge.
#[test]
fn antom_gateway_keys_and_wallets() {
    let c = with_site("[gateway]\nkind = \"antom\"\nclient_id = \"SANDBOX_5YDEMO0000000001\"\n")
        .unwrap();
    assert_eq!(c.gateway.kind, settings::GatewayKind::Antom);
    assert_eq!(c.gateway.wallets, ["alipay_plus"]);
    let a = c.gateway.antom.unwrap();
    assert_eq!(
        (a.client_id.as_str(), a.key_version, a.merchant_mcc.as_str()),
        ("SANDBOX_5YDEMO0000000001", 1, "5411")
    );
    assert_eq!(a.merchant_name, c.store.name, "the merchant name defaults to the store's");
    // The mainland gateway has no Antom settings and takes Alipay codes only.
    let mainland = with_site("").unwrap();
    assert_eq!(
        (mainland.gateway.wallets.clone(), mainland.gateway.antom),
        (vec!["alipay".to_owned()], None)
    );
    let err = error_text("[gateway]\nkind = \"antom\"\n");
    assert!(err.contains("gateway.client_id: missing"), "{err}");
    let err = error_text("[gateway]\nwallets = [\"alipay_plus\"]\n");
    assert!(
        err.contains(
            "gateway.wallets: \"alipay_plus\" cannot be charged through this gateway kind"
        ),
        "{err}"
    );
    let err = error_text(
        "[gateway]\nkind = \"antom\"\nclient_id = \"X\"\nwallets = [\"paypal\"]\nmerchant_mcc = \"54\"\nkey_version = 0\n",
    );
    for key in [
        "gateway.wallets: \"paypal\" is not one of",
        "gateway.merchant_mcc: must be a 4-digit",
        "gateway.key_version: must be between 1 and 999",
    ] {
        assert!(err.contains(key), "{key}: {err}");
    }
    let err = error_text("[gateway]\nkind = \"paypal\"\n");
    assert!(err.contains("gateway.kind: must be one of \"alipay\", \"antom\""), "{err}");
}

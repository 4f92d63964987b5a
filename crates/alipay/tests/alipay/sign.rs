//! Golden vectors for the string to sign and the signatures.
//!
//! The expected strings were produced independently of this crate: the content
//! by a Python one-liner following Alipay's "自行实现签名" rules
//! (opendocs.alipay.com/common/02kf5q; the same as Java
//! `AlipaySignature.getSignContent` and PHP `AopClient::getSignContent`: drop
//! `sign` and empty values, sort by key, `k=v` joined by `&`, raw values), and
//! the signatures by `openssl dgst -sha256|-sha1 -sign merchant-pkcs8.pem`
//! (RSA PKCS#1 v1.5 is deterministic, so the bytes must match exactly).

use std::collections::BTreeMap;
use std::sync::Arc;

use alipay::sign::content_to_sign;
use alipay::{AlipayKey, Client, ClientConfig, FixedClock, PrivateKey, PublicKey, SignType};
use time::macros::datetime;

use crate::fixture;

fn golden_params() -> BTreeMap<String, String> {
    serde_json::from_str(&fixture("golden-params.json")).unwrap()
}

#[test]
fn string_to_sign_matches_the_sdk_rules() {
    let p = golden_params();
    assert_eq!(content_to_sign(&p), fixture("golden-content.txt"));
    // notify_url and app_auth_token are empty in the fixture: dropped.
    assert!(!content_to_sign(&p).contains("notify_url"));
    // sign itself never takes part.
    let mut with_sign = p.clone();
    with_sign.insert("sign".into(), "xyz".into());
    assert_eq!(content_to_sign(&with_sign), content_to_sign(&p));
}

#[test]
fn rsa2_and_rsa_signatures_match_openssl_with_pkcs8_and_pkcs1_keys() {
    let content = fixture("golden-content.txt");
    let content_rsa = fixture("golden-content-rsa.txt");
    for file in
        ["merchant-pkcs8.pem", "merchant-pkcs1.pem", "merchant-pkcs8.b64", "merchant-pkcs1.b64"]
    {
        let key = PrivateKey::parse(file, &fixture(file)).unwrap();
        assert_eq!(
            key.sign(&content, SignType::Rsa2).unwrap(),
            fixture("golden-sign-rsa2.txt"),
            "{file}"
        );
        assert_eq!(
            key.sign(&content_rsa, SignType::Rsa).unwrap(),
            fixture("golden-sign-rsa.txt"),
            "{file}"
        );
    }
    let public = PublicKey::parse("merchant public", &fixture("merchant-public.pem")).unwrap();
    assert!(public.verify(content.as_bytes(), &fixture("golden-sign-rsa2.txt"), SignType::Rsa2));
    assert!(!public.verify(content.as_bytes(), &fixture("golden-sign-rsa2.txt"), SignType::Rsa));
    assert!(!public.verify(
        content_rsa.as_bytes(),
        &fixture("golden-sign-rsa2.txt"),
        SignType::Rsa2
    ));
}

#[test]
fn client_requests_carry_the_common_params_in_beijing_time() {
    let key = PrivateKey::parse("k", &fixture("merchant-pkcs8.pem")).unwrap();
    let alipay = PublicKey::parse("a", &fixture("alipay-public.pem")).unwrap();
    let mut cfg = ClientConfig::new(
        "http://127.0.0.1:1/gateway.do",
        "2021000000000001",
        key,
        AlipayKey::PublicKey(alipay),
    );
    cfg.app_auth_token = Some(String::from("202405BBtoken").into());
    let client = Client::new(cfg)
        .unwrap()
        .with_clock(Arc::new(FixedClock(datetime!(2024-05-01 04:30:45 UTC))));
    let biz = r#"{"out_trade_no":"K1_20240501_0001"}"#;
    let req = client.sign_request("alipay.trade.query", biz).unwrap();
    assert_eq!(
        req.content,
        "app_auth_token=202405BBtoken&app_id=2021000000000001&biz_content={\"out_trade_no\":\"K1_20240501_0001\"}&charset=utf-8&format=JSON&method=alipay.trade.query&sign_type=RSA2&timestamp=2024-05-01 12:30:45&version=1.0"
    );
    let public = PublicKey::parse("p", &fixture("merchant-public.pem")).unwrap();
    assert!(public.verify(req.content.as_bytes(), &req.params["sign"], SignType::Rsa2));
    assert!(!format!("{req:?}").contains("202405BBtoken"));
}

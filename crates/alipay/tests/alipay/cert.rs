//! Certificate SNs. Expected values were computed outside this crate:
//! `openssl x509 -issuer -nameopt RFC2253` + the serial in decimal, MD5
//! (Java `AntCertificationUtil.getCertSN`; PHP `getCertSN`). The root chain
//! holds an RSA root, an ECDSA root (skipped) and a SHA1-RSA root, so the root
//! SN is two SNs joined by `_` (Java/PHP `getRootCertSN`).

use alipay::cert::{cert_sn, root_cert_sn};
use alipay::{CertificateSet, PublicKey};

use crate::fixture;

#[test]
fn cert_sns_match_the_sdk_computation() {
    assert_eq!(
        cert_sn("app", fixture("app-public-cert.crt").as_bytes()).unwrap(),
        "8a780fbbf837aeed98048d39134a542c"
    );
    assert_eq!(
        cert_sn("alipay", fixture("alipay-public-cert.crt").as_bytes()).unwrap(),
        "6eefdeeea5a4c897fa58ca3d2cb3131e"
    );
    assert_eq!(
        root_cert_sn("root", fixture("alipay-root-chain.crt").as_bytes()).unwrap(),
        "e4916774ca7992793b632c204d5c0969_5cc59721ac6d763e40368f5daf52a374"
    );
    let e =
        root_cert_sn("Alipay root certificate", fixture("root-ca-ec.crt").as_bytes()).unwrap_err();
    assert!(e.to_string().contains("no RSA-signed"), "{e}");
}

#[test]
fn certificate_set_picks_the_key_by_sn() {
    let set = CertificateSet::from_pem(
        fixture("app-public-cert.crt").as_bytes(),
        &[fixture("alipay-public-cert.crt").as_bytes()],
        fixture("alipay-root-chain.crt").as_bytes(),
    )
    .unwrap();
    let alipay = PublicKey::parse("a", &fixture("alipay-public.pem")).unwrap();
    assert_eq!(set.key_for(Some("6eefdeeea5a4c897fa58ca3d2cb3131e")), Some(&alipay));
    assert_eq!(set.key_for(None), Some(&alipay));
    assert_eq!(set.key_for(Some("ffff")), None);
    let e = CertificateSet::from_pem(
        b"junk",
        &[fixture("alipay-public-cert.crt").as_bytes()],
        fixture("alipay-root-chain.crt").as_bytes(),
    )
    .unwrap_err();
    assert!(e.to_string().starts_with("app public-key certificate:"), "{e}");
}

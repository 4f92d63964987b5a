//! Key formats: PKCS#1/PKCS#8 private keys and SPKI public keys, PEM or bare
//! base64, round trips and readable errors.

use alipay::{PrivateKey, PublicKey, SignType};

use crate::fixture;

#[test]
fn every_private_key_form_is_the_same_key() {
    let forms =
        ["merchant-pkcs8.pem", "merchant-pkcs1.pem", "merchant-pkcs8.b64", "merchant-pkcs1.b64"];
    let keys: Vec<PrivateKey> =
        forms.iter().map(|f| PrivateKey::parse(f, &fixture(f)).unwrap()).collect();
    let public = PublicKey::parse("spki", &fixture("merchant-public.pem")).unwrap();
    for k in &keys {
        assert_eq!(k.public_key(), public);
    }
    // Round trips through both PEM encodings.
    let k = &keys[0];
    let p8 = PrivateKey::parse("p8", k.to_pkcs8_pem().unwrap().expose()).unwrap();
    let p1 = PrivateKey::parse("p1", k.to_pkcs1_pem().unwrap().expose()).unwrap();
    assert_eq!(p8.public_key(), public);
    assert_eq!(p1.public_key(), public);
    assert_eq!(k.to_pkcs8_pem().unwrap().expose().trim(), fixture("merchant-pkcs8.pem").trim());
    assert_eq!(k.to_pkcs1_pem().unwrap().expose().trim(), fixture("merchant-pkcs1.pem").trim());
    // Debug never shows the key.
    assert_eq!(format!("{k:?}"), "PrivateKey(***)");
}

#[test]
fn public_key_forms_round_trip() {
    let pem = PublicKey::parse("pem", &fixture("alipay-public.pem")).unwrap();
    let b64 = PublicKey::parse("b64", &fixture("alipay-public.b64")).unwrap();
    assert_eq!(pem, b64);
    assert_eq!(pem.to_bare_base64().unwrap(), fixture("alipay-public.b64"));
    assert_eq!(pem.to_spki_pem().unwrap().trim(), fixture("alipay-public.pem").trim());
    let sig = PrivateKey::parse("a", &fixture("alipay-private.pem"))
        .unwrap()
        .sign("x", SignType::Rsa2)
        .unwrap();
    assert!(b64.verify(b"x", &sig, SignType::Rsa2));
}

#[test]
fn wrong_keys_say_which_and_why() {
    let e = PrivateKey::parse("merchant private key (app.pem)", &fixture("merchant-public.pem"))
        .unwrap_err();
    assert!(
        e.to_string().starts_with("merchant private key (app.pem): PEM block is \"PUBLIC KEY\""),
        "{e}"
    );
    let e = PublicKey::parse("Alipay public key", &fixture("merchant-pkcs8.b64")).unwrap_err();
    assert!(e.to_string().contains("neither an SPKI"), "{e}");
    let e = PublicKey::parse("Alipay public key", &fixture("alipay-public-cert.crt")).unwrap_err();
    assert!(e.to_string().contains("certificate"), "{e}");
    let mut truncated = fixture("merchant-pkcs8.b64");
    truncated.truncate(200);
    let e = PrivateKey::parse("merchant private key", &truncated).unwrap_err();
    assert!(e.to_string().contains("neither a PKCS#8"), "{e}");
}

//! Golden vectors for Antom's signature (docs.antom.com "Sign a request and
//! verify the signature": SHA256withRSA over
//! `<method> <path>\n<client-id>.<time>.<body>`, base64, URL-encoded as
//! Java's URLEncoder does, in `algorithm=RSA256,keyVersion=N,signature=…`).

use alipay::{PrivateKey, PublicKey};
use antom::sign::{SignatureHeader, content_to_sign, sign_request, url_decode, url_encode, verify};
use antom::{VerifyError, verify_answer};

const BODY: &str =
    r#"{"productCode":"IN_STORE_PAYMENT","paymentRequestId":"K1_20261122_a1b2c3_000001"}"#;
const CLIENT: &str = "SANDBOX_5YDEMO0000000001";
const PATH: &str = "/ams/api/v1/payments/pay";
const TIME: &str = "1732500000000";

/// `printf 'POST /ams/api/v1/payments/pay\nSANDBOX_5YDEMO0000000001.1732500000000.<BODY>' |
///  openssl dgst -sha256 -sign kiosk-config/keys/demo-merchant-private.pem | base64 -w0`,
/// then Python's `urllib.parse.quote_plus` (the same as Java's URLEncoder here).
const GOLDEN_HEADER_SIGNATURE: &str = "v89QjRHE08HeSyybvwEwSE8osO4YXI04%2BQB4G0OvQdhsa4PpqXCtvSoWcT8AV3mB5phTEm4pEACPpuVMyFhLKttmVYONixzZ7RMdMupAX00mdwUSFO%2BZ60NM1iSoZOmXe4Nzn7beH3nZcXhVxnHnf6ShxGVeyWUXCxsQRzVqqYaLr36IfGC60HYLv5CGi9mJv2HsT0rw8%2BOOH%2F69lmU6ml0pZF4d7gU3VCShjymELx%2B%2Bfmr00WFeQY1HWz4fYZAMFf0odUf2SJhvRzu9qZEnKGwqh73pLcAE8BwxigIQHnC44tsJ49r9PO6jwnX9YK3wAQCv8FTq8XT7el5MiobZOQ%3D%3D";

fn merchant_key() -> PrivateKey {
    PrivateKey::parse("demo merchant", alipay_sandbox::DEMO_MERCHANT_PRIVATE_KEY).unwrap()
}

fn merchant_public() -> PublicKey {
    PublicKey::parse("demo merchant public", alipay_sandbox::DEMO_MERCHANT_PUBLIC_KEY).unwrap()
}

#[test]
fn content_to_sign_is_method_path_newline_client_time_body() {
    assert_eq!(
        content_to_sign("POST", PATH, CLIENT, TIME, BODY),
        format!("POST {PATH}\n{CLIENT}.{TIME}.{BODY}")
    );
}

#[test]
fn request_signature_matches_openssl_golden_vector() {
    let header = sign_request(&merchant_key(), 1, "POST", PATH, CLIENT, TIME, BODY).unwrap();
    assert_eq!(
        header,
        format!("algorithm=RSA256,keyVersion=1,signature={GOLDEN_HEADER_SIGNATURE}")
    );
    let content = content_to_sign("POST", PATH, CLIENT, TIME, BODY);
    verify(&merchant_public(), &content, &header).unwrap();
}

/// A second vector: the sandbox path, key version 2, and a body with
/// non-ASCII text (signed as its UTF-8 bytes). OpenSSL over the same bytes.
#[test]
fn a_sandbox_refund_with_utf8_text_matches_openssl() {
    let path = "/ams/sandbox/api/v1/payments/refund";
    let body = r#"{"refundRequestId":"K1_R1","paymentId":"2026112222001","refundAmount":{"currency":"HKD","value":"1250"},"refundReason":"退貨 returned"}"#;
    let header =
        sign_request(&merchant_key(), 2, "POST", path, CLIENT, "1732500000123", body).unwrap();
    assert_eq!(
        header,
        "algorithm=RSA256,keyVersion=2,signature=KpWXTf8Q4qNQv1tVoYijqoHaZcbNaURuAF2HMZh2g1m7S3kxxOOmx%2B62lh3UnClXsc0TvZZOnLA2N5xx9Ah7I1xjdgC9qrI4vZSTFR3miqMw5hlv9AnR35IAGc5VqKOo1ARBM3zll8UvAnYZNzjO0vhzWojCLRAx0Bz8ZxY6F2xNMy24dtldRfGcR5kXjvrKd9nYWbo%2BOG2A%2FMGUS4HcIrAxSj7eYfTZIqcb9wGFU4VqXx3r4bUy4RPZGaRy6cmzKhIYN01GgYV%2F8CGOIsbK6%2FwSJ0GqfkoLuJhueCi0P%2ByRCXXyC6TMEJoJ4jq3BXeZb0rfMs%2F%2B%2FRzmWkPv5ydzRQ%3D%3D"
    );
}

#[test]
fn url_encoding_is_javas_urlencoder() {
    assert_eq!(url_encode("ab+/=09"), "ab%2B%2F%3D09");
    assert_eq!(url_encode("a b*-._~"), "a+b*-._%7E");
    assert_eq!(url_encode("é"), "%C3%A9");
    assert_eq!(url_decode("ab%2B%2F%3D09").as_deref(), Some("ab+/=09"));
    assert_eq!(url_decode("a+b").as_deref(), Some("a b"));
    assert_eq!(url_decode("%zz"), None);
    assert_eq!(url_decode("%4"), None);
}

#[test]
fn signature_header_parses_the_sdk_form_and_the_documented_form_with_spaces() {
    let sdk = SignatureHeader::parse("algorithm=RSA256,keyVersion=2,signature=a%2Bb%3D").unwrap();
    assert_eq!((sdk.key_version, sdk.signature.as_str()), (Some(2), "a+b="));
    let doc = SignatureHeader::parse("algorithm=RSA256, keyVersion=1, signature=YWJj").unwrap();
    assert_eq!(doc.signature, "YWJj");
    assert!(matches!(
        SignatureHeader::parse("algorithm=RSA256,keyVersion=1,signature="),
        Err(VerifyError::Unsigned)
    ));
    assert!(SignatureHeader::parse("algorithm=RSA,keyVersion=1,signature=YWJj").is_err());
    assert!(SignatureHeader::parse("garbage").is_err());
}

#[test]
fn tampered_or_unsigned_answers_are_refused() {
    // The sandbox signs answers with the demo "Alipay" key; clients verify
    // with its public half.
    let gateway = PrivateKey::parse("gw", alipay_sandbox::DEMO_ALIPAY_PRIVATE_KEY).unwrap();
    let gateway_public = gateway.public_key();
    let body = r#"{"result":{"resultCode":"SUCCESS","resultStatus":"S"},"paymentId":"P1"}"#;
    let rt = "2026-11-22T12:00:00Z";
    let header = sign_request(&gateway, 1, "POST", PATH, CLIENT, rt, body).unwrap();
    let ok = |b: &str, t: Option<&str>, c: Option<&str>, s: Option<&str>| {
        verify_answer(&gateway_public, CLIENT, PATH, c, t, s, b)
    };
    ok(body, Some(rt), Some(CLIENT), Some(&header)).unwrap();
    // One byte of the body changed.
    let tampered = body.replace("P1", "P2");
    assert_eq!(
        ok(&tampered, Some(rt), Some(CLIENT), Some(&header)),
        Err(VerifyError::BadSignature)
    );
    // Another response time than the one signed.
    assert_eq!(
        ok(body, Some("2026-11-22T12:00:01Z"), Some(CLIENT), Some(&header)),
        Err(VerifyError::BadSignature)
    );
    // Signed for another path (another API's answer).
    let other =
        sign_request(&gateway, 1, "POST", "/ams/api/v1/payments/cancel", CLIENT, rt, body).unwrap();
    assert_eq!(ok(body, Some(rt), Some(CLIENT), Some(&other)), Err(VerifyError::BadSignature));
    // Unsigned, or signed by someone else, or for another client.
    assert_eq!(ok(body, Some(rt), Some(CLIENT), None), Err(VerifyError::Unsigned));
    let stranger = sign_request(&merchant_key(), 1, "POST", PATH, CLIENT, rt, body).unwrap();
    assert_eq!(ok(body, Some(rt), Some(CLIENT), Some(&stranger)), Err(VerifyError::BadSignature));
    assert!(matches!(
        ok(body, Some(rt), Some("SANDBOX_OTHER"), Some(&header)),
        Err(VerifyError::WrongClient { .. })
    ));
    assert_eq!(
        ok(body, None, Some(CLIENT), Some(&header)),
        Err(VerifyError::MissingHeader("response-time"))
    );
}

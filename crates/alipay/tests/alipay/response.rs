//! Answer verification over the raw node text, untouched and tampered.

use alipay::response::verify;
use alipay::{PublicKey, SignType, VerifyError};

use crate::fixture;

fn check(body: &str) -> Result<String, VerifyError> {
    let key = PublicKey::parse("alipay", &fixture("alipay-public.pem")).unwrap();
    verify(body, "alipay.trade.pay", SignType::Rsa2, |_| Some(&key)).map(|n| n.content.to_owned())
}

#[test]
fn an_untouched_answer_verifies_over_its_raw_node() {
    let body = fixture("golden-pay-response.json");
    let node = check(&body).unwrap();
    assert!(node.starts_with("{\"code\":\"10000\"") && node.ends_with("end\"}"), "{node}");
    assert!(body.contains(&node));
}

#[test]
fn tampered_answers_are_refused() {
    let body = fixture("golden-pay-response.json");
    // A changed byte.
    let changed = body.replacen("\"total_amount\":\"12.30\"", "\"total_amount\":\"12.31\"", 1);
    assert_ne!(changed, body);
    assert_eq!(check(&changed), Err(VerifyError::BadSignature));
    // A reordered field: the same JSON value, other text.
    let reordered = body.replacen(
        "\"code\":\"10000\",\"msg\":\"Success\"",
        "\"msg\":\"Success\",\"code\":\"10000\"",
        1,
    );
    assert_ne!(reordered, body);
    assert_eq!(check(&reordered), Err(VerifyError::BadSignature));
    // An escaped slash: equal JSON, different bytes. Strict: refused.
    let escaped = body.replacen("http://x/y", "http:\\/\\/x\\/y", 1);
    assert_ne!(escaped, body);
    assert_eq!(check(&escaped), Err(VerifyError::BadSignature));
    // A duplicated root node (a second, forged node after the signed one).
    let dup = body.replacen(
        ",\"sign\":",
        ",\"alipay_trade_pay_response\":{\"code\":\"10000\"},\"sign\":",
        1,
    );
    assert!(matches!(check(&dup), Err(VerifyError::DuplicateNode { .. })));
    // Unsigned, and signed by someone else.
    let unsigned = body.split(",\"sign\"").next().unwrap().to_owned() + "}";
    assert_eq!(check(&unsigned), Err(VerifyError::Unsigned));
    let other = PublicKey::parse("m", &fixture("merchant-public.pem")).unwrap();
    assert_eq!(
        verify(&body, "alipay.trade.pay", SignType::Rsa2, |_| Some(&other)).map(|_| ()),
        Err(VerifyError::BadSignature)
    );
    // A correctly signed node of another method is still the wrong answer.
    let key = PublicKey::parse("alipay", &fixture("alipay-public.pem")).unwrap();
    assert!(matches!(
        verify(&body, "alipay.trade.query", SignType::Rsa2, |_| Some(&key)),
        Err(VerifyError::WrongNode { .. })
    ));
}

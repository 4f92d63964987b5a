//! Finding the signed node of a gateway answer and verifying it.
//!
//! A body is `{"<method>_response":{…},"sign":"…"}` (or `error_response`, and
//! in certificate mode an `alipay_cert_sn`). The signed content is the raw
//! text of the node from its `{` to the matching `}`, byte for byte, as the
//! SDKs extract it (Java `JsonConverter.getSignSourceData`, .NET EasySDK
//! `SignContentExtractor`): never re-serialized JSON. We scan the top-level
//! object properly (strings and escapes respected), so a node name inside a
//! string value cannot confuse us, and a duplicated root node is refused (the
//! EasySDK refuses it too: "检测到响应报文中有重复的…").

use crate::error::VerifyError;
use crate::keys::{PublicKey, SignType};

/// The parts of an answer that matter for verification, borrowed from the body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedNode<'a> {
    /// The node's key: `alipay_trade_pay_response` or `error_response`.
    pub name: String,
    /// Raw text of the node, `{` to `}`: the signed content.
    pub content: &'a str,
    /// The `sign` value, when present.
    pub sign: Option<String>,
    /// The `alipay_cert_sn` value, when present (certificate mode).
    pub alipay_cert_sn: Option<String>,
}

/// The node name of a method's answer: `alipay.trade.pay` →
/// `alipay_trade_pay_response`.
pub fn node_name(method: &str) -> String {
    format!("{}_response", method.replace('.', "_"))
}

fn malformed(msg: impl Into<String>) -> VerifyError {
    VerifyError::Malformed(msg.into())
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// End (exclusive) of the JSON string starting at `b[i] == '"'`.
fn scan_string(b: &[u8], i: usize) -> Result<usize, VerifyError> {
    let mut j = i + 1;
    while j < b.len() {
        match b[j] {
            b'\\' => j += 2,
            b'"' => return Ok(j + 1),
            _ => j += 1,
        }
    }
    Err(malformed("unterminated string"))
}

/// End (exclusive) of the JSON value starting at `b[i]`.
fn scan_value(b: &[u8], i: usize) -> Result<usize, VerifyError> {
    match b.get(i) {
        None => Err(malformed("value expected")),
        Some(b'"') => scan_string(b, i),
        Some(b'{') | Some(b'[') => {
            let mut depth = 0usize;
            let mut j = i;
            while j < b.len() {
                match b[j] {
                    b'"' => {
                        j = scan_string(b, j)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Ok(j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            Err(malformed("unbalanced braces"))
        }
        Some(_) => {
            let mut j = i;
            while j < b.len() && !matches!(b[j], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            {
                j += 1;
            }
            if j == i { Err(malformed("value expected")) } else { Ok(j) }
        }
    }
}

/// The top-level members of a JSON object body as (decoded key, raw value).
fn top_level(body: &str) -> Result<Vec<(String, &str)>, VerifyError> {
    let b = body.as_bytes();
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'{') {
        return Err(malformed("the body is not a JSON object"));
    }
    i += 1;
    let mut out = Vec::new();
    loop {
        i = skip_ws(b, i);
        match b.get(i) {
            Some(b'}') if out.is_empty() => {
                i += 1;
                break;
            }
            Some(b'"') => {}
            _ => return Err(malformed("member name expected")),
        }
        let kend = scan_string(b, i)?;
        let key: String = serde_json::from_str(&body[i..kend])
            .map_err(|e| malformed(format!("bad member name: {e}")))?;
        i = skip_ws(b, kend);
        if b.get(i) != Some(&b':') {
            return Err(malformed("':' expected"));
        }
        i = skip_ws(b, i + 1);
        let vend = scan_value(b, i)?;
        out.push((key, &body[i..vend]));
        i = skip_ws(b, vend);
        match b.get(i) {
            Some(b',') => i += 1,
            Some(b'}') => {
                i += 1;
                break;
            }
            _ => return Err(malformed("',' or '}' expected")),
        }
    }
    if skip_ws(b, i) != b.len() {
        return Err(malformed("text after the JSON object"));
    }
    Ok(out)
}

fn string_member(members: &[(String, &str)], name: &str) -> Result<Option<String>, VerifyError> {
    let mut found = members.iter().filter(|(k, _)| k == name);
    let first = found.next();
    if found.next().is_some() {
        return Err(VerifyError::DuplicateNode { name: name.into() });
    }
    match first {
        None => Ok(None),
        Some((_, raw)) => serde_json::from_str::<String>(raw)
            .map(Some)
            .map_err(|_| malformed(format!("{name} is not a string"))),
    }
}

/// Finds the signed node of `method`'s answer in `body`.
pub fn extract<'a>(body: &'a str, method: &str) -> Result<SignedNode<'a>, VerifyError> {
    let expected = node_name(method);
    let members = top_level(body)?;
    let nodes: Vec<&(String, &str)> =
        members.iter().filter(|(k, _)| k.ends_with("_response")).collect();
    let node = match nodes.as_slice() {
        [] => return Err(VerifyError::NoNode { expected }),
        [one] => *one,
        [first, ..] => {
            let name = if nodes.iter().filter(|(k, _)| *k == expected).count() > 1 {
                expected
            } else {
                first.0.clone()
            };
            return Err(VerifyError::DuplicateNode { name });
        }
    };
    if node.0 != expected && node.0 != "error_response" {
        return Err(VerifyError::WrongNode { expected, found: node.0.clone() });
    }
    if !node.1.starts_with('{') {
        return Err(malformed(format!("{} is not an object", node.0)));
    }
    Ok(SignedNode {
        name: node.0.clone(),
        content: node.1,
        sign: string_member(&members, "sign")?,
        alipay_cert_sn: string_member(&members, "alipay_cert_sn")?,
    })
}

/// Extracts and verifies an answer; returns the verified node.
///
/// `key_for` picks the Alipay key by the answer's `alipay_cert_sn` (`None`
/// when the body has none); it returns `None` for an unknown certificate.
pub fn verify<'a, 'k>(
    body: &'a str,
    method: &str,
    sign_type: SignType,
    key_for: impl FnOnce(Option<&str>) -> Option<&'k PublicKey>,
) -> Result<SignedNode<'a>, VerifyError> {
    let node = extract(body, method)?;
    let Some(sign) = node.sign.as_deref() else {
        return Err(VerifyError::Unsigned);
    };
    let key = key_for(node.alipay_cert_sn.as_deref()).ok_or_else(|| {
        VerifyError::UnknownCertificate { sn: node.alipay_cert_sn.clone().unwrap_or_default() }
    })?;
    if key.verify(node.content.as_bytes(), sign, sign_type) {
        Ok(node)
    } else {
        Err(VerifyError::BadSignature)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_text_is_raw_and_braces_in_strings_do_not_count() {
        let body =
            r#" {"alipay_trade_query_response" : {"a":"}\"{","b":[1,{"c":2}]} ,"sign":"c2ln"}"#;
        let n = extract(body, "alipay.trade.query").unwrap();
        assert_eq!(n.content, r#"{"a":"}\"{","b":[1,{"c":2}]}"#);
        assert_eq!(n.sign.as_deref(), Some("c2ln"));
        assert_eq!(n.name, "alipay_trade_query_response");
    }

    #[test]
    fn error_response_is_accepted_and_other_methods_are_not() {
        let n = extract(r#"{"error_response":{"code":"40002"},"sign":"x"}"#, "alipay.trade.pay")
            .unwrap();
        assert_eq!(n.name, "error_response");
        let e = extract(r#"{"alipay_trade_query_response":{},"sign":"x"}"#, "alipay.trade.pay")
            .unwrap_err();
        assert!(matches!(e, VerifyError::WrongNode { .. }), "{e:?}");
    }

    #[test]
    fn duplicates_and_garbage_are_refused() {
        for body in [
            r#"{"alipay_trade_pay_response":{},"alipay_trade_pay_response":{},"sign":"x"}"#,
            r#"{"alipay_trade_pay_response":{},"error_response":{},"sign":"x"}"#,
            r#"{"alipay_trade_pay_response":{},"sign":"x","sign":"y"}"#,
        ] {
            assert!(
                matches!(extract(body, "alipay.trade.pay"), Err(VerifyError::DuplicateNode { .. })),
                "{body}"
            );
        }
        for body in ["", "[]", "{", r#"{"alipay_trade_pay_response":{"#, "{} x", "<html>"] {
            assert!(
                matches!(extract(body, "alipay.trade.pay"), Err(VerifyError::Malformed(_))),
                "{body}"
            );
        }
    }
}

//! The string to sign for a request, exactly as the official SDKs build it.
//!
//! Alipay's "自行实现签名" page (opendocs.alipay.com/common/02kf5q) and the
//! SDKs (Java `AlipaySignature.getSignContent`, PHP `AopClient::getSignContent`,
//! Python `get_sign_content`): take every request parameter except `sign`,
//! drop those whose value is empty, sort by key in byte order, and join
//! `key=value` pairs with `&`. Values are raw (not URL-encoded); `sign_type`
//! is included. The result is signed as UTF-8 bytes.

use std::collections::BTreeMap;

/// The string to sign for these request parameters.
///
/// ```
/// use std::collections::BTreeMap;
/// let mut p = BTreeMap::new();
/// p.insert("method".to_string(), "alipay.trade.query".to_string());
/// p.insert("app_id".to_string(), "2021".to_string());
/// p.insert("notify_url".to_string(), String::new());
/// p.insert("sign".to_string(), "ignored".to_string());
/// assert_eq!(alipay::sign::content_to_sign(&p), "app_id=2021&method=alipay.trade.query");
/// ```
pub fn content_to_sign(params: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    // BTreeMap<String, _> iterates in byte order of the keys, as Java's
    // TreeMap/`Collections.sort` over ASCII keys and PHP's `ksort` do.
    for (k, v) in params {
        if k == "sign" || k.is_empty() || v.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(k);
        out.push('=');
        out.push_str(v);
    }
    out
}

//! Request signing and response verification, as Antom's "Sign a request and
//! verify the signature" guide and the global-open-sdk clients do it.
//!
//! The content signed (requests) and verified (responses) is
//!
//! ```text
//! <HTTP method> <request URI path>
//! <client-id>.<request-time or response-time>.<body>
//! ```
//!
//! signed with SHA256withRSA (`algorithm=RSA256`), base64 encoded, then URL
//! encoded the way Java's `URLEncoder.encode(s, "UTF-8")` does, and sent as
//! `Signature: algorithm=RSA256,keyVersion=<n>,signature=<encoded>`.
//!
//! ```
//! let content = antom::sign::content_to_sign(
//!     "POST",
//!     "/ams/api/v1/payments/pay",
//!     "SANDBOX_5YBX1N2ZD0ES02436",
//!     "1732500000000",
//!     "{}",
//! );
//! assert_eq!(content, "POST /ams/api/v1/payments/pay\nSANDBOX_5YBX1N2ZD0ES02436.1732500000000.{}");
//! assert_eq!(antom::sign::url_encode("a+b/c=="), "a%2Bb%2Fc%3D%3D");
//! ```

use alipay::{PrivateKey, PublicKey, SignType};

use crate::error::{AntomError, VerifyError};

/// The only algorithm Antom uses for RSA keys.
pub const ALGORITHM: &str = "RSA256";

/// The content to sign or verify.
pub fn content_to_sign(
    method: &str,
    path: &str,
    client_id: &str,
    time: &str,
    body: &str,
) -> String {
    format!("{method} {path}\n{client_id}.{time}.{body}")
}

/// URL encoding as `java.net.URLEncoder` (UTF-8) does it: letters, digits and
/// `.-*_` stay, a space becomes `+`, every other byte becomes `%XX` (upper
/// case). Base64 therefore keeps letters and digits and encodes `+ / =`.
pub fn url_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'.' | b'-' | b'*' | b'_' => {
                out.push(char::from(b))
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// The reverse of [`url_encode`] (and of any conforming encoder): `%XX` and
/// `+`. `None` for a broken escape or bytes that are not UTF-8.
pub fn url_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// A parsed `Signature` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureHeader {
    /// `algorithm`, `RSA256`.
    pub algorithm: String,
    /// `keyVersion`, when given.
    pub key_version: Option<u32>,
    /// The base64 signature, URL-decoded.
    pub signature: String,
}

impl SignatureHeader {
    /// The header value for a base64 signature.
    pub fn format(key_version: u32, signature_b64: &str) -> String {
        format!(
            "algorithm={ALGORITHM},keyVersion={key_version},signature={}",
            url_encode(signature_b64)
        )
    }

    /// Parses `algorithm=RSA256,keyVersion=1,signature=…` (any order, spaces
    /// around the parts allowed).
    pub fn parse(value: &str) -> Result<SignatureHeader, VerifyError> {
        let bad = |why: &str| VerifyError::BadHeader(format!("signature header: {why}"));
        let (mut algorithm, mut key_version, mut signature) = (None, None, None);
        for part in value.split(',') {
            let Some((k, v)) = part.trim().split_once('=') else {
                return Err(bad(&format!("{part:?} is not key=value")));
            };
            match k.trim() {
                "algorithm" => algorithm = Some(v.trim().to_owned()),
                "keyVersion" => {
                    key_version = Some(
                        v.trim().parse::<u32>().map_err(|_| bad("keyVersion is not a number"))?,
                    )
                }
                // The value itself may end in `%3D`s but never contains a raw `=`
                // once encoded; split_once above kept everything after the first.
                "signature" => signature = Some(v.trim().to_owned()),
                _ => {}
            }
        }
        let algorithm = algorithm.ok_or_else(|| bad("no algorithm"))?;
        if algorithm != ALGORITHM {
            return Err(bad(&format!("algorithm {algorithm:?}, expected {ALGORITHM}")));
        }
        let encoded = signature.filter(|s| !s.is_empty()).ok_or(VerifyError::Unsigned)?;
        let signature = url_decode(&encoded).ok_or_else(|| bad("signature is not URL-encoded"))?;
        Ok(SignatureHeader { algorithm, key_version, signature })
    }
}

/// Signs a request: the `Signature` header value.
pub fn sign_request(
    key: &PrivateKey,
    key_version: u32,
    method: &str,
    path: &str,
    client_id: &str,
    request_time: &str,
    body: &str,
) -> Result<String, AntomError> {
    let content = content_to_sign(method, path, client_id, request_time, body);
    let sig = key.sign(&content, SignType::Rsa2).map_err(AntomError::Key)?;
    Ok(SignatureHeader::format(key_version, &sig))
}

/// Verifies a signature header over `content` with `key`.
pub fn verify(key: &PublicKey, content: &str, header: &str) -> Result<(), VerifyError> {
    let h = SignatureHeader::parse(header)?;
    if key.verify(content.as_bytes(), &h.signature, SignType::Rsa2) {
        Ok(())
    } else {
        Err(VerifyError::BadSignature)
    }
}

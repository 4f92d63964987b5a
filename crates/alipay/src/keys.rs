//! RSA keys in every form Alipay's tools hand out, and PKCS#1 v1.5 signing.
//!
//! Private keys: PKCS#8 (`BEGIN PRIVATE KEY`, what the Alipay key tool and the
//! Java SDK use) or PKCS#1 (`BEGIN RSA PRIVATE KEY`, what the PHP/Python SDKs
//! wrap bare keys in), as PEM or as the bare one-line base64 the key tool
//! shows. Public keys: SPKI (`BEGIN PUBLIC KEY`) or PKCS#1, PEM or bare base64.

use std::fmt;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use masking::Secret;
use rsa::pkcs1::{DecodeRsaPrivateKey, DecodeRsaPublicKey, EncodeRsaPrivateKey};
use rsa::pkcs8::{
    DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey, LineEnding,
};
use rsa::{Pkcs1v15Sign, RsaPrivateKey, RsaPublicKey};
use sha1::Sha1;
use sha2::{Digest, Sha256};

use crate::error::KeyError;

/// The `sign_type` request parameter: which digest goes under RSA PKCS#1 v1.5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SignType {
    /// `RSA2`: SHA256withRSA. Alipay's default and the only one for new apps.
    #[default]
    Rsa2,
    /// `RSA`: SHA1withRSA, still accepted for old apps.
    Rsa,
}

impl SignType {
    /// The parameter value, `RSA2` or `RSA`.
    pub fn as_str(self) -> &'static str {
        match self {
            SignType::Rsa2 => "RSA2",
            SignType::Rsa => "RSA",
        }
    }

    fn padding(self) -> Pkcs1v15Sign {
        match self {
            SignType::Rsa2 => Pkcs1v15Sign::new::<Sha256>(),
            SignType::Rsa => Pkcs1v15Sign::new::<Sha1>(),
        }
    }

    fn digest(self, content: &[u8]) -> Vec<u8> {
        match self {
            SignType::Rsa2 => Sha256::digest(content).to_vec(),
            SignType::Rsa => Sha1::digest(content).to_vec(),
        }
    }
}

impl fmt::Display for SignType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for SignType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "RSA2" => Ok(SignType::Rsa2),
            "RSA" => Ok(SignType::Rsa),
            other => Err(format!("unknown sign type {other:?} (expected RSA2 or RSA)")),
        }
    }
}

/// Splits key text into (PEM label, DER bytes). Bare base64 has no label.
fn der_of(which: &str, text: &str) -> Result<(Option<String>, Vec<u8>), KeyError> {
    let err = |reason: String| KeyError { which: which.to_owned(), reason };
    let text = text.trim().trim_start_matches('\u{feff}');
    if text.is_empty() {
        return Err(err("the key is empty".into()));
    }
    if let Some(rest) = text.strip_prefix("-----BEGIN ") {
        let (label, body) = rest
            .split_once("-----")
            .ok_or_else(|| err("PEM header line is not terminated by -----".into()))?;
        let end = format!("-----END {label}-----");
        let body = body
            .split_once(&end)
            .map(|(b, _)| b)
            .ok_or_else(|| err(format!("PEM block has no {end:?} line")))?;
        let b64: String = body.chars().filter(|c| !c.is_whitespace()).collect();
        let der = STANDARD
            .decode(b64.as_bytes())
            .map_err(|e| err(format!("PEM body is not base64: {e}")))?;
        return Ok((Some(label.to_owned()), der));
    }
    let b64: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let der = STANDARD
        .decode(b64.as_bytes())
        .map_err(|e| err(format!("neither PEM (no -----BEGIN line) nor bare base64 ({e})")))?;
    Ok((None, der))
}

/// The merchant's (or, in the sandbox, the gateway's) RSA private key.
/// Debug never shows it.
#[derive(Clone)]
pub struct PrivateKey {
    key: Secret<RsaPrivateKey>,
}

impl fmt::Debug for PrivateKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PrivateKey(***)")
    }
}

impl PrivateKey {
    /// Parses PKCS#8 or PKCS#1, PEM or bare base64. `which` names the key in
    /// errors (e.g. `"merchant private key (keys/app.pem)"`).
    pub fn parse(which: &str, text: &str) -> Result<Self, KeyError> {
        let err = |reason: String| KeyError { which: which.to_owned(), reason };
        let (label, der) = der_of(which, text)?;
        let key = match label.as_deref() {
            Some("PRIVATE KEY") => RsaPrivateKey::from_pkcs8_der(&der)
                .map_err(|e| err(format!("not an RSA PKCS#8 private key: {e}")))?,
            Some("RSA PRIVATE KEY") => RsaPrivateKey::from_pkcs1_der(&der)
                .map_err(|e| err(format!("not a PKCS#1 RSA private key: {e}")))?,
            Some("ENCRYPTED PRIVATE KEY") => {
                return Err(err(
                    "the key is password-protected; export it without a password".into(),
                ));
            }
            Some(other) => {
                return Err(err(format!(
                    "PEM block is {other:?}, expected \"PRIVATE KEY\" or \"RSA PRIVATE KEY\""
                )));
            }
            None => match RsaPrivateKey::from_pkcs8_der(&der) {
                Ok(k) => k,
                Err(p8) => RsaPrivateKey::from_pkcs1_der(&der).map_err(|p1| {
                    err(format!(
                        "base64 decodes but is neither a PKCS#8 ({p8}) nor a PKCS#1 ({p1}) RSA private key"
                    ))
                })?,
            },
        };
        Ok(PrivateKey { key: Secret::new(key) })
    }

    /// Signs `content` (UTF-8 bytes) and returns the base64 signature.
    pub fn sign(&self, content: &str, sign_type: SignType) -> Result<String, KeyError> {
        let digest = sign_type.digest(content.as_bytes());
        let sig = self
            .key
            .expose()
            .sign_with_rng(&mut rand::thread_rng(), sign_type.padding(), &digest)
            .map_err(|e| KeyError {
                which: "private key".into(),
                reason: format!("signing failed: {e}"),
            })?;
        Ok(STANDARD.encode(sig))
    }

    /// The matching public key.
    pub fn public_key(&self) -> PublicKey {
        PublicKey { key: RsaPublicKey::from(self.key.expose()) }
    }

    /// PKCS#8 PEM, kept secret.
    pub fn to_pkcs8_pem(&self) -> Result<Secret<String>, KeyError> {
        self.key
            .expose()
            .to_pkcs8_pem(LineEnding::LF)
            .map(|z| Secret::new(z.to_string()))
            .map_err(|e| KeyError { which: "private key".into(), reason: e.to_string() })
    }

    /// PKCS#1 PEM, kept secret.
    pub fn to_pkcs1_pem(&self) -> Result<Secret<String>, KeyError> {
        self.key
            .expose()
            .to_pkcs1_pem(LineEnding::LF)
            .map(|z| Secret::new(z.to_string()))
            .map_err(|e| KeyError { which: "private key".into(), reason: e.to_string() })
    }
}

/// An RSA public key (Alipay's, or the merchant's in the sandbox).
#[derive(Clone, PartialEq, Eq)]
pub struct PublicKey {
    key: RsaPublicKey,
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PublicKey(")?;
        match self.to_bare_base64() {
            Ok(b64) => f.write_str(&b64.chars().rev().take(12).collect::<String>())?,
            Err(_) => f.write_str("?")?,
        }
        f.write_str(")")
    }
}

impl PublicKey {
    /// Parses SPKI or PKCS#1, PEM or bare base64.
    pub fn parse(which: &str, text: &str) -> Result<Self, KeyError> {
        let err = |reason: String| KeyError { which: which.to_owned(), reason };
        let (label, der) = der_of(which, text)?;
        let key = match label.as_deref() {
            Some("PUBLIC KEY") => RsaPublicKey::from_public_key_der(&der)
                .map_err(|e| err(format!("not an RSA SubjectPublicKeyInfo: {e}")))?,
            Some("RSA PUBLIC KEY") => RsaPublicKey::from_pkcs1_der(&der)
                .map_err(|e| err(format!("not a PKCS#1 RSA public key: {e}")))?,
            Some("CERTIFICATE") => {
                return Err(err(
                    "this is a certificate; configure public-key-certificate mode instead".into(),
                ));
            }
            Some(l) if l.contains("PRIVATE") => {
                return Err(err(
                    "this is a private key; the Alipay public key is expected here".into(),
                ));
            }
            Some(other) => {
                return Err(err(format!(
                    "PEM block is {other:?}, expected \"PUBLIC KEY\""
                )));
            }
            None => match RsaPublicKey::from_public_key_der(&der) {
                Ok(k) => k,
                Err(spki) => RsaPublicKey::from_pkcs1_der(&der).map_err(|p1| {
                    err(format!(
                        "base64 decodes but is neither an SPKI ({spki}) nor a PKCS#1 ({p1}) RSA public key"
                    ))
                })?,
            },
        };
        Ok(PublicKey { key })
    }

    pub(crate) fn from_spki_der(which: &str, der: &[u8]) -> Result<Self, KeyError> {
        RsaPublicKey::from_public_key_der(der).map(|key| PublicKey { key }).map_err(|e| KeyError {
            which: which.to_owned(),
            reason: format!("not an RSA public key: {e}"),
        })
    }

    /// True when `signature` (base64) is a valid signature of `content`.
    pub fn verify(&self, content: &[u8], signature_b64: &str, sign_type: SignType) -> bool {
        let Ok(sig) = STANDARD.decode(signature_b64.trim().as_bytes()) else {
            return false;
        };
        let digest = sign_type.digest(content);
        self.key.verify(sign_type.padding(), &digest, &sig).is_ok()
    }

    /// SPKI PEM (`BEGIN PUBLIC KEY`).
    pub fn to_spki_pem(&self) -> Result<String, KeyError> {
        self.key
            .to_public_key_pem(LineEnding::LF)
            .map_err(|e| KeyError { which: "public key".into(), reason: e.to_string() })
    }

    /// The bare one-line base64 of the SPKI DER, as the Alipay console shows it.
    pub fn to_bare_base64(&self) -> Result<String, KeyError> {
        self.key
            .to_public_key_der()
            .map(|d| STANDARD.encode(d.as_bytes()))
            .map_err(|e| KeyError { which: "public key".into(), reason: e.to_string() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_names_the_key_and_the_reason() {
        let e = PrivateKey::parse("merchant private key", "not a key!").unwrap_err();
        assert!(e.to_string().starts_with("merchant private key:"), "{e}");
        assert!(e.to_string().contains("base64"), "{e}");
        let e = PublicKey::parse("alipay public key", "").unwrap_err();
        assert!(e.to_string().contains("empty"), "{e}");
        let e = PublicKey::parse(
            "alipay public key",
            "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----",
        )
        .unwrap_err();
        assert!(e.to_string().contains("private key"), "{e}");
    }

    #[test]
    fn sign_type_round_trips() {
        for t in [SignType::Rsa2, SignType::Rsa] {
            assert_eq!(t.as_str().parse::<SignType>().unwrap(), t);
        }
        assert!("SM2".parse::<SignType>().is_err());
    }
}

//! The signed config bundle: format, HQ keys, signing and verification.
//!
//! A bundle on the wire is a small JSON envelope:
//!
//! ```json
//! {"format":"scanpay-bundle/1",
//!  "payload":"<base64 of the payload JSON bytes>",
//!  "signatures":[{"key_id":"<16 hex>","sig":"<base64 Ed25519 signature>"}]}
//! ```
//!
//! The signatures cover exactly the decoded `payload` bytes, so nothing is
//! ever re-serialized before verifying. The payload is JSON too:
//! `version`, `issued_at`, `expires_at` (RFC 3339, optional), `target`
//! (`fleet:F` or `kiosk:ID`), `settings` (a TOML document, the same format
//! as the local site file) and an optional `catalog` (any JSON).

use std::fmt;
use std::str::FromStr;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as B64;
use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use masking::Secret;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::{Error, Rejection};

/// The `format` field of every envelope this crate writes and accepts.
pub const FORMAT: &str = "scanpay-bundle/1";

/// Largest bundle a kiosk accepts, envelope included. Bigger ones are
/// rejected unread. Brokers should allow somewhat more than this per packet
/// (see the crate README) so that the kiosk sees, and reports, the rejection.
pub const MAX_BUNDLE_BYTES: usize = 256 * 1024;

/// Who a bundle is for; it decides the config layer it sets.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    /// Every kiosk of a fleet: the fleet layer.
    Fleet(String),
    /// One kiosk (its `store.terminal_id`): the kiosk layer, above the fleet's.
    Kiosk(String),
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Fleet(id) => write!(f, "fleet:{id}"),
            Target::Kiosk(id) => write!(f, "kiosk:{id}"),
        }
    }
}

impl FromStr for Target {
    type Err = String;

    fn from_str(s: &str) -> Result<Target, String> {
        let valid = |id: &str| {
            !id.is_empty()
                && id.len() <= 32
                && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        };
        match s.split_once(':') {
            Some(("fleet", id)) if valid(id) => Ok(Target::Fleet(id.to_owned())),
            Some(("kiosk", id)) if valid(id) => Ok(Target::Kiosk(id.to_owned())),
            _ => Err(format!(
                "target must be fleet:ID or kiosk:ID, an id being 1 to 32 letters, digits, '-' or '_' (got {s:?})"
            )),
        }
    }
}

impl Serialize for Target {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Target {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Target, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// What HQ signs: the content of a bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Payload {
    /// Increases with every bundle for the same target.
    pub version: u64,
    /// When HQ signed it.
    #[serde(with = "time::serde::rfc3339")]
    pub issued_at: OffsetDateTime,
    /// After this instant kiosks refuse it; `None`: never expires.
    #[serde(with = "time::serde::rfc3339::option", default)]
    pub expires_at: Option<OffsetDateTime>,
    /// Who it is for.
    pub target: Target,
    /// The settings document (TOML, the keys of `kiosk-config/default.toml`).
    pub settings: String,
    /// The product catalog, if this bundle carries one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub catalog: Option<serde_json::Value>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Envelope {
    format: String,
    payload: String,
    signatures: Vec<EnvelopeSignature>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EnvelopeSignature {
    key_id: String,
    sig: String,
}

/// An HQ public key, as kiosks trust it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl PublicKey {
    /// From the 32 raw key bytes (as `settings::FleetConfig::trusted_keys` holds them).
    pub fn from_bytes(bytes: &[u8; 32]) -> Result<PublicKey, Error> {
        VerifyingKey::from_bytes(bytes)
            .map(PublicKey)
            .map_err(|e| Error::Key(format!("not an Ed25519 public key: {e}")))
    }

    /// From the one-line base64 text of `hq.pub`.
    pub fn from_base64(text: &str) -> Result<PublicKey, Error> {
        let bytes = settings::parse_public_key(text).map_err(Error::Key)?;
        PublicKey::from_bytes(&bytes)
    }

    /// The one-line base64 text written to `hq.pub`.
    pub fn to_base64(&self) -> String {
        B64.encode(self.0.as_bytes())
    }

    /// A short id naming the key in envelopes and reports: the first 8 bytes
    /// of SHA-256 of the key, in hex.
    pub fn key_id(&self) -> String {
        hex::encode(&Sha256::digest(self.0.as_bytes())[..8])
    }
}

/// HQ's private signing key. Lives on HQ machines only.
pub struct SigningKeyPair(SigningKey);

impl fmt::Debug for SigningKeyPair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SigningKeyPair {{ key_id: {} }}", self.public().key_id())
    }
}

impl SigningKeyPair {
    /// A new random key from the operating system's generator.
    pub fn generate() -> SigningKeyPair {
        SigningKeyPair(SigningKey::generate(&mut rand::rngs::OsRng))
    }

    /// From the 32 secret bytes (tests with fixed keys).
    pub fn from_secret_bytes(bytes: &[u8; 32]) -> SigningKeyPair {
        SigningKeyPair(SigningKey::from_bytes(bytes))
    }

    /// Reads a PKCS#8 PEM private key (`hq.key`).
    pub fn from_pem(pem: &str) -> Result<SigningKeyPair, Error> {
        SigningKey::from_pkcs8_pem(pem)
            .map(SigningKeyPair)
            .map_err(|e| Error::Key(format!("not an Ed25519 PKCS#8 PEM private key: {e}")))
    }

    /// The PKCS#8 PEM text for `hq.key`.
    pub fn to_pem(&self) -> Result<Secret<String>, Error> {
        let pem = self
            .0
            .to_pkcs8_pem(ed25519_dalek::pkcs8::spki::der::pem::LineEnding::LF)
            .map_err(|e| Error::Key(format!("cannot encode the key: {e}")))?;
        Ok(Secret::new(pem.as_str().to_owned()))
    }

    /// The matching public key.
    pub fn public(&self) -> PublicKey {
        PublicKey(self.0.verifying_key())
    }

    /// Signs other HQ documents (staff badges) with the same key.
    pub fn sign_bytes(&self, message: &[u8]) -> [u8; 64] {
        self.0.sign(message).to_bytes()
    }
}

/// The set of HQ keys a kiosk trusts; several while a key is being rotated.
#[derive(Debug, Clone, Default)]
pub struct TrustedKeys(Vec<PublicKey>);

impl TrustedKeys {
    /// From public keys.
    pub fn new(keys: impl IntoIterator<Item = PublicKey>) -> TrustedKeys {
        TrustedKeys(keys.into_iter().collect())
    }

    /// From raw key bytes (the validated `[fleet]` config).
    pub fn from_raw(keys: &[[u8; 32]]) -> Result<TrustedKeys, Error> {
        keys.iter().map(PublicKey::from_bytes).collect::<Result<_, _>>().map(TrustedKeys)
    }

    /// Whether no key is trusted (then nothing verifies).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether any trusted key signed `message` with `signature`.
    pub fn any_signed(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        let sig = Signature::from_bytes(signature);
        self.0.iter().any(|k| k.0.verify_strict(message, &sig).is_ok())
    }

    fn find(&self, key_id: &str) -> Option<&PublicKey> {
        self.0.iter().find(|k| k.key_id() == key_id)
    }
}

/// Signs `payload` with each key, returning the envelope bytes to publish.
pub fn sign(payload: &Payload, keys: &[&SigningKeyPair]) -> Result<Vec<u8>, Error> {
    let bytes = serde_json::to_vec(payload).map_err(|e| Error::Bundle(e.to_string()))?;
    let signatures = keys
        .iter()
        .map(|k| EnvelopeSignature {
            key_id: k.public().key_id(),
            sig: B64.encode(k.0.sign(&bytes).to_bytes()),
        })
        .collect();
    let envelope = Envelope { format: FORMAT.to_owned(), payload: B64.encode(&bytes), signatures };
    serde_json::to_vec(&envelope).map_err(|e| Error::Bundle(e.to_string()))
}

/// A bundle whose signature verified against a trusted key. Nothing else
/// (target, version, expiry, settings) has been checked yet.
#[derive(Debug, Clone, PartialEq)]
pub struct VerifiedBundle {
    /// The signed content.
    pub payload: Payload,
    /// Which trusted key signed it.
    pub key_id: String,
    /// SHA-256 of the envelope bytes, hex: names this exact bundle.
    pub digest: String,
}

/// SHA-256 of bundle bytes in hex, the bundle's identity in state and reports.
pub fn digest(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Checks size, envelope and signature, in that order, and decodes the
/// payload. A bundle passes when any one of its signatures is by a trusted
/// key and verifies (strict Ed25519).
pub fn verify(bytes: &[u8], trust: &TrustedKeys) -> Result<VerifiedBundle, Rejection> {
    if bytes.len() > MAX_BUNDLE_BYTES {
        return Err(Rejection::TooLarge { size: bytes.len(), limit: MAX_BUNDLE_BYTES });
    }
    let envelope: Envelope = serde_json::from_slice(bytes)
        .map_err(|e| Rejection::Malformed(format!("not a bundle envelope: {e}")))?;
    if envelope.format != FORMAT {
        return Err(Rejection::Malformed(format!(
            "format {:?} is not {FORMAT:?}",
            envelope.format
        )));
    }
    let payload_bytes = B64
        .decode(envelope.payload.as_bytes())
        .map_err(|e| Rejection::Malformed(format!("payload is not base64: {e}")))?;
    let mut signer = None;
    for s in &envelope.signatures {
        let Some(key) = trust.find(&s.key_id) else { continue };
        let Ok(sig) = B64.decode(s.sig.as_bytes()) else { continue };
        let Ok(sig) = Signature::from_slice(&sig) else { continue };
        if key.0.verify_strict(&payload_bytes, &sig).is_ok() {
            signer = Some(s.key_id.clone());
            break;
        }
    }
    let Some(key_id) = signer else {
        let ids: Vec<&str> = envelope.signatures.iter().map(|s| s.key_id.as_str()).collect();
        return Err(Rejection::BadSignature { key_ids: ids.join(",") });
    };
    let payload: Payload = serde_json::from_slice(&payload_bytes)
        .map_err(|e| Rejection::Malformed(format!("signed payload: {e}")))?;
    Ok(VerifiedBundle { payload, key_id, digest: digest(bytes) })
}

/// Reads the payload of a bundle without checking any signature: for HQ
/// tools that route a bundle (its target) before publishing it.
pub fn peek_unverified(bytes: &[u8]) -> Result<Payload, Error> {
    let envelope: Envelope =
        serde_json::from_slice(bytes).map_err(|e| Error::Bundle(format!("not a bundle: {e}")))?;
    let payload = B64
        .decode(envelope.payload.as_bytes())
        .map_err(|e| Error::Bundle(format!("payload is not base64: {e}")))?;
    serde_json::from_slice(&payload).map_err(|e| Error::Bundle(format!("payload: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payload() -> Payload {
        Payload {
            version: 3,
            issued_at: time::macros::datetime!(2026-01-02 03:04:05 UTC),
            expires_at: None,
            target: Target::Fleet("north".into()),
            settings: "[payment]\ndeadline_secs = 40\n".into(),
            catalog: None,
        }
    }

    #[test]
    fn a_signed_bundle_verifies_and_a_changed_byte_does_not() {
        let key = SigningKeyPair::from_secret_bytes(&[7; 32]);
        let trust = TrustedKeys::new([key.public()]);
        let bytes = sign(&payload(), &[&key]).unwrap();
        let verified = verify(&bytes, &trust).unwrap();
        assert_eq!(verified.payload, payload());
        assert_eq!(verified.key_id, key.public().key_id());

        // Re-encode the payload with one setting changed, keep the signature.
        let mut env: Envelope = serde_json::from_slice(&bytes).unwrap();
        let mut p = payload();
        p.settings = "[payment]\ndeadline_secs = 41\n".into();
        env.payload = B64.encode(serde_json::to_vec(&p).unwrap());
        let forged = serde_json::to_vec(&env).unwrap();
        assert!(matches!(verify(&forged, &trust), Err(Rejection::BadSignature { .. })));
    }

    #[test]
    fn targets_parse_and_print() {
        assert_eq!("fleet:north".parse::<Target>(), Ok(Target::Fleet("north".into())));
        assert_eq!("kiosk:k-01".parse::<Target>(), Ok(Target::Kiosk("k-01".into())));
        assert!("store:x".parse::<Target>().is_err());
        assert!("fleet:a/b".parse::<Target>().is_err());
        assert!("fleet:".parse::<Target>().is_err());
        assert_eq!(Target::Kiosk("k1".into()).to_string(), "kiosk:k1");
    }

    #[test]
    fn keys_round_trip_through_their_files() {
        let key = SigningKeyPair::generate();
        let pem = key.to_pem().unwrap();
        let again = SigningKeyPair::from_pem(pem.expose()).unwrap();
        assert_eq!(again.public(), key.public());
        let public = PublicKey::from_base64(&key.public().to_base64()).unwrap();
        assert_eq!(public, key.public());
        assert_eq!(public.key_id().len(), 16);
    }
}

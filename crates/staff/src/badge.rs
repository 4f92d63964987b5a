//! Staff badges: a QR code carrying a token HQ signed with its fleet key,
//! `SPSTAFF1.<payload>.<signature>` (both base64url without padding; the
//! payload is JSON `{"staff":"alice","exp":1798000000}`, the Ed25519
//! signature covers `SPSTAFF1.<payload>`). Scanning a valid badge opens the
//! PIN pad for that staff member; the PIN is still needed.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use fleet::bundle::{SigningKeyPair, TrustedKeys};
use serde::{Deserialize, Serialize};

use crate::StaffError;

/// The prefix every badge token starts with.
pub const PREFIX: &str = "SPSTAFF1.";

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Payload {
    staff: String,
    exp: i64,
}

/// A badge that verified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Badge {
    /// The staff id it names.
    pub staff_id: String,
    /// Expiry, seconds since the epoch.
    pub expires: i64,
}

/// Makes a badge token for `staff` valid until `exp` (seconds since the epoch).
pub fn issue(key: &SigningKeyPair, staff: &str, exp: i64) -> Result<String, StaffError> {
    let payload = serde_json::to_vec(&Payload { staff: staff.to_owned(), exp })
        .map_err(|e| StaffError::Invalid { detail: format!("badge payload: {e}") })?;
    let signed = format!("{PREFIX}{}", B64.encode(payload));
    let sig = key.sign_bytes(signed.as_bytes());
    Ok(format!("{signed}.{}", B64.encode(sig)))
}

/// Checks a scanned token at `now` (seconds since the epoch): signed by a
/// trusted HQ key, not expired.
pub fn verify(token: &str, trust: &TrustedKeys, now: i64) -> Result<Badge, StaffError> {
    let bad = |why: &str| StaffError::Invalid { detail: format!("staff badge refused: {why}") };
    let rest = token.trim().strip_prefix(PREFIX).ok_or_else(|| bad("not a badge"))?;
    let (payload_b64, sig_b64) = rest.split_once('.').ok_or_else(|| bad("no signature"))?;
    let sig: [u8; 64] = B64
        .decode(sig_b64)
        .ok()
        .and_then(|s| s.try_into().ok())
        .ok_or_else(|| bad("malformed signature"))?;
    let signed = format!("{PREFIX}{payload_b64}");
    if trust.is_empty() || !trust.any_signed(signed.as_bytes(), &sig) {
        return Err(bad("not signed by a trusted HQ key"));
    }
    let payload: Payload = B64
        .decode(payload_b64)
        .ok()
        .and_then(|p| serde_json::from_slice(&p).ok())
        .ok_or_else(|| bad("malformed payload"))?;
    if payload.exp <= now {
        return Err(bad("expired"));
    }
    Ok(Badge { staff_id: payload.staff, expires: payload.exp })
}

//! PINs as Argon2id hashes (PHC strings). A PIN is never stored or logged.

use argon2::Argon2;
use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use masking::Secret;

use crate::StaffError;

/// The shortest and longest PIN accepted.
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=8;

/// Whether `pin` is 4 to 8 digits.
pub fn pin_is_well_formed(pin: &str) -> bool {
    PIN_DIGITS.contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// Hashes a PIN with Argon2id (default parameters: 19 MiB, 2 passes) and a
/// random salt, as a PHC string for `staff.members[].pin_hash`.
pub fn hash_pin(pin: &Secret<String>) -> Result<String, StaffError> {
    if !pin_is_well_formed(pin.expose()) {
        return Err(StaffError::BadPin);
    }
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(pin.expose().as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| StaffError::Hash { detail: e.to_string() })
}

/// Whether `pin` matches `hash`. A malformed hash never matches.
pub fn verify_pin(pin: &Secret<String>, hash: &Secret<String>) -> bool {
    match PasswordHash::new(hash.expose()) {
        Ok(parsed) => Argon2::default().verify_password(pin.expose().as_bytes(), &parsed).is_ok(),
        Err(e) => {
            tracing::error!(error = %e, "a staff PIN hash does not parse");
            false
        }
    }
}

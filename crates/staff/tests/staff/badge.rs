//! Staff badges: HQ-signed, unexpired, untampered.

use fleet::bundle::{SigningKeyPair, TrustedKeys};
use staff::badge::{PREFIX, issue, verify};

const NOW: i64 = 1_795_000_000;

#[test]
fn a_badge_hq_signed_verifies_until_it_expires() {
    let hq = SigningKeyPair::generate();
    let trust = TrustedKeys::new([hq.public()]);
    let token = issue(&hq, "alice", NOW + 3600).unwrap();
    assert!(token.starts_with(PREFIX));
    let badge = verify(&token, &trust, NOW).unwrap();
    assert_eq!((badge.staff_id.as_str(), badge.expires), ("alice", NOW + 3600));
    let err = verify(&token, &trust, NOW + 3600).unwrap_err().to_string();
    assert!(err.contains("expired"), "{err}");
}

#[test]
fn other_keys_tampering_and_garbage_are_refused() {
    let hq = SigningKeyPair::generate();
    let trust = TrustedKeys::new([hq.public()]);
    let stranger = SigningKeyPair::generate();
    let forged = issue(&stranger, "alice", NOW + 3600).unwrap();
    assert!(verify(&forged, &trust, NOW).unwrap_err().to_string().contains("trusted HQ key"));
    assert!(verify(&issue(&hq, "a", NOW + 9).unwrap(), &TrustedKeys::default(), NOW).is_err());

    let token = issue(&hq, "alice", NOW + 3600).unwrap();
    let (head, sig) = token.rsplit_once('.').unwrap();
    let other = issue(&hq, "mallory", NOW + 3600).unwrap();
    let (other_head, _) = other.rsplit_once('.').unwrap();
    assert!(verify(&format!("{other_head}.{sig}"), &trust, NOW).is_err(), "payload swapped");
    assert!(verify(&format!("{head}.AAAA"), &trust, NOW).is_err(), "short signature");
    assert!(verify("SPSTAFF1.nothing", &trust, NOW).is_err());
    assert!(verify("280012345678901234", &trust, NOW).is_err());
}

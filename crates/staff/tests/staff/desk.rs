//! PIN hashing, the lockout, the session's idle end, the audit log.

use std::time::{Duration, Instant};

use masking::Secret;
use settings::{StaffConfig, StaffMember};
use staff::audit::{AuditLog, AuditRow};
use staff::gate::{EntryGate, Verdict};
use staff::pin::{hash_pin, verify_pin};
use staff::{Login, StaffDesk, StaffError};

fn pin(p: &str) -> Secret<String> {
    Secret::new(p.to_owned())
}

pub fn config(pins: &[(&str, &str)]) -> StaffConfig {
    StaffConfig {
        members: pins
            .iter()
            .map(|(id, p)| StaffMember {
                id: (*id).into(),
                name: format!("{id} name"),
                pin_hash: Secret::new(hash_pin(&pin(p)).unwrap()),
            })
            .collect(),
        max_attempts: 5,
        lockout: Duration::from_secs(30),
        session_idle: Duration::from_secs(120),
    }
}

fn desk(dir: &tempfile::TempDir) -> StaffDesk {
    let audit = AuditLog::open(&dir.path().join("staff.sqlite")).unwrap();
    StaffDesk::new(&config(&[("alice", "1234"), ("bob", "987654")]), audit)
}

#[test]
fn pins_are_argon2id_salted_and_verified() {
    let a = hash_pin(&pin("1234")).unwrap();
    let b = hash_pin(&pin("1234")).unwrap();
    assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{a}");
    assert_ne!(a, b, "a fresh salt each time");
    assert!(verify_pin(&pin("1234"), &Secret::new(a.clone())));
    assert!(!verify_pin(&pin("1235"), &Secret::new(a)));
    assert!(!verify_pin(&pin("1234"), &Secret::new("$argon2id$garbage".into())));
    assert!(matches!(hash_pin(&pin("12a4")), Err(StaffError::BadPin)));
    assert!(matches!(hash_pin(&pin("123")), Err(StaffError::BadPin)));
    let member = &config(&[("alice", "1234")]).members[0];
    let debug = format!("{member:?}");
    assert!(!debug.contains("argon2") && debug.contains("alice"), "{debug}");
}

#[test]
fn the_lockout_grows_with_every_lockout_and_a_right_pin_resets_it() {
    let mut gate = EntryGate::new(5, Duration::from_secs(30));
    let t0 = Instant::now();
    for left in [4, 3, 2, 1] {
        assert_eq!(gate.failed(t0), Verdict::TriesLeft(left));
    }
    assert_eq!(gate.failed(t0), Verdict::Locked(Duration::from_secs(30)));
    assert_eq!(gate.failed(t0 + Duration::from_secs(10)), Verdict::Locked(Duration::from_secs(20)));
    let t1 = t0 + Duration::from_secs(31);
    for _ in 0..4 {
        assert!(matches!(gate.failed(t1), Verdict::TriesLeft(_)));
    }
    assert_eq!(gate.failed(t1), Verdict::Locked(Duration::from_secs(60)), "doubles");
    gate.succeeded();
    assert_eq!(gate.locked_for(t1), None);
    for _ in 0..4 {
        gate.failed(t1);
    }
    assert_eq!(
        gate.failed(t1),
        Verdict::Locked(Duration::from_secs(30)),
        "back to the first period"
    );
}

#[test]
fn five_wrong_pins_lock_entry_even_for_the_right_pin() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk(&dir);
    let t0 = Instant::now();
    for left in [4, 3, 2, 1] {
        assert_eq!(desk.login(&pin("0000"), false, t0), Login::Wrong { attempts_left: left });
    }
    assert_eq!(desk.login(&pin("0000"), false, t0), Login::Locked { seconds_left: 30 });
    assert_eq!(desk.login(&pin("1234"), false, t0), Login::Locked { seconds_left: 30 });
    assert_eq!(desk.pad(t0 + Duration::from_secs(5)).locked_secs, Some(25));
    let later = t0 + Duration::from_secs(30);
    assert!(matches!(desk.login(&pin("1234"), false, later), Login::Ok { .. }));
    let audit = desk.audit().recent(20).unwrap();
    assert_eq!(audit.iter().filter(|r| r.action == "login").count(), 7);
    assert!(audit.iter().all(|r| !r.detail.contains("0000") && !r.detail.contains("1234")));
}

#[test]
fn a_pin_picks_its_member_and_malformed_pins_count_as_wrong() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk(&dir);
    let t0 = Instant::now();
    let Login::Ok { session } = desk.login(&pin("987654"), false, t0) else { panic!() };
    assert_eq!((session.staff_id.as_str(), session.idle_secs_left), ("bob", 120));
    assert_eq!(desk.login(&pin("12"), false, t0), Login::Wrong { attempts_left: 4 });
}

#[test]
fn entering_while_a_payment_runs_waits_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk(&dir);
    let t0 = Instant::now();
    assert_eq!(desk.login(&pin("1234"), true, t0), Login::WaitingForPayment);
    assert!(matches!(desk.session(t0), Err(StaffError::NotStaff)));
    assert!(matches!(desk.login(&pin("1234"), false, t0), Login::Ok { .. }));
}

#[test]
fn the_session_ends_after_the_idle_time_and_touches_keep_it() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk(&dir);
    let t0 = Instant::now();
    assert!(matches!(desk.session(t0), Err(StaffError::NotStaff)));
    desk.login(&pin("1234"), false, t0);
    let s = desk.session(t0 + Duration::from_secs(100)).unwrap();
    assert_eq!(s.idle_secs_left, 120);
    assert!(desk.session(t0 + Duration::from_secs(219)).is_ok(), "the touch at 100 s counts");
    assert!(matches!(desk.session(t0 + Duration::from_secs(400)), Err(StaffError::NotStaff)));
    assert!(matches!(desk.session(t0 + Duration::from_secs(401)), Err(StaffError::NotStaff)));
    let audit = desk.audit().recent(5).unwrap();
    assert_eq!((audit[0].action.as_str(), audit[0].detail.as_str()), ("session_end", "idle"));
}

#[test]
fn the_audit_log_is_append_only_sqlite() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("staff.sqlite");
    let log = AuditLog::open(&path).unwrap();
    let row = AuditRow {
        at_ms: 1,
        staff: "alice".into(),
        action: "refund".into(),
        detail: "T1 1.00 CNY".into(),
        result: "ok".into(),
    };
    log.record(&row).unwrap();
    drop(log);
    let conn = rusqlite_connection(&path);
    assert!(conn.execute("UPDATE audit SET result = 'x'", []).is_err());
    assert!(conn.execute("DELETE FROM audit", []).is_err());
    let log = AuditLog::open(&path).unwrap();
    assert_eq!(log.recent(10).unwrap(), vec![row]);
}

fn rusqlite_connection(path: &std::path::Path) -> rusqlite::Connection {
    rusqlite::Connection::open(path).unwrap()
}

#[test]
fn after_a_badge_only_its_holders_pin_opens() {
    let dir = tempfile::tempdir().unwrap();
    let desk = desk(&dir);
    let t0 = Instant::now();
    assert_eq!(
        desk.login_as(&pin("987654"), Some("alice"), false, t0),
        Login::Wrong { attempts_left: 4 }
    );
    assert!(matches!(desk.login_as(&pin("1234"), Some("alice"), false, t0), Login::Ok { .. }));
}

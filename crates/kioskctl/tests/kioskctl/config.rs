use super::{kioskctl, stdout};

#[test]
fn check_accepts_a_valid_site_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("site.toml");
    std::fs::write(&file, "[store]\nname = \"North Street\"\n").unwrap();
    let out = kioskctl(&["config", "check", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).starts_with("ok: "), "{}", stdout(&out));
}

#[test]
fn check_names_the_key_and_reason_and_fails() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("site.toml");
    std::fs::write(&file, "[payment]\ndeadline_secs = 1\n[session]\nidle_timeout_secs = 5\n")
        .unwrap();
    let out = kioskctl(&["config", "check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("payment.deadline_secs: must be between 10 and 300 seconds (got 1)"),
        "{text}"
    );
    assert!(text.contains("session.idle_timeout_secs: must be between 10 and 3600"), "{text}");

    std::fs::write(&file, "[payment]\ndeadline = 30\n").unwrap();
    let out = kioskctl(&["config", "check", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("unknown field `deadline`"), "{}", stdout(&out));
}

#[test]
fn check_of_a_missing_file_fails_clearly() {
    let out = kioskctl(&["config", "check", "/nonexistent/site.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("cannot read config file /nonexistent/site.toml"));
}

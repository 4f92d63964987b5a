//! Runs the real `scanpay-kiosk` binary up to the point where it would open
//! its window: flags and configuration checks need no display. (The window
//! itself is tested under Xvfb by ui/e2e/app.test.mjs, which uses the binary
//! this test makes cargo build.)
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Command, Output};

fn kiosk(args: &[&str], data_dir: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_scanpay-kiosk"))
        .args(args)
        .env("SCANPAY_DATA_DIR", data_dir)
        .env_remove("SCANPAY_CONFIG")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap()
}

#[test]
fn help_documents_the_flags() {
    let dir = tempfile::tempdir().unwrap();
    let out = kiosk(&["--help"], dir.path());
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    for flag in ["--windowed", "--config", "--data-dir", "SCANPAY_CONFIG"] {
        assert!(text.contains(flag), "{flag} missing from:\n{text}");
    }
}

#[test]
fn a_bad_site_config_stops_start_up_naming_the_key_and_the_reason() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site.toml");
    std::fs::write(&site, "[payment]\ndeadline_secs = 3\n[printer]\npaper_widht_mm = 58\n")
        .unwrap();
    let out = kiosk(&["--config", site.to_str().unwrap()], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("printer"), "{stderr}");
    assert!(stderr.contains("unknown field `paper_widht_mm`"), "{stderr}");

    std::fs::write(&site, "[payment]\ndeadline_secs = 3\n").unwrap();
    let out = kiosk(&["--config", site.to_str().unwrap()], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("payment.deadline_secs: must be between 10 and 300 seconds (got 3)"),
        "{stderr}"
    );
    // The refusal is in the log file too, for staff who only see logs.
    let logs: String = std::fs::read_dir(dir.path().join("logs"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert!(logs.contains("configuration refused"), "{logs}");
}

#[test]
fn a_missing_site_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let out = kiosk(&["--config", "/nonexistent/site.toml"], dir.path());
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cannot read config file /nonexistent/site.toml"), "{stderr}");
}

//! `kioskctl hq …` and `kioskctl fleet simulate` as HQ scripts them (issue 9),
//! the end-to-end case against a real Mosquitto on loopback.

use std::path::Path;

use super::{kioskctl, stdout};

fn keys_and_settings(dir: &Path) -> (String, String, String) {
    let out = kioskctl(&["hq", "keygen", "--out", dir.join("hq").to_str().unwrap()]);
    assert!(out.status.success(), "{}", stdout(&out));
    std::fs::write(dir.join("north.toml"), "[payment]\ndeadline_secs = 45\n").unwrap();
    let key = dir.join("hq/hq.key").display().to_string();
    let public = dir.join("hq/hq.pub").display().to_string();
    (key, public, dir.join("north.toml").display().to_string())
}

#[test]
fn keygen_sign_and_verify() {
    let dir = tempfile::tempdir().unwrap();
    let (key, public, settings) = keys_and_settings(dir.path());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&key).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "hq.key is private");
    }
    let again = kioskctl(&["hq", "keygen", "--out", dir.path().join("hq").to_str().unwrap()]);
    assert!(!again.status.success(), "an existing key is never overwritten");

    let bundle = dir.path().join("north.bundle").display().to_string();
    let out = kioskctl(&[
        "hq",
        "bundle",
        "sign",
        &settings,
        "--key",
        &key,
        "--version",
        "7",
        "--target",
        "fleet:north",
        "--expires-in",
        "7d",
        "--out",
        &bundle,
    ]);
    assert!(out.status.success(), "{}", stdout(&out));
    let out = kioskctl(&["hq", "bundle", "verify", &bundle, "--trust", &public]);
    assert!(out.status.success(), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(text.starts_with("ok: "), "{text}");
    assert!(text.contains("version    7") && text.contains("fleet:north"), "{text}");

    // Another HQ's key does not verify it.
    let other = tempfile::tempdir().unwrap();
    let (_, other_public, _) = keys_and_settings(other.path());
    let out = kioskctl(&["hq", "bundle", "verify", &bundle, "--trust", &other_public]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("no signature by a trusted HQ key"), "{}", stdout(&out));

    // Settings kiosks would refuse are not signed.
    std::fs::write(&settings, "[gateway]\nprivate_key_file = \"merchant.pem\"\n").unwrap();
    let out = kioskctl(&[
        "hq",
        "bundle",
        "sign",
        &settings,
        "--key",
        &key,
        "--version",
        "8",
        "--target",
        "fleet:north",
        "--out",
        &bundle,
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("gateway.private_key_file: may not be set by a bundle"),
        "{}",
        stdout(&out)
    );
}

fn mosquitto() -> scanpay_tests::mosquitto::Mosquitto {
    scanpay_tests::mosquitto::Mosquitto::start()
}

#[test]
fn publish_simulate_and_status_end_to_end() {
    let broker = mosquitto();
    let url = broker.url();
    let dir = tempfile::tempdir().unwrap();
    let (key, public, settings) = keys_and_settings(dir.path());
    let bundle = dir.path().join("north.bundle").display().to_string();
    let out = kioskctl(&[
        "hq",
        "bundle",
        "sign",
        &settings,
        "--key",
        &key,
        "--version",
        "3",
        "--target",
        "fleet:north",
        "--out",
        &bundle,
    ]);
    assert!(out.status.success(), "{}", stdout(&out));
    let out = kioskctl(&["hq", "publish", &bundle, "--broker", &url, "--fleet", "north"]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(stdout(&out).contains("scanpay/north/config"), "{}", stdout(&out));

    // The bundle is retained: kiosks that start later still get it.
    let out = kioskctl(&[
        "fleet", "simulate", "--broker", &url, "--fleet", "north", "--kiosks", "3", "--trust",
        &public, "--for", "2",
    ]);
    assert!(out.status.success(), "{}", stdout(&out));
    let lines: Vec<serde_json::Value> =
        stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let outcomes: Vec<&serde_json::Value> =
        lines.iter().filter(|l| l.get("summary").is_none()).collect();
    assert_eq!(outcomes.len(), 3, "{lines:?}");
    assert!(outcomes.iter().all(|o| o["outcome"] == "applied" && o["version"] == 3), "{lines:?}");
    let summary = lines.last().unwrap();
    assert_eq!(summary["summary"], true);
    assert_eq!(summary["applied"], 3);
    assert!(summary["time_to_all_applied_ms"].is_u64(), "{summary}");

    let out = kioskctl(&["hq", "status", "--broker", &url, "--fleet", "north", "--wait-ms", "300"]);
    assert!(out.status.success(), "{}", stdout(&out));
    let table = stdout(&out);
    let row =
        table.lines().find(|l| l.starts_with("sim-0002")).unwrap_or_else(|| panic!("{table}"));
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(&cells[..4], ["sim-0002", "no", "3", "-"], "{table}");
}

//! `kioskctl pay`, `journal …` and `soak` against the sandbox gateway.

use std::process::Command;

use crate::{kioskctl, stdout};

/// A sandbox on its own thread and runtime, and a site config pointing at it.
struct Gateway {
    url: String,
    _stop: tokio::sync::oneshot::Sender<()>,
}

fn gateway() -> Gateway {
    let (url_tx, url_rx) = std::sync::mpsc::channel();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Runtime::new().unwrap();
        rt.block_on(async move {
            let sb = alipay_sandbox::Sandbox::start(alipay_sandbox::SandboxConfig::demo().unwrap())
                .await
                .unwrap();
            url_tx.send(sb.url()).unwrap();
            let _ = stopped.await;
            sb.shutdown().await;
        });
    });
    Gateway { url: url_rx.recv().unwrap(), _stop: stop }
}

fn site(dir: &std::path::Path, url: &str) -> String {
    let file = dir.join("site.toml");
    std::fs::write(
        &file,
        format!(
            "[store]\nid = \"S001\"\nterminal_id = \"K01\"\n\n[payment]\ndeadline_secs = 12\nquery_interval_secs = 1\n\n[gateway]\nurl = \"{url}\"\n"
        ),
    )
    .unwrap();
    file.display().to_string()
}

/// Issue #10: the shipped Antom site file, pointed at the sandbox, pays in
/// HKD; `journal show` tells which gateway and wallet; reconcile explains
/// that Antom has no bill API instead of inventing differences.
#[test]
fn pay_over_antom_with_the_shipped_site_file() {
    let gw = gateway();
    let dir = tempfile::tempdir().unwrap();
    let shipped = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../kiosk-config/antom-sandbox.toml"),
    )
    .unwrap();
    let base_url = gw.url.trim_end_matches("/gateway.do");
    let cfg = dir.path().join("antom.toml");
    std::fs::write(&cfg, shipped.replace("http://127.0.0.1:8660", base_url)).unwrap();
    let cfg = cfg.display().to_string();
    let journal = dir.path().join("journal.sqlite").display().to_string();
    let base = ["--config", cfg.as_str(), "--journal", journal.as_str()];
    let out = kioskctl(
        &[&["pay"][..], &base, &["--amount", "12.50", "--code", "250003020123456789012345"]]
            .concat(),
    );
    let text = stdout(&out);
    assert!(out.status.success(), "{text}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("HK$12.50") || text.contains("HKD"), "{text}");
    let out = kioskctl(&[&["journal", "list", "--json"][..], &base].concat());
    let line = stdout(&out);
    let trade: serde_json::Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
    assert_eq!(trade["gateway"], "antom", "{line}");
    assert_eq!(trade["wallet"], "Kakao Pay", "{line}");
    let out = kioskctl(&[&["journal", "reconcile"][..], &base].concat());
    assert!(!out.status.success());
    let all = format!("{}{}", stdout(&out), String::from_utf8_lossy(&out.stderr));
    assert!(all.contains("SFTP"), "{all}");
}

#[test]
fn pay_then_list_show_refund_and_reconcile() {
    let gw = gateway();
    let dir = tempfile::tempdir().unwrap();
    let cfg = site(dir.path(), &gw.url);
    let journal = dir.path().join("journal.sqlite").display().to_string();
    let base = ["--config", cfg.as_str(), "--journal", journal.as_str()];

    let out = kioskctl(
        &[&["pay"][..], &base, &["--amount", "12.30", "--code", "280000000000000777"]].concat(),
    );
    let text = stdout(&out);
    assert!(out.status.success(), "{text}\n{}", String::from_utf8_lossy(&out.stderr));
    for step in ["intent", "request:pay", "answer:pay", "finish", "outcome {\"result\":\"paid\""] {
        assert!(text.contains(step), "{step} missing from:\n{text}");
    }
    let no = text.lines().find_map(|l| l.strip_prefix("out_trade_no ")).unwrap().to_owned();
    assert!(no.starts_with("K01_"), "{no}");

    // A declined code exits non-zero and says why.
    let out = kioskctl(
        &[&["pay"][..], &base, &["--amount", "1.00", "--code", "283000000000000001"]].concat(),
    );
    assert!(!out.status.success());
    assert!(stdout(&out).contains("insufficient_balance"), "{}", stdout(&out));

    let out = kioskctl(&[&["journal", "list"][..], &base, &["--state", "paid", "--json"]].concat());
    let lines: Vec<serde_json::Value> =
        stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 1, "{}", stdout(&out));
    assert_eq!(lines[0]["out_trade_no"], no.as_str());

    let out = kioskctl(&[&["journal", "list"][..], &base, &["--state", "bogus"]].concat());
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--state"));

    let out = kioskctl(&[&["journal", "show"][..], &base, &[no.as_str()]].concat());
    assert!(out.status.success());
    assert!(stdout(&out).contains("answer:pay"), "{}", stdout(&out));

    let out =
        kioskctl(&[&["journal", "refund"][..], &base, &[no.as_str(), "--amount", "2.30"]].concat());
    assert!(out.status.success(), "{}{}", stdout(&out), String::from_utf8_lossy(&out.stderr));
    assert!(stdout(&out).contains("\"state\":\"done\""), "{}", stdout(&out));
    // More than is left is refused before anything is sent.
    let out = kioskctl(
        &[&["journal", "refund"][..], &base, &[no.as_str(), "--amount", "20.00"]].concat(),
    );
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("refundable"));

    let out = kioskctl(&[&["journal", "reconcile"][..], &base, &["--json"]].concat());
    assert!(out.status.success(), "{}{}", stdout(&out), String::from_utf8_lossy(&out.stderr));
    let rec: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(rec["differences"], serde_json::json!([]));
    assert_eq!(rec["bill_payments"], 1);
    assert_eq!(rec["bill_refunds"], 1);
}

/// Runs `kioskctl soak` with `args` and checks every invariant of the
/// summary; at least `checkouts` must end and more than `min_paid` be paid.
fn soak(args: &[&str], checkouts: u64, min_paid: u64, stderr_has: &str) {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_kioskctl"))
        .arg("soak")
        .args(args)
        .args(["--fault-rate", "0.3", "--kill-rate", "0.1", "--dir"])
        .arg(dir.path().join("soak"))
        .output()
        .unwrap();
    let text = stdout(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = text.lines().last().unwrap_or_default();
    let summary: serde_json::Value =
        serde_json::from_str(last).unwrap_or_else(|e| panic!("{e}: {text}\n{stderr}"));
    for key in ["charged_twice", "paid_not_recorded", "unresolved", "mismatches"] {
        assert_eq!(summary[key], 0, "{key}: {summary}\n{stderr}");
    }
    let ended: u64 = ["paid", "failed", "cancelled_close", "cancelled_refund"]
        .iter()
        .map(|k| summary[k].as_u64().unwrap())
        .sum();
    assert!(ended >= checkouts, "{summary}");
    assert!(summary["paid"].as_u64().unwrap() > min_paid, "{summary}");
    assert!(stderr.contains("kills") && stderr.contains(stderr_has), "{stderr}");
    assert!(out.status.success(), "{stderr}");
}

/// Issue #10: the same soak over the Antom protocol (HKD, half the buyers
/// with other Alipay+ wallets' codes); zero invariant violations.
#[test]
fn soak_antom_300_payments_with_faults_and_kills_keeps_every_invariant() {
    soak(&["--gateway", "antom", "--payments", "300", "--seed", "10"], 300, 60, "(antom)");
}

/// Issue #4: at least 500 payments with injected faults and SIGKILLs of the
/// payment process; every invariant must hold.
#[test]
fn soak_500_payments_with_faults_and_kills_keeps_every_invariant() {
    soak(&["--payments", "500", "--seed", "4"], 500, 100, "(alipay)");
}

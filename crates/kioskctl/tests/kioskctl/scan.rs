//! `kioskctl decode` on the demo item labels.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use crate::kioskctl;

fn label(name: &str) -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../assets/demo/items")
        .join(name)
        .display()
        .to_string()
}

#[test]
fn decode_prints_one_json_line_per_file() {
    let out = kioskctl(&["decode", &label("green-tea-500.png"), "no-such-file.png"]);
    let text = crate::stdout(&out);
    let lines: Vec<serde_json::Value> =
        text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert_eq!(lines[0]["codes"][0]["kind"], "item", "{text}");
    assert!(lines[0]["ms"].as_f64().is_some());
    assert!(lines[1]["error"].as_str().is_some(), "{text}");
    assert!(!out.status.success(), "a file that failed makes the exit status say so");
}

/// `kioskctl decode … | head -1` used to panic on the closed pipe.
#[test]
fn decode_stops_quietly_when_the_reader_goes_away() {
    let file = label("milk-250.png");
    let files: Vec<&str> = std::iter::repeat_n(file.as_str(), 400).collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_kioskctl"))
        .arg("decode")
        .args(&files)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    // The reader is dropped here: the pipe closes, as `head -1` closes it.
    assert!(first.contains("\"codes\""), "{first}");
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{:?} {stderr}", out.status);
}

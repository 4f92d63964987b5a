//! Runs the real `kioskctl` binary.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Command, Output};

mod config;
mod hq;
mod payments;
mod scan;

fn kioskctl(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kioskctl")).args(args).output().unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn help_lists_the_subcommands() {
    let out = kioskctl(&["--help"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("config"), "{}", stdout(&out));
}

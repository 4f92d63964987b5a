//! Integration tests of the alipay crate: golden signing vectors, key forms,
//! certificate SNs, answer verification, and every API against the sandbox
//! gateway started in-process over loopback.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod bill;
mod cert;
mod client;
mod keys;
mod response;
mod sign;

use std::path::PathBuf;

/// Reads a fixture file.
pub fn fixture(name: &str) -> String {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Integration tests of the scanner crate; modules mirror `src/`.

mod bench;
mod camera;
mod classify;
mod corpus;
mod decode;
mod frame;
mod line;
mod preview;
mod rules;
mod worker;

use std::path::Path;
use std::sync::OnceLock;

/// A small generated corpus shared by the tests that need one (generated once per run).
pub fn corpus_dir() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        scanpay_tests::corpus::generate(dir.path(), corpus::FRAMES, corpus::SEED).unwrap();
        dir
    })
    .path()
}

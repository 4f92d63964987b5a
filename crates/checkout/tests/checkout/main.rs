//! The checkout crate's integration tests: one binary, a module per area.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod antom;
mod catalog;
mod demo;
mod hq;
mod lane;
mod session;

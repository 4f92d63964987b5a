//! Integration tests of the antom crate: golden signing vectors (checked
//! against OpenSSL), answer verification (tampered and unsigned answers are
//! refused), and every API, buyer scenario and fault against the sandbox
//! gateway started in-process over loopback.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod client;
mod sign;

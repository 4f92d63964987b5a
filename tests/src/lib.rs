//! Shared fixtures and generators for cross-crate tests.
//!
//! - [`corpus`]: renders camera-like frames of payment-code screens, product labels and
//!   negatives, deterministic from a seed, with a manifest of what each frame holds. The
//!   `gen-corpus` binary writes one to disk:
//!   `cargo run -p scanpay-tests --bin gen-corpus -- --out DIR --count 200 --seed 1`.
//!
//! - [`mosquitto`]: a real Mosquitto broker on a free loopback port for the tests that
//!   speak MQTT (fleet, kioskctl, checkout).
//!
//! ```no_run
//! let (frame, entry) = scanpay_tests::corpus::render_frame(1, 0)?;
//! println!("{}x{} {:?} {:?}", frame.width(), frame.height(), entry.kind, entry.expected);
//! # Ok::<(), scanpay_tests::corpus::CorpusError>(())
//! ```

pub mod corpus;
pub mod mosquitto;

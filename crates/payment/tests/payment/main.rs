//! The payment core: every transition of the machine without a network;
//! the driver, journal, recovery, refunds and reconciliation against the
//! sandbox gateway over loopback HTTP and a real SQLite file.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod antom;
mod driver;
mod journal;
mod machine;
mod recovery;
mod rig;

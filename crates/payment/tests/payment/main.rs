//! Every transition of the payment machine, without a network.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod machine;

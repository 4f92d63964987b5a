//! The checkout payment (DESIGN.md §4): pay → poll → cancel.
//!
//! This crate is the heart of the kiosk: a store loses money, or a customer
//! is charged wrongly, if it is wrong.
//!
//! - [`machine::Payment`]: a pure state machine — events in, actions out,
//!   time passed in — so every transition is tested without a network.
//! - [`gateway::Gateway`]: what a provider must do, in domain terms;
//!   [`AlipayGateway`] implements it over the Alipay OpenAPI client,
//!   [`AntomGateway`] over the Antom (Alipay+) client; `gateway.kind` picks.
//! - [`journal::Journal`]: SQLite (WAL, `synchronous=FULL`), one row per
//!   trade and an append-only event log; the intent is written before any
//!   request.
//! - [`Payments`]: the driver. It runs a payment ([`Payments::start`]),
//!   recovers unfinished ones at start-up ([`Payments::recover`]), resolves
//!   owed cancels in the background ([`Payments::run_resolver`]), refunds
//!   ([`Payments::refund`]) and reconciles against the bill
//!   ([`Payments::reconcile`]).
//!
//! ```
//! use std::time::{Duration, Instant};
//! use money::{Currency, Money};
//! use payment::machine::{Action, Event, Paid, PayAnswer, Payment, Timing, Outcome};
//!
//! let t0 = Instant::now();
//! let (mut p, actions) =
//!     Payment::start("K1_0001".into(), Money::new(1230, Currency::Cny), Timing::default(), t0);
//! assert_eq!(actions, vec![Action::JournalIntent]); // nothing is sent before the journal
//! let actions = p.handle(Event::Journaled, t0).unwrap();
//! assert_eq!(actions[0], Action::SendPay);
//! let paid = Paid { trade_no: "2026112222001".into(), buyer_masked: None, wallet: None };
//! let actions = p.handle(Event::PayAnswered(PayAnswer::Paid(paid.clone())), t0 + Duration::from_secs(1)).unwrap();
//! assert_eq!(actions, vec![Action::Finish(Outcome::Paid(paid))]);
//! ```

mod alipay_gateway;
mod antom_gateway;
mod driver;
mod error;
pub mod gateway;
pub mod journal;
pub mod machine;
mod recovery;
mod refund;

pub use alipay_gateway::AlipayGateway;
pub use antom_gateway::{AntomGateway, cancel_refund_id};
pub use driver::{Checkout, Control, PaymentSettings, Payments, RunningPayment, Terminal};
pub use error::PaymentError;
pub use recovery::{RecoveryReport, ResolverReport};
pub use refund::{Difference, Reconciliation};

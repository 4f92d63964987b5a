//! The checkout payment (DESIGN.md §4): pay → poll → cancel.
//!
//! This crate is the heart of the kiosk: a store loses money, or a customer
//! is charged wrongly, if it is wrong. Its core is [`machine::Payment`], a
//! pure state machine — events in, actions out, time passed in — so every
//! transition is tested without a network. A driver executes its actions
//! against a gateway and a durable journal (written before any request).
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
//! let paid = Paid { trade_no: "2026112222001".into(), buyer_masked: None };
//! let actions = p.handle(Event::PayAnswered(PayAnswer::Paid(paid.clone())), t0 + Duration::from_secs(1)).unwrap();
//! assert_eq!(actions, vec![Action::Finish(Outcome::Paid(paid))]);
//! ```

pub mod machine;

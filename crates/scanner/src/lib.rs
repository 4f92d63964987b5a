//! The kiosk's scanner: frames in, payment and item codes out, fast.
//!
//! - **Sources** ([`source`]): the camera through nokhwa ([`CameraSource`], kept alive by a
//!   [`CameraSupervisor`] with backoff and a [`Health`] flag), image files or folders
//!   played as frames ([`FileSource`]), and handheld/serial scanners that type a line per
//!   scan ([`LineSource`], [`wedge_line`]).
//! - **Frames** ([`Frame`]) are grayscale from the moment they enter: YUYV/NV12 give their
//!   Y plane, colour images are converted once.
//! - **Decoding** ([`RxingDecoder`], behind the [`Decode`] trait) restricts formats per
//!   [`Purpose`] and runs a cheap-first cascade (last region, downscaled, global binarizer, coarse, then
//!   sampled 1D rows and columns).
//!   [`DecodeWorker`] runs it on its own thread on the newest frame only, counts stale
//!   frames and contains decoder panics.
//! - **Rules** ([`classify()`], [`CodeRules`]): Alipay codes are accepted, other wallets are
//!   refused with a reason the UI localises, item codes need a valid check digit, the same
//!   payment code is never submitted twice.
//! - **Preview** ([`PreviewEncoder`]): ~10 fps small JPEGs for the UI.
//! - **Bench** ([`bench`]): detection rate and p50/p95 latency over a generated corpus.
//!
//! ```
//! use std::sync::Arc;
//! use std::time::Duration;
//! use scanner::{CodeRules, DecodeWorker, Frame, Purpose, RxingDecoder};
//!
//! let rules = Arc::new(CodeRules::default());
//! let worker = DecodeWorker::spawn(Box::new(RxingDecoder::default()), rules, Purpose::Payment)?;
//! // A blank frame: decoded, nothing found, no event.
//! worker.submit(Frame::from_luma(64, 48, vec![255; 64 * 48])?);
//! assert!(worker.next_event(Duration::from_millis(200)).is_none());
//! worker.stop();
//! # Ok::<(), scanner::ScanError>(())
//! ```

pub mod bench;
pub mod classify;
mod decode;
mod error;
mod frame;
pub mod preview;
pub mod rules;
pub mod source;
mod worker;

pub use classify::{AcceptedWallets, Classification, Refusal, Wallet, classify, gtin_is_valid};
pub use decode::{Decode, DecoderOptions, Pass, Purpose, RawCode, RxingDecoder, Symbology};
pub use error::{CameraFault, ScanError};
pub use frame::{Frame, Rect};
pub use preview::{PreviewEncoder, PreviewOptions};
pub use rules::{CodeRules, GateTimes, Origin, ScanEvent};
pub use source::FrameSource;
pub use source::camera::{
    CameraConfig, CameraHealth, CameraInfo, CameraSelector, CameraSource, CameraSupervisor, Health,
    HealthState, SupervisorOptions, list_cameras,
};
pub use source::file::{FileSource, Playback, load_frame};
pub use source::line::{LineSource, wedge_line};
pub use worker::{DecodeWorker, FrameSink, WorkerStats};

//! The decode worker: a thread that always decodes the newest frame.
//!
//! Producers (the camera thread, a file player) hand frames to a [`FrameSink`]. The sink
//! holds at most one pending frame: a new frame replaces an undecoded one, which is
//! counted as stale. The worker takes the pending frame, decodes it inside
//! [`std::panic::catch_unwind`] (a panic is counted and the decoder reset, never fatal),
//! runs the codes through the shared [`CodeRules`] and sends [`ScanEvent`]s on a channel.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::rules::{CodeRules, Origin, ScanEvent};
use crate::{Decode, Frame, Purpose, ScanError};

/// Counters of a worker, for diagnostics and telemetry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct WorkerStats {
    /// Frames handed to the sink.
    pub submitted: u64,
    /// Frames decoded.
    pub decoded: u64,
    /// Frames replaced by a newer one before they were decoded.
    pub dropped_stale: u64,
    /// Decoder panics caught.
    pub panics: u64,
    /// Events sent.
    pub events: u64,
    /// Time spent decoding the last frame, microseconds.
    pub last_decode_us: u64,
}

#[derive(Default)]
struct Counters {
    submitted: AtomicU64,
    decoded: AtomicU64,
    dropped_stale: AtomicU64,
    panics: AtomicU64,
    events: AtomicU64,
    last_decode_us: AtomicU64,
}

struct Slot {
    frame: Option<Frame>,
    purpose: Purpose,
    stop: bool,
}

struct Shared {
    slot: Mutex<Slot>,
    wake: Condvar,
    counters: Counters,
}

impl Shared {
    fn lock(&self) -> std::sync::MutexGuard<'_, Slot> {
        self.slot.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// A cloneable handle that hands frames to a [`DecodeWorker`].
#[derive(Clone)]
pub struct FrameSink {
    shared: Arc<Shared>,
}

impl FrameSink {
    /// Offers a frame. If the worker has not yet taken the previous one, that one is
    /// dropped (and counted as stale): only the newest frame is ever decoded.
    pub fn submit(&self, frame: Frame) {
        let c = &self.shared.counters;
        c.submitted.fetch_add(1, Ordering::Relaxed);
        let mut slot = self.shared.lock();
        if slot.frame.replace(frame).is_some() {
            c.dropped_stale.fetch_add(1, Ordering::Relaxed);
        }
        drop(slot);
        self.shared.wake.notify_one();
    }

    /// Switches between payment and item decoding; takes effect with the next frame.
    pub fn set_purpose(&self, purpose: Purpose) {
        self.shared.lock().purpose = purpose;
    }
}

/// The decode thread and the receiving end of its events.
pub struct DecodeWorker {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
    events: Receiver<ScanEvent>,
}

impl DecodeWorker {
    /// Starts a worker decoding for `purpose` with `decoder`, classifying with `rules`.
    pub fn spawn(
        decoder: Box<dyn Decode>,
        rules: Arc<CodeRules>,
        purpose: Purpose,
    ) -> Result<DecodeWorker, ScanError> {
        let shared = Arc::new(Shared {
            slot: Mutex::new(Slot { frame: None, purpose, stop: false }),
            wake: Condvar::new(),
            counters: Counters::default(),
        });
        let (tx, rx) = channel();
        let thread_shared = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("scanner-decode".into())
            .spawn(move || run(thread_shared, decoder, rules, tx))
            .map_err(|source| ScanError::Io { path: "scanner-decode thread".into(), source })?;
        Ok(DecodeWorker { shared, thread: Some(thread), events: rx })
    }

    /// A handle producers use to hand over frames.
    pub fn sink(&self) -> FrameSink {
        FrameSink { shared: Arc::clone(&self.shared) }
    }

    /// Offers a frame (same as `self.sink().submit(frame)`).
    pub fn submit(&self, frame: Frame) {
        self.sink().submit(frame);
    }

    /// Switches between payment and item decoding; takes effect with the next frame.
    pub fn set_purpose(&self, purpose: Purpose) {
        self.shared.lock().purpose = purpose;
    }

    /// The events (payment codes, refusals, items) in the order they were found.
    pub fn events(&self) -> &Receiver<ScanEvent> {
        &self.events
    }

    /// Waits up to `timeout` for the next event.
    pub fn next_event(&self, timeout: Duration) -> Option<ScanEvent> {
        self.events.recv_timeout(timeout).ok()
    }

    /// The counters so far.
    pub fn stats(&self) -> WorkerStats {
        let c = &self.shared.counters;
        WorkerStats {
            submitted: c.submitted.load(Ordering::Relaxed),
            decoded: c.decoded.load(Ordering::Relaxed),
            dropped_stale: c.dropped_stale.load(Ordering::Relaxed),
            panics: c.panics.load(Ordering::Relaxed),
            events: c.events.load(Ordering::Relaxed),
            last_decode_us: c.last_decode_us.load(Ordering::Relaxed),
        }
    }

    /// Whether the worker has no frame waiting (it may still be decoding one).
    pub fn is_idle(&self) -> bool {
        self.shared.lock().frame.is_none()
    }

    /// Stops the thread after the frame it is decoding and waits for it.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.shared.lock().stop = true;
        self.shared.wake.notify_all();
        if let Some(t) = self.thread.take() {
            // The thread body never panics (decoder panics are caught), so join only fails
            // if the runtime itself is broken; there is nothing more to do then.
            let _ = t.join();
        }
    }
}

impl Drop for DecodeWorker {
    fn drop(&mut self) {
        self.shutdown();
    }
}

fn run(
    shared: Arc<Shared>,
    mut decoder: Box<dyn Decode>,
    rules: Arc<CodeRules>,
    tx: Sender<ScanEvent>,
) {
    let c = &shared.counters;
    loop {
        let (frame, purpose) = {
            let mut slot = shared.lock();
            loop {
                if slot.stop {
                    return;
                }
                if let Some(f) = slot.frame.take() {
                    break (f, slot.purpose);
                }
                slot = shared.wake.wait(slot).unwrap_or_else(|e| e.into_inner());
            }
        };
        let started = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| decoder.decode(&frame, purpose)));
        c.last_decode_us.store(started.elapsed().as_micros() as u64, Ordering::Relaxed);
        c.decoded.fetch_add(1, Ordering::Relaxed);
        let codes = match outcome {
            Ok(codes) => codes,
            Err(_) => {
                c.panics.fetch_add(1, Ordering::Relaxed);
                tracing::warn!(frame_seq = frame.seq, "decoder panicked; frame skipped");
                if catch_unwind(AssertUnwindSafe(|| decoder.reset())).is_err() {
                    c.panics.fetch_add(1, Ordering::Relaxed);
                }
                continue;
            }
        };
        let now = Instant::now();
        for raw in &codes {
            if let Some(ev) = rules.process_in_frame(raw, Origin::Camera, Some(frame.seq), now) {
                c.events.fetch_add(1, Ordering::Relaxed);
                // The receiver lives in the DecodeWorker, which stops this thread before
                // it is dropped; a failed send can only happen during that shutdown.
                let _ = tx.send(ev);
            }
        }
    }
}

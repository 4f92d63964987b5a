//! The lane's eyes: frames from the configured source (camera, image files,
//! or the demo camera) go to the scanner's decode worker, which looks for
//! item codes while shopping and payment codes on the pay screen; what it
//! finds goes to the [`Lane`]. While the pay screen is up, a ~10 fps JPEG
//! preview goes to the UI.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use base64::Engine;
use scanner::{
    CameraSupervisor, CodeRules, DecodeWorker, FileSource, FrameSource, Health, Playback,
    PreviewEncoder, PreviewOptions, Purpose, RxingDecoder, SupervisorOptions,
};
use serde::Serialize;

use crate::CheckoutError;
use crate::demo::DemoScreen;
use crate::lane::Lane;

/// Where frames come from.
#[derive(Debug, Clone)]
pub enum FeedSource {
    /// A camera through nokhwa.
    Camera(scanner::CameraConfig),
    /// An image file or folder, looped at `fps`.
    Files {
        /// The file or folder.
        path: PathBuf,
        /// Frames a second.
        fps: f32,
    },
    /// The demo camera, showing what the simulate buttons pick.
    Demo(DemoScreen),
}

impl FeedSource {
    /// The source `[camera]` names; `demo` is the demo camera's screen.
    pub fn from_config(camera: &settings::CameraConfig, demo: &DemoScreen) -> FeedSource {
        match &camera.source {
            settings::FrameSourceConfig::Camera(selector) => {
                FeedSource::Camera(scanner::CameraConfig {
                    selector: match selector {
                        settings::CameraSelector::Index(i) => scanner::CameraSelector::Index(*i),
                        settings::CameraSelector::Name(n) => {
                            scanner::CameraSelector::Name(n.clone())
                        }
                    },
                    width: camera.width,
                    height: camera.height,
                    fps: camera.fps,
                })
            }
            settings::FrameSourceConfig::Files(path) => {
                FeedSource::Files { path: path.clone(), fps: camera.fps as f32 }
            }
            settings::FrameSourceConfig::Demo => FeedSource::Demo(demo.clone()),
        }
    }
}

impl std::fmt::Display for FeedSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FeedSource::Camera(c) => {
                write!(f, "camera {} ({}x{} @ {} fps)", c.selector, c.width, c.height, c.fps)
            }
            FeedSource::Files { path, fps } => write!(f, "files {} @ {fps} fps", path.display()),
            FeedSource::Demo(_) => f.write_str("demo camera"),
        }
    }
}

/// A preview image for the pay screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PreviewFrame {
    /// Base64 JPEG.
    pub jpeg: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// The running camera feed. Stops when dropped.
pub struct ScanFeed {
    supervisor: Option<CameraSupervisor>,
    stop: Arc<AtomicBool>,
    events: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for ScanFeed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScanFeed").finish_non_exhaustive()
    }
}

impl ScanFeed {
    /// Starts the feed for `lane`; previews go to `on_preview`.
    pub fn start(
        source: FeedSource,
        lane: Lane,
        rules: Arc<CodeRules>,
        on_preview: impl Fn(PreviewFrame) + Send + 'static,
    ) -> Result<ScanFeed, CheckoutError> {
        let worker = DecodeWorker::spawn(Box::new(RxingDecoder::default()), rules, Purpose::Items)
            .map_err(CheckoutError::Scanner)?;
        let sink = worker.sink();
        let opener: scanner::source::camera::Opener = match source {
            FeedSource::Camera(config) => Box::new(move || {
                scanner::CameraSource::open(&config).map(|c| Box::new(c) as Box<dyn FrameSource>)
            }),
            FeedSource::Files { path, fps } => Box::new(move || {
                FileSource::open(&path, Playback { fps: Some(fps), looped: true })
                    .map(|s| Box::new(s) as Box<dyn FrameSource>)
            }),
            FeedSource::Demo(screen) => Box::new(move || Ok(screen.source())),
        };
        let mut encoder = PreviewEncoder::new(PreviewOptions::default());
        let frame_lane = lane.clone();
        let mut purpose = Purpose::Items;
        let supervisor =
            CameraSupervisor::spawn(opener, SupervisorOptions::default(), move |frame| {
                // The pay screen looks for payment codes; at rest (attract,
                // closed) frames alternate, so an item starts a session and a
                // staff badge QR opens the PIN pad; otherwise items.
                let wanted = if frame_lane.wants_payment_code()
                    || (frame_lane.at_rest() && purpose == Purpose::Items)
                {
                    Purpose::Payment
                } else {
                    Purpose::Items
                };
                if wanted != purpose {
                    purpose = wanted;
                    sink.set_purpose(wanted);
                }
                if frame_lane.wants_preview()
                    && let Some(jpeg) = encoder.offer(&frame, Instant::now())
                {
                    match jpeg {
                        Ok(bytes) => {
                            let scale = frame.width().div_ceil(480).max(1);
                            on_preview(PreviewFrame {
                                jpeg: base64::engine::general_purpose::STANDARD.encode(bytes),
                                width: frame.width() / scale,
                                height: frame.height() / scale,
                            });
                        }
                        Err(e) => tracing::warn!(error = %e, "preview frame not encoded"),
                    }
                }
                sink.submit(frame);
            })
            .map_err(CheckoutError::Scanner)?;
        let stop = Arc::new(AtomicBool::new(false));
        let t_stop = Arc::clone(&stop);
        let events = std::thread::Builder::new()
            .name("checkout-scans".into())
            .spawn(move || {
                while !t_stop.load(Ordering::Relaxed) {
                    let Some(event) = worker.next_event(Duration::from_millis(200)) else {
                        continue;
                    };
                    tracing::info!(kind = event.classification.kind(), symbology = ?event.symbology, "code seen");
                    if let Err(e) = lane.scanned(event) {
                        tracing::error!(error = %e, "a scanned code could not be handled");
                    }
                }
            })
            .map_err(|source| CheckoutError::Io { path: "checkout-scans thread".into(), source })?;
        Ok(ScanFeed { supervisor: Some(supervisor), stop, events: Some(events) })
    }

    /// The camera's health flag.
    pub fn health(&self) -> Option<Health> {
        self.supervisor.as_ref().map(CameraSupervisor::health)
    }
}

impl Drop for ScanFeed {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(s) = self.supervisor.take() {
            s.stop();
        }
        if let Some(t) = self.events.take() {
            let _ = t.join();
        }
    }
}

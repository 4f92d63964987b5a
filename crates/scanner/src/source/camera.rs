//! The camera through nokhwa (V4L2 on Linux, Media Foundation on Windows, AVFoundation on
//! macOS), with format negotiation, typed faults and a supervised reconnect loop.
//!
//! [`CameraSource::open`] asks for the configured size and rate in MJPEG, then YUYV, then
//! the highest resolution, then whatever the camera offers. YUYV/NV12/GRAY frames give
//! their luma without any colour arithmetic; MJPEG frames are decoded by `image`.
//!
//! [`CameraSupervisor`] keeps a source running: when opening fails or frames stop, it
//! records the fault in a [`Health`] value (readable by staff screens and HQ telemetry),
//! waits with exponential backoff and opens again.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use nokhwa::utils::{
    ApiBackend, CameraFormat, CameraIndex, FrameFormat, RequestedFormat, RequestedFormatType,
    Resolution,
};
use serde::{Deserialize, Serialize};

use super::FrameSource;
use crate::{CameraFault, Frame, ScanError};

/// Which camera to use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CameraSelector {
    /// By the OS's index (0 is the first camera).
    Index(u32),
    /// By (part of) its human-readable name, case-insensitive.
    Name(String),
}

impl std::fmt::Display for CameraSelector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CameraSelector::Index(i) => write!(f, "#{i}"),
            CameraSelector::Name(n) => write!(f, "{n:?}"),
        }
    }
}

/// What to ask the camera for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CameraConfig {
    /// Which camera.
    pub selector: CameraSelector,
    /// Wanted width (the closest the camera offers is taken).
    pub width: u32,
    /// Wanted height.
    pub height: u32,
    /// Wanted frames per second.
    pub fps: u32,
}

impl Default for CameraConfig {
    fn default() -> Self {
        CameraConfig { selector: CameraSelector::Index(0), width: 1280, height: 720, fps: 30 }
    }
}

/// A camera the OS reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CameraInfo {
    /// The index or path the backend uses.
    pub index: String,
    /// Human-readable name.
    pub name: String,
    /// Backend description (driver, bus).
    pub description: String,
}

/// The cameras the native backend sees (empty when there are none).
pub fn list_cameras() -> Result<Vec<CameraInfo>, ScanError> {
    let cams = nokhwa::query(ApiBackend::Auto).map_err(|e| fault("list", &e, false))?;
    Ok(cams
        .into_iter()
        .map(|c| CameraInfo {
            index: c.index().as_string(),
            name: c.human_name(),
            description: c.description().to_string(),
        })
        .collect())
}

/// Maps a nokhwa error to a typed fault. `streaming` marks errors after frames flowed,
/// which mean the camera went away.
fn fault(camera: &str, e: &nokhwa::NokhwaError, streaming: bool) -> ScanError {
    let detail = e.to_string();
    let lower = detail.to_ascii_lowercase();
    let kind = if lower.contains("busy") || lower.contains("ebusy") {
        CameraFault::Busy
    } else if lower.contains("permission") || lower.contains("eacces") || lower.contains("denied") {
        CameraFault::PermissionDenied
    } else if streaming {
        CameraFault::Unplugged
    } else if lower.contains("no such")
        || lower.contains("not found")
        || lower.contains("enoent")
        || lower.contains("enodev")
        || lower.contains("does not exist")
    {
        CameraFault::NoCamera
    } else if matches!(e, nokhwa::NokhwaError::ProcessFrameError { .. }) || lower.contains("format")
    {
        CameraFault::Unsupported
    } else if matches!(e, nokhwa::NokhwaError::OpenDeviceError(..)) {
        CameraFault::NoCamera
    } else {
        CameraFault::Other
    };
    ScanError::Camera { fault: kind, camera: camera.to_string(), detail }
}

/// Frame formats we can turn into luma, cheapest first after MJPEG (which cameras deliver
/// at high resolutions and rates where YUYV cannot).
const FORMATS: [FrameFormat; 6] = [
    FrameFormat::MJPEG,
    FrameFormat::YUYV,
    FrameFormat::NV12,
    FrameFormat::GRAY,
    FrameFormat::RAWRGB,
    FrameFormat::RAWBGR,
];

/// A live camera.
pub struct CameraSource {
    camera: nokhwa::Camera,
    label: String,
    seq: u64,
}

impl CameraSource {
    /// Opens the configured camera and starts its stream, negotiating the format.
    pub fn open(config: &CameraConfig) -> Result<CameraSource, ScanError> {
        let label = config.selector.to_string();
        let index = match &config.selector {
            CameraSelector::Index(i) => CameraIndex::Index(*i),
            CameraSelector::Name(name) => {
                let wanted = name.to_lowercase();
                let found =
                    list_cameras()?.into_iter().find(|c| c.name.to_lowercase().contains(&wanted));
                match found {
                    Some(c) => match c.index.parse::<u32>() {
                        Ok(i) => CameraIndex::Index(i),
                        Err(_) => CameraIndex::String(c.index),
                    },
                    None => {
                        return Err(ScanError::Camera {
                            fault: CameraFault::NoCamera,
                            camera: label,
                            detail: "no camera with that name".into(),
                        });
                    }
                }
            }
        };
        let res = Resolution::new(config.width, config.height);
        let attempts = [
            RequestedFormatType::Closest(CameraFormat::new(res, FrameFormat::MJPEG, config.fps)),
            RequestedFormatType::Closest(CameraFormat::new(res, FrameFormat::YUYV, config.fps)),
            RequestedFormatType::HighestResolution(res),
            RequestedFormatType::AbsoluteHighestFrameRate,
            RequestedFormatType::None,
        ];
        let mut last = None;
        for wanted in attempts {
            let request = RequestedFormat::with_formats(wanted, &FORMATS);
            match nokhwa::Camera::new(index.clone(), request) {
                Ok(mut camera) => match camera.open_stream() {
                    Ok(()) => {
                        tracing::info!(camera = %label, format = %camera.camera_format(), "camera open");
                        return Ok(CameraSource { camera, label, seq: 0 });
                    }
                    Err(e) => last = Some(fault(&label, &e, false)),
                },
                Err(e) => {
                    let err = fault(&label, &e, false);
                    // A missing, busy or forbidden camera will not get better with
                    // another format: stop negotiating.
                    if matches!(
                        err.camera_fault(),
                        Some(
                            CameraFault::NoCamera
                                | CameraFault::Busy
                                | CameraFault::PermissionDenied
                        )
                    ) {
                        return Err(err);
                    }
                    last = Some(err);
                }
            }
        }
        Err(last.unwrap_or(ScanError::Camera {
            fault: CameraFault::Unsupported,
            camera: label,
            detail: "no usable format".into(),
        }))
    }
}

impl FrameSource for CameraSource {
    fn next_frame(&mut self) -> Result<Option<Frame>, ScanError> {
        let buf = self.camera.frame().map_err(|e| fault(&self.label, &e, true))?;
        let res = buf.resolution();
        let (w, h) = (res.width(), res.height());
        let bytes = buf.buffer();
        let frame = match buf.source_frame_format() {
            FrameFormat::MJPEG => Frame::from_encoded(bytes),
            FrameFormat::YUYV => Frame::from_yuyv(w, h, bytes),
            FrameFormat::NV12 => Frame::from_nv12(w, h, bytes),
            FrameFormat::GRAY => Frame::from_luma(w, h, bytes.to_vec()),
            FrameFormat::RAWRGB => Frame::from_packed(w, h, bytes, 3, false),
            FrameFormat::RAWBGR => Frame::from_packed(w, h, bytes, 3, true),
        }?;
        let seq = self.seq;
        self.seq += 1;
        Ok(Some(frame.stamped(seq, Instant::now())))
    }

    fn name(&self) -> String {
        format!("camera {}", self.label)
    }
}

/// The camera's state as staff screens and HQ see it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HealthState {
    /// Opening (first attempt).
    Connecting,
    /// Frames are flowing.
    Streaming,
    /// Down; the supervisor is retrying.
    Faulted,
    /// The supervisor has stopped.
    Stopped,
}

/// A snapshot of [`Health`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CameraHealth {
    /// The state.
    pub state: HealthState,
    /// The last fault, while faulted.
    pub fault: Option<CameraFault>,
    /// The backend's words for it.
    pub detail: Option<String>,
    /// How long the camera has been down, milliseconds (0 while streaming).
    pub down_ms: u64,
    /// Failed open attempts and lost streams so far.
    pub failures: u64,
    /// Frames delivered so far.
    pub frames: u64,
    /// True when the camera has been down longer than the alarm threshold: staff must act.
    pub alarm: bool,
}

struct HealthInner {
    state: HealthState,
    fault: Option<(CameraFault, String)>,
    down_since: Option<Instant>,
    failures: u64,
    frames: u64,
}

/// An observable health flag, shared between the supervisor and its readers.
#[derive(Clone)]
pub struct Health {
    inner: Arc<Mutex<HealthInner>>,
    alarm_after: Duration,
}

impl Health {
    /// A fresh health value raising the alarm after `alarm_after` of downtime.
    pub fn new(alarm_after: Duration) -> Health {
        Health {
            inner: Arc::new(Mutex::new(HealthInner {
                state: HealthState::Connecting,
                fault: None,
                down_since: Some(Instant::now()),
                failures: 0,
                frames: 0,
            })),
            alarm_after,
        }
    }

    fn update(&self, f: impl FnOnce(&mut HealthInner)) {
        f(&mut self.inner.lock().unwrap_or_else(|e| e.into_inner()));
    }

    fn failed(&self, err: &ScanError, now: Instant) {
        let kind = err.camera_fault().unwrap_or(CameraFault::Other);
        tracing::warn!(fault = kind.code(), error = %err, "camera fault");
        self.update(|h| {
            h.state = HealthState::Faulted;
            h.fault = Some((kind, err.to_string()));
            h.down_since.get_or_insert(now);
            h.failures += 1;
        });
    }

    /// The state as of `now`.
    pub fn snapshot(&self, now: Instant) -> CameraHealth {
        let h = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        let down = h.down_since.map(|t| now.saturating_duration_since(t)).unwrap_or_default();
        CameraHealth {
            state: h.state,
            fault: h.fault.as_ref().map(|f| f.0),
            detail: h.fault.as_ref().map(|f| f.1.clone()),
            down_ms: down.as_millis() as u64,
            failures: h.failures,
            frames: h.frames,
            alarm: h.state != HealthState::Streaming && down >= self.alarm_after,
        }
    }
}

/// Reconnect timing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SupervisorOptions {
    /// First wait after a failure.
    pub backoff_min: Duration,
    /// Longest wait between attempts.
    pub backoff_max: Duration,
    /// Downtime after which [`CameraHealth::alarm`] is raised.
    pub alarm_after: Duration,
}

impl Default for SupervisorOptions {
    fn default() -> Self {
        SupervisorOptions {
            backoff_min: Duration::from_millis(250),
            backoff_max: Duration::from_secs(10),
            alarm_after: Duration::from_secs(10),
        }
    }
}

/// Opens a frame source: the camera in the product, anything in tests.
pub type Opener = Box<dyn FnMut() -> Result<Box<dyn FrameSource>, ScanError> + Send>;

/// Keeps a frame source running on its own thread, reconnecting with backoff.
pub struct CameraSupervisor {
    stop: Arc<AtomicBool>,
    health: Health,
    thread: Option<JoinHandle<()>>,
}

impl CameraSupervisor {
    /// Supervises the configured camera, handing every frame to `on_frame`.
    pub fn camera(
        config: CameraConfig,
        options: SupervisorOptions,
        on_frame: impl FnMut(Frame) + Send + 'static,
    ) -> Result<CameraSupervisor, ScanError> {
        let opener: Opener = Box::new(move || {
            CameraSource::open(&config).map(|c| Box::new(c) as Box<dyn FrameSource>)
        });
        CameraSupervisor::spawn(opener, options, on_frame)
    }

    /// Supervises whatever `open` opens (a [`CameraSource`] in the product).
    pub fn spawn(
        mut open: Opener,
        options: SupervisorOptions,
        mut on_frame: impl FnMut(Frame) + Send + 'static,
    ) -> Result<CameraSupervisor, ScanError> {
        let stop = Arc::new(AtomicBool::new(false));
        let health = Health::new(options.alarm_after);
        let (t_stop, t_health) = (Arc::clone(&stop), health.clone());
        let thread = std::thread::Builder::new()
            .name("scanner-camera".into())
            .spawn(move || {
                let mut delay = options.backoff_min;
                while !t_stop.load(Ordering::Relaxed) {
                    match open() {
                        Ok(mut source) => {
                            let mut streaming = false;
                            while !t_stop.load(Ordering::Relaxed) {
                                match source.next_frame() {
                                    Ok(Some(frame)) => {
                                        if !streaming {
                                            streaming = true;
                                            delay = options.backoff_min;
                                            t_health.update(|h| {
                                                h.state = HealthState::Streaming;
                                                h.fault = None;
                                                h.down_since = None;
                                            });
                                        }
                                        t_health.update(|h| h.frames += 1);
                                        on_frame(frame);
                                    }
                                    Ok(None) => {
                                        let e = ScanError::Camera {
                                            fault: CameraFault::Unplugged,
                                            camera: source.name(),
                                            detail: "stream ended".into(),
                                        };
                                        t_health.failed(&e, Instant::now());
                                        break;
                                    }
                                    Err(e) => {
                                        let e = match e {
                                            ScanError::Camera { .. } => e,
                                            other => ScanError::Camera {
                                                fault: CameraFault::Unplugged,
                                                camera: source.name(),
                                                detail: other.to_string(),
                                            },
                                        };
                                        t_health.failed(&e, Instant::now());
                                        break;
                                    }
                                }
                            }
                        }
                        Err(e) => t_health.failed(&e, Instant::now()),
                    }
                    // Back off, waking early when asked to stop.
                    let until = Instant::now() + delay;
                    while !t_stop.load(Ordering::Relaxed) && Instant::now() < until {
                        std::thread::sleep(Duration::from_millis(20).min(delay));
                    }
                    delay = (delay * 2).min(options.backoff_max);
                }
                t_health.update(|h| h.state = HealthState::Stopped);
            })
            .map_err(|source| ScanError::Io { path: "scanner-camera thread".into(), source })?;
        Ok(CameraSupervisor { stop, health, thread: Some(thread) })
    }

    /// The health flag (cloneable; read it from any thread).
    pub fn health(&self) -> Health {
        self.health.clone()
    }

    /// Stops the loop (after the frame being read) and waits for the thread.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            // A panic in `on_frame` is the caller's bug; it has already been reported by
            // the panic hook and there is nothing to recover here.
            let _ = t.join();
        }
    }
}

impl Drop for CameraSupervisor {
    fn drop(&mut self) {
        self.shutdown();
    }
}

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use scanner::{
    CameraConfig, CameraFault, CameraSelector, CameraSource, CameraSupervisor, FileSource, Frame,
    FrameSource, HealthState, Playback, ScanError, SupervisorOptions, list_cameras,
};

fn wait_for(mut cond: impl FnMut() -> bool) -> bool {
    let until = Instant::now() + Duration::from_secs(10);
    while Instant::now() < until {
        if cond() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    false
}

#[test]
fn a_missing_camera_is_a_typed_error() {
    let cams = list_cameras().unwrap();
    if !cams.is_empty() {
        eprintln!("SKIPPED a_missing_camera_is_a_typed_error: this machine has cameras {cams:?}");
        return;
    }
    let err = CameraSource::open(&CameraConfig::default()).err().expect("no camera to open");
    assert_eq!(err.camera_fault(), Some(CameraFault::NoCamera), "{err}");
    let by_name = CameraConfig {
        selector: CameraSelector::Name("Logitech".into()),
        ..CameraConfig::default()
    };
    let err = CameraSource::open(&by_name).err().unwrap();
    assert_eq!(err.camera_fault(), Some(CameraFault::NoCamera));
    assert_eq!(CameraFault::NoCamera.code(), "no_camera");
}

#[test]
fn the_supervisor_retries_a_missing_camera_with_backoff_and_raises_the_alarm() {
    if !list_cameras().unwrap().is_empty() {
        eprintln!("SKIPPED supervisor/missing camera: this machine has a camera");
        return;
    }
    let options = SupervisorOptions {
        backoff_min: Duration::from_millis(10),
        backoff_max: Duration::from_millis(40),
        alarm_after: Duration::from_millis(50),
    };
    let sup = CameraSupervisor::camera(CameraConfig::default(), options, |_| {}).unwrap();
    let health = sup.health();
    assert!(wait_for(|| health.snapshot(Instant::now()).failures >= 3));
    let snap = health.snapshot(Instant::now() + Duration::from_millis(60));
    assert_eq!(snap.state, HealthState::Faulted);
    assert_eq!(snap.fault, Some(CameraFault::NoCamera));
    assert!(snap.alarm);
    let json = serde_json::to_value(&snap).unwrap();
    assert_eq!(json["fault"], "no_camera");
    sup.stop();
    assert_eq!(health.snapshot(Instant::now()).state, HealthState::Stopped);
}

/// Delivers `frames` frames, then fails as an unplugged camera does.
struct Unplugs {
    inner: FileSource,
    left: usize,
}

impl FrameSource for Unplugs {
    fn next_frame(&mut self) -> Result<Option<Frame>, ScanError> {
        if self.left == 0 {
            return Err(ScanError::Camera {
                fault: CameraFault::Unplugged,
                camera: "test".into(),
                detail: "No such device (os error 19)".into(),
            });
        }
        self.left -= 1;
        self.inner.next_frame()
    }
    fn name(&self) -> String {
        "unplugging".into()
    }
}

#[test]
fn the_supervisor_reconnects_after_busy_and_unplugged() {
    let dir = crate::corpus_dir().to_path_buf();
    let attempts = Arc::new(Mutex::new(0u32));
    let a = Arc::clone(&attempts);
    let opener: scanner::source::camera::Opener = Box::new(move || {
        let mut n = a.lock().unwrap();
        *n += 1;
        if *n <= 2 {
            return Err(ScanError::Camera {
                fault: CameraFault::Busy,
                camera: "test".into(),
                detail: "Device or resource busy".into(),
            });
        }
        let inner = FileSource::open(&dir, Playback { fps: None, looped: true })?;
        Ok(Box::new(Unplugs { inner, left: 3 }))
    });
    let frames = Arc::new(Mutex::new(0u32));
    let f = Arc::clone(&frames);
    let options = SupervisorOptions {
        backoff_min: Duration::from_millis(5),
        backoff_max: Duration::from_millis(20),
        alarm_after: Duration::from_secs(60),
    };
    let sup = CameraSupervisor::spawn(opener, options, move |_| *f.lock().unwrap() += 1).unwrap();
    let health = sup.health();
    // Two busy failures, then 3 frames, unplug, reopen, 3 frames, …
    assert!(wait_for(|| *frames.lock().unwrap() >= 6));
    let snap = health.snapshot(Instant::now());
    assert!(snap.failures >= 3, "{snap:?}");
    assert!(*attempts.lock().unwrap() >= 4);
    assert!(!snap.alarm);
    sup.stop();
}

//! What the app keeps for the lifetime of the window.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use checkout::demo::{DemoCodes, DemoScreen};
use checkout::{Lane, ScanFeed};
use settings::KioskConfig;
use staff::Maintenance;

/// The demo camera and its pictures (`camera.source = "demo"` only).
#[derive(Debug)]
pub struct Demo {
    /// The simulate buttons' pictures.
    pub codes: DemoCodes,
    /// What the demo camera shows.
    pub screen: DemoScreen,
}

/// The app's state, reached from commands through `tauri::State`.
pub struct KioskState {
    config: KioskConfig,
    windowed: bool,
    /// Set only by maintenance mode's "quit"; until then closing is refused.
    quit_allowed: AtomicBool,
    lane: Lane,
    maintenance: Maintenance,
    demo: Option<Demo>,
    feed: Mutex<Option<ScanFeed>>,
    /// The runtime the lane, the payment core and the resolver run on.
    _runtime: tokio::runtime::Runtime,
}

impl KioskState {
    /// Connects to HQ when `fleet.enabled` (then runs with the applied
    /// bundles' config) and opens the lane (journal, catalog, payment core)
    /// in `data_dir`.
    pub fn open(
        local: KioskConfig,
        layers: Vec<settings::Layer>,
        windowed: bool,
        data_dir: PathBuf,
    ) -> anyhow::Result<Self> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("kiosk-lane")
            .enable_all()
            .build()?;
        let fleet = checkout::hq::connect(&local, layers, runtime.handle())?;
        let config = fleet.as_ref().map_or(local, |f| (*f.current().config).clone());
        let lane = Lane::open(config.clone(), &data_dir, runtime.handle().clone())?;
        if let Some(fleet) = fleet {
            checkout::hq::attach(&lane, fleet, runtime.handle())?;
        }
        let audit = staff::audit::AuditLog::open(&data_dir.join(staff::audit::FILE_NAME))?;
        let desk = staff::StaffDesk::new(&config.staff, audit);
        let maintenance = Maintenance::new(desk, lane.clone(), data_dir.join("logs"));
        let demo = matches!(config.camera.source, settings::FrameSourceConfig::Demo).then(|| {
            let products = lane.catalog().products().unwrap_or_default();
            Demo {
                codes: DemoCodes::load(&checkout::demo::items_dir(), &products),
                screen: DemoScreen::default(),
            }
        });
        Ok(KioskState {
            config,
            windowed,
            quit_allowed: AtomicBool::new(false),
            lane,
            maintenance,
            demo,
            feed: Mutex::new(None),
            _runtime: runtime,
        })
    }

    /// The configuration in force.
    pub fn config(&self) -> &KioskConfig {
        &self.config
    }

    /// Whether the app runs as a normal window (development).
    pub fn windowed(&self) -> bool {
        self.windowed
    }

    /// The checkout lane.
    pub fn lane(&self) -> &Lane {
        &self.lane
    }

    /// Maintenance mode.
    pub fn staff(&self) -> &Maintenance {
        &self.maintenance
    }

    /// The demo camera, in demo mode.
    pub fn demo(&self) -> Option<&Demo> {
        self.demo.as_ref()
    }

    /// Keeps the camera feed running for the app's lifetime (a new one
    /// replaces, and stops, the old).
    pub fn keep_feed(&self, feed: ScanFeed, source: String) {
        self.maintenance.set_camera(feed.health(), source);
        let old = self.feed.lock().unwrap_or_else(std::sync::PoisonError::into_inner).replace(feed);
        drop(old);
    }

    /// Whether a close request may proceed: in kiosk mode only after
    /// maintenance mode allowed it; a developer's window always closes.
    pub fn may_close(&self) -> bool {
        self.windowed
            || self.quit_allowed.load(Ordering::SeqCst)
            || self.maintenance.quit_requested()
    }
}

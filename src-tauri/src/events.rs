//! What the backend pushes to the UI: every new checkout view
//! (`checkout-view`) and, while the pay screen is up, camera preview frames
//! (`camera-preview`). Also starts the camera feed, which needs the app
//! handle to push previews.

use checkout::{FeedSource, ScanFeed};
use tauri::{AppHandle, Emitter, Manager};

use crate::state::KioskState;

/// Starts forwarding views and previews to the window.
pub fn forward(app: &AppHandle) -> anyhow::Result<()> {
    let state = app.state::<KioskState>();
    let lane = state.lane().clone();
    let mut views = lane.views();
    let handle = app.clone();
    std::thread::Builder::new().name("ui-views".into()).spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().build();
        let Ok(runtime) = runtime else {
            tracing::error!("no runtime for the view forwarder: the UI gets no checkout views");
            return;
        };
        runtime.block_on(async move {
            while views.changed().await.is_ok() {
                let view = views.borrow_and_update().clone();
                if let Err(e) = handle.emit("checkout-view", &view) {
                    tracing::warn!(error = %e, "checkout view not delivered to the UI");
                }
            }
        });
    })?;
    let mut decoded = lane.decoded();
    let handle = app.clone();
    std::thread::Builder::new().name("ui-decoded".into()).spawn(move || {
        let Ok(runtime) = tokio::runtime::Builder::new_current_thread().build() else {
            tracing::error!("no runtime for the decode overlay forwarder");
            return;
        };
        runtime.block_on(async move {
            loop {
                match decoded.recv().await {
                    Ok(code) => {
                        let _ = handle.emit("camera-decoded", &code);
                    }
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
                }
            }
        });
    })?;
    let mut badges = lane.badges();
    let handle = app.clone();
    std::thread::Builder::new().name("ui-badges".into()).spawn(move || {
        let Ok(runtime) = tokio::runtime::Builder::new_current_thread().build() else {
            tracing::error!("no runtime for the staff badge forwarder: badges open nothing");
            return;
        };
        runtime.block_on(async move {
            loop {
                match badges.recv().await {
                    Ok(token) => {
                        if let Ok(badge) = handle.state::<KioskState>().staff().badge(&token) {
                            let _ = handle.emit("staff-badge", &badge);
                        }
                    }
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => {}
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
                }
            }
        });
    })?;
    let demo_screen = state.demo().map(|d| d.screen.clone()).unwrap_or_default();
    let source = FeedSource::from_config(&state.config().camera, &demo_screen);
    start_feed(app, source)
}

/// Starts (or restarts) the camera feed from `source`.
pub fn start_feed(app: &AppHandle, source: FeedSource) -> anyhow::Result<()> {
    let state = app.state::<KioskState>();
    let lane = state.lane().clone();
    let label = source.to_string();
    let handle = app.clone();
    let feed = ScanFeed::start(source, lane.clone(), lane.code_rules(), move |frame| {
        let _ = handle.emit("camera-preview", &frame);
    })?;
    state.keep_feed(feed, label);
    Ok(())
}

/// Staff picked camera `index`: the feed restarts on it.
pub fn pick_camera(app: &AppHandle, index: u32) -> anyhow::Result<()> {
    let camera = app.state::<KioskState>().config().camera.clone();
    start_feed(
        app,
        FeedSource::Camera(scanner::CameraConfig {
            selector: scanner::CameraSelector::Index(index),
            width: camera.width,
            height: camera.height,
            fps: camera.fps,
        }),
    )
}

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
        let Ok(runtime) = runtime else { return };
        runtime.block_on(async move {
            while views.changed().await.is_ok() {
                let view = views.borrow_and_update().clone();
                if let Err(e) = handle.emit("checkout-view", &view) {
                    tracing::warn!(error = %e, "checkout view not delivered to the UI");
                }
            }
        });
    })?;
    let demo_screen = state.demo().map(|d| d.screen.clone()).unwrap_or_default();
    let source = FeedSource::from_config(&state.config().camera, &demo_screen);
    let handle = app.clone();
    let feed = ScanFeed::start(source, lane.clone(), lane.code_rules(), move |frame| {
        let _ = handle.emit("camera-preview", &frame);
    })?;
    state.keep_feed(feed);
    Ok(())
}

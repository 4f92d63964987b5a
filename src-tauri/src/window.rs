//! The one kiosk window: fullscreen, undecorated, not resizable, and not
//! closable by the customer.

use tauri::{
    AppHandle, Manager as _, PhysicalPosition, WebviewUrl, WebviewWindowBuilder, Window,
    WindowEvent,
};

use crate::state::KioskState;

/// The kiosk window's label (capabilities/kiosk.json names it).
pub const LABEL: &str = "kiosk";

/// Opens the kiosk window (or a normal development window).
pub fn open(app: &AppHandle, windowed: bool) -> tauri::Result<()> {
    let window = WebviewWindowBuilder::new(app, LABEL, WebviewUrl::App("index.html".into()))
        .title("ScanPay Kiosk")
        .fullscreen(!windowed)
        .decorations(windowed)
        .resizable(windowed)
        .maximizable(windowed)
        .minimizable(windowed)
        .closable(windowed)
        .always_on_top(!windowed)
        .skip_taskbar(!windowed)
        .inner_size(1280.0, 800.0)
        .min_inner_size(1024.0, 700.0)
        .build()?;
    if !windowed {
        // Kiosk PCs often run a bare X session with no window manager, which
        // ignores the fullscreen request: cover the monitor explicitly too.
        if let Some(monitor) = window.current_monitor()?.or(window.primary_monitor()?) {
            window
                .set_position(PhysicalPosition::new(monitor.position().x, monitor.position().y))?;
            window.set_size(*monitor.size())?;
        }
    }
    Ok(())
}

/// Brings the kiosk window to the front (a second instance was launched).
pub fn focus(app: &AppHandle) {
    if let Some(window) = app.get_webview_window(LABEL)
        && let Err(err) = window.set_focus()
    {
        tracing::warn!(error = %err, "could not focus the kiosk window");
    }
}

/// Refuses window close requests (Alt+F4, the window manager) unless
/// maintenance mode allowed quitting.
pub fn guard_close(window: &Window, event: &WindowEvent) {
    if let WindowEvent::CloseRequested { api, .. } = event {
        let allowed = window.try_state::<KioskState>().is_some_and(|s| s.may_close());
        if !allowed {
            tracing::warn!("close request refused: quit through maintenance mode");
            api.prevent_close();
        }
    }
}

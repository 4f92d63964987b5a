//! ScanPay Kiosk: the desktop app.
//!
//! A thin shell: it parses the command line, sets up logging, loads the
//! validated configuration (refusing to start on a bad one), and wires the
//! domain crates to one fullscreen kiosk window. Commands are one-line calls
//! into crates (`commands.rs`); transport types for the UI live in
//! `models.rs`. Only this crate depends on tauri.

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

use clap::Parser;

mod cli;
mod commands;
mod events;
mod logs;
mod models;
mod state;
mod window;

fn main() -> ExitCode {
    let args = cli::Args::parse();
    let data_dir = args.data_dir();
    let _log_guard = match logs::init(&data_dir.join("logs")) {
        Ok(guard) => guard,
        Err(err) => {
            eprintln!("scanpay-kiosk: cannot set up logging: {err:#}");
            return ExitCode::from(2);
        }
    };
    let loaded = settings::local_layers(args.site_config().as_deref())
        .and_then(|layers| settings::load(&layers).map(|config| (config, layers)));
    let (config, layers) = match loaded {
        Ok(loaded) => loaded,
        Err(err) => {
            tracing::error!(error = %err, "configuration refused; not starting");
            eprintln!("scanpay-kiosk: {err}");
            return ExitCode::from(2);
        }
    };
    tracing::info!(
        store = %config.store.id,
        terminal = %config.store.terminal_id,
        windowed = args.windowed,
        data_dir = %data_dir.display(),
        "starting"
    );
    let state = match state::KioskState::open(config, layers, args.windowed, data_dir.clone()) {
        Ok(state) => state,
        Err(err) => {
            tracing::error!(error = %err, "the checkout lane could not open; not starting");
            eprintln!("scanpay-kiosk: {err:#}");
            return ExitCode::from(2);
        }
    };
    match run(state) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!(error = %err, "the app failed");
            eprintln!("scanpay-kiosk: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(state: state::KioskState) -> anyhow::Result<()> {
    let windowed = state.windowed();
    let mut builder = tauri::Builder::default();
    if !cfg!(debug_assertions) {
        // Release builds are locked down: one instance (a second launch only
        // brings the kiosk to the front), and no browser shortcuts: context
        // menu, reload, find, print, zoom, dev tools, downloads.
        builder = builder
            .plugin(tauri_plugin_single_instance::init(|app, _argv, _cwd| window::focus(app)))
            .plugin(tauri_plugin_prevent_default::init());
    }
    builder
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::kiosk_info,
            commands::checkout_view,
            commands::checkout_start,
            commands::checkout_language,
            commands::checkout_scan,
            commands::checkout_touch_products,
            commands::checkout_add,
            commands::checkout_quantity,
            commands::checkout_pay,
            commands::checkout_back,
            commands::checkout_cancel,
            commands::checkout_activity,
            commands::checkout_call_staff,
            commands::checkout_retry,
            commands::checkout_finish,
            commands::demo_codes,
            commands::demo_show,
            commands::staff_pad,
            commands::staff_login,
            commands::staff_logout,
            commands::staff_exit,
            commands::staff_overview,
            commands::staff_set_lane,
            commands::staff_set_muted,
            commands::staff_trades,
            commands::staff_trade,
            commands::staff_reprint,
            commands::staff_refund,
            commands::staff_resolve,
            commands::staff_reconcile,
            commands::staff_test_print,
            commands::staff_audit,
            commands::staff_logs,
            commands::staff_cameras,
            commands::staff_pick_camera,
            commands::staff_camera_preview,
            commands::staff_quit,
        ])
        .setup(move |app| {
            window::open(app.handle(), windowed)?;
            events::forward(app.handle())?;
            Ok(())
        })
        .on_window_event(window::guard_close)
        .run(tauri::generate_context!())?;
    Ok(())
}

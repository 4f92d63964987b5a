//! Logging, configured once: human-readable lines to stderr and to daily
//! rolling files (two weeks kept) under the data directory.

use std::path::Path;

use anyhow::Context as _;
use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{Builder, Rotation};
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;
use tracing_subscriber::{EnvFilter, fmt};

/// Log files kept before the oldest is deleted.
const KEEP_DAYS: usize = 14;

/// Starts logging; the guard flushes the file writer when dropped.
pub fn init(dir: &Path) -> anyhow::Result<WorkerGuard> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let appender = Builder::new()
        .rotation(Rotation::DAILY)
        .filename_prefix("kiosk")
        .filename_suffix("log")
        .max_log_files(KEEP_DAYS)
        .build(dir)
        .with_context(|| format!("opening log files in {}", dir.display()))?;
    let (file_writer, guard) = tracing_appender::non_blocking(appender);
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::registry()
        .with(filter)
        .with(fmt::layer().with_writer(std::io::stderr))
        .with(fmt::layer().with_ansi(false).with_writer(file_writer))
        .try_init()
        .context("installing the log subscriber")?;
    Ok(guard)
}

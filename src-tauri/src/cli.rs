//! Command-line flags of the kiosk app.

use std::path::PathBuf;

use clap::Parser;

/// ScanPay Kiosk.
#[derive(Debug, Parser)]
#[command(name = "scanpay-kiosk", version, about)]
pub struct Args {
    /// A normal resizable, closable window instead of the fullscreen kiosk
    /// (development).
    #[arg(long)]
    pub windowed: bool,
    /// Local site configuration layered over the built-in defaults.
    #[arg(long, value_name = "FILE", env = settings::SITE_FILE_ENV)]
    pub config: Option<PathBuf>,
    /// Where the kiosk keeps its journal, applied bundles and logs
    /// (default: the platform's data directory for com.scanpay.kiosk).
    #[arg(long, value_name = "DIR", env = settings::DATA_DIR_ENV)]
    data_dir: Option<PathBuf>,
}

impl Args {
    /// The data directory in force.
    pub fn data_dir(&self) -> PathBuf {
        settings::data_dir(self.data_dir.clone())
    }

    /// The site file, when one was given (an empty value means none).
    pub fn site_config(&self) -> Option<PathBuf> {
        self.config.clone().filter(|p| !p.as_os_str().is_empty())
    }
}

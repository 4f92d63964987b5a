//! `kioskctl`: the command-line tool for integrators, store staff and HQ.
//!
//! Each area has its own module with its clap arguments and a `run`
//! function; `main` only parses, sets up logging and dispatches.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod config;

/// ScanPay Kiosk command-line tool.
#[derive(Debug, Parser)]
#[command(name = "kioskctl", version, about, long_about = None)]
struct Cli {
    /// Log filter (also RUST_LOG), e.g. `info` or `alipay=debug`.
    #[arg(long, global = true, default_value = "warn", env = "KIOSKCTL_LOG")]
    log: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check and show kiosk configuration files.
    #[command(subcommand)]
    Config(config::ConfigCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(&cli.log);
    let result = match cli.command {
        Command::Config(cmd) => config::run(cmd),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("kioskctl: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// Logs go to stderr so that stdout stays parseable (JSON lines, reports).
fn init_logging(filter: &str) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(filter));
    tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).init();
}

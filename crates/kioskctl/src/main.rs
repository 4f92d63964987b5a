//! `kioskctl`: the command-line tool for integrators, store staff and HQ.
//!
//! Each area has its own module with its clap arguments and a `run`
//! function; `main` only parses, sets up logging and dispatches.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod alipay;
mod bench;
mod catalog;
mod config;
mod fleet;
mod hq;
mod payments;
mod printer;
mod scan;
mod soak;
mod staff;

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
    /// HQ: keys, signed config bundles, publishing, fleet status.
    #[command(subcommand)]
    Hq(hq::HqCommand),
    /// Fleet tools: simulate many kiosks against a broker.
    #[command(subcommand)]
    Fleet(fleet::FleetCommand),
    /// Product catalogs: check a file, draw the demo item labels.
    #[command(subcommand)]
    Catalog(catalog::CatalogCommand),
    /// Staff: make PIN hashes.
    #[command(subcommand)]
    Staff(staff::StaffCommand),
    /// Check and show kiosk configuration files.
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Lay out receipts: ESC/POS bytes, PNG or transcript.
    #[command(subcommand)]
    Receipt(printer::ReceiptCommand),
    /// Receipt printer: virtual printer, test page, status.
    #[command(subcommand)]
    Printer(printer::PrinterCommand),
    /// Decode barcodes in image files: one JSON line per file.
    Decode(scan::DecodeArgs),
    /// Cameras: list them, watch codes live.
    #[command(subcommand)]
    Camera(scan::CameraCommand),
    /// Alipay gateway calls and the integrator tools sign / verify-response.
    #[command(subcommand)]
    Alipay(alipay::AlipayCommand),
    /// The sandbox gateway that behaves like Alipay (OpenAPI) and Antom.
    #[command(subcommand)]
    Sandbox(alipay::SandboxCommand),
    /// One payment end to end against the configured gateway, each step printed.
    Pay(payments::PayArgs),
    /// The payment journal: list, show, refund, reconcile, resolve.
    #[command(subcommand)]
    Journal(payments::JournalCommand),
    /// Many payments against the sandbox with faults and process kills; checks
    /// the payment invariants and prints a JSON summary last.
    Soak(soak::SoakArgs),
    /// The soak's payment process (started by `kioskctl soak`).
    #[command(hide = true)]
    SoakWorker(soak::WorkerArgs),
    /// Benchmarks (DESIGN.md §10 figures).
    #[command(subcommand)]
    Bench(bench::BenchCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(&cli.log);
    let result = match cli.command {
        Command::Config(cmd) => config::run(cmd),
        Command::Catalog(cmd) => catalog::run(cmd),
        Command::Staff(cmd) => staff::run(cmd),
        Command::Hq(cmd) => hq::run(cmd),
        Command::Fleet(cmd) => fleet::run(cmd),
        Command::Receipt(cmd) => printer::run_receipt(cmd),
        Command::Printer(cmd) => printer::run_printer(cmd),
        Command::Decode(args) => scan::decode(args),
        Command::Camera(cmd) => scan::camera(cmd),
        Command::Bench(cmd) => bench::run(cmd),
        Command::Pay(args) => payments::pay(args),
        Command::Journal(cmd) => payments::journal(cmd),
        Command::Soak(args) => soak::run(args),
        Command::SoakWorker(args) => soak::worker(args),
        Command::Alipay(cmd) => alipay::run(cmd),
        Command::Sandbox(cmd) => alipay::run_sandbox(cmd),
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

//! `kioskctl receipt render` and `kioskctl printer virtual|test|status`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, Subcommand, ValueEnum};
use printer::virtual_printer::{self, VirtualOptions, VirtualPrinter, VirtualState};
use printer::{Connection, PaperWidth, PrinterConfig, PrinterProfile, Receipt};

/// Receipt subcommands.
#[derive(Debug, Subcommand)]
pub enum ReceiptCommand {
    /// Lay out a receipt and write it as the printer's bytes (.bin), the
    /// virtual printer's rendering (.png) or its transcript (.txt).
    Render(RenderArgs),
}

/// Arguments of `receipt render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// The trade to render, by out_trade_no, from the payment journal.
    #[arg(long, conflicts_with = "sample", required_unless_present = "sample")]
    trade: Option<String>,
    /// Render the built-in sample receipt.
    #[arg(long)]
    sample: bool,
    /// Language tag (en, zh-Hans, ar…); a trade's receipt defaults to the
    /// customer's language, the sample to en.
    #[arg(long)]
    lang: Option<String>,
    /// Config and journal for --trade.
    #[command(flatten)]
    kiosk: crate::payments::KioskArgs,
    /// Paper width in millimetres.
    #[arg(long, default_value_t = 80)]
    width: u32,
    /// Printer profile: `generic` (Latin font only) or `chinese` (GB18030 font).
    #[arg(long, value_enum, default_value_t = ProfileName::Generic)]
    printer_profile: ProfileName,
    /// Output file; the extension picks the format: .bin, .png or .txt.
    #[arg(long)]
    out: PathBuf,
}

/// A named printer profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProfileName {
    /// Code-page text only: non-Latin text is printed as images.
    Generic,
    /// Has a GB18030 Chinese font: Chinese is printed as text.
    Chinese,
}

/// Printer subcommands.
#[derive(Debug, Subcommand)]
pub enum PrinterCommand {
    /// Run a virtual network printer: answers status, renders each receipt to
    /// DIR/receipt-NNNN.png and .txt. Runs until interrupted.
    Virtual {
        /// TCP port (9100 is the usual printer port; 0 picks a free one).
        #[arg(long, default_value_t = 9100)]
        port: u16,
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1")]
        bind: String,
        /// Where receipts are written.
        #[arg(long)]
        out: PathBuf,
        /// Paper width in millimetres (58 or 80).
        #[arg(long, default_value_t = 80)]
        width: u32,
        /// Report paper out (and print nothing).
        #[arg(long)]
        paper_out: bool,
        /// Report paper near end.
        #[arg(long)]
        paper_near_end: bool,
        /// Report offline (and print nothing).
        #[arg(long)]
        offline: bool,
        /// Report cover open (and print nothing).
        #[arg(long)]
        cover_open: bool,
        /// Never answer status requests.
        #[arg(long)]
        silent: bool,
    },
    /// Print a test page on the configured printer.
    Test {
        /// Site config file layered over the defaults (as the kiosk loads it).
        #[arg(long)]
        config: Option<PathBuf>,
        /// Language of the test page (default: the kiosk's default language).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Read the configured printer's status. Exits 0 when ready, 2 when not.
    Status {
        /// Site config file layered over the defaults.
        #[arg(long)]
        config: Option<PathBuf>,
    },
}

/// Runs a receipt subcommand.
pub fn run_receipt(cmd: ReceiptCommand) -> Result<ExitCode> {
    let ReceiptCommand::Render(args) = cmd;
    let (receipt, trade_lang) = match (&args.trade, args.sample) {
        (_, true) => (Receipt::sample(), None),
        (Some(trade), false) => {
            let config = args.kiosk.config()?;
            let journal = args.kiosk.journal()?;
            let Some(t) = journal.trade(trade)? else {
                bail!("no trade {trade} in {}", journal.path().display());
            };
            let lang = t.language.clone();
            (checkout::receipt::receipt_for_trade(&t, &config)?, Some(lang))
        }
        (None, false) => bail!("give --trade ID or --sample"),
    };
    let lang = args.lang.clone().or(trade_lang).unwrap_or_else(|| "en".into());
    let catalogs = i18n::Catalogs::embedded()?;
    let locale = catalogs.locale(&lang)?;
    let paper = PaperWidth::from_mm(args.width)?;
    let profile =
        PrinterProfile { paper, chinese_font: args.printer_profile == ProfileName::Chinese };
    let bytes = printer::receipt_bytes(&receipt, locale, profile)?;
    let ext = args.out.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "bin" => {
            std::fs::write(&args.out, &bytes).with_context(|| args.out.display().to_string())?
        }
        "png" | "txt" => {
            let pages = virtual_printer::render(&bytes, paper)?;
            let page = pages.first().context("the receipt rendered no page")?;
            if ext == "png" {
                virtual_printer::save_png(&page.image, &args.out)?;
            } else {
                std::fs::write(&args.out, &page.transcript)
                    .with_context(|| args.out.display().to_string())?;
            }
        }
        other => {
            bail!("--out {}: unknown format {other:?} (use .bin, .png or .txt)", args.out.display())
        }
    }
    println!(
        "wrote {} ({} bytes of ESC/POS, {} mm, {})",
        args.out.display(),
        bytes.len(),
        paper.mm(),
        locale.tag()
    );
    Ok(ExitCode::SUCCESS)
}

/// Runs a printer subcommand.
pub fn run_printer(cmd: PrinterCommand) -> Result<ExitCode> {
    match cmd {
        PrinterCommand::Virtual {
            port,
            bind,
            out,
            width,
            paper_out,
            paper_near_end,
            offline,
            cover_open,
            silent,
        } => {
            let state = VirtualState { paper_out, paper_near_end, cover_open, offline, silent };
            let options = VirtualOptions {
                paper: PaperWidth::from_mm(width)?,
                out_dir: Some(out.clone()),
                state,
            };
            let printer = VirtualPrinter::start(&format!("{bind}:{port}"), options)?;
            println!(
                "virtual printer listening on {} ({width} mm), receipts in {}",
                printer.addr(),
                out.display()
            );
            printer.run_forever();
            Ok(ExitCode::SUCCESS)
        }
        PrinterCommand::Test { config, lang } => {
            let (printer_config, default_lang) = configured(config.as_deref())?;
            let catalogs = i18n::Catalogs::embedded()?;
            let locale = catalogs.locale(lang.as_deref().unwrap_or(&default_lang))?;
            let bytes = printer::test_page_bytes(locale, printer_config.profile)?;
            let mut connection = Connection::open(&printer_config)?;
            let report = connection.print(&bytes)?;
            println!(
                "printed a test page on {}: status after printing: {}",
                connection.target(),
                report.after
            );
            Ok(if report.after.is_ready() { ExitCode::SUCCESS } else { ExitCode::from(2) })
        }
        PrinterCommand::Status { config } => {
            let (printer_config, _) = configured(config.as_deref())?;
            let mut connection = Connection::open(&printer_config)?;
            let status = connection.status();
            match status.problem() {
                None => {
                    println!("{}: ready ({status})", connection.target());
                    Ok(ExitCode::SUCCESS)
                }
                Some(problem) => {
                    println!("{}: {} ({status})", connection.target(), problem.code());
                    Ok(ExitCode::from(2))
                }
            }
        }
    }
}

/// The printer and default language of the kiosk configuration.
fn configured(site: Option<&Path>) -> Result<(PrinterConfig, String)> {
    let config = settings::load_local(site)?;
    Ok((checkout::receipt::printer_config(&config), config.languages.default.clone()))
}

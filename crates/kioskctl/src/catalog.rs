//! `kioskctl catalog`: check a product catalog, draw the demo camera's item
//! labels.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, Subcommand};

/// Catalog subcommands.
#[derive(Debug, Subcommand)]
pub enum CatalogCommand {
    /// Validate a catalog file (TOML); every problem names its key.
    Check {
        /// The catalog file.
        file: PathBuf,
    },
    /// Draw an EAN-13 label picture per barcoded product (the demo camera's
    /// items, `assets/demo/items/<id>.png`).
    DemoLabels(DemoLabelsArgs),
}

/// `kioskctl catalog demo-labels`.
#[derive(Debug, Args)]
pub struct DemoLabelsArgs {
    /// The catalog file.
    #[arg(long, default_value = "kiosk-config/catalog.toml")]
    catalog: PathBuf,
    /// Where to write the pictures.
    #[arg(long, default_value = "assets/demo/items")]
    out: PathBuf,
}

/// Runs a catalog subcommand.
pub fn run(cmd: CatalogCommand) -> Result<ExitCode> {
    match cmd {
        CatalogCommand::Check { file } => match checkout::Catalog::from_file(&file) {
            Ok(c) => {
                let touch = c.products.iter().filter(|p| p.touch).count();
                println!(
                    "{}: ok ({} products, {touch} sold by touch, {} tax classes)",
                    file.display(),
                    c.products.len(),
                    c.taxes.len()
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(e) => {
                eprintln!("{e}");
                Ok(ExitCode::from(1))
            }
        },
        CatalogCommand::DemoLabels(args) => {
            let catalog = checkout::Catalog::from_file(&args.catalog)?;
            std::fs::create_dir_all(&args.out).with_context(|| args.out.display().to_string())?;
            for p in &catalog.products {
                let Some(gtin) = &p.gtin else { continue };
                let ean13 = gtin.trim_start_matches('0');
                let ean13 = format!("{ean13:0>13}");
                let img = checkout::demo::render_item_label(&ean13)?;
                let path = args.out.join(format!("{}.png", p.id));
                img.save(&path).with_context(|| path.display().to_string())?;
                println!("wrote {} ({ean13})", path.display());
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

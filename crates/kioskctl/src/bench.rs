//! `kioskctl bench …`: figures for DESIGN.md §10, measured on this machine.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Subcommand;
use scanner::RxingDecoder;
use scanner::bench::GroupFigures;

/// Benchmarks.
#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Decode every frame of a corpus folder (from `gen-corpus`) on this thread and print
    /// detection rate and p50/p95 ms per group. Run under `taskset -c 0` for one core.
    Decode {
        /// The corpus folder (PNG frames and manifest.jsonl).
        dir: PathBuf,
        /// Print the report as JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
}

/// Runs a bench subcommand.
pub fn run(cmd: BenchCommand) -> Result<ExitCode> {
    match cmd {
        BenchCommand::Decode { dir, json } => {
            let report = scanner::bench::run(&dir, &mut RxingDecoder::default())
                .with_context(|| format!("benchmarking {}", dir.display()))?;
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
                return Ok(ExitCode::SUCCESS);
            }
            println!("scanner (rxing cascade) on {}", dir.display());
            println!(
                "{:<14} {:>6} {:>7} {:>8} {:>8} {:>8}",
                "group", "frames", "rate", "p50 ms", "p95 ms", "mean ms"
            );
            let rows: [(&str, &GroupFigures); 7] = [
                ("payment", &report.payment),
                ("payment_720p", &report.payment_720p),
                ("payment_480p", &report.payment_480p),
                ("payment_1080p", &report.payment_1080p),
                ("items", &report.items),
                ("negatives", &report.negatives),
                ("all", &report.all),
            ];
            for (name, g) in rows {
                if g.frames > 0 {
                    println!(
                        "{:<14} {:>6} {:>6.1}% {:>8.2} {:>8.2} {:>8.2}",
                        name,
                        g.frames,
                        g.rate * 100.0,
                        g.p50_ms,
                        g.p95_ms,
                        g.mean_ms
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

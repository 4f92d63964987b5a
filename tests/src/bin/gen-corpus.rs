//! `gen-corpus --out DIR --count N --seed S`: writes a barcode corpus (PNG frames and
//! `manifest.jsonl`) for `kioskctl bench decode` and the zxing-cpp reference script.

use std::path::PathBuf;

use anyhow::Context;
use clap::Parser;

/// Writes a deterministic corpus of camera-like frames with payment codes, items and negatives.
#[derive(Parser)]
struct Args {
    /// Output folder (created if missing).
    #[arg(long)]
    out: PathBuf,
    /// Number of frames.
    #[arg(long, default_value_t = 200)]
    count: usize,
    /// Seed; the same seed always renders the same corpus.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let entries = scanpay_tests::corpus::generate(&args.out, args.count, args.seed)
        .with_context(|| format!("writing the corpus to {}", args.out.display()))?;
    let count = |k| entries.iter().filter(|e| e.kind == k).count();
    use scanpay_tests::corpus::FrameKind;
    println!(
        "wrote {} frames to {} (payment {}, item {}, negative {})",
        entries.len(),
        args.out.display(),
        count(FrameKind::Payment),
        count(FrameKind::Item),
        count(FrameKind::Negative)
    );
    Ok(())
}

//! Detection rate and per-frame latency over a corpus folder (PNG frames plus the
//! `manifest.jsonl` written by `gen-corpus`).
//!
//! Every frame is loaded and converted to luma first; only the decode itself is timed, on
//! the calling thread, with the decoder's memory of earlier frames cleared before each
//! frame (corpus frames are unrelated; a camera stream would be faster). Payment frames
//! and negatives are decoded for [`Purpose::Payment`], item frames for [`Purpose::Items`].
//!
//! Each frame is decoded `repeat` times (the decoder reset each time) and its fastest
//! time kept: on a shared VM a single timing includes whatever else the host did in that
//! millisecond, and the minimum of a few is what the decoder itself costs. The zxing-cpp
//! reference script (`bench/zxing_cpp_reference.py`) does the same.

use std::path::{Path, PathBuf};
use std::time::Instant;

use serde::{Deserialize, Serialize};

use crate::source::file::load_frame;
use crate::{Decode, Purpose, ScanError};

/// One manifest line (the fields this crate needs).
#[derive(Debug, Clone, Deserialize)]
pub struct ManifestEntry {
    /// Frame file, relative to the corpus folder.
    pub file: String,
    /// Frame width.
    pub width: u32,
    /// Frame height.
    pub height: u32,
    /// `payment`, `item` or `negative`.
    pub kind: String,
    /// Texts any of which counts as a detection.
    pub expected: Vec<String>,
}

/// Reads `manifest.jsonl` in `dir`.
pub fn load_manifest(dir: &Path) -> Result<Vec<ManifestEntry>, ScanError> {
    let path = dir.join("manifest.jsonl");
    let text = std::fs::read_to_string(&path)
        .map_err(|source| ScanError::Io { path: path.clone(), source })?;
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| ScanError::Manifest {
                path: path.clone(),
                reason: format!("line {}: {e}", i + 1),
            })
        })
        .collect()
}

/// Figures for one group of frames.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct GroupFigures {
    /// Frames in the group.
    pub frames: usize,
    /// Frames where an expected text was found (0 for negatives).
    pub detected: usize,
    /// Frames where a code was reported that is not expected (any code, for negatives).
    pub wrong: usize,
    /// `detected / frames` (for negatives: `1 - wrong / frames`).
    pub rate: f64,
    /// Median decode time, ms.
    pub p50_ms: f64,
    /// 95th-percentile decode time, ms.
    pub p95_ms: f64,
    /// Mean decode time, ms.
    pub mean_ms: f64,
}

/// The whole report, grouped the way DESIGN.md §10 states its target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BenchReport {
    /// The corpus folder.
    pub dir: PathBuf,
    /// Payment frames, all resolutions.
    pub payment: GroupFigures,
    /// Payment frames at 1280×720 (the §10 target).
    pub payment_720p: GroupFigures,
    /// Payment frames at 640×480.
    pub payment_480p: GroupFigures,
    /// Payment frames at 1920×1080.
    pub payment_1080p: GroupFigures,
    /// Item frames.
    pub items: GroupFigures,
    /// Negative frames (rate = share with no false reading).
    pub negatives: GroupFigures,
    /// All frames (latency only is meaningful here).
    pub all: GroupFigures,
}

struct Sample {
    kind: String,
    width: u32,
    ms: f64,
    detected: bool,
    wrong: bool,
}

/// Runs `decoder` over the corpus in `dir`, each frame `repeat` times (at least once),
/// keeping each frame's fastest time.
pub fn run(dir: &Path, decoder: &mut dyn Decode, repeat: u32) -> Result<BenchReport, ScanError> {
    let entries = load_manifest(dir)?;
    let mut samples = Vec::with_capacity(entries.len());
    for e in &entries {
        let frame = load_frame(&dir.join(&e.file))?;
        let purpose = if e.kind == "item" { Purpose::Items } else { Purpose::Payment };
        let mut ms = f64::INFINITY;
        let mut codes = Vec::new();
        for _ in 0..repeat.max(1) {
            decoder.reset();
            let t = Instant::now();
            codes = decoder.decode(&frame, purpose);
            ms = ms.min(t.elapsed().as_secs_f64() * 1000.0);
        }
        let detected = codes.iter().any(|c| e.expected.contains(&c.text));
        let wrong = codes.iter().any(|c| !e.expected.contains(&c.text));
        samples.push(Sample { kind: e.kind.clone(), width: frame.width(), ms, detected, wrong });
    }
    let group = |f: &dyn Fn(&Sample) -> bool, negative: bool| figures(&samples, f, negative);
    Ok(BenchReport {
        dir: dir.to_path_buf(),
        payment: group(&|s| s.kind == "payment", false),
        payment_720p: group(&|s| s.kind == "payment" && s.width == 1280, false),
        payment_480p: group(&|s| s.kind == "payment" && s.width == 640, false),
        payment_1080p: group(&|s| s.kind == "payment" && s.width == 1920, false),
        items: group(&|s| s.kind == "item", false),
        negatives: group(&|s| s.kind == "negative", true),
        all: group(&|_| true, false),
    })
}

fn figures(samples: &[Sample], pick: &dyn Fn(&Sample) -> bool, negative: bool) -> GroupFigures {
    let chosen: Vec<&Sample> = samples.iter().filter(|s| pick(s)).collect();
    if chosen.is_empty() {
        return GroupFigures::default();
    }
    let mut ms: Vec<f64> = chosen.iter().map(|s| s.ms).collect();
    ms.sort_by(f64::total_cmp);
    let n = chosen.len();
    let detected = chosen.iter().filter(|s| s.detected).count();
    let wrong = chosen.iter().filter(|s| s.wrong).count();
    GroupFigures {
        frames: n,
        detected,
        wrong,
        rate: if negative { 1.0 - wrong as f64 / n as f64 } else { detected as f64 / n as f64 },
        p50_ms: percentile(&ms, 0.50),
        p95_ms: percentile(&ms, 0.95),
        mean_ms: ms.iter().sum::<f64>() / n as f64,
    }
}

/// The `q` quantile of sorted `v` (nearest rank).
pub fn percentile(v: &[f64], q: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    let rank = ((q * v.len() as f64).ceil() as usize).clamp(1, v.len());
    v[rank - 1]
}

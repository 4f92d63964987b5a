//! `kioskctl decode FILE...` and `kioskctl camera list|watch`: the scanner from the command
//! line, for integrators checking a camera and staff diagnosing one.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::{Args, Subcommand, ValueEnum};
use scanner::{
    CameraConfig, CameraSelector, CameraSupervisor, Classification, CodeRules, Decode,
    DecodeWorker, FileSource, Frame, FrameSource, Playback, Purpose, RxingDecoder, ScanEvent,
    SupervisorOptions, classify,
};
use serde_json::json;

/// Arguments of `kioskctl decode`.
#[derive(Debug, Args)]
pub struct DecodeArgs {
    /// Image files (PNG, JPEG). One JSON line is printed per file.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Which formats to look for.
    #[arg(long, value_enum, default_value_t = PurposeArg::Any)]
    purpose: PurposeArg,
}

/// The format set to decode.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PurposeArg {
    /// QR + Code128.
    Payment,
    /// EAN-13, EAN-8, UPC-A, Code128.
    Items,
    /// All of them.
    Any,
}

impl From<PurposeArg> for Purpose {
    fn from(p: PurposeArg) -> Purpose {
        match p {
            PurposeArg::Payment => Purpose::Payment,
            PurposeArg::Items => Purpose::Items,
            PurposeArg::Any => Purpose::Any,
        }
    }
}

/// Decodes each file and prints
/// `{"file":…,"codes":[{"text":…,"format":…,"kind":…}],"ms":…}`; `ms` covers the
/// grayscale conversion and the decode of the in-memory image, on this thread.
pub fn decode(args: DecodeArgs) -> Result<ExitCode> {
    let accepted = scanner::AcceptedWallets::default();
    let mut failed = false;
    for file in &args.files {
        let line = match decode_one(file, args.purpose.into(), &accepted) {
            Ok(line) => line.to_string(),
            Err(err) => {
                failed = true;
                json!({"file": file, "error": format!("{err:#}")}).to_string()
            }
        };
        if !emit(&line)? {
            break;
        }
    }
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// Writes one line to stdout. `false` when the reader has gone (`| head`):
/// the caller stops quietly instead of panicking on a closed pipe.
fn emit(line: &str) -> Result<bool> {
    use std::io::Write as _;
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{line}").and_then(|()| out.flush()) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(e.into()),
    }
}

fn decode_one(
    file: &Path,
    purpose: Purpose,
    accepted: &scanner::AcceptedWallets,
) -> Result<serde_json::Value> {
    let bytes = std::fs::read(file).with_context(|| format!("reading {}", file.display()))?;
    let img = image::load_from_memory(&bytes)
        .with_context(|| format!("decoding image {}", file.display()))?;
    let mut decoder = RxingDecoder::default();
    let started = Instant::now();
    let frame = Frame::from_image(&img)?;
    let codes = decoder.decode(&frame, purpose);
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    let codes: Vec<_> = codes
        .iter()
        .map(|c| {
            json!({
                "text": c.text,
                "format": c.symbology.name(),
                "kind": classify(&c.text, c.symbology, accepted).kind(),
            })
        })
        .collect();
    Ok(json!({"file": file, "codes": codes, "ms": (ms * 1000.0).round() / 1000.0}))
}

/// `kioskctl camera …`
#[derive(Debug, Subcommand)]
pub enum CameraCommand {
    /// List the cameras the OS reports (one JSON line each).
    List,
    /// Open a camera (or play an image folder) and print codes live as JSON lines;
    /// camera health changes go to stderr.
    Watch(WatchArgs),
}

/// Arguments of `kioskctl camera watch`.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// Camera index.
    #[arg(long, default_value_t = 0, conflicts_with = "name")]
    index: u32,
    /// Camera name (or part of it) instead of an index.
    #[arg(long)]
    name: Option<String>,
    /// Play the images of this folder (or file) at --fps instead of a camera.
    #[arg(long, conflicts_with = "name")]
    files: Option<PathBuf>,
    /// Frame rate for --files.
    #[arg(long, default_value_t = 30.0)]
    fps: f32,
    /// Wanted camera resolution, WIDTHxHEIGHT.
    #[arg(long, default_value = "1280x720")]
    size: String,
    /// What to look for.
    #[arg(long, value_enum, default_value_t = PurposeArg::Payment)]
    purpose: PurposeArg,
    /// Stop after this many seconds (default: run until interrupted).
    #[arg(long)]
    seconds: Option<u64>,
}

/// Runs a camera subcommand.
pub fn camera(cmd: CameraCommand) -> Result<ExitCode> {
    match cmd {
        CameraCommand::List => {
            let cams = scanner::list_cameras()?;
            if cams.is_empty() {
                eprintln!("no cameras found");
            }
            for c in cams {
                println!("{}", serde_json::to_string(&c)?);
            }
            Ok(ExitCode::SUCCESS)
        }
        CameraCommand::Watch(args) => watch(args),
    }
}

fn watch(args: WatchArgs) -> Result<ExitCode> {
    let (width, height) = args
        .size
        .split_once('x')
        .and_then(|(w, h)| Some((w.parse().ok()?, h.parse().ok()?)))
        .with_context(|| format!("--size {:?} is not WIDTHxHEIGHT", args.size))?;
    let rules = Arc::new(CodeRules::default());
    let worker =
        DecodeWorker::spawn(Box::new(RxingDecoder::default()), rules, args.purpose.into())?;
    let sink = worker.sink();
    let options = SupervisorOptions::default();
    let supervisor = match &args.files {
        Some(path) => {
            let path = path.clone();
            let fps = args.fps;
            let opener: scanner::source::camera::Opener = Box::new(move || {
                let playback = Playback { fps: Some(fps), looped: false };
                Ok(Box::new(FileSource::open(&path, playback)?) as Box<dyn FrameSource>)
            });
            CameraSupervisor::spawn(opener, options, move |f| sink.submit(f))?
        }
        None => {
            let selector = match args.name.clone() {
                Some(n) => CameraSelector::Name(n),
                None => CameraSelector::Index(args.index),
            };
            let config = CameraConfig { selector, width, height, fps: 30 };
            CameraSupervisor::camera(config, options, move |f| sink.submit(f))?
        }
    };
    let health = supervisor.health();
    let deadline = args.seconds.map(|s| Instant::now() + Duration::from_secs(s));
    let mut last_state = None;
    let mut last_report = Instant::now();
    loop {
        if let Some(ev) = worker.next_event(Duration::from_millis(100))
            && !emit(&event_json(&ev).to_string())?
        {
            break;
        }
        let now = Instant::now();
        let snap = health.snapshot(now);
        let state = (snap.state, snap.fault);
        if last_state != Some(state) || (snap.alarm && now - last_report > Duration::from_secs(10))
        {
            eprintln!("camera: {}", serde_json::to_string(&snap)?);
            last_state = Some(state);
            last_report = now;
        }
        // A file source that has played through stops; so does the deadline.
        let files_done = args.files.is_some() && snap.failures > 0 && worker.is_idle();
        if files_done || deadline.is_some_and(|d| now >= d) {
            break;
        }
    }
    supervisor.stop();
    // Let the worker finish the last frame before reporting.
    while let Some(ev) = worker.next_event(Duration::from_millis(300)) {
        if !emit(&event_json(&ev).to_string())? {
            break;
        }
    }
    eprintln!("decoder: {}", serde_json::to_string(&worker.stats())?);
    worker.stop();
    Ok(ExitCode::SUCCESS)
}

/// A live event as a JSON line. Payment codes are auth codes: only the last 4 digits shown.
fn event_json(ev: &ScanEvent) -> serde_json::Value {
    let detail = match &ev.classification {
        Classification::Payment { wallet, code } => json!({
            "wallet": wallet, "code": masking::mask_tail(code.expose(), 4)
        }),
        Classification::Refused(r) => {
            json!({"reason": r.code, "wallet": r.wallet, "accepted": r.accepted})
        }
        Classification::Item { gtin } => json!({"gtin": gtin}),
        Classification::StaffBadge { .. } => json!({"badge": true}),
        Classification::Ignored => json!({}),
    };
    json!({
        "kind": ev.classification.kind(),
        "format": ev.symbology.name(),
        "frame": ev.frame_seq,
        "pass": ev.pass,
        "detail": detail,
    })
}

//! Images on disk played as frames: a single image or a folder (demo, tests, benches).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::FrameSource;
use crate::{Frame, ScanError};

/// How a [`FileSource`] plays its images.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Playback {
    /// Frames per second to pace at; `None` delivers frames as fast as they are asked for.
    pub fps: Option<f32>,
    /// Start again after the last image instead of ending.
    pub looped: bool,
}

/// Plays PNG/JPEG files (sorted by name) as frames, decoding each when it is due.
pub struct FileSource {
    files: Vec<PathBuf>,
    next: usize,
    seq: u64,
    playback: Playback,
    due: Option<Instant>,
    label: String,
}

impl FileSource {
    /// A source over `path`: one image file, or every `.png`/`.jpg`/`.jpeg` in a folder.
    pub fn open(path: &Path, playback: Playback) -> Result<FileSource, ScanError> {
        let io = |source| ScanError::Io { path: path.to_path_buf(), source };
        let meta = std::fs::metadata(path).map_err(io)?;
        let files = if meta.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(io)?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| is_image(p))
                .collect();
            files.sort();
            if files.is_empty() {
                return Err(ScanError::NoImages { path: path.to_path_buf() });
            }
            files
        } else {
            vec![path.to_path_buf()]
        };
        Ok(FileSource {
            files,
            next: 0,
            seq: 0,
            playback,
            due: None,
            label: format!("files:{}", path.display()),
        })
    }

    /// The files played, in order.
    pub fn files(&self) -> &[PathBuf] {
        &self.files
    }
}

/// Whether `p` has an image extension this crate decodes.
pub fn is_image(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "png" | "jpg" | "jpeg"))
}

/// Reads and decodes one image file into a frame.
pub fn load_frame(path: &Path) -> Result<Frame, ScanError> {
    let bytes =
        std::fs::read(path).map_err(|source| ScanError::Io { path: path.to_path_buf(), source })?;
    let img = image::load_from_memory(&bytes)
        .map_err(|source| ScanError::Image { path: path.to_path_buf(), source })?;
    Frame::from_image(&img)
}

impl FrameSource for FileSource {
    fn next_frame(&mut self) -> Result<Option<Frame>, ScanError> {
        if self.next >= self.files.len() {
            if !self.playback.looped {
                return Ok(None);
            }
            self.next = 0;
        }
        if let Some(fps) = self.playback.fps.filter(|f| *f > 0.0) {
            let period = Duration::from_secs_f32(1.0 / fps);
            let now = Instant::now();
            let due = self.due.unwrap_or(now);
            if due > now {
                std::thread::sleep(due - now);
            }
            // Never try to catch up a backlog: pace from whichever is later.
            self.due = Some(due.max(now) + period);
        }
        let frame = load_frame(&self.files[self.next])?;
        self.next += 1;
        let seq = self.seq;
        self.seq += 1;
        Ok(Some(frame.stamped(seq, Instant::now())))
    }

    fn name(&self) -> String {
        self.label.clone()
    }
}

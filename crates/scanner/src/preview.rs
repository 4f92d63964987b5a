//! A low-rate JPEG preview for the UI's live camera view (the guide box, staff
//! diagnostics). Frames are shrunk before encoding, and encoded only when one is due,
//! so the preview costs a few milliseconds ten times a second.

use std::time::{Duration, Instant};

use image::ImageEncoder;

use crate::{Frame, ScanError};

/// Preview settings.
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewOptions {
    /// Frames are shrunk (by an integer factor) to at most this width.
    pub max_width: u32,
    /// Minimum time between two preview images (100 ms ≈ 10 fps).
    pub interval: Duration,
    /// JPEG quality, 1–100.
    pub quality: u8,
}

impl Default for PreviewOptions {
    fn default() -> Self {
        PreviewOptions { max_width: 480, interval: Duration::from_millis(100), quality: 60 }
    }
}

/// Turns a stream of frames into a throttled stream of small grayscale JPEGs.
#[derive(Debug)]
pub struct PreviewEncoder {
    options: PreviewOptions,
    last: Option<Instant>,
}

impl PreviewEncoder {
    /// An encoder with these options.
    pub fn new(options: PreviewOptions) -> Self {
        PreviewEncoder { options, last: None }
    }

    /// A JPEG of `frame` if one is due at `now`, else `None` (the frame is skipped).
    pub fn offer(&mut self, frame: &Frame, now: Instant) -> Option<Result<Vec<u8>, ScanError>> {
        if let Some(last) = self.last
            && now.saturating_duration_since(last) < self.options.interval
        {
            return None;
        }
        self.last = Some(now);
        Some(self.encode(frame))
    }

    /// Shrinks and encodes `frame` now, regardless of the interval.
    pub fn encode(&self, frame: &Frame) -> Result<Vec<u8>, ScanError> {
        let factor = frame.width().div_ceil(self.options.max_width.max(1));
        let small = frame.downscaled(factor);
        let mut out = Vec::with_capacity(small.luma().len() / 8);
        image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut out,
            self.options.quality.clamp(1, 100),
        )
        .write_image(small.luma(), small.width(), small.height(), image::ExtendedColorType::L8)
        .map_err(|e| ScanError::BadFrame { reason: format!("preview encoding failed: {e}") })?;
        Ok(out)
    }
}

//! Frames: one grayscale (luma) buffer, made once when the frame enters the crate.

use std::sync::Arc;
use std::time::Instant;

use crate::ScanError;

/// An axis-aligned rectangle in frame pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Rect {
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width.
    pub w: u32,
    /// Height.
    pub h: u32,
}

impl Rect {
    /// The smallest rectangle holding all `points` (x, y), clipped to `width`×`height`, at
    /// least one pixel wide and tall (a 1D code's two end points make a line).
    pub fn bounding(points: &[(f32, f32)], width: u32, height: u32) -> Option<Rect> {
        let mut it = points.iter().filter(|p| p.0.is_finite() && p.1.is_finite());
        let first = it.next()?;
        let (mut x0, mut y0, mut x1, mut y1) = (first.0, first.1, first.0, first.1);
        for p in it {
            x0 = x0.min(p.0);
            y0 = y0.min(p.1);
            x1 = x1.max(p.0);
            y1 = y1.max(p.1);
        }
        let x = x0.max(0.0) as u32;
        let y = y0.max(0.0) as u32;
        let xe = (x1.ceil().max(0.0) as u32).max(x.saturating_add(1)).min(width);
        let ye = (y1.ceil().max(0.0) as u32).max(y.saturating_add(1)).min(height);
        (xe > x && ye > y).then_some(Rect { x, y, w: xe - x, h: ye - y })
    }

    /// This rectangle made at least `min_h` tall (about its centre), clipped to `height`.
    pub fn with_min_height(self, min_h: u32, height: u32) -> Rect {
        if self.h >= min_h {
            return self;
        }
        let centre = self.y + self.h / 2;
        let y = centre.saturating_sub(min_h / 2);
        let ye = (y + min_h).min(height);
        Rect { y, h: ye - y, ..self }
    }

    /// This rectangle grown by `factor` of its size on every side, clipped to the frame.
    pub fn grown(self, factor: f32, width: u32, height: u32) -> Rect {
        let dx = (self.w as f32 * factor) as u32;
        let dy = (self.h as f32 * factor) as u32;
        let x = self.x.saturating_sub(dx);
        let y = self.y.saturating_sub(dy);
        let xe = (self.x + self.w + dx).min(width);
        let ye = (self.y + self.h + dy).min(height);
        Rect { x, y, w: xe.saturating_sub(x), h: ye.saturating_sub(y) }
    }
}

/// A grayscale frame. Cloning is cheap (the pixels are shared).
#[derive(Debug, Clone)]
pub struct Frame {
    width: u32,
    height: u32,
    luma: Arc<[u8]>,
    /// Sequence number given by the source (0, 1, 2, …).
    pub seq: u64,
    /// When the frame was captured or loaded.
    pub captured: Instant,
}

impl Frame {
    /// A frame from 8-bit luma bytes, row-major, `width * height` long.
    pub fn from_luma(width: u32, height: u32, luma: Vec<u8>) -> Result<Frame, ScanError> {
        if width == 0 || height == 0 || luma.len() != width as usize * height as usize {
            return Err(ScanError::BadFrame {
                reason: format!("{width}x{height} luma frame with {} bytes", luma.len()),
            });
        }
        Ok(Frame { width, height, luma: luma.into(), seq: 0, captured: Instant::now() })
    }

    /// A frame from packed RGB (3 bytes) or RGBA/BGRA (4 bytes) pixels; `bgr` swaps R and B.
    pub fn from_packed(
        width: u32,
        height: u32,
        bytes: &[u8],
        channels: usize,
        bgr: bool,
    ) -> Result<Frame, ScanError> {
        let n = width as usize * height as usize;
        if !(3..=4).contains(&channels) || bytes.len() != n * channels {
            return Err(ScanError::BadFrame {
                reason: format!("{width}x{height}x{channels} frame with {} bytes", bytes.len()),
            });
        }
        let (ri, bi) = if bgr { (2, 0) } else { (0, 2) };
        let luma = bytes.chunks_exact(channels).map(|p| luma_of(p[ri], p[1], p[bi])).collect();
        Frame::from_luma(width, height, luma)
    }

    /// A frame from packed YUYV (YUY2) 4:2:2: the Y bytes are the luma, no arithmetic.
    pub fn from_yuyv(width: u32, height: u32, bytes: &[u8]) -> Result<Frame, ScanError> {
        let n = width as usize * height as usize;
        if bytes.len() < n * 2 {
            return Err(ScanError::BadFrame {
                reason: format!("{width}x{height} YUYV frame with {} bytes", bytes.len()),
            });
        }
        Frame::from_luma(width, height, bytes[..n * 2].iter().step_by(2).copied().collect())
    }

    /// A frame from NV12 (a full-size Y plane followed by interleaved UV): the Y plane is the luma.
    pub fn from_nv12(width: u32, height: u32, bytes: &[u8]) -> Result<Frame, ScanError> {
        let n = width as usize * height as usize;
        if bytes.len() < n {
            return Err(ScanError::BadFrame {
                reason: format!("{width}x{height} NV12 frame with {} bytes", bytes.len()),
            });
        }
        Frame::from_luma(width, height, bytes[..n].to_vec())
    }

    /// A frame from an already decoded image of any colour type.
    pub fn from_image(img: &image::DynamicImage) -> Result<Frame, ScanError> {
        match img {
            image::DynamicImage::ImageLuma8(g) => {
                Frame::from_luma(g.width(), g.height(), g.as_raw().clone())
            }
            image::DynamicImage::ImageRgb8(rgb) => {
                Frame::from_packed(rgb.width(), rgb.height(), rgb.as_raw(), 3, false)
            }
            image::DynamicImage::ImageRgba8(rgba) => {
                Frame::from_packed(rgba.width(), rgba.height(), rgba.as_raw(), 4, false)
            }
            other => {
                let g = other.to_luma8();
                Frame::from_luma(g.width(), g.height(), g.into_raw())
            }
        }
    }

    /// A frame from encoded image bytes (PNG or JPEG; MJPEG camera frames are JPEG).
    pub fn from_encoded(bytes: &[u8]) -> Result<Frame, ScanError> {
        let img = image::load_from_memory(bytes).map_err(|e| ScanError::BadFrame {
            reason: format!("cannot decode image bytes: {e}"),
        })?;
        Frame::from_image(&img)
    }

    /// Width in pixels.
    pub fn width(&self) -> u32 {
        self.width
    }

    /// Height in pixels.
    pub fn height(&self) -> u32 {
        self.height
    }

    /// The luma bytes, row-major.
    pub fn luma(&self) -> &[u8] {
        &self.luma
    }

    /// This frame with another sequence number and capture time.
    pub fn stamped(mut self, seq: u64, captured: Instant) -> Frame {
        self.seq = seq;
        self.captured = captured;
        self
    }

    /// A copy shrunk by an integer `factor` (box filter: the mean of each `factor`² block).
    /// A factor of 0 or 1 returns a clone.
    pub fn downscaled(&self, factor: u32) -> Frame {
        if factor <= 1 {
            return self.clone();
        }
        let (w, h) = (self.width / factor, self.height / factor);
        if w == 0 || h == 0 {
            return self.clone();
        }
        let f = factor as usize;
        let src_w = self.width as usize;
        let used = w as usize * f;
        let mut out = vec![0u8; w as usize * h as usize];
        // Columns summed down the block's rows first (a flat loop the compiler
        // vectorises), then across: ~2× faster than summing each block in turn.
        let mut columns = vec![0u32; used];
        let div = (f * f) as u32;
        for (oy, row) in out.chunks_exact_mut(w as usize).enumerate() {
            columns.fill(0);
            for sy in oy * f..oy * f + f {
                let line = &self.luma[sy * src_w..sy * src_w + used];
                for (c, &v) in columns.iter_mut().zip(line) {
                    *c += u32::from(v);
                }
            }
            match f {
                2 => block_means::<2>(&columns, row),
                3 => block_means::<3>(&columns, row),
                4 => block_means::<4>(&columns, row),
                _ => {
                    for (o, block) in row.iter_mut().zip(columns.chunks_exact(f)) {
                        *o = (block.iter().sum::<u32>() / div) as u8;
                    }
                }
            }
        }
        Frame { width: w, height: h, luma: out.into(), seq: self.seq, captured: self.captured }
    }

    /// Every `stride`-th row (0, stride, 2·stride, …) as a new, shorter frame. 1D codes
    /// have vertical bars, so the rows kept still cross them at full horizontal resolution.
    /// A stride of 0 or 1 returns a clone.
    pub fn rows_sampled(&self, stride: u32) -> Frame {
        if stride <= 1 {
            return self.clone();
        }
        let w = self.width as usize;
        let mut luma = Vec::with_capacity(self.luma.len() / stride as usize + w);
        for row in self.luma.chunks_exact(w).step_by(stride as usize) {
            luma.extend_from_slice(row);
        }
        let height = u32::try_from(luma.len() / w).unwrap_or(self.height);
        Frame {
            width: self.width,
            height,
            luma: luma.into(),
            seq: self.seq,
            captured: self.captured,
        }
    }

    /// Every `stride`-th column, each turned into a row (column `j·stride`, read top to
    /// bottom, becomes row `j`): the frame turned sideways and sampled, for 1D codes whose
    /// bars lie horizontally. A stride of 0 is taken as 1.
    pub fn columns_sampled(&self, stride: u32) -> Frame {
        let (w, h) = (self.width as usize, self.height as usize);
        let columns: Vec<usize> = (0..w).step_by(stride.max(1) as usize).collect();
        let mut luma = Vec::with_capacity(columns.len() * h);
        for &x in &columns {
            luma.extend((0..h).map(|y| self.luma[y * w + x]));
        }
        let height = u32::try_from(columns.len()).unwrap_or(self.width);
        Frame {
            width: self.height,
            height,
            luma: luma.into(),
            seq: self.seq,
            captured: self.captured,
        }
    }

    /// The pixels inside `r` (clipped to the frame) as a new frame.
    pub fn cropped(&self, r: Rect) -> Option<Frame> {
        let x = r.x.min(self.width);
        let y = r.y.min(self.height);
        let w = r.w.min(self.width - x);
        let h = r.h.min(self.height - y);
        if w == 0 || h == 0 {
            return None;
        }
        let mut out = Vec::with_capacity(w as usize * h as usize);
        for row in y..y + h {
            let start = row as usize * self.width as usize + x as usize;
            out.extend_from_slice(&self.luma[start..start + w as usize]);
        }
        Some(Frame {
            width: w,
            height: h,
            luma: out.into(),
            seq: self.seq,
            captured: self.captured,
        })
    }
}

/// The mean of each `F` neighbouring column sums (each already the sum of `F` rows).
/// `F` is a constant so that the division is one too (a multiply and a shift).
fn block_means<const F: usize>(columns: &[u32], row: &mut [u8]) {
    let (blocks, _) = columns.as_chunks::<F>();
    for (o, block) in row.iter_mut().zip(blocks) {
        *o = (block.iter().sum::<u32>() / (F * F) as u32) as u8;
    }
}

/// BT.601 luma in integer arithmetic.
fn luma_of(r: u8, g: u8, b: u8) -> u8 {
    ((77 * r as u32 + 150 * g as u32 + 29 * b as u32 + 128) >> 8) as u8
}

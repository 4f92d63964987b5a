//! A deterministic corpus of camera-like frames for the scanner's detection tests and benches.
//!
//! Each frame shows what the kiosk camera sees when a customer holds up a phone with the
//! Alipay "pay" screen (a Code128 above a QR, both carrying the same payment code, under a
//! blue header), or a product with an EAN/UPC label (item mode), or nothing readable at all
//! (negatives: a phone showing another screen, a bare background). Frames are 640×480,
//! 1280×720 or 1920×1080 and get scale, rotation, perspective, blur, sensor noise, screen
//! glare and a finger over part of the code, all drawn from a seeded RNG so that the same
//! `(seed, index)` always renders the same frame.
//!
//! [`generate`] writes PNG frames and a `manifest.jsonl` (one [`FrameEntry`] per line) into a
//! folder; `scanner`'s `bench` module and `kioskctl bench decode` read that manifest.
//!
//! ```no_run
//! let entries = scanpay_tests::corpus::generate(std::path::Path::new("/tmp/corpus"), 20, 7)?;
//! assert_eq!(entries.len(), 20);
//! # Ok::<(), scanpay_tests::corpus::CorpusError>(())
//! ```

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use image::{ImageEncoder, RgbImage};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rxing::{BarcodeFormat, EncodeHints, MultiFormatWriter, Writer};
use serde::{Deserialize, Serialize};

/// The manifest file name inside a corpus folder.
pub const MANIFEST: &str = "manifest.jsonl";

/// What a frame shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FrameKind {
    /// A phone showing a payment code (Code128 above a QR with the same digits).
    Payment,
    /// A product label with an EAN-13, EAN-8 or UPC-A barcode.
    Item,
    /// Nothing that should decode.
    Negative,
}

/// One line of `manifest.jsonl`: a frame file and what a decoder should find in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FrameEntry {
    /// File name inside the corpus folder.
    pub file: String,
    /// Frame width in pixels.
    pub width: u32,
    /// Frame height in pixels.
    pub height: u32,
    /// What the frame shows.
    pub kind: FrameKind,
    /// Texts a decoder may report (empty for negatives); finding any one counts as detected.
    pub expected: Vec<String>,
    /// The symbologies drawn (`qr_code`, `code_128`, `ean_13`, `ean_8`, `upc_a`).
    pub symbologies: Vec<String>,
    /// Size of the main code in the frame, pixels (QR side or 1D barcode width).
    pub code_px: u32,
    /// In-plane rotation, degrees.
    pub rotation_deg: f32,
    /// Blur radius applied, pixels.
    pub blur_px: u32,
    /// Standard deviation of the added noise, grey levels.
    pub noise: f32,
    /// Whether a glare spot was drawn.
    pub glare: bool,
    /// Whether a finger covers part of the code.
    pub occluded: bool,
}

/// Why a corpus could not be written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CorpusError {
    /// The output folder or a file in it could not be written.
    #[error("cannot write {path}")]
    Io {
        /// The path being written.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A PNG could not be encoded.
    #[error("cannot encode {path}")]
    Png {
        /// The frame being encoded.
        path: PathBuf,
        /// The cause.
        #[source]
        source: image::ImageError,
    },
    /// The barcode encoder refused a text (a generator bug).
    #[error("cannot encode {text:?} as {format}: {message}")]
    Encode {
        /// The text.
        text: String,
        /// The symbology.
        format: String,
        /// The encoder's message.
        message: String,
    },
}

/// Writes `count` frames rendered from `seed` plus `manifest.jsonl` into `dir` (created if
/// missing) and returns the manifest entries.
pub fn generate(dir: &Path, count: usize, seed: u64) -> Result<Vec<FrameEntry>, CorpusError> {
    std::fs::create_dir_all(dir)
        .map_err(|source| CorpusError::Io { path: dir.to_path_buf(), source })?;
    let mut entries = Vec::with_capacity(count);
    for index in 0..count {
        let (img, mut entry) = render_frame(seed, index)?;
        entry.file = format!("frame_{index:04}.png");
        let path = dir.join(&entry.file);
        write_png(&path, &img)?;
        entries.push(entry);
    }
    let manifest = dir.join(MANIFEST);
    let io_err = |source| CorpusError::Io { path: manifest.clone(), source };
    let mut out = BufWriter::new(File::create(&manifest).map_err(io_err)?);
    for entry in &entries {
        let line = serde_json::to_string(entry).map_err(|e| io_err(std::io::Error::other(e)))?;
        writeln!(out, "{line}").map_err(io_err)?;
    }
    out.flush().map_err(io_err)?;
    Ok(entries)
}

fn write_png(path: &Path, img: &RgbImage) -> Result<(), CorpusError> {
    let file = File::create(path)
        .map_err(|source| CorpusError::Io { path: path.to_path_buf(), source })?;
    let encoder = image::codecs::png::PngEncoder::new_with_quality(
        BufWriter::new(file),
        image::codecs::png::CompressionType::Fast,
        image::codecs::png::FilterType::Sub,
    );
    encoder
        .write_image(img.as_raw(), img.width(), img.height(), image::ExtendedColorType::Rgb8)
        .map_err(|source| CorpusError::Png { path: path.to_path_buf(), source })
}

/// Renders frame `index` of the corpus of `seed` (the `file` field is left empty).
pub fn render_frame(seed: u64, index: usize) -> Result<(RgbImage, FrameEntry), CorpusError> {
    let mut rng = StdRng::seed_from_u64(seed ^ (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let (w, h) = match rng.gen_range(0..10) {
        0..=2 => (640, 480),
        3..=7 => (1280, 720),
        _ => (1920, 1080),
    };
    let roll = rng.gen_range(0..100);
    let kind = if roll < 72 {
        FrameKind::Payment
    } else if roll < 87 {
        FrameKind::Item
    } else {
        FrameKind::Negative
    };
    let mut frame = background(&mut rng, w, h);
    let mut entry = FrameEntry {
        file: String::new(),
        width: w,
        height: h,
        kind,
        expected: Vec::new(),
        symbologies: Vec::new(),
        code_px: 0,
        rotation_deg: 0.0,
        blur_px: 0,
        noise: 0.0,
        glare: false,
        occluded: false,
    };
    let min_side = w.min(h) as f32;
    match kind {
        FrameKind::Payment => {
            let code = payment_code(&mut rng);
            let qr_level = if rng.gen_bool(0.5) { "M" } else { "H" };
            let qr = encode(&code, BarcodeFormat::QR_CODE, Some(qr_level))?;
            let bar = encode(&code, BarcodeFormat::CODE_128, None)?;
            let screen = phone_screen(&mut rng, Some((&bar, &qr)));
            // The QR spans 56% of the screen width; pick its size in the frame first.
            let qr_px = rng.gen_range(0.17..0.55) * min_side;
            let screen_w = qr_px / 0.56;
            // The QR sits at 62% of the screen height: put the QR centre near the frame centre.
            let qr_centre =
                (w as f32 * rng.gen_range(0.3..0.7), h as f32 * rng.gen_range(0.3..0.7));
            let angle = rotation(&mut rng);
            let quad = place(
                &mut rng,
                (screen.width() as f32, screen.height() as f32),
                screen_w,
                qr_centre,
                (0.5, 0.62),
                angle,
            );
            warp_onto(&mut frame, &screen, &quad);
            entry.expected.push(code);
            entry.symbologies = vec!["code_128".into(), "qr_code".into()];
            entry.code_px = qr_px as u32;
            entry.rotation_deg = angle.to_degrees();
            if rng.gen_bool(0.25) {
                finger(&mut rng, &mut frame, qr_centre, qr_px);
                entry.occluded = true;
            }
        }
        FrameKind::Item => {
            let (format, name, digits) = match rng.gen_range(0..3) {
                0 => (BarcodeFormat::EAN_13, "ean_13", gtin(&mut rng, 13)),
                1 => (BarcodeFormat::EAN_8, "ean_8", gtin(&mut rng, 8)),
                _ => (BarcodeFormat::UPC_A, "upc_a", gtin(&mut rng, 12)),
            };
            let bars = encode(&digits, format, None)?;
            let label = product_label(&mut rng, &bars);
            let code_px = rng.gen_range(0.3..0.7) * w as f32;
            let label_w = code_px / 0.8;
            let centre =
                (w as f32 * rng.gen_range(0.35..0.65), h as f32 * rng.gen_range(0.35..0.65));
            let angle = rng.gen_range(-20.0f32..20.0).to_radians();
            let quad = place(
                &mut rng,
                (label.width() as f32, label.height() as f32),
                label_w,
                centre,
                (0.5, 0.5),
                angle,
            );
            warp_onto(&mut frame, &label, &quad);
            entry.expected.push(digits);
            entry.symbologies = vec![name.into()];
            entry.code_px = code_px as u32;
            entry.rotation_deg = angle.to_degrees();
        }
        FrameKind::Negative => {
            if rng.gen_bool(0.7) {
                let screen = phone_screen(&mut rng, None);
                let screen_w = rng.gen_range(0.3..0.9) * min_side;
                let centre = (w as f32 * 0.5, h as f32 * 0.5);
                let angle = rotation(&mut rng);
                let quad = place(
                    &mut rng,
                    (screen.width() as f32, screen.height() as f32),
                    screen_w,
                    centre,
                    (0.5, 0.5),
                    angle,
                );
                warp_onto(&mut frame, &screen, &quad);
                entry.rotation_deg = angle.to_degrees();
            }
        }
    }
    if rng.gen_bool(0.3) {
        glare(&mut rng, &mut frame);
        entry.glare = true;
    }
    let blur = match rng.gen_range(0..10) {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    box_blur(&mut frame, blur);
    entry.blur_px = blur;
    let sigma = rng.gen_range(1.0f32..9.0);
    noise(&mut rng, &mut frame, sigma);
    entry.noise = sigma;
    Ok((frame, entry))
}

/// An 18-digit Alipay code most of the time; sometimes other Alipay lengths or another wallet.
fn payment_code(rng: &mut StdRng) -> String {
    let (prefix, len) = match rng.gen_range(0..20) {
        0..=13 => (rng.gen_range(25..=30).to_string(), 18),
        14..=15 => (rng.gen_range(25..=30).to_string(), rng.gen_range(16..=24)),
        16..=17 => (rng.gen_range(10..=15).to_string(), 18), // WeChat Pay
        _ => ("62".to_string(), 19),                         // UnionPay QuickPass
    };
    let mut s = prefix;
    while s.len() < len {
        s.push(char::from(b'0' + rng.gen_range(0..10u8)));
    }
    s
}

/// A GTIN of `len` digits (8, 12 or 13) with a valid check digit.
fn gtin(rng: &mut StdRng, len: usize) -> String {
    let mut digits: Vec<u32> = (0..len - 1).map(|_| rng.gen_range(0..10)).collect();
    if len == 13 && digits[0] == 0 {
        digits[0] = 6; // keep EAN-13 distinct from UPC-A
    }
    let sum: u32 =
        digits.iter().rev().enumerate().map(|(i, d)| if i % 2 == 0 { d * 3 } else { *d }).sum();
    digits.push((10 - sum % 10) % 10);
    digits.iter().map(|d| char::from(b'0' + *d as u8)).collect()
}

/// A module grid: `true` is a dark module. 1D codes have a single row.
struct Modules {
    w: u32,
    h: u32,
    bits: Vec<bool>,
}

impl Modules {
    fn get(&self, x: u32, y: u32) -> bool {
        self.bits[(y.min(self.h - 1) * self.w + x) as usize]
    }
}

fn encode(text: &str, format: BarcodeFormat, ec: Option<&str>) -> Result<Modules, CorpusError> {
    let hints = EncodeHints {
        Margin: Some("0".into()),
        ErrorCorrection: ec.map(str::to_string),
        ..EncodeHints::default()
    };
    let m = MultiFormatWriter.encode_with_hints(text, &format, 0, 0, &hints).map_err(|e| {
        CorpusError::Encode {
            text: text.into(),
            format: format.to_string(),
            message: e.to_string(),
        }
    })?;
    let (w, h) = (m.width(), m.height().max(1));
    let rows = if matches!(format, BarcodeFormat::QR_CODE) { h } else { 1 };
    let mut bits = Vec::with_capacity((w * rows) as usize);
    for y in 0..rows {
        for x in 0..w {
            bits.push(m.get(x, y));
        }
    }
    Ok(Modules { w, h: rows, bits })
}

type Rgba = [u8; 4];

/// An RGBA canvas; alpha 0 is outside the object (background shows through).
struct Canvas {
    w: u32,
    h: u32,
    px: Vec<Rgba>,
}

impl Canvas {
    fn new(w: u32, h: u32, fill: Rgba) -> Self {
        Canvas { w, h, px: vec![fill; (w * h) as usize] }
    }
    fn width(&self) -> u32 {
        self.w
    }
    fn height(&self) -> u32 {
        self.h
    }
    fn rect(&mut self, x0: f32, y0: f32, x1: f32, y1: f32, c: Rgba) {
        let (x0, x1) = (x0.max(0.0) as u32, (x1.min(self.w as f32)) as u32);
        let (y0, y1) = (y0.max(0.0) as u32, (y1.min(self.h as f32)) as u32);
        for y in y0..y1 {
            for x in x0..x1 {
                self.px[(y * self.w + x) as usize] = c;
            }
        }
    }
    /// Clears the corners outside a rounded rectangle of radius `r` to transparent.
    fn round_corners(&mut self, r: f32) {
        for y in 0..self.h {
            for x in 0..self.w {
                let (fx, fy) = (x as f32 + 0.5, y as f32 + 0.5);
                let cx = fx.clamp(r, self.w as f32 - r);
                let cy = fy.clamp(r, self.h as f32 - r);
                if (fx - cx).powi(2) + (fy - cy).powi(2) > r * r {
                    self.px[(y * self.w + x) as usize] = [0, 0, 0, 0];
                }
            }
        }
    }
    /// Draws `m` into the box with dark modules `dark` (light modules left as they are).
    fn modules(&mut self, m: &Modules, x0: f32, y0: f32, bw: f32, bh: f32, dark: Rgba) {
        let (xs, ys) = (x0.max(0.0) as u32, y0.max(0.0) as u32);
        let (xe, ye) = (((x0 + bw) as u32).min(self.w), ((y0 + bh) as u32).min(self.h));
        for y in ys..ye {
            let my = (((y as f32 + 0.5 - y0) / bh) * m.h as f32) as u32;
            for x in xs..xe {
                let mx = (((x as f32 + 0.5 - x0) / bw) * m.w as f32) as u32;
                if mx < m.w && m.get(mx, my) {
                    self.px[(y * self.w + x) as usize] = dark;
                }
            }
        }
    }
    /// Rows of grey blocks that look like lines of text from a distance.
    fn text_lines(&mut self, rng: &mut StdRng, x0: f32, y0: f32, x1: f32, lines: u32, lh: f32) {
        for l in 0..lines {
            let y = y0 + l as f32 * lh * 1.8;
            let mut x = x0;
            let end = x0 + (x1 - x0) * rng.gen_range(0.4..1.0);
            while x < end {
                let word = rng.gen_range(1.5..5.0) * lh;
                let g = rng.gen_range(60..140);
                self.rect(x, y, (x + word).min(end), y + lh, [g, g, g, 255]);
                x += word + lh * 0.6;
            }
        }
    }
}

/// The phone: a dark bezel around a screen. With `codes`, the Alipay pay screen; without,
/// an unrelated app screen (for negatives).
fn phone_screen(rng: &mut StdRng, codes: Option<(&Modules, &Modules)>) -> Canvas {
    let (sw, sh) = (540.0f32, 1080.0f32);
    let bezel = 24.0;
    let (w, h) = ((sw + 2.0 * bezel) as u32, (sh + 2.0 * bezel) as u32);
    let body = rng.gen_range(10..60);
    let mut c = Canvas::new(w, h, [body, body, body + 5, 255]);
    let lum = rng.gen_range(0.75f32..1.0); // screen brightness
    let sc = |v: u8| (v as f32 * lum) as u8;
    let white = [sc(250), sc(250), sc(250), 255];
    c.rect(bezel, bezel, bezel + sw, bezel + sh, white);
    match codes {
        Some((bar, qr)) => {
            // Alipay blue header with title text, then the white card with the codes.
            c.rect(bezel, bezel, bezel + sw, bezel + 0.14 * sh, [sc(22), sc(119), sc(255), 255]);
            c.text_lines(rng, bezel + 40.0, bezel + 0.06 * sh, bezel + 300.0, 1, 22.0);
            let bar_w = 0.86 * sw;
            let bx = bezel + (sw - bar_w) / 2.0;
            let dark = [sc(15), sc(15), sc(15), 255];
            c.modules(bar, bx, bezel + 0.2 * sh, bar_w, 0.13 * sh, dark);
            c.text_lines(rng, bezel + 0.2 * sw, bezel + 0.345 * sh, bezel + 0.8 * sw, 1, 14.0);
            let q = 0.56 * sw;
            c.modules(qr, bezel + (sw - q) / 2.0, bezel + 0.62 * sh - q / 2.0, q, q, dark);
            c.text_lines(rng, bezel + 40.0, bezel + 0.86 * sh, bezel + sw - 40.0, 3, 16.0);
        }
        None => {
            let hue = [rng.gen_range(0..255), rng.gen_range(0..255), rng.gen_range(0..255), 255];
            c.rect(bezel, bezel, bezel + sw, bezel + 0.14 * sh, hue);
            c.text_lines(rng, bezel + 30.0, bezel + 0.2 * sh, bezel + sw - 30.0, 18, 18.0);
            // A picture-like block of coarse random squares (a photo or ad banner).
            let y0 = bezel + 0.75 * sh;
            for by in 0..6 {
                for bx in 0..12 {
                    let g = rng.gen_range(40..230);
                    let x = bezel + 30.0 + bx as f32 * 40.0;
                    let y = y0 + by as f32 * 40.0;
                    c.rect(x, y, x + 40.0, y + 40.0, [g, g / 2 + 60, 255 - g, 255]);
                }
            }
        }
    }
    c.round_corners(60.0);
    c
}

/// A product face with a white label holding the 1D barcode.
fn product_label(rng: &mut StdRng, bars: &Modules) -> Canvas {
    let (w, h) = (700u32, 460u32);
    let pack = [rng.gen_range(30..230), rng.gen_range(30..230), rng.gen_range(30..230), 255];
    let mut c = Canvas::new(w, h, pack);
    c.rect(30.0, 40.0, 670.0, 420.0, [245, 245, 240, 255]);
    let bw = 0.8 * w as f32;
    c.modules(bars, (w as f32 - bw) / 2.0, 80.0, bw, 260.0, [10, 10, 10, 255]);
    c.text_lines(rng, 90.0, 360.0, 610.0, 1, 24.0);
    c
}

/// A store-like background: a vertical gradient and a few shelf-coloured blocks.
fn background(rng: &mut StdRng, w: u32, h: u32) -> RgbImage {
    let top: [f32; 3] = [rng.gen_range(90.0..200.0); 3].map(|v| v + rng.gen_range(-20.0..20.0));
    let bottom: [f32; 3] = [rng.gen_range(40.0..160.0); 3].map(|v| v + rng.gen_range(-20.0..20.0));
    let mut img = RgbImage::from_fn(w, h, |_, y| {
        let t = y as f32 / h as f32;
        image::Rgb(std::array::from_fn(|i| {
            (top[i] * (1.0 - t) + bottom[i] * t).clamp(0.0, 255.0) as u8
        }))
    });
    for _ in 0..rng.gen_range(2..7) {
        let (x0, y0) = (rng.gen_range(0..w), rng.gen_range(0..h));
        let (bw, bh) = (rng.gen_range(w / 10..w / 2), rng.gen_range(h / 20..h / 4));
        let c = [rng.gen_range(30..220), rng.gen_range(30..220), rng.gen_range(30..220)];
        for y in y0..(y0 + bh).min(h) {
            for x in x0..(x0 + bw).min(w) {
                img.put_pixel(x, y, image::Rgb(c));
            }
        }
    }
    img
}

/// A rotation: mostly a natural tilt, sometimes sideways or upside down.
fn rotation(rng: &mut StdRng) -> f32 {
    let base = match rng.gen_range(0..20) {
        0 => 90.0,
        1 => 180.0,
        2 => -90.0,
        _ => 0.0,
    };
    (base + rng.gen_range(-30.0f32..30.0)).to_radians()
}

/// The frame quadrilateral (TL, TR, BR, BL) of an object `size` wide `target_w` pixels, with
/// its anchor point (fractions of the object) at `centre`, rotated and with a random tilt.
fn place(
    rng: &mut StdRng,
    size: (f32, f32),
    target_w: f32,
    centre: (f32, f32),
    anchor: (f32, f32),
    angle: f32,
) -> [(f32, f32); 4] {
    let s = target_w / size.0;
    let (w, h) = (size.0 * s, size.1 * s);
    let (ax, ay) = (anchor.0 * w, anchor.1 * h);
    let corners = [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)];
    let (sin, cos) = angle.sin_cos();
    // Perspective: move the corners of one side in, as when the phone is tilted.
    let tilt_x = rng.gen_range(-0.12f32..0.12);
    let tilt_y = rng.gen_range(-0.08f32..0.08);
    corners.map(|(x, y)| {
        let (mut dx, mut dy) = (x - ax, y - ay);
        let fy = if y > 0.0 { 1.0 } else { -1.0 };
        let fx = if x > 0.0 { 1.0 } else { -1.0 };
        dx *= 1.0 + tilt_x * fy;
        dy *= 1.0 + tilt_y * fx;
        (centre.0 + dx * cos - dy * sin, centre.1 + dx * sin + dy * cos)
    })
}

/// The 3×3 homography mapping `src` quad onto `dst` quad (h33 = 1).
#[allow(clippy::needless_range_loop)] // index arithmetic reads clearer here
fn homography(src: &[(f32, f32); 4], dst: &[(f32, f32); 4]) -> Option<[f64; 9]> {
    let mut a = [[0f64; 9]; 8];
    for i in 0..4 {
        let (x, y) = (src[i].0 as f64, src[i].1 as f64);
        let (u, v) = (dst[i].0 as f64, dst[i].1 as f64);
        a[2 * i] = [x, y, 1.0, 0.0, 0.0, 0.0, -u * x, -u * y, u];
        a[2 * i + 1] = [0.0, 0.0, 0.0, x, y, 1.0, -v * x, -v * y, v];
    }
    for col in 0..8 {
        let pivot = (col..8).max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))?;
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        for row in 0..8 {
            if row != col {
                let f = a[row][col] / a[col][col];
                for k in col..9 {
                    a[row][k] -= f * a[col][k];
                }
            }
        }
    }
    let h: Vec<f64> = (0..8).map(|i| a[i][8] / a[i][i]).collect();
    Some([h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], 1.0])
}

/// Draws `obj` into `frame` so that its corners land on `quad`, bilinear-sampled, alpha-blended.
#[allow(clippy::needless_range_loop)] // index arithmetic reads clearer here
fn warp_onto(frame: &mut RgbImage, obj: &Canvas, quad: &[(f32, f32); 4]) {
    let (ow, oh) = (obj.w as f32, obj.h as f32);
    let src = [(0.0, 0.0), (ow, 0.0), (ow, oh), (0.0, oh)];
    // Inverse map: frame pixel -> object pixel.
    let Some(hm) = homography(quad, &src) else {
        return;
    };
    let xs = quad.iter().map(|p| p.0);
    let ys = quad.iter().map(|p| p.1);
    let x0 = xs.clone().fold(f32::MAX, f32::min).max(0.0) as u32;
    let x1 = (xs.fold(f32::MIN, f32::max).ceil() as u32).min(frame.width());
    let y0 = ys.clone().fold(f32::MAX, f32::min).max(0.0) as u32;
    let y1 = (ys.fold(f32::MIN, f32::max).ceil() as u32).min(frame.height());
    let fetch = |x: i64, y: i64| -> [f32; 4] {
        if x < 0 || y < 0 || x >= obj.w as i64 || y >= obj.h as i64 {
            return [0.0; 4];
        }
        obj.px[(y as u32 * obj.w + x as u32) as usize].map(f32::from)
    };
    for y in y0..y1 {
        for x in x0..x1 {
            let (fx, fy) = (x as f64 + 0.5, y as f64 + 0.5);
            let d = hm[6] * fx + hm[7] * fy + hm[8];
            let u = ((hm[0] * fx + hm[1] * fy + hm[2]) / d) as f32 - 0.5;
            let v = ((hm[3] * fx + hm[4] * fy + hm[5]) / d) as f32 - 0.5;
            if u < -1.0 || v < -1.0 || u > ow || v > oh {
                continue;
            }
            let (ix, iy) = (u.floor() as i64, v.floor() as i64);
            let (tx, ty) = (u - ix as f32, v - iy as f32);
            let p00 = fetch(ix, iy);
            let p10 = fetch(ix + 1, iy);
            let p01 = fetch(ix, iy + 1);
            let p11 = fetch(ix + 1, iy + 1);
            let mut s = [0f32; 4];
            for c in 0..4 {
                // Premultiplied by alpha so transparent neighbours do not darken edges.
                let pm = |p: [f32; 4]| if c == 3 { p[3] } else { p[c] * p[3] / 255.0 };
                s[c] = (pm(p00) * (1.0 - tx) + pm(p10) * tx) * (1.0 - ty)
                    + (pm(p01) * (1.0 - tx) + pm(p11) * tx) * ty;
            }
            let a = s[3] / 255.0;
            if a <= 0.0 {
                continue;
            }
            let px = frame.get_pixel_mut(x, y);
            for c in 0..3 {
                px.0[c] = (s[c] + px.0[c] as f32 * (1.0 - a)).clamp(0.0, 255.0) as u8;
            }
        }
    }
}

/// A finger-coloured capsule entering over part of the code near `centre`.
fn finger(rng: &mut StdRng, frame: &mut RgbImage, centre: (f32, f32), code_px: f32) {
    let angle = rng.gen_range(0.0f32..std::f32::consts::TAU);
    let (dx, dy) = (angle.cos(), angle.sin());
    // The tip reaches 30–42% of the way from the code's edge to its centre.
    let tip_dist = code_px * rng.gen_range(0.32..0.42);
    let tip = (centre.0 + dx * tip_dist, centre.1 + dy * tip_dist);
    let far = (tip.0 + dx * code_px * 3.0, tip.1 + dy * code_px * 3.0);
    let radius = code_px * rng.gen_range(0.09..0.13);
    let skin =
        [rng.gen_range(170.0..230.0), rng.gen_range(120.0..170.0), rng.gen_range(100.0..140.0)];
    let (w, h) = (frame.width() as i64, frame.height() as i64);
    let bx0 = (tip.0.min(far.0) - radius).max(0.0) as i64;
    let bx1 = ((tip.0.max(far.0) + radius) as i64).min(w);
    let by0 = (tip.1.min(far.1) - radius).max(0.0) as i64;
    let by1 = ((tip.1.max(far.1) + radius) as i64).min(h);
    let len2 = (far.0 - tip.0).powi(2) + (far.1 - tip.1).powi(2);
    for y in by0..by1 {
        for x in bx0..bx1 {
            let (px, py) = (x as f32 + 0.5, y as f32 + 0.5);
            let t = (((px - tip.0) * (far.0 - tip.0) + (py - tip.1) * (far.1 - tip.1)) / len2)
                .clamp(0.0, 1.0);
            let (cx, cy) = (tip.0 + t * (far.0 - tip.0), tip.1 + t * (far.1 - tip.1));
            let d = ((px - cx).powi(2) + (py - cy).powi(2)).sqrt();
            if d < radius {
                let shade = 1.0 - 0.35 * (d / radius);
                let p = frame.get_pixel_mut(x as u32, y as u32);
                p.0 = std::array::from_fn(|c| (skin[c] * shade) as u8);
            }
        }
    }
}

/// A soft bright reflection spot (room light on the phone glass).
fn glare(rng: &mut StdRng, frame: &mut RgbImage) {
    let (w, h) = (frame.width() as f32, frame.height() as f32);
    let (cx, cy) = (rng.gen_range(0.2..0.8) * w, rng.gen_range(0.2..0.8) * h);
    let r = rng.gen_range(0.05f32..0.15) * w.min(h);
    let strength = rng.gen_range(0.4f32..0.8);
    let (x0, x1) = ((cx - 2.0 * r).max(0.0) as u32, ((cx + 2.0 * r) as u32).min(frame.width()));
    let (y0, y1) = ((cy - 2.0 * r).max(0.0) as u32, ((cy + 2.0 * r) as u32).min(frame.height()));
    for y in y0..y1 {
        for x in x0..x1 {
            let d2 = ((x as f32 - cx).powi(2) + (y as f32 - cy).powi(2)) / (r * r);
            let a = strength * (-d2).exp();
            let p = frame.get_pixel_mut(x, y);
            for c in 0..3 {
                p.0[c] = (p.0[c] as f32 * (1.0 - a) + 255.0 * a) as u8;
            }
        }
    }
}

/// A separable box blur of radius `r` (0 leaves the frame as it is).
fn box_blur(frame: &mut RgbImage, r: u32) {
    if r == 0 {
        return;
    }
    let (w, h) = (frame.width() as usize, frame.height() as usize);
    let r = r as usize;
    let buf = frame.as_mut();
    let mut line = vec![0u8; w.max(h) * 3];
    for pass in 0..2 {
        let (n, m) = if pass == 0 { (h, w) } else { (w, h) };
        for i in 0..n {
            let idx = |j: usize| if pass == 0 { (i * w + j) * 3 } else { (j * w + i) * 3 };
            for j in 0..m {
                let o = idx(j);
                line[j * 3..j * 3 + 3].copy_from_slice(&buf[o..o + 3]);
            }
            for j in 0..m {
                let (a, b) = (j.saturating_sub(r), (j + r).min(m - 1));
                let mut acc = [0u32; 3];
                for k in a..=b {
                    for c in 0..3 {
                        acc[c] += line[k * 3 + c] as u32;
                    }
                }
                let cnt = (b - a + 1) as u32;
                let o = idx(j);
                for c in 0..3 {
                    buf[o + c] = (acc[c] / cnt) as u8;
                }
            }
        }
    }
}

/// Sensor noise: roughly Gaussian (sum of uniforms), same on all channels plus a little chroma.
fn noise(rng: &mut StdRng, frame: &mut RgbImage, sigma: f32) {
    for p in frame.pixels_mut() {
        let n: f32 = (0..3).map(|_| rng.gen_range(-1.0f32..1.0)).sum::<f32>() * sigma;
        for c in 0..3 {
            p.0[c] = (p.0[c] as f32 + n + rng.gen_range(-1.5..1.5)).clamp(0.0, 255.0) as u8;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gtin_check_digits_are_valid() {
        let mut rng = StdRng::seed_from_u64(1);
        // 4006381333931 is a well-known valid EAN-13.
        assert_eq!(gtin_check("400638133393"), 1);
        for len in [8, 12, 13] {
            let g = gtin(&mut rng, len);
            assert_eq!(g.len(), len);
            let (body, check) = g.split_at(len - 1);
            assert_eq!(gtin_check(body), check.parse::<u32>().unwrap());
        }
    }

    fn gtin_check(body: &str) -> u32 {
        let sum: u32 = body
            .bytes()
            .rev()
            .enumerate()
            .map(|(i, b)| (b - b'0') as u32 * if i % 2 == 0 { 3 } else { 1 })
            .sum();
        (10 - sum % 10) % 10
    }

    #[test]
    fn rendering_is_deterministic() {
        let (a, ea) = render_frame(42, 3).unwrap();
        let (b, eb) = render_frame(42, 3).unwrap();
        assert_eq!(ea, eb);
        assert!(a.as_raw() == b.as_raw());
        let (c, _) = render_frame(43, 3).unwrap();
        assert!(a.as_raw() != c.as_raw() || a.dimensions() != c.dimensions());
    }

    #[test]
    fn homography_maps_corners() {
        let src = [(0.0, 0.0), (10.0, 0.0), (10.0, 20.0), (0.0, 20.0)];
        let dst = [(5.0, 5.0), (30.0, 8.0), (28.0, 50.0), (2.0, 45.0)];
        let h = homography(&src, &dst).unwrap();
        for (s, d) in src.iter().zip(dst.iter()) {
            let (x, y) = (s.0 as f64, s.1 as f64);
            let w = h[6] * x + h[7] * y + h[8];
            assert!(((h[0] * x + h[1] * y + h[2]) / w - d.0 as f64).abs() < 1e-6);
            assert!(((h[3] * x + h[4] * y + h[5]) / w - d.1 as f64).abs() < 1e-6);
        }
    }
}

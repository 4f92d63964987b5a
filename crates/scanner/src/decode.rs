//! Decoding frames with rxing, spending effort only where it pays.
//!
//! [`RxingDecoder`] runs a cascade of passes and stops at the first hit:
//!
//! 1. **region**: the area (grown by half its size) where the previous frame's code was,
//!    at full resolution; a code held in front of the camera stays there between frames;
//! 2. **downscaled**: the whole frame, shrunk to at most ~800 px wide when it is wider
//!    (box filter, which also smooths sensor noise), local thresholds;
//! 3. **global**: the same pixels through rxing's global-histogram binarizer: blurred,
//!    low-contrast and glared codes that the local thresholds lose;
//! 4. **coarse**: the frame shrunk one step further (÷3 at 720p: 426×240, under half the
//!    downscaled pass's pixels, ~1 ms): rxing's QR detector misjudges some module sizes at one scale and
//!    not at the next;
//! 5. **hard**, while the scene stays empty on one frame in [`DecoderOptions::hard_every`]:
//!    the 1D formats with `TryHarder` on ~160 rows sampled from the full-resolution
//!    frame (bars are vertical, so sampled rows still cross them at full horizontal
//!    resolution), first with one threshold per row, then with the local thresholds
//!    ([`LocalRows`]); then sampled columns, local thresholds, for codes lying sideways.
//!
//! Issue #5 shaped steps 4 and 5. They replace rxing's `TryHarder` on the whole frame, which
//! cost 25–45 ms at 1280×720 on frames holding no readable code and set our p95 above
//! zxing-cpp's: for 1D it scans every other row and then the whole frame rotated; for QR it
//! only lowers the finder search's row skip (from 5 to 3 at 720p; no change below ~520
//! rows), which the corpora never needed once the downscaled, global and coarse passes ran.
//! The figures are in the crate's README.
//!
//! The grayscale conversion happens once, when the [`Frame`] is made. Formats are restricted
//! per [`Purpose`]. Decoders are behind the [`Decode`] trait so the worker can be tested with
//! a stand-in (one that panics, for instance).

use std::borrow::Cow;
use std::collections::HashSet;

use rxing::common::{
    BitArray, BitMatrix, GlobalHistogramBinarizer, HybridBinarizer, LineOrientation,
};
use rxing::{
    BarcodeFormat, Binarizer as RxingBinarizer, BinaryBitmap, DecodeHints, Luma8Source,
    LuminanceSource, MultiFormatReader,
};
use serde::Serialize;

use crate::{Frame, Rect};

/// What the camera is looking for right now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Purpose {
    /// Payment codes: QR and Code128.
    Payment,
    /// Product codes: EAN-13, EAN-8, UPC-A and Code128.
    Items,
    /// Both sets (diagnostics, `kioskctl decode`).
    Any,
}

impl Purpose {
    /// The symbologies decoded for this purpose.
    pub fn symbologies(self) -> &'static [Symbology] {
        match self {
            Purpose::Payment => &[Symbology::QrCode, Symbology::Code128],
            Purpose::Items => {
                &[Symbology::Ean13, Symbology::Ean8, Symbology::UpcA, Symbology::Code128]
            }
            Purpose::Any => &[
                Symbology::QrCode,
                Symbology::Code128,
                Symbology::Ean13,
                Symbology::Ean8,
                Symbology::UpcA,
            ],
        }
    }
}

/// A barcode symbology, or `typed` for codes that arrived as text from a handheld scanner.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Symbology {
    /// QR Code.
    QrCode,
    /// Code 128.
    #[serde(rename = "code_128")]
    Code128,
    /// EAN-13.
    #[serde(rename = "ean_13")]
    Ean13,
    /// EAN-8.
    #[serde(rename = "ean_8")]
    Ean8,
    /// UPC-A.
    #[serde(rename = "upc_a")]
    UpcA,
    /// Typed by a handheld or serial scanner (symbology unknown).
    Typed,
}

impl Symbology {
    /// The name used in JSON (`qr_code`, `code_128`, …).
    pub fn name(self) -> &'static str {
        match self {
            Symbology::QrCode => "qr_code",
            Symbology::Code128 => "code_128",
            Symbology::Ean13 => "ean_13",
            Symbology::Ean8 => "ean_8",
            Symbology::UpcA => "upc_a",
            Symbology::Typed => "typed",
        }
    }

    fn to_rxing(self) -> Option<BarcodeFormat> {
        match self {
            Symbology::QrCode => Some(BarcodeFormat::QR_CODE),
            Symbology::Code128 => Some(BarcodeFormat::CODE_128),
            Symbology::Ean13 => Some(BarcodeFormat::EAN_13),
            Symbology::Ean8 => Some(BarcodeFormat::EAN_8),
            Symbology::UpcA => Some(BarcodeFormat::UPC_A),
            Symbology::Typed => None,
        }
    }

    fn from_rxing(f: &BarcodeFormat) -> Option<Symbology> {
        match f {
            BarcodeFormat::QR_CODE => Some(Symbology::QrCode),
            BarcodeFormat::CODE_128 => Some(Symbology::Code128),
            BarcodeFormat::EAN_13 => Some(Symbology::Ean13),
            BarcodeFormat::EAN_8 => Some(Symbology::Ean8),
            BarcodeFormat::UPC_A => Some(Symbology::UpcA),
            _ => None,
        }
    }
}

/// Which pass of the cascade found a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Pass {
    /// The previous code's region.
    Region,
    /// The frame, downscaled when it is wide.
    Downscaled,
    /// The global-histogram binarizer on the same pixels.
    Global,
    /// The frame shrunk one step further than the downscaled pass.
    Coarse,
    /// The sampled 1D passes with `TryHarder` (see the module docs).
    Hard,
    /// Not a camera pass (typed input, stand-in decoders).
    Other,
}

/// A code read from a frame (or typed), before classification.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RawCode {
    /// The text.
    pub text: String,
    /// The symbology.
    pub symbology: Symbology,
    /// Where in the frame it was, when known.
    pub region: Option<Rect>,
    /// The pass that found it.
    pub pass: Pass,
}

/// Something that reads codes from frames. Implemented by [`RxingDecoder`]; tests use
/// stand-ins.
pub trait Decode: Send {
    /// The codes in `frame` for `purpose` (empty when none).
    fn decode(&mut self, frame: &Frame, purpose: Purpose) -> Vec<RawCode>;

    /// Forget anything remembered from earlier frames (called after a panic and between
    /// unrelated frames in benchmarks).
    fn reset(&mut self) {}
}

/// Tuning of the cascade.
#[derive(Debug, Clone, PartialEq)]
pub struct DecoderOptions {
    /// Frames wider than this are shrunk by an integer factor for the downscaled pass.
    pub downscale_above: u32,
    /// Whether the `TryHarder` pass runs when the cheaper passes found nothing.
    pub try_harder: bool,
    /// In a stream of frames without a code, the `TryHarder` pass runs on one frame in
    /// this many (1 = every frame), so that an empty scene stays cheap at frame rate.
    pub hard_every: u32,
}

impl Default for DecoderOptions {
    fn default() -> Self {
        DecoderOptions { downscale_above: 800, try_harder: true, hard_every: 3 }
    }
}

/// How a pass turns gray into black and white.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Binarizer {
    /// Local thresholds per 8×8 block (rxing's default): shadows and glare.
    Hybrid,
    /// One threshold per row from the histogram: blur, low contrast, and cheap.
    Global,
    /// For the 1D hard passes: [`Binarizer::Global`] on an [`Upright`] source.
    UprightGlobal,
    /// For the 1D hard passes: rows cut from the [`Binarizer::Hybrid`] matrix
    /// ([`LocalRows`]) of an [`Upright`] source.
    UprightLocal,
}

/// rxing's 1D readers ask for rows, and both its binarizers answer with one threshold
/// for the whole row, set by the row's histogram. A row that crosses a dark background
/// and a phone's bezel before the bars gets a threshold that merges or splits bars.
/// This answers rows from the local-threshold matrix instead (the bars are then judged
/// against their own neighbourhood), as zxing-cpp's row binarizer does.
struct LocalRows<S: LuminanceSource>(HybridBinarizer<S>);

impl<S: LuminanceSource> RxingBinarizer for LocalRows<S> {
    type Source = S;

    fn get_luminance_source(&self) -> &S {
        self.0.get_luminance_source()
    }

    fn get_black_row(&self, y: usize) -> rxing::common::Result<Cow<'_, BitArray>> {
        let matrix = self.0.get_black_matrix()?;
        let y = u32::try_from(y).map_err(|_| rxing::Exceptions::INDEX_OUT_OF_BOUNDS)?;
        if y >= matrix.height() {
            return Err(rxing::Exceptions::INDEX_OUT_OF_BOUNDS);
        }
        Ok(Cow::Owned(matrix.getRow(y)))
    }

    fn get_black_row_from_matrix(&self, y: usize) -> rxing::common::Result<Cow<'_, BitArray>> {
        self.get_black_row(y)
    }

    fn get_black_matrix(&self) -> rxing::common::Result<&BitMatrix> {
        self.0.get_black_matrix()
    }

    fn get_black_line(
        &self,
        l: usize,
        lt: LineOrientation,
    ) -> rxing::common::Result<Cow<'_, BitArray>> {
        match lt {
            LineOrientation::Row => self.get_black_row(l),
            LineOrientation::Column => self.0.get_black_line(l, lt),
        }
    }

    fn create_binarizer(&self, source: S) -> Self {
        LocalRows(HybridBinarizer::new(source))
    }

    fn get_width(&self) -> usize {
        self.0.get_width()
    }

    fn get_height(&self) -> usize {
        self.0.get_height()
    }
}

/// How a pass's pixels map back to the frame's.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Geometry {
    /// Scaled by `scale`, then moved by `offset` (downscaled frames and crops).
    Scaled { scale: f32, offset: (u32, u32) },
    /// [`Frame::rows_sampled`] with this stride.
    Rows { stride: u32 },
    /// [`Frame::columns_sampled`] with this stride.
    Columns { stride: u32 },
}

impl Geometry {
    fn map(self, x: f32, y: f32) -> (f32, f32) {
        match self {
            Geometry::Scaled { scale, offset } => {
                (x * scale + offset.0 as f32, y * scale + offset.1 as f32)
            }
            Geometry::Rows { stride } => (x, y * stride as f32),
            Geometry::Columns { stride } => (y * stride as f32, x),
        }
    }
}

const AS_IS: Geometry = Geometry::Scaled { scale: 1.0, offset: (0, 0) };

/// About this many rows (or columns) are scanned by the sampled 1D hard passes: every
/// 3rd row at 640×480, every 4th at 1280×720 (issue #5: the corpora read as well as with
/// every row, for a quarter of the time; 120 lines lost frames).
const SAMPLED_LINES: u32 = 160;

/// A luminance source rxing cannot rotate: its 1D `TryHarder` would otherwise rotate
/// the whole frame and scan it again, which the sampled column pass does for a
/// fraction of the cost.
struct Upright<'a>(Luma8Source<'a>);

impl LuminanceSource for Upright<'_> {
    fn get_row(&self, y: usize) -> Option<Cow<'_, [u8]>> {
        self.0.get_row(y)
    }

    fn get_column(&self, x: usize) -> Cow<'_, [u8]> {
        self.0.get_column(x)
    }

    fn get_matrix(&self) -> Cow<'_, [u8]> {
        self.0.get_matrix()
    }

    fn get_width(&self) -> usize {
        self.0.get_width()
    }

    fn get_height(&self) -> usize {
        self.0.get_height()
    }

    fn invert(&mut self) {
        self.0.invert();
    }

    fn get_luma8_point(&self, x: usize, y: usize) -> u8 {
        self.0.get_luma8_point(x, y)
    }
}

/// The hints of the passes: formats, and whether rxing tries harder.
struct Hints {
    /// Every format of the purpose, fast.
    fast: DecodeHints,
    /// The 1D formats only, `TryHarder` (`None` when the purpose has none).
    linear_hard: Option<DecodeHints>,
}

impl Hints {
    fn new(purpose: Purpose) -> Hints {
        let formats: HashSet<BarcodeFormat> =
            purpose.symbologies().iter().filter_map(|s| s.to_rxing()).collect();
        let linear: HashSet<BarcodeFormat> =
            formats.iter().filter(|f| **f != BarcodeFormat::QR_CODE).cloned().collect();
        Hints {
            fast: DecodeHints {
                PossibleFormats: Some(formats),
                TryHarder: Some(false),
                ..DecodeHints::default()
            },
            linear_hard: (!linear.is_empty()).then(|| DecodeHints {
                PossibleFormats: Some(linear),
                TryHarder: Some(true),
                ..DecodeHints::default()
            }),
        }
    }
}

/// The rxing decoder with the pass cascade described in the module docs.
pub struct RxingDecoder {
    options: DecoderOptions,
    reader: MultiFormatReader,
    last_region: Option<Rect>,
    misses: u32,
}

impl Default for RxingDecoder {
    fn default() -> Self {
        RxingDecoder::new(DecoderOptions::default())
    }
}

impl RxingDecoder {
    /// A decoder with these options.
    pub fn new(options: DecoderOptions) -> Self {
        RxingDecoder { options, reader: MultiFormatReader::default(), last_region: None, misses: 0 }
    }

    /// The region where the last code was found, if the last frame had one.
    pub fn last_region(&self) -> Option<Rect> {
        self.last_region
    }

    /// One rxing call on `frame`; points are mapped back to the `full` frame by `geometry`.
    #[allow(clippy::too_many_arguments)]
    fn run(
        &mut self,
        frame: &Frame,
        hints: &DecodeHints,
        binarizer: Binarizer,
        geometry: Geometry,
        full: (u32, u32),
        pass: Pass,
    ) -> Option<RawCode> {
        let source =
            Luma8Source::new_with_slice(frame.luma(), frame.width(), frame.height()).ok()?;
        self.reader.set_hints(hints);
        let result = match binarizer {
            Binarizer::Hybrid => {
                self.reader.decode_with_state(&mut BinaryBitmap::new(HybridBinarizer::new(source)))
            }
            Binarizer::Global => self
                .reader
                .decode_with_state(&mut BinaryBitmap::new(GlobalHistogramBinarizer::new(source))),
            Binarizer::UprightGlobal => self.reader.decode_with_state(&mut BinaryBitmap::new(
                GlobalHistogramBinarizer::new(Upright(source)),
            )),
            Binarizer::UprightLocal => self.reader.decode_with_state(&mut BinaryBitmap::new(
                LocalRows(HybridBinarizer::new(Upright(source))),
            )),
        }
        .ok()?;
        let symbology = Symbology::from_rxing(result.getBarcodeFormat())?;
        let points: Vec<(f32, f32)> =
            result.getPoints().iter().map(|p| geometry.map(p.x, p.y)).collect();
        Some(RawCode {
            text: result.getText().to_string(),
            symbology,
            region: Rect::bounding(&points, full.0, full.1),
            pass,
        })
    }

    fn cascade(&mut self, frame: &Frame, purpose: Purpose) -> Option<RawCode> {
        let full = (frame.width(), frame.height());
        let hints = Hints::new(purpose);
        if let Some(region) = self.last_region {
            // 1D codes report a line, not a box: grow generously across it.
            let mut grown = region.grown(0.5, full.0, full.1);
            if grown.h < grown.w / 2 {
                grown = grown.with_min_height(grown.w / 2, full.1);
            }
            if let Some(crop) = frame.cropped(grown)
                && let Some(c) = self.run(
                    &crop,
                    &hints.fast,
                    Binarizer::Hybrid,
                    Geometry::Scaled { scale: 1.0, offset: (grown.x, grown.y) },
                    full,
                    Pass::Region,
                )
            {
                return Some(c);
            }
        }
        let factor = frame.width().div_ceil(self.options.downscale_above.max(1));
        let small = (factor > 1).then(|| frame.downscaled(factor));
        let (base, shrunk) = match &small {
            Some(s) => (s, Geometry::Scaled { scale: factor as f32, offset: (0, 0) }),
            None => (frame, AS_IS),
        };
        if let Some(c) =
            self.run(base, &hints.fast, Binarizer::Hybrid, shrunk, full, Pass::Downscaled)
        {
            return Some(c);
        }
        // The other binarizer on the same pixels: it reads blurred, low-contrast
        // and glared codes the local one loses, for a fraction of a hard pass.
        if let Some(c) = self.run(base, &hints.fast, Binarizer::Global, shrunk, full, Pass::Global)
        {
            return Some(c);
        }
        // One step smaller: rxing's QR detector misjudges some module sizes at one
        // scale and not at the next, and the smaller frame costs ~1 ms.
        let coarse = frame.downscaled(factor + 1);
        if coarse.width() < base.width()
            && let Some(c) = self.run(
                &coarse,
                &hints.fast,
                Binarizer::Hybrid,
                Geometry::Scaled { scale: (factor + 1) as f32, offset: (0, 0) },
                full,
                Pass::Coarse,
            )
        {
            return Some(c);
        }
        if !self.options.try_harder || !self.misses.is_multiple_of(self.options.hard_every.max(1)) {
            return None;
        }
        self.hard(frame, &hints)
    }

    /// The hard passes (module docs, step 5).
    fn hard(&mut self, frame: &Frame, hints: &Hints) -> Option<RawCode> {
        let full = (frame.width(), frame.height());
        let linear = hints.linear_hard.as_ref()?;
        // Per-row thresholds first (cheap); the local ones read what they merge.
        let binarizers = [Binarizer::UprightGlobal, Binarizer::UprightLocal];
        let stride = (frame.height() / SAMPLED_LINES).max(1);
        let rows = frame.rows_sampled(stride);
        for binarizer in binarizers {
            if let Some(c) =
                self.run(&rows, linear, binarizer, Geometry::Rows { stride }, full, Pass::Hard)
            {
                return Some(c);
            }
        }
        // Sideways codes (the phone turned, its QR unreadable) are the rarest case:
        // one pass, with the binarizer that reads the most.
        let stride = (frame.width() / SAMPLED_LINES).max(1);
        self.run(
            &frame.columns_sampled(stride),
            linear,
            Binarizer::UprightLocal,
            Geometry::Columns { stride },
            full,
            Pass::Hard,
        )
    }
}

impl Decode for RxingDecoder {
    fn decode(&mut self, frame: &Frame, purpose: Purpose) -> Vec<RawCode> {
        let found = self.cascade(frame, purpose);
        // The region pass reads rows: a code lying sideways (found by the column
        // pass, a vertical line) cannot be read there, so it is not remembered.
        self.last_region =
            found.as_ref().and_then(|c| c.region).filter(|r| r.w.saturating_mul(4) >= r.h);
        self.misses = if found.is_some() { 0 } else { self.misses.wrapping_add(1) };
        found.into_iter().collect()
    }

    fn reset(&mut self) {
        self.last_region = None;
        self.misses = 0;
        self.reader = MultiFormatReader::default();
    }
}

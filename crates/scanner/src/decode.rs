//! Decoding frames with rxing, spending effort only where it pays.
//!
//! [`RxingDecoder`] runs a cascade of passes and stops at the first hit:
//!
//! 1. **region**: the area (grown by half its size) where the previous frame's code was,
//!    at full resolution; a code held in front of the camera stays there between frames;
//! 2. **downscaled**: the whole frame shrunk to at most ~800 px wide (box filter), which
//!    also smooths sensor noise;
//! 3. **global**: the same pixels (the whole frame when it is small) through rxing's
//!    global-histogram binarizer instead of the local one: blurred, low-contrast and
//!    glared codes that the local thresholds lose (issue #5: this pass brought detection
//!    at 1280×720 up to zxing-cpp's, and replaced a plain full-resolution pass that
//!    rarely found anything the hard pass would not);
//! 4. **hard**: full resolution with rxing's `TryHarder` (more scan lines, rotated 1D);
//!    while the scene stays empty it runs on one frame in [`DecoderOptions::hard_every`].
//!
//! The grayscale conversion happens once, when the [`Frame`] is made. Formats are restricted
//! per [`Purpose`]. Decoders are behind the [`Decode`] trait so the worker can be tested with
//! a stand-in (one that panics, for instance).

use std::collections::HashSet;

use rxing::common::{GlobalHistogramBinarizer, HybridBinarizer};
use rxing::{BarcodeFormat, BinaryBitmap, DecodeHints, Luma8Source, MultiFormatReader};
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
    /// The downscaled frame.
    Downscaled,
    /// The global-histogram binarizer on the downscaled frame (the whole
    /// frame when it is small).
    Global,
    /// The full frame with `TryHarder`.
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

    fn hints(purpose: Purpose, harder: bool) -> DecodeHints {
        let formats: HashSet<BarcodeFormat> =
            purpose.symbologies().iter().filter_map(|s| s.to_rxing()).collect();
        DecodeHints {
            PossibleFormats: Some(formats),
            TryHarder: Some(harder),
            ..DecodeHints::default()
        }
    }

    /// One rxing call on `frame`; points are mapped back by `scale` and `offset`.
    #[allow(clippy::too_many_arguments)]
    fn run(
        &mut self,
        frame: &Frame,
        hints: &DecodeHints,
        binarizer: Binarizer,
        scale: f32,
        offset: (u32, u32),
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
        }
        .ok()?;
        let symbology = Symbology::from_rxing(result.getBarcodeFormat())?;
        let points: Vec<(f32, f32)> = result
            .getPoints()
            .iter()
            .map(|p| (p.x * scale + offset.0 as f32, p.y * scale + offset.1 as f32))
            .collect();
        Some(RawCode {
            text: result.getText().to_string(),
            symbology,
            region: Rect::bounding(&points, full.0, full.1),
            pass,
        })
    }

    fn cascade(&mut self, frame: &Frame, purpose: Purpose) -> Option<RawCode> {
        let full = (frame.width(), frame.height());
        let fast = Self::hints(purpose, false);
        if let Some(region) = self.last_region {
            // 1D codes report a line, not a box: grow generously around it.
            let mut grown = region.grown(0.5, full.0, full.1);
            if grown.h < grown.w / 2 {
                grown = grown.with_min_height(grown.w / 2, full.1);
            }
            if let Some(crop) = frame.cropped(grown)
                && let Some(c) = self.run(
                    &crop,
                    &fast,
                    Binarizer::Hybrid,
                    1.0,
                    (grown.x, grown.y),
                    full,
                    Pass::Region,
                )
            {
                return Some(c);
            }
        }
        let factor = frame.width().div_ceil(self.options.downscale_above.max(1));
        let small = (factor > 1).then(|| frame.downscaled(factor));
        let (base, scale) = match &small {
            Some(s) => (s, factor as f32),
            None => (frame, 1.0),
        };
        if small.is_some()
            && let Some(c) =
                self.run(base, &fast, Binarizer::Hybrid, scale, (0, 0), full, Pass::Downscaled)
        {
            return Some(c);
        }
        // The other binarizer on the same pixels: it reads blurred, low-contrast
        // and glared codes the local one loses, for a fraction of a hard pass.
        if let Some(c) = self.run(base, &fast, Binarizer::Global, scale, (0, 0), full, Pass::Global)
        {
            return Some(c);
        }
        if self.options.try_harder && self.misses.is_multiple_of(self.options.hard_every.max(1)) {
            let hard = Self::hints(purpose, true);
            return self.run(frame, &hard, Binarizer::Hybrid, 1.0, (0, 0), full, Pass::Hard);
        }
        None
    }
}

impl Decode for RxingDecoder {
    fn decode(&mut self, frame: &Frame, purpose: Purpose) -> Vec<RawCode> {
        let found = self.cascade(frame, purpose);
        self.last_region = found.as_ref().and_then(|c| c.region);
        self.misses = if found.is_some() { 0 } else { self.misses.wrapping_add(1) };
        found.into_iter().collect()
    }

    fn reset(&mut self) {
        self.last_region = None;
        self.misses = 0;
        self.reader = MultiFormatReader::default();
    }
}

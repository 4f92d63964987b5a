//! The bundled fonts (assets/fonts, Noto, SIL OFL 1.1), font fallback,
//! shaping (rustybuzz: Arabic joining, Thai mark placement), bidi
//! reordering (unicode-bidi) and drawing shaped text into a [`Bitmap`].

use std::sync::OnceLock;

use ab_glyph::{Font as _, FontRef, GlyphId, PxScale, point};
use unicode_bidi::{BidiInfo, Level};

use crate::error::PrinterError;
use crate::raster::Bitmap;

/// A bundled font.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FontId {
    /// Noto Sans: Latin, Vietnamese, Greek, Cyrillic.
    Latin,
    /// Noto Sans Mono: the virtual printer's Font A.
    Mono,
    /// Noto Sans CJK SC.
    Sc,
    /// Noto Sans CJK TC.
    Tc,
    /// Noto Sans CJK JP.
    Jp,
    /// Noto Sans CJK KR.
    Kr,
    /// Noto Sans Thai.
    Thai,
    /// Noto Sans Arabic.
    Arabic,
}

const FILES: [(FontId, &str, &[u8]); 8] = [
    (
        FontId::Latin,
        "NotoSans-Regular.subset.ttf",
        include_bytes!("../../../assets/fonts/NotoSans-Regular.subset.ttf"),
    ),
    (
        FontId::Mono,
        "NotoSansMono-Regular.subset.ttf",
        include_bytes!("../../../assets/fonts/NotoSansMono-Regular.subset.ttf"),
    ),
    (
        FontId::Sc,
        "NotoSansSC-Regular.subset.otf",
        include_bytes!("../../../assets/fonts/NotoSansSC-Regular.subset.otf"),
    ),
    (
        FontId::Tc,
        "NotoSansTC-Regular.subset.otf",
        include_bytes!("../../../assets/fonts/NotoSansTC-Regular.subset.otf"),
    ),
    (
        FontId::Jp,
        "NotoSansJP-Regular.subset.otf",
        include_bytes!("../../../assets/fonts/NotoSansJP-Regular.subset.otf"),
    ),
    (
        FontId::Kr,
        "NotoSansKR-Regular.subset.otf",
        include_bytes!("../../../assets/fonts/NotoSansKR-Regular.subset.otf"),
    ),
    (
        FontId::Thai,
        "NotoSansThai-Regular.subset.ttf",
        include_bytes!("../../../assets/fonts/NotoSansThai-Regular.subset.ttf"),
    ),
    (
        FontId::Arabic,
        "NotoSansArabic-Regular.subset.ttf",
        include_bytes!("../../../assets/fonts/NotoSansArabic-Regular.subset.ttf"),
    ),
];

/// Fallback order after the locale's own font.
const FALLBACK: [FontId; 7] =
    [FontId::Latin, FontId::Sc, FontId::Jp, FontId::Kr, FontId::Tc, FontId::Thai, FontId::Arabic];

struct Face {
    glyphs: FontRef<'static>,
    shaper: rustybuzz::Face<'static>,
    units_per_em: f32,
    height_unscaled: f32,
}

struct Faces(Vec<Face>);

fn faces() -> Result<&'static Faces, PrinterError> {
    static FACES: OnceLock<Result<Faces, &'static str>> = OnceLock::new();
    let loaded = FACES.get_or_init(|| {
        let mut faces = Vec::new();
        for (_, name, data) in FILES {
            let glyphs = FontRef::try_from_slice(data).map_err(|_| name)?;
            let shaper = rustybuzz::Face::from_slice(data, 0).ok_or(name)?;
            let units_per_em = glyphs.units_per_em().ok_or(name)?;
            let height_unscaled = glyphs.height_unscaled();
            faces.push(Face { glyphs, shaper, units_per_em, height_unscaled });
        }
        Ok(Faces(faces))
    });
    loaded.as_ref().map_err(|name| PrinterError::Font { name })
}

impl Faces {
    fn get(&self, id: FontId) -> &Face {
        // FILES lists every FontId once, in declaration order.
        &self.0[id as usize]
    }
}

/// The fonts tried for a locale, its own first.
pub fn font_chain(tag: &str) -> Vec<FontId> {
    let primary = match tag {
        "ja" => FontId::Jp,
        "ko" => FontId::Kr,
        "zh-Hant" => FontId::Tc,
        t if t.starts_with("zh") => FontId::Sc,
        "th" => FontId::Thai,
        "ar" => FontId::Arabic,
        _ => FontId::Latin,
    };
    let mut chain = vec![primary];
    chain.extend(FALLBACK.iter().copied().filter(|f| *f != primary));
    chain
}

/// Whether a bundled font has a glyph for `c`.
pub fn font_has(font: FontId, c: char) -> Result<bool, PrinterError> {
    Ok(faces()?.get(font).glyphs.glyph_id(c).0 != 0)
}

/// The characters of `text` that no font of `chain` has (controls excepted).
pub fn missing_glyphs(text: &str, chain: &[FontId]) -> Result<Vec<char>, PrinterError> {
    let faces = faces()?;
    let mut missing: Vec<char> = text
        .chars()
        .filter(|c| !c.is_control())
        .filter(|c| chain.iter().all(|f| faces.get(*f).glyphs.glyph_id(*c).0 == 0))
        .collect();
    missing.dedup();
    Ok(missing)
}

/// One positioned glyph, in pixels.
#[derive(Debug, Clone, Copy)]
struct Placed {
    font: FontId,
    glyph: u16,
    x: f32,
    dy: f32,
}

/// A line of text shaped and laid out left to right in visual order.
#[derive(Debug, Clone)]
pub struct ShapedLine {
    glyphs: Vec<Placed>,
    width: f32,
    em: f32,
}

impl ShapedLine {
    /// Advance width in pixels.
    pub fn width(&self) -> f32 {
        self.width
    }
}

/// Shapes one line of `text` at `em` pixels with fonts from `chain`; bidi
/// runs are reordered for display.
/// Fails when a character has no glyph in any font.
pub fn shape(text: &str, chain: &[FontId], em: f32) -> Result<ShapedLine, PrinterError> {
    let faces = faces()?;
    let missing =
        |ch: char| PrinterError::MissingGlyph { ch, code: ch as u32, text: text.to_owned() };
    let mut line = ShapedLine { glyphs: Vec::new(), width: 0.0, em };
    if text.is_empty() {
        return Ok(line);
    }
    // A line with right-to-left letters takes its direction from its first
    // strong character (UAX #9 P2–P3); a line of Latin letters, digits and
    // punctuation (a date, an amount, an address) stays left to right even on
    // an Arabic receipt. Alignment still follows the locale.
    let has_rtl = text.chars().any(|c| {
        matches!(
            unicode_bidi::bidi_class(c),
            unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL
        )
    });
    let info = BidiInfo::new(text, if has_rtl { None } else { Some(Level::ltr()) });
    for para in &info.paragraphs {
        let (levels, runs) = info.visual_runs(para, para.range.clone());
        for run in runs {
            let rtl = levels[run.start].is_rtl();
            // Split the run where the font changes; marks and spaces stay with the font before.
            let mut segments: Vec<(FontId, std::ops::Range<usize>)> = Vec::new();
            for (i, c) in text[run.clone()].char_indices() {
                let at = run.start + i;
                let has = |f: &FontId| faces.get(*f).glyphs.glyph_id(c).0 != 0;
                // Spaces, marks and punctuation stay in the current font when it has them,
                // so a Thai vowel sign is shaped with its consonant.
                let current =
                    segments.last().map(|(f, _)| *f).filter(|f| !c.is_alphanumeric() && has(f));
                let font = match current {
                    Some(f) => f,
                    None => *chain.iter().find(|f| has(f)).ok_or_else(|| missing(c))?,
                };
                match segments.last_mut() {
                    Some((f, range)) if *f == font => range.end = at + c.len_utf8(),
                    _ => segments.push((font, at..at + c.len_utf8())),
                }
            }
            if rtl {
                segments.reverse();
            }
            for (font, range) in segments {
                let face = faces.get(font);
                let mut buffer = rustybuzz::UnicodeBuffer::new();
                buffer.push_str(&text[range.clone()]);
                buffer.guess_segment_properties();
                buffer.set_direction(if rtl {
                    rustybuzz::Direction::RightToLeft
                } else {
                    rustybuzz::Direction::LeftToRight
                });
                let shaped = rustybuzz::shape(&face.shaper, &[], buffer);
                let scale = em / face.units_per_em;
                for (info, pos) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
                    let glyph = u16::try_from(info.glyph_id).unwrap_or(0);
                    if glyph == 0 {
                        let ch = text[range.clone()]
                            .get(info.cluster as usize..)
                            .and_then(|s| s.chars().next())
                            .unwrap_or('\u{FFFD}');
                        if !ch.is_control() {
                            return Err(missing(ch));
                        }
                    }
                    line.glyphs.push(Placed {
                        font,
                        glyph,
                        x: line.width + pos.x_offset as f32 * scale,
                        dy: pos.y_offset as f32 * scale,
                    });
                    line.width += pos.x_advance as f32 * scale;
                }
            }
        }
    }
    Ok(line)
}

/// Draws `line` into `bitmap` with its origin at `x` and its baseline at
/// `baseline`; `bold` strikes each glyph twice, one dot apart.
pub fn draw(
    line: &ShapedLine,
    bitmap: &mut Bitmap,
    x: f32,
    baseline: f32,
    bold: bool,
) -> Result<(), PrinterError> {
    let faces = faces()?;
    for placed in &line.glyphs {
        let face = faces.get(placed.font);
        let px = line.em * face.height_unscaled / face.units_per_em;
        let glyph = GlyphId(placed.glyph)
            .with_scale_and_position(PxScale::from(px), point(x + placed.x, baseline - placed.dy));
        stamp(&face.glyphs, glyph, bitmap, bold);
    }
    Ok(())
}

/// Draws one character of a fixed-pitch printer font into a cell: `font`
/// scaled to `em_x` × `em_y` pixels, baseline at `baseline`.
#[allow(clippy::too_many_arguments)] // a cell: font, char, target, position, two scales, bold
pub fn draw_char(
    font: FontId,
    c: char,
    bitmap: &mut Bitmap,
    x: f32,
    baseline: f32,
    em_x: f32,
    em_y: f32,
    bold: bool,
) -> Result<bool, PrinterError> {
    let faces = faces()?;
    let face = faces.get(font);
    let id = face.glyphs.glyph_id(c);
    if id.0 == 0 {
        return Ok(false);
    }
    let ratio = face.height_unscaled / face.units_per_em;
    let glyph = id
        .with_scale_and_position(PxScale { x: em_x * ratio, y: em_y * ratio }, point(x, baseline));
    stamp(&face.glyphs, glyph, bitmap, bold);
    Ok(true)
}

fn stamp(font: &FontRef<'static>, glyph: ab_glyph::Glyph, bitmap: &mut Bitmap, bold: bool) {
    if let Some(outline) = font.outline_glyph(glyph) {
        let bounds = outline.px_bounds();
        let (ox, oy) = (bounds.min.x as i64, bounds.min.y as i64);
        outline.draw(|gx, gy, coverage| {
            if coverage >= 0.5 {
                let (px, py) = (ox + i64::from(gx), oy + i64::from(gy));
                bitmap.set(px, py, true);
                if bold {
                    bitmap.set(px + 1, py, true);
                }
            }
        });
    }
}

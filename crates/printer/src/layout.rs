//! Receipt layout: the receipt and a locale become rows (text the printer's
//! own font can print, or text rendered to a raster with the bundled fonts),
//! and rows become ESC/POS bytes through the `escpos` crate.

use std::cell::RefCell;
use std::rc::Rc;

use escpos::driver::Driver;
use escpos::printer::Printer;
use escpos::utils::{
    Encoder, JustifyMode, PageCode, Protocol, QRCodeCorrectionLevel, QRCodeModel, QRCodeOption,
};
use i18n::{Direction, Locale};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::error::PrinterError;
use crate::fonts::{self, FontId};
use crate::format::format_money;
use crate::model::{PaymentMethod, Receipt};
use crate::profile::PrinterProfile;
use crate::raster::Bitmap;

/// Font A cell width in dots (Epson TM-T88/T20 class printers).
pub const FONT_A_WIDTH: u32 = 12;
/// Font A cell height in dots.
pub const FONT_A_HEIGHT: u32 = 24;
/// Default line spacing (ESC 2): 30 dots, Font A plus 6 dots of leading.
pub const LINE_HEIGHT: u32 = 30;
/// Em size of raster text, in dots: close to Font A's character height.
const RASTER_EM: f32 = 22.0;
/// QR module size in dots (GS ( k function 167).
const QR_MODULE: u8 = 6;

/// `FS &`: select Kanji (Chinese) character mode — GB18030 on Chinese-firmware printers.
pub const FS_KANJI_ON: [u8; 2] = [0x1C, 0x26];

/// How text reaches the paper on this printer, for this locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextMode {
    /// Single-byte text in code page WPC1252 (`ESC t 16`): Latin scripts.
    CodePage1252,
    /// GB18030 text in Chinese mode (`FS &`): Chinese receipts on printers with a Chinese font.
    Gb18030,
}

/// Where a line sits; `Start` is the left in left-to-right scripts, the right in Arabic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Reading start.
    Start,
    /// Centre.
    Center,
    /// Reading end.
    End,
}

/// Text emphasis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    /// Bold (`ESC E 1`).
    pub bold: bool,
    /// Double width and height (`GS ! 0x11`).
    pub big: bool,
}

/// One row of the laid-out receipt.
#[derive(Debug, Clone)]
pub enum Row {
    /// A line of text.
    Line {
        /// The text (fits the width).
        text: String,
        /// Where it sits.
        align: Align,
        /// Emphasis.
        style: Style,
        /// Rendered to a raster rather than sent as text.
        raster: bool,
    },
    /// A label at the reading start and a value at the reading end of one line.
    Pair {
        /// Label.
        start: String,
        /// Value.
        end: String,
        /// Emphasis.
        style: Style,
        /// Rendered to a raster rather than sent as text.
        raster: bool,
    },
    /// A dashed separator.
    Rule,
    /// A QR code of the text.
    Qr(String),
    /// A picture (logo), centred.
    Image(Bitmap),
}

/// Lays out text for one printer profile and locale.
#[derive(Debug)]
pub struct Typesetter {
    profile: PrinterProfile,
    direction: Direction,
    chain: Vec<FontId>,
    mode: TextMode,
}

impl Typesetter {
    /// For printing in `locale` on a printer with `profile`.
    pub fn new(profile: PrinterProfile, locale: &Locale) -> Typesetter {
        Typesetter::for_tag(profile, locale.tag(), locale.direction())
    }

    /// For a locale tag and direction.
    pub fn for_tag(profile: PrinterProfile, tag: &str, direction: Direction) -> Typesetter {
        let mode = if profile.chinese_font && tag.starts_with("zh") {
            TextMode::Gb18030
        } else {
            TextMode::CodePage1252
        };
        Typesetter { profile, direction, chain: fonts::font_chain(tag), mode }
    }

    /// The text mode chosen.
    pub fn mode(&self) -> TextMode {
        self.mode
    }

    /// Whether the printer's own font can print `text` (otherwise it is rasterized).
    pub fn is_text(&self, text: &str) -> bool {
        if self.direction == Direction::Rtl {
            return false;
        }
        text.chars().all(|c| {
            if (' '..='~').contains(&c) {
                return true;
            }
            if c.is_control() {
                return false;
            }
            let mut buf = [0_u8; 4];
            let s = c.encode_utf8(&mut buf);
            match self.mode {
                TextMode::CodePage1252 => !encoding_rs::WINDOWS_1252.encode(s).2,
                // Chinese printer fonts print GBK characters full width: accept only those
                // the column arithmetic (unicode-width) also counts as two columns.
                TextMode::Gb18030 => c.width() == Some(2) && !encoding_rs::GBK.encode(s).2,
            }
        })
    }

    fn dots(&self) -> f32 {
        self.profile.paper.dots() as f32
    }

    /// Width of `text` in dots, as text (columns) or as a raster (shaped).
    fn measure(&self, text: &str, style: Style, raster: bool) -> Result<f32, PrinterError> {
        let scale = if style.big { 2.0 } else { 1.0 };
        if raster {
            Ok(fonts::shape(text, &self.chain, RASTER_EM * scale)?.width())
        } else {
            Ok((text.width() as u32 * FONT_A_WIDTH) as f32 * scale)
        }
    }

    /// Wraps `text` to the paper width and appends one row a line.
    pub fn line(
        &self,
        rows: &mut Vec<Row>,
        text: &str,
        align: Align,
        style: Style,
    ) -> Result<(), PrinterError> {
        let raster = !self.is_text(text);
        for text in self.wrap(text, style, raster)? {
            rows.push(Row::Line { text, align, style, raster });
        }
        Ok(())
    }

    /// A label and a value on one line when they fit, else on two.
    pub fn pair(
        &self,
        rows: &mut Vec<Row>,
        start: &str,
        end: &str,
        style: Style,
    ) -> Result<(), PrinterError> {
        let raster = !self.is_text(start) || !self.is_text(end);
        let gap = if raster { RASTER_EM } else { FONT_A_WIDTH as f32 };
        let need = self.measure(start, style, raster)? + gap + self.measure(end, style, raster)?;
        if need <= self.dots() {
            rows.push(Row::Pair { start: start.to_owned(), end: end.to_owned(), style, raster });
            Ok(())
        } else {
            self.line(rows, start, Align::Start, style)?;
            self.line(rows, end, Align::End, style)
        }
    }

    fn wrap(&self, text: &str, style: Style, raster: bool) -> Result<Vec<String>, PrinterError> {
        let max = self.dots();
        let fits = |s: &str| -> Result<bool, PrinterError> {
            Ok(self.measure(s.trim_end(), style, raster)? <= max)
        };
        let mut lines = Vec::new();
        let mut current = String::new();
        for token in break_tokens(text) {
            let candidate = format!("{current}{token}");
            if fits(&candidate)? {
                current = candidate;
                continue;
            }
            if !current.trim().is_empty() {
                lines.push(current.trim_end().to_owned());
            }
            current = String::new();
            let token = token.trim_start();
            if fits(token)? {
                current.push_str(token);
                continue;
            }
            // A token wider than the paper: break it between characters.
            for c in token.chars() {
                let mut candidate = current.clone();
                candidate.push(c);
                if c.width() == Some(0) || current.is_empty() || fits(&candidate)? {
                    current = candidate;
                } else {
                    lines.push(current.trim_end().to_owned());
                    current = c.to_string();
                }
            }
        }
        if !current.trim().is_empty() || lines.is_empty() {
            lines.push(current.trim_end().to_owned());
        }
        Ok(lines)
    }

    /// Renders a text row to a raster as wide as the paper.
    fn raster_row(
        &self,
        start: &str,
        end: Option<&str>,
        align: Align,
        style: Style,
    ) -> Result<Bitmap, PrinterError> {
        let em = if style.big { RASTER_EM * 2.0 } else { RASTER_EM };
        let height = (em * 1.45).round() as u32;
        let baseline = (em * 1.1).round();
        let width = self.dots();
        let mut bitmap = Bitmap::new(self.profile.paper.dots(), height);
        let rtl = self.direction == Direction::Rtl;
        let place = |w: f32, align: Align| match (align, rtl) {
            (Align::Center, _) => ((width - w) / 2.0).max(0.0),
            (Align::Start, false) | (Align::End, true) => 0.0,
            (Align::End, false) | (Align::Start, true) => (width - w).max(0.0),
        };
        let first = fonts::shape(start, &self.chain, em)?;
        fonts::draw(&first, &mut bitmap, place(first.width(), align), baseline, style.bold)?;
        if let Some(end) = end {
            let second = fonts::shape(end, &self.chain, em)?;
            fonts::draw(
                &second,
                &mut bitmap,
                place(second.width(), Align::End),
                baseline,
                style.bold,
            )?;
        }
        Ok(bitmap)
    }

    fn pad_pair(&self, start: &str, end: &str, style: Style) -> String {
        let columns = self.profile.paper.columns() / if style.big { 2 } else { 1 };
        let spaces = columns.saturating_sub(start.width() + end.width()).max(1);
        format!("{start}{}{end}", " ".repeat(spaces))
    }
}

/// Splits text where a line may break: after spaces, around CJK characters,
/// before Thai characters that are not combining marks.
fn break_tokens(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut start = 0;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        if let Some(p) = prev {
            let thai = ('\u{0E00}'..='\u{0E7F}').contains(&c)
                && c.width() != Some(0)
                && ('\u{0E00}'..='\u{0E7F}').contains(&p)
                && !matches!(p, '\u{0E40}'..='\u{0E44}');
            let breakable = p == ' ' && c != ' '
                || (p.width() == Some(2) || c.width() == Some(2))
                    && c.width() != Some(0)
                    && !is_closing(c)
                || thai;
            if breakable && i > start {
                tokens.push(&text[start..i]);
                start = i;
            }
        }
        prev = Some(c);
    }
    if start < text.len() {
        tokens.push(&text[start..]);
    }
    tokens
}

fn is_closing(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '、' | '！' | '？' | '）' | '」' | '：' | '；' | ')' | ',' | '.' | '!' | ':'
    )
}

/// Lays the receipt out in rows for `profile` and `locale`.
pub fn receipt_rows(
    receipt: &Receipt,
    locale: &Locale,
    profile: PrinterProfile,
) -> Result<Vec<Row>, PrinterError> {
    let t = Typesetter::new(profile, locale);
    let tag = locale.tag();
    let msg = |key: &str| locale.message(key, None);
    let money = |m| format_money(m, tag);
    let totals = receipt.totals()?;
    let plain = Style::default();
    let bold = Style { bold: true, big: false };
    let mut rows = Vec::new();

    if let Some(logo) = &receipt.store.logo {
        rows.push(Row::Image(logo.clone()));
    }
    t.line(&mut rows, &receipt.store.name, Align::Center, Style { bold: true, big: true })?;
    for line in &receipt.store.lines {
        t.line(&mut rows, line, Align::Center, plain)?;
    }
    rows.push(Row::Rule);
    t.line(&mut rows, &msg("receipt-title")?, Align::Center, bold)?;
    let paid_at = format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        receipt.paid_at.year(),
        u8::from(receipt.paid_at.month()),
        receipt.paid_at.day(),
        receipt.paid_at.hour(),
        receipt.paid_at.minute()
    );
    t.pair(&mut rows, &msg("receipt-date")?, &paid_at, plain)?;
    t.pair(&mut rows, &msg("receipt-terminal")?, &receipt.terminal_id, plain)?;
    t.pair(&mut rows, &msg("receipt-order-no")?, &receipt.payment.out_trade_no, plain)?;
    rows.push(Row::Rule);
    for item in &receipt.items {
        t.line(&mut rows, &item.name, Align::Start, plain)?;
        let each = format!("  {} × {}", item.quantity, money(item.unit_price));
        // Chinese printer fonts have no narrow ×: use x rather than rasterize the row.
        let each = if t.mode() == TextMode::Gb18030 { each.replace('×', "x") } else { each };
        t.pair(&mut rows, &each, &money(item.line_total()?), plain)?;
    }
    rows.push(Row::Rule);
    t.pair(&mut rows, &msg("receipt-subtotal")?, &money(totals.subtotal), plain)?;
    for discount in &receipt.discounts {
        let label = if discount.label.is_empty() {
            msg("receipt-discount")?
        } else {
            discount.label.clone()
        };
        t.pair(
            &mut rows,
            &label,
            &money(money::Money::new(-discount.amount.minor(), discount.amount.currency())),
            plain,
        )?;
    }
    if let Some(tax) = &receipt.tax {
        let key = if tax.included { "receipt-tax-included" } else { "receipt-tax" };
        let rate = format!("{}.{:02}", tax.rate_basis_points / 100, tax.rate_basis_points % 100);
        let rate = rate.trim_end_matches('0').trim_end_matches('.');
        t.pair(&mut rows, &format!("{} {rate}%", msg(key)?), &money(tax.amount), plain)?;
    }
    t.pair(
        &mut rows,
        &msg("receipt-total")?,
        &money(totals.total),
        Style { bold: true, big: true },
    )?;
    rows.push(Row::Rule);
    let method = match &receipt.payment.method {
        PaymentMethod::Alipay => msg("receipt-method-alipay")?,
        PaymentMethod::Wallet(name) => name.clone(),
    };
    t.pair(&mut rows, &msg("receipt-payment-method")?, &method, plain)?;
    let trade_label = match &receipt.payment.method {
        PaymentMethod::Alipay => msg("receipt-trade-no")?,
        PaymentMethod::Wallet(_) => msg("receipt-payment-id")?,
    };
    t.pair(&mut rows, &trade_label, &receipt.payment.trade_no, plain)?;
    if let Some(buyer) = &receipt.payment.buyer_account {
        // Alipay's buyer_logon_id comes masked already (`159****5620`,
        // `ab***@example.com`): print it as given. Anything unmasked shows
        // its last 4 characters only.
        let shown = if buyer.expose().contains('*') {
            buyer.expose().clone()
        } else {
            masking::mask_tail(buyer.expose(), 4)
        };
        t.pair(&mut rows, &msg("receipt-buyer")?, &shown, plain)?;
    }
    rows.push(Row::Qr(receipt.payment.trade_no.clone()));
    t.line(&mut rows, &msg("receipt-qr-caption")?, Align::Center, plain)?;
    rows.push(Row::Rule);
    for line in &receipt.footer {
        t.line(&mut rows, line, Align::Center, plain)?;
    }
    t.line(&mut rows, &msg("receipt-thanks")?, Align::Center, bold)?;
    Ok(rows)
}

/// The ESC/POS bytes of `receipt` printed in `locale` on a printer with `profile`.
pub fn receipt_bytes(
    receipt: &Receipt,
    locale: &Locale,
    profile: PrinterProfile,
) -> Result<Vec<u8>, PrinterError> {
    let rows = receipt_rows(receipt, locale, profile)?;
    encode_rows(&rows, &Typesetter::new(profile, locale))
}

/// A short test page (`kioskctl printer test`): title, a line of text, the
/// locale's name, a QR code, cut.
pub fn test_page_bytes(locale: &Locale, profile: PrinterProfile) -> Result<Vec<u8>, PrinterError> {
    let t = Typesetter::new(profile, locale);
    let mut rows = Vec::new();
    t.line(
        &mut rows,
        &locale.message("receipt-test-title", None)?,
        Align::Center,
        Style { bold: true, big: true },
    )?;
    rows.push(Row::Rule);
    t.line(&mut rows, &locale.message("receipt-test-body", None)?, Align::Start, Style::default())?;
    t.pair(
        &mut rows,
        locale.native_name(),
        &format!("{} mm", profile.paper.mm()),
        Style::default(),
    )?;
    rows.push(Row::Qr(format!("scanpay-printer-test {} {}", locale.tag(), profile.paper.mm())));
    encode_rows(&rows, &t)
}

/// A driver that keeps what escpos sends, so the bytes can go to any transport.
#[derive(Clone, Default)]
struct Capture(Rc<RefCell<Vec<u8>>>);

impl Driver for Capture {
    fn name(&self) -> String {
        "capture".into()
    }
    fn write(&self, data: &[u8]) -> escpos::errors::Result<()> {
        self.0.borrow_mut().extend_from_slice(data);
        Ok(())
    }
    fn read(&self, _buf: &mut [u8]) -> escpos::errors::Result<usize> {
        Ok(0)
    }
    fn flush(&self) -> escpos::errors::Result<()> {
        Ok(())
    }
}

/// `GS v 0 m xL xH yL yH d1…dk`: print raster bit image, normal density.
pub fn gs_v0(bitmap: &Bitmap) -> Vec<u8> {
    let x = bitmap.width().div_ceil(8);
    let y = bitmap.height();
    let mut out = vec![
        0x1D,
        0x76,
        0x30,
        0x00,
        (x & 0xFF) as u8,
        (x >> 8) as u8,
        (y & 0xFF) as u8,
        (y >> 8) as u8,
    ];
    out.extend(bitmap.packed_rows());
    out
}

/// Encodes rows with escpos: `ESC @`, the text mode (`FS &` or `ESC t 16`),
/// each row, then `GS V A 0` (feed to the cutter and cut).
pub fn encode_rows(rows: &[Row], t: &Typesetter) -> Result<Vec<u8>, PrinterError> {
    let e = PrinterError::escpos;
    let capture = Capture::default();
    let protocol = match t.mode {
        TextMode::Gb18030 => Protocol::new(Encoder::new(encoding_rs::GB18030)),
        TextMode::CodePage1252 => Protocol::default(),
    };
    let mut p = Printer::new(capture.clone(), protocol, None);
    p.init().map_err(|x| e("ESC @", x))?;
    match t.mode {
        TextMode::Gb18030 => p.custom(&FS_KANJI_ON).map_err(|x| e("FS &", x))?,
        TextMode::CodePage1252 => p.page_code(PageCode::WPC1252).map_err(|x| e("ESC t", x))?,
    };
    let justify = |align: Align| match align {
        Align::Start => JustifyMode::LEFT,
        Align::Center => JustifyMode::CENTER,
        Align::End => JustifyMode::RIGHT,
    };
    let write_text = |p: &mut Printer<Capture>,
                      text: &str,
                      align: Align,
                      style: Style|
     -> Result<(), PrinterError> {
        p.justify(justify(align)).map_err(|x| e("ESC a", x))?;
        if style.bold {
            p.bold(true).map_err(|x| e("ESC E", x))?;
        }
        if style.big {
            p.size(2, 2).map_err(|x| e("GS !", x))?;
        }
        match t.mode {
            TextMode::Gb18030 => p.write(text).map_err(|x| e("GB18030 text", x))?,
            TextMode::CodePage1252 => {
                let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
                if unmappable {
                    return Err(PrinterError::Escpos {
                        what: "WPC1252 text",
                        detail: format!("{text:?} is not in WPC1252"),
                    });
                }
                p.custom(&bytes).map_err(|x| e("WPC1252 text", x))?
            }
        };
        p.feed().map_err(|x| e("ESC d", x))?;
        if style.big {
            p.reset_size().map_err(|x| e("GS !", x))?;
        }
        if style.bold {
            p.bold(false).map_err(|x| e("ESC E", x))?;
        }
        Ok(())
    };
    for row in rows {
        match row {
            Row::Line { text, align, style, raster: false } => {
                write_text(&mut p, text, *align, *style)?
            }
            Row::Pair { start, end, style, raster: false } => {
                write_text(&mut p, &t.pad_pair(start, end, *style), Align::Start, *style)?
            }
            Row::Line { text, align, style, raster: true } => {
                let bitmap = t.raster_row(text, None, *align, *style)?;
                p.justify(JustifyMode::LEFT).map_err(|x| e("ESC a", x))?;
                p.custom(&gs_v0(&bitmap)).map_err(|x| e("GS v 0", x))?;
            }
            Row::Pair { start, end, style, raster: true } => {
                let bitmap = t.raster_row(start, Some(end), Align::Start, *style)?;
                p.justify(JustifyMode::LEFT).map_err(|x| e("ESC a", x))?;
                p.custom(&gs_v0(&bitmap)).map_err(|x| e("GS v 0", x))?;
            }
            Row::Rule => write_text(
                &mut p,
                &"-".repeat(t.profile.paper.columns()),
                Align::Start,
                Style::default(),
            )?,
            Row::Qr(data) => {
                p.justify(JustifyMode::CENTER).map_err(|x| e("ESC a", x))?;
                let option =
                    QRCodeOption::new(QRCodeModel::Model2, QR_MODULE, QRCodeCorrectionLevel::M);
                p.qrcode_option(data, option).map_err(|x| e("GS ( k", x))?;
                p.feed().map_err(|x| e("ESC d", x))?;
            }
            Row::Image(bitmap) => {
                p.justify(JustifyMode::CENTER).map_err(|x| e("ESC a", x))?;
                p.custom(&gs_v0(bitmap)).map_err(|x| e("GS v 0", x))?;
            }
        }
    }
    p.justify(JustifyMode::LEFT).map_err(|x| e("ESC a", x))?;
    p.cut().map_err(|x| e("GS V", x))?;
    p.print().map_err(|x| e("flush", x))?;
    let bytes = capture.0.borrow().clone();
    Ok(bytes)
}

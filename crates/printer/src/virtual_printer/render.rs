//! Draws parsed commands onto paper, the way a 203 dpi receipt printer
//! with a 12×24 Font A would, and keeps a text transcript.

use crate::fonts::{self, FontId};
use crate::layout::{FONT_A_HEIGHT, FONT_A_WIDTH, LINE_HEIGHT};
use crate::profile::PaperWidth;
use crate::raster::Bitmap;

use super::parser::Command;

/// One cut receipt.
#[derive(Debug, Clone)]
pub struct Page {
    /// The paper, black on white.
    pub image: Bitmap,
    /// Text lines as printed, `[image W×H]` for rasters, `[qr …]` for QR codes.
    pub transcript: String,
    /// Whether it ended with a cut (not just the end of the stream).
    pub cut: bool,
}

#[derive(Debug, Clone, Copy)]
struct Cell {
    c: char,
    wide: bool,
    bold: bool,
    width: u8,
    height: u8,
}

/// The printer's state while a page is printed.
#[derive(Debug)]
pub struct Renderer {
    paper: PaperWidth,
    rows: Vec<Bitmap>,
    transcript: Vec<String>,
    line: Vec<(Vec<u8>, bool, u8, u8, bool)>,
    justify: u8,
    bold: bool,
    size: (u8, u8),
    code_page: u8,
    kanji: bool,
    spacing: Option<u8>,
    qr_model: u8,
    qr_module: u8,
    qr_ec: u8,
    qr_data: Vec<u8>,
    content: bool,
}

impl Renderer {
    /// A printer with paper of this width, just initialized.
    pub fn new(paper: PaperWidth) -> Renderer {
        Renderer {
            paper,
            rows: Vec::new(),
            transcript: Vec::new(),
            line: Vec::new(),
            justify: 0,
            bold: false,
            size: (1, 1),
            code_page: 0,
            kanji: false,
            spacing: None,
            qr_model: 50,
            qr_module: 3,
            qr_ec: 48,
            qr_data: Vec::new(),
            content: false,
        }
    }

    fn reset_modes(&mut self) {
        self.justify = 0;
        self.bold = false;
        self.size = (1, 1);
        self.code_page = 0;
        self.kanji = false;
        self.spacing = None;
    }

    /// Whether anything has been printed since the last cut.
    pub fn has_content(&self) -> bool {
        self.content || !self.line.is_empty()
    }

    /// Applies one command; a cut returns the finished page.
    pub fn apply(&mut self, command: Command) -> Option<Page> {
        match command {
            Command::Text(bytes) => {
                self.line.push((bytes, self.bold, self.size.0, self.size.1, self.kanji));
            }
            Command::LineFeed => self.print_line(),
            Command::FeedLines(n) => {
                self.print_line();
                for _ in 1..n {
                    self.print_line();
                }
            }
            Command::CarriageReturn
            | Command::Status(_)
            | Command::Underline(_)
            | Command::Font(_) => {}
            Command::Init => self.reset_modes(),
            Command::Justify(n) => self.justify = n,
            Command::Emphasis(on) => self.bold = on,
            Command::CodePage(n) => self.code_page = n,
            Command::LineSpacing(n) => self.spacing = n,
            Command::Size { width, height } => self.size = (width, height),
            Command::KanjiOn => self.kanji = true,
            Command::KanjiOff => self.kanji = false,
            Command::QrModel(n) => self.qr_model = n,
            Command::QrModuleSize(n) => self.qr_module = n,
            Command::QrErrorCorrection(n) => self.qr_ec = n,
            Command::QrStore(data) => self.qr_data = data,
            Command::QrPrint => self.print_qr(),
            Command::Raster { width_bytes, height, data } => {
                let width = u32::from(width_bytes) * 8;
                let mut image = Bitmap::new(width, u32::from(height));
                for (i, byte) in data.iter().enumerate() {
                    let (y, xb) = (i / usize::from(width_bytes), i % usize::from(width_bytes));
                    for bit in 0..8 {
                        if byte & (0x80 >> bit) != 0 {
                            image.set((xb * 8 + bit) as i64, y as i64, true);
                        }
                    }
                }
                self.transcript.push(format!("[image {width}x{height}]"));
                self.place(image);
            }
            Command::Cut { .. } => {
                self.print_line_if_pending();
                return Some(self.take_page(true));
            }
        }
        None
    }

    /// Ends the stream: what is on the paper without a cut, if anything.
    pub fn finish(&mut self) -> Option<Page> {
        self.print_line_if_pending();
        if self.content { Some(self.take_page(false)) } else { None }
    }

    fn take_page(&mut self, cut: bool) -> Page {
        let width = self.paper.dots();
        let margin = 16;
        let height: u32 = self.rows.iter().map(Bitmap::height).sum::<u32>() + 2 * margin;
        let mut image = Bitmap::new(width, height);
        let mut y = i64::from(margin);
        for row in self.rows.drain(..) {
            image.blit(&row, 0, y);
            y += i64::from(row.height());
        }
        let mut transcript = self.transcript.drain(..).collect::<Vec<_>>().join("\n");
        transcript.push_str(if cut { "\n[cut]\n" } else { "\n[end of data, no cut]\n" });
        self.content = false;
        Page { image, transcript, cut }
    }

    /// Places a picture as a row of its own, per the justification.
    fn place(&mut self, picture: Bitmap) {
        let width = self.paper.dots();
        let x = match self.justify {
            1 => (width.saturating_sub(picture.width())) / 2,
            2 => width.saturating_sub(picture.width()),
            _ => 0,
        };
        let mut row = Bitmap::new(width, picture.height());
        row.blit(&picture, i64::from(x), 0);
        self.rows.push(row);
        self.content = true;
    }

    fn print_qr(&mut self) {
        let ec = match self.qr_ec {
            48 => qrcode::EcLevel::L,
            49 => qrcode::EcLevel::M,
            50 => qrcode::EcLevel::Q,
            _ => qrcode::EcLevel::H,
        };
        let text = String::from_utf8_lossy(&self.qr_data).into_owned();
        match (self.qr_model, qrcode::QrCode::with_error_correction_level(&self.qr_data, ec)) {
            (50, Ok(code)) => {
                let modules = code.width();
                let colors = code.to_colors();
                let m = u32::from(self.qr_module);
                let mut image = Bitmap::new(modules as u32 * m, modules as u32 * m);
                for (i, color) in colors.iter().enumerate() {
                    if *color == qrcode::Color::Dark {
                        let (mx, my) = ((i % modules) as u32, (i / modules) as u32);
                        for dy in 0..m {
                            for dx in 0..m {
                                image.set(i64::from(mx * m + dx), i64::from(my * m + dy), true);
                            }
                        }
                    }
                }
                self.transcript.push(format!("[qr {text}]"));
                self.place(image);
            }
            (model, result) => {
                let why =
                    result.err().map(|e| e.to_string()).unwrap_or_else(|| format!("model {model}"));
                self.transcript.push(format!("[qr not printed: {why}]"));
            }
        }
    }

    fn print_line_if_pending(&mut self) {
        if !self.line.is_empty() {
            self.print_line();
        }
    }

    fn decode(&self) -> Vec<Cell> {
        // Text may arrive in pieces (a GB18030 character split between two
        // reads): join pieces printed in the same mode before decoding.
        let mut runs: Vec<(Vec<u8>, bool, u8, u8, bool)> = Vec::new();
        for (bytes, bold, width, height, kanji) in &self.line {
            match runs.last_mut() {
                Some(last)
                    if (last.1, last.2, last.3, last.4) == (*bold, *width, *height, *kanji) =>
                {
                    last.0.extend_from_slice(bytes);
                }
                _ => runs.push((bytes.clone(), *bold, *width, *height, *kanji)),
            }
        }
        let mut cells = Vec::new();
        for (bytes, bold, width, height, kanji) in &runs {
            let text: String = if *kanji {
                encoding_rs::GB18030.decode_without_bom_handling(bytes).0.into_owned()
            } else if self.code_page == 16 {
                encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned()
            } else {
                bytes.iter().map(|b| if b.is_ascii() { char::from(*b) } else { '?' }).collect()
            };
            for c in text.chars() {
                let wide = *kanji && !c.is_ascii();
                cells.push(Cell { c, wide, bold: *bold, width: *width, height: *height });
            }
        }
        cells
    }

    fn print_line(&mut self) {
        let cells = self.decode();
        self.line.clear();
        let paper = self.paper.dots();
        let cell_w = |c: &Cell| FONT_A_WIDTH * u32::from(c.width) * if c.wide { 2 } else { 1 };
        // The printer wraps at the paper edge.
        let mut lines: Vec<Vec<Cell>> = vec![Vec::new()];
        let mut used = 0;
        for cell in cells {
            if used + cell_w(&cell) > paper && used > 0 {
                lines.push(Vec::new());
                used = 0;
            }
            used += cell_w(&cell);
            if let Some(last) = lines.last_mut() {
                last.push(cell);
            }
        }
        for cells in lines {
            let text: String = cells.iter().map(|c| c.c).collect();
            self.transcript.push(text.trim_end().to_owned());
            let tallest = cells.iter().map(|c| u32::from(c.height)).max().unwrap_or(1);
            let spacing = self.spacing.map(u32::from).unwrap_or(LINE_HEIGHT);
            let height =
                (FONT_A_HEIGHT * tallest).max(spacing) + spacing.saturating_sub(FONT_A_HEIGHT);
            let mut row = Bitmap::new(paper, height);
            let width: u32 = cells.iter().map(cell_w).sum();
            let mut x = match self.justify {
                1 => paper.saturating_sub(width) / 2,
                2 => paper.saturating_sub(width),
                _ => 0,
            };
            let baseline = (FONT_A_HEIGHT * tallest) as f32 * 0.8;
            for cell in &cells {
                let (w, h) = (f32::from(cell.width), f32::from(cell.height));
                let drawn = if cell.wide {
                    [FontId::Sc, FontId::Jp, FontId::Kr, FontId::Tc]
                        .iter()
                        .find(|f| fonts::font_has(**f, cell.c).unwrap_or(false))
                        .map(|f| {
                            fonts::draw_char(
                                *f,
                                cell.c,
                                &mut row,
                                x as f32 + w,
                                baseline,
                                22.0 * w,
                                22.0 * h,
                                cell.bold,
                            )
                        })
                        .unwrap_or(Ok(false))
                } else {
                    fonts::draw_char(
                        FontId::Mono,
                        cell.c,
                        &mut row,
                        x as f32,
                        baseline,
                        20.0 * w,
                        20.0 * h,
                        cell.bold,
                    )
                };
                if !matches!(drawn, Ok(true)) && cell.c != ' ' {
                    // A printer prints something for a code it has no glyph for; so do we.
                    for dy in 4..(FONT_A_HEIGHT * u32::from(cell.height) - 4) {
                        row.set(i64::from(x + 2), i64::from(dy), true);
                        row.set(i64::from(x + cell_w(cell) - 3), i64::from(dy), true);
                    }
                }
                x += cell_w(cell);
            }
            self.rows.push(row);
        }
        self.content = true;
    }
}

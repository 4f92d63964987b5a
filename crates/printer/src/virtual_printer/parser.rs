//! A strict ESC/POS parser: every command the kiosk sends, nothing else.
//! Unknown commands and commands cut short are errors naming the byte
//! offset and the command. References are the Epson ESC/POS command pages,
//! <https://download4.epson.biz/sec_pubs/pos/reference_en/escpos/>.

use std::fmt;

/// One parsed command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// Printable bytes (single-byte code page or GB18030).
    Text(Vec<u8>),
    /// `LF`: print and line feed.
    LineFeed,
    /// `CR`: ignored (line feed mode is LF).
    CarriageReturn,
    /// `ESC @`: initialize.
    Init,
    /// `ESC a n`: justification, 0 left, 1 centre, 2 right.
    Justify(u8),
    /// `ESC E n`: emphasis.
    Emphasis(bool),
    /// `ESC - n`: underline (0–2).
    Underline(u8),
    /// `ESC d n`: print and feed n lines.
    FeedLines(u8),
    /// `ESC t n`: character code table.
    CodePage(u8),
    /// `ESC 2` (None) / `ESC 3 n`: line spacing.
    LineSpacing(Option<u8>),
    /// `ESC M n`: character font.
    Font(u8),
    /// `GS ! n`: character size, width and height multipliers 1–8.
    Size {
        /// Width multiplier.
        width: u8,
        /// Height multiplier.
        height: u8,
    },
    /// `GS V`: cut.
    Cut {
        /// Partial rather than full.
        partial: bool,
    },
    /// `GS ( k` fn 165: QR model (49 model 1, 50 model 2, 51 micro).
    QrModel(u8),
    /// `GS ( k` fn 167: module size in dots.
    QrModuleSize(u8),
    /// `GS ( k` fn 169: error correction (48 L, 49 M, 50 Q, 51 H).
    QrErrorCorrection(u8),
    /// `GS ( k` fn 180: store data.
    QrStore(Vec<u8>),
    /// `GS ( k` fn 181: print the stored symbol.
    QrPrint,
    /// `GS v 0`: raster bit image.
    Raster {
        /// Bytes a row.
        width_bytes: u16,
        /// Rows.
        height: u16,
        /// Packed rows, MSB left.
        data: Vec<u8>,
    },
    /// `DLE EOT n`: real-time status request.
    Status(u8),
    /// `FS &`: Kanji (Chinese) mode on.
    KanjiOn,
    /// `FS .`: Kanji mode off.
    KanjiOff,
}

/// Why a stream was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseErrorKind {
    /// A byte sequence that is not a supported command.
    Unknown,
    /// The stream ended inside the command.
    Truncated {
        /// Bytes the command needs.
        needed: usize,
        /// Bytes there were.
        got: usize,
    },
    /// A known command with a parameter out of range.
    BadParameter(String),
}

/// An invalid ESC/POS stream: where and what.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ParseError {
    /// Offset of the command's first byte in the stream.
    pub offset: usize,
    /// The command as bytes in hex, with its name when known (`1D 28 6B (GS ( k)`).
    pub command: String,
    /// What is wrong.
    pub kind: ParseErrorKind,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ParseErrorKind::Unknown => {
                write!(f, "unknown ESC/POS command {} at byte {}", self.command, self.offset)
            }
            ParseErrorKind::Truncated { needed, got } => write!(
                f,
                "truncated ESC/POS command {} at byte {}: needs {needed} bytes, stream ends after {got}",
                self.command, self.offset
            ),
            ParseErrorKind::BadParameter(detail) => {
                write!(f, "ESC/POS command {} at byte {}: {detail}", self.command, self.offset)
            }
        }
    }
}

enum Step {
    Done(Command, usize),
    NeedMore(usize),
    Fail(ParseErrorKind, usize),
}

/// An incremental parser: feed it chunks as they arrive.
#[derive(Debug, Default)]
pub struct Parser {
    pending: Vec<u8>,
    offset: usize,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect::<Vec<_>>().join(" ")
}

fn name(bytes: &[u8]) -> Option<&'static str> {
    Some(match bytes {
        [0x1B, b'@', ..] => "ESC @",
        [0x1B, b'a', ..] => "ESC a",
        [0x1B, b'E', ..] => "ESC E",
        [0x1B, b'-', ..] => "ESC -",
        [0x1B, b'd', ..] => "ESC d",
        [0x1B, b't', ..] => "ESC t",
        [0x1B, b'3', ..] => "ESC 3",
        [0x1B, b'M', ..] => "ESC M",
        [0x1D, b'!', ..] => "GS !",
        [0x1D, b'V', ..] => "GS V",
        [0x1D, b'(', b'k', ..] => "GS ( k",
        [0x1D, b'v', b'0', ..] => "GS v 0",
        [0x10, 0x04, ..] => "DLE EOT",
        [0x1B, ..] => "ESC",
        [0x1D, ..] => "GS",
        [0x1C, ..] => "FS",
        [0x10, ..] => "DLE",
        _ => return None,
    })
}

impl Parser {
    /// A parser at stream offset 0.
    pub fn new() -> Parser {
        Parser::default()
    }

    /// Parses every complete command in what has arrived so far.
    pub fn feed(&mut self, bytes: &[u8]) -> Result<Vec<Command>, ParseError> {
        self.pending.extend_from_slice(bytes);
        let mut commands = Vec::new();
        let mut at = 0;
        while at < self.pending.len() {
            match step(&self.pending[at..]) {
                Step::Done(command, len) => {
                    commands.push(command);
                    at += len;
                }
                Step::NeedMore(_) => break,
                Step::Fail(kind, len) => {
                    let shown = &self.pending[at..(at + len.max(1)).min(self.pending.len())];
                    return Err(self.error(at, shown, kind));
                }
            }
        }
        self.pending.drain(..at);
        self.offset += at;
        Ok(commands)
    }

    /// The stream ended: anything left is a truncated command.
    pub fn finish(&self) -> Result<(), ParseError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let needed = match step(&self.pending) {
            Step::NeedMore(n) => n,
            Step::Done(..) | Step::Fail(..) => self.pending.len(),
        };
        let shown = &self.pending[..self.pending.len().min(4)];
        Err(self.error(0, shown, ParseErrorKind::Truncated { needed, got: self.pending.len() }))
    }

    fn error(&self, at: usize, shown: &[u8], kind: ParseErrorKind) -> ParseError {
        let command = match name(shown) {
            Some(n) => format!("{} ({n})", hex(shown)),
            None => hex(shown),
        };
        ParseError { offset: self.offset + at, command, kind }
    }
}

/// Parses one command at the start of `b` (not empty).
fn step(b: &[u8]) -> Step {
    let need = |n: usize| {
        if b.len() < n { Some(Step::NeedMore(n)) } else { None }
    };
    let bad = |detail: String, len| Step::Fail(ParseErrorKind::BadParameter(detail), len);
    match b[0] {
        0x0A => Step::Done(Command::LineFeed, 1),
        0x0D => Step::Done(Command::CarriageReturn, 1),
        0x20..=0x7E | 0x80..=0xFF => {
            let len = b.iter().take_while(|c| **c >= 0x20 && **c != 0x7F).count();
            Step::Done(Command::Text(b[..len].to_vec()), len)
        }
        0x10 => {
            if let Some(s) = need(3) {
                return s;
            }
            match (b[1], b[2]) {
                (0x04, n @ 1..=4) => Step::Done(Command::Status(n), 3),
                (0x04, n) => bad(format!("DLE EOT n = {n} (1–4 allowed)"), 3),
                _ => Step::Fail(ParseErrorKind::Unknown, 2),
            }
        }
        0x1C => {
            if let Some(s) = need(2) {
                return s;
            }
            match b[1] {
                b'&' => Step::Done(Command::KanjiOn, 2),
                b'.' => Step::Done(Command::KanjiOff, 2),
                _ => Step::Fail(ParseErrorKind::Unknown, 2),
            }
        }
        0x1B => {
            if let Some(s) = need(2) {
                return s;
            }
            match b[1] {
                b'@' => Step::Done(Command::Init, 2),
                b'2' => Step::Done(Command::LineSpacing(None), 2),
                c @ (b'a' | b'E' | b'-' | b'd' | b't' | b'3' | b'M') => {
                    if let Some(s) = need(3) {
                        return s;
                    }
                    let n = b[2];
                    match c {
                        b'a' => match n {
                            0..=2 | 48..=50 => Step::Done(Command::Justify(n % 48), 3),
                            _ => bad(format!("justification {n}"), 3),
                        },
                        b'E' => Step::Done(Command::Emphasis(n & 1 == 1), 3),
                        b'-' => match n {
                            0..=2 | 48..=50 => Step::Done(Command::Underline(n % 48), 3),
                            _ => bad(format!("underline {n}"), 3),
                        },
                        b'd' => Step::Done(Command::FeedLines(n), 3),
                        b't' => match n {
                            0 | 16 => Step::Done(Command::CodePage(n), 3),
                            _ => bad(
                                format!(
                                    "code page {n} (the virtual printer has 0 PC437-ASCII and 16 WPC1252)"
                                ),
                                3,
                            ),
                        },
                        b'3' => Step::Done(Command::LineSpacing(Some(n)), 3),
                        _ => match n {
                            0 | 1 | 48 | 49 => Step::Done(Command::Font(n % 48), 3),
                            _ => bad(format!("font {n}"), 3),
                        },
                    }
                }
                _ => Step::Fail(ParseErrorKind::Unknown, 2),
            }
        }
        0x1D => {
            if let Some(s) = need(2) {
                return s;
            }
            match b[1] {
                b'!' => {
                    if let Some(s) = need(3) {
                        return s;
                    }
                    let (w, h) = ((b[2] >> 4) + 1, (b[2] & 0x0F) + 1);
                    if w > 8 || h > 8 {
                        return bad(format!("size 0x{:02X}", b[2]), 3);
                    }
                    Step::Done(Command::Size { width: w, height: h }, 3)
                }
                b'V' => {
                    if let Some(s) = need(3) {
                        return s;
                    }
                    match b[2] {
                        0 | 48 => Step::Done(Command::Cut { partial: false }, 3),
                        1 | 49 => Step::Done(Command::Cut { partial: true }, 3),
                        65 | 66 => {
                            if let Some(s) = need(4) {
                                return s;
                            }
                            Step::Done(Command::Cut { partial: b[2] == 66 }, 4)
                        }
                        m => bad(format!("cut mode {m}"), 3),
                    }
                }
                b'(' => {
                    if let Some(s) = need(3) {
                        return s;
                    }
                    if b[2] != b'k' {
                        return Step::Fail(ParseErrorKind::Unknown, 3);
                    }
                    if let Some(s) = need(5) {
                        return s;
                    }
                    let len = usize::from(b[3]) | usize::from(b[4]) << 8;
                    if let Some(s) = need(5 + len) {
                        return s;
                    }
                    let body = &b[5..5 + len];
                    let total = 5 + len;
                    match body {
                        [49, 65, n1, 0] => Step::Done(Command::QrModel(*n1), total),
                        [49, 67, n] if (1..=16).contains(n) => {
                            Step::Done(Command::QrModuleSize(*n), total)
                        }
                        [49, 69, n] if (48..=51).contains(n) => {
                            Step::Done(Command::QrErrorCorrection(*n), total)
                        }
                        [49, 80, 48, data @ ..] => {
                            Step::Done(Command::QrStore(data.to_vec()), total)
                        }
                        [49, 81, 48] => Step::Done(Command::QrPrint, total),
                        [49, ..] => bad(format!("QR function {}", hex(body)), total),
                        _ => Step::Fail(ParseErrorKind::Unknown, total.min(6)),
                    }
                }
                b'v' => {
                    if let Some(s) = need(3) {
                        return s;
                    }
                    if b[2] != b'0' {
                        return Step::Fail(ParseErrorKind::Unknown, 3);
                    }
                    if let Some(s) = need(8) {
                        return s;
                    }
                    if !matches!(b[3], 0 | 48) {
                        return bad(format!("raster mode {} (only normal density)", b[3]), 4);
                    }
                    let width_bytes = u16::from(b[4]) | u16::from(b[5]) << 8;
                    let height = u16::from(b[6]) | u16::from(b[7]) << 8;
                    if width_bytes == 0 || height == 0 {
                        return bad("empty raster".into(), 8);
                    }
                    let len = 8 + usize::from(width_bytes) * usize::from(height);
                    if let Some(s) = need(len) {
                        return s;
                    }
                    Step::Done(
                        Command::Raster { width_bytes, height, data: b[8..len].to_vec() },
                        len,
                    )
                }
                _ => Step::Fail(ParseErrorKind::Unknown, 2),
            }
        }
        _ => Step::Fail(ParseErrorKind::Unknown, 1),
    }
}

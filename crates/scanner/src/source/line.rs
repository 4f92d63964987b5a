//! Handheld and serial scanners: each scan arrives as a line of text (digits + Enter).
//!
//! A USB handheld in keyboard mode types into the focused window: the app hands each line
//! to [`wedge_line`]. A serial scanner (or one in USB-CDC mode) is a device file read by a
//! [`LineSource`]; stdin works the same way. Lines end with CR, LF or CRLF. An AIM
//! symbology identifier (`]E0`, `]C0`, `]Q1`, …), if the scanner is set to send one, is
//! stripped and used as the symbology.

use std::io::{BufRead, BufReader, ErrorKind};
use std::path::Path;

use crate::{Pass, RawCode, ScanError, Symbology};

/// Longest line kept; a scanner never sends more, so a longer one is noise.
const MAX_LINE: usize = 512;

/// Turns one typed line into a code, or `None` if nothing is left after trimming.
pub fn wedge_line(line: &str) -> Option<RawCode> {
    let cleaned: String = line.chars().filter(|c| !c.is_control()).collect();
    let mut text = cleaned.trim();
    let mut symbology = Symbology::Typed;
    if let Some(rest) = text.strip_prefix(']') {
        let mut chars = rest.chars();
        if let (Some(code), Some(_modifier)) = (chars.next(), chars.next()) {
            symbology = match (code, rest.get(1..2)) {
                ('E', Some("4")) => Symbology::Ean8,
                ('E', _) => Symbology::Ean13,
                ('C', _) => Symbology::Code128,
                ('Q', _) => Symbology::QrCode,
                _ => Symbology::Typed,
            };
            text = rest.get(2..).unwrap_or("").trim();
        }
    }
    if symbology == Symbology::Ean13 && text.len() == 12 {
        symbology = Symbology::UpcA;
    }
    (!text.is_empty()).then(|| RawCode {
        text: text.to_string(),
        symbology,
        region: None,
        pass: Pass::Other,
    })
}

/// Reads scans, one per line, from any byte stream (serial device, stdin, a test pipe).
pub struct LineSource<R> {
    reader: R,
    name: String,
    line: Vec<u8>,
}

impl LineSource<BufReader<std::fs::File>> {
    /// Opens a serial scanner's device file (e.g. `/dev/ttyACM0`, configured by the OS
    /// or udev for the scanner's baud rate).
    pub fn open_device(path: &Path) -> Result<Self, ScanError> {
        let file = std::fs::File::open(path).map_err(|source| ScanError::Line {
            source_name: path.display().to_string(),
            source,
        })?;
        Ok(LineSource::new(BufReader::new(file), path.display().to_string()))
    }
}

impl<R: BufRead> LineSource<R> {
    /// Wraps a buffered reader; `name` appears in errors.
    pub fn new(reader: R, name: impl Into<String>) -> Self {
        LineSource { reader, name: name.into(), line: Vec::new() }
    }

    /// Blocks until the next scan; `Ok(None)` at end of stream. Empty lines are skipped.
    pub fn next_code(&mut self) -> Result<Option<RawCode>, ScanError> {
        loop {
            self.line.clear();
            let ended = self.read_line()?;
            let text = String::from_utf8_lossy(&self.line);
            if let Some(code) = wedge_line(&text) {
                return Ok(Some(code));
            }
            if ended {
                return Ok(None);
            }
        }
    }

    /// Reads up to CR or LF into `self.line`; true at end of stream.
    fn read_line(&mut self) -> Result<bool, ScanError> {
        loop {
            let buf = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(source) => {
                    return Err(ScanError::Line { source_name: self.name.clone(), source });
                }
            };
            if buf.is_empty() {
                return Ok(true);
            }
            match buf.iter().position(|b| *b == b'\n' || *b == b'\r') {
                Some(i) => {
                    if self.line.len() < MAX_LINE {
                        self.line.extend_from_slice(&buf[..i.min(MAX_LINE)]);
                    }
                    self.reader.consume(i + 1);
                    return Ok(false);
                }
                None => {
                    let n = buf.len();
                    if self.line.len() < MAX_LINE {
                        self.line.extend_from_slice(&buf[..n.min(MAX_LINE)]);
                    }
                    self.reader.consume(n);
                }
            }
        }
    }
}

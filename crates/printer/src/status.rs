//! Printer status from `DLE EOT n` (Epson ESC/POS "Transmit real-time status",
//! <https://download4.epson.biz/sec_pubs/pos/reference_en/escpos/dle_eot.html>).
//!
//! Each answer is one byte whose bits 0 and 7 are 0 and bits 1 and 4 are 1;
//! a byte without that pattern is not a status answer.

use std::fmt;

/// `DLE EOT n` request prefix.
pub const DLE_EOT: [u8; 2] = [0x10, 0x04];
/// n = 1: printer status (bit 3: offline).
pub const STATUS_PRINTER: u8 = 1;
/// n = 2: offline cause (bit 2 cover open, bit 5 paper-end stop, bit 6 error).
pub const STATUS_OFFLINE: u8 = 2;
/// n = 3: error cause (bit 3 autocutter, bit 5 unrecoverable, bit 6 auto-recoverable).
pub const STATUS_ERROR: u8 = 3;
/// n = 4: roll paper sensor (bits 2–3 near end, bits 5–6 paper end).
pub const STATUS_PAPER: u8 = 4;

const FIXED_MASK: u8 = 0b1001_0011;
const FIXED_BITS: u8 = 0b0001_0010;

/// Whether `byte` has the fixed bits of a `DLE EOT` answer.
pub fn is_status_byte(byte: u8) -> bool {
    byte & FIXED_MASK == FIXED_BITS
}

/// What the printer said about itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StatusFlags {
    /// Not offline (n = 1, bit 3 clear).
    pub online: bool,
    /// Cover open (n = 2, bit 2).
    pub cover_open: bool,
    /// Printing stopped at paper end (n = 2 bit 5, or n = 4 bits 5–6).
    pub paper_end: bool,
    /// The roll is nearly used up (n = 4, bits 2–3): print, but tell staff.
    pub paper_near_end: bool,
    /// An error occurred (n = 2, bit 6).
    pub error: bool,
}

impl StatusFlags {
    /// Decodes the answers to `DLE EOT 1`, `2` and `4`.
    pub fn from_bytes(printer: u8, offline: u8, paper: u8) -> StatusFlags {
        StatusFlags {
            online: printer & 0x08 == 0,
            cover_open: offline & 0x04 != 0,
            paper_end: offline & 0x20 != 0 || paper & 0x60 != 0,
            paper_near_end: paper & 0x0C != 0,
            error: offline & 0x40 != 0,
        }
    }

    /// The byte a printer in this state answers to `DLE EOT n` (n = 1..=4).
    pub fn answer(&self, n: u8) -> u8 {
        let mut byte = FIXED_BITS;
        match n {
            STATUS_PRINTER if !self.online => byte |= 0x08,
            STATUS_OFFLINE => {
                if self.cover_open {
                    byte |= 0x04;
                }
                if self.paper_end {
                    byte |= 0x20;
                }
                if self.error {
                    byte |= 0x40;
                }
            }
            STATUS_PAPER => {
                if self.paper_near_end {
                    byte |= 0x0C;
                }
                if self.paper_end {
                    byte |= 0x60;
                }
            }
            _ => {}
        }
        byte
    }
}

/// The printer's state as far as the kiosk knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrinterStatus {
    /// It answered.
    Known(StatusFlags),
    /// It did not answer in time, or answered nonsense: never treated as ready.
    Unknown {
        /// Why.
        reason: String,
    },
}

/// The one problem the UI and staff alarm act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum StatusProblem {
    /// Out of paper.
    PaperOut,
    /// Cover open.
    CoverOpen,
    /// Offline for another reason.
    Offline,
    /// The printer reports an error.
    Error,
    /// No (valid) answer.
    Unknown,
}

impl StatusProblem {
    /// A stable code for the UI (`{code, message}`) and alarms.
    pub fn code(self) -> &'static str {
        match self {
            StatusProblem::PaperOut => "printer-paper-out",
            StatusProblem::CoverOpen => "printer-cover-open",
            StatusProblem::Offline => "printer-offline",
            StatusProblem::Error => "printer-error",
            StatusProblem::Unknown => "printer-unknown",
        }
    }
}

impl PrinterStatus {
    /// Whether a receipt can be printed now: known, online, cover shut, paper in, no error.
    pub fn is_ready(&self) -> bool {
        self.problem().is_none()
    }

    /// Why it cannot print, the most actionable cause first.
    pub fn problem(&self) -> Option<StatusProblem> {
        match self {
            PrinterStatus::Unknown { .. } => Some(StatusProblem::Unknown),
            PrinterStatus::Known(f) if f.paper_end => Some(StatusProblem::PaperOut),
            PrinterStatus::Known(f) if f.cover_open => Some(StatusProblem::CoverOpen),
            PrinterStatus::Known(f) if f.error => Some(StatusProblem::Error),
            PrinterStatus::Known(f) if !f.online => Some(StatusProblem::Offline),
            PrinterStatus::Known(_) => None,
        }
    }

    /// Ready, but the roll is nearly used up.
    pub fn paper_near_end(&self) -> bool {
        matches!(self, PrinterStatus::Known(f) if f.paper_near_end)
    }
}

impl fmt::Display for PrinterStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PrinterStatus::Unknown { reason } => write!(f, "unknown ({reason})"),
            PrinterStatus::Known(flags) => {
                let mut parts = vec![if flags.online { "online" } else { "offline" }];
                if flags.cover_open {
                    parts.push("cover open");
                }
                if flags.paper_end {
                    parts.push("paper out");
                } else if flags.paper_near_end {
                    parts.push("paper near end");
                }
                if flags.error {
                    parts.push("error");
                }
                f.write_str(&parts.join(", "))
            }
        }
    }
}

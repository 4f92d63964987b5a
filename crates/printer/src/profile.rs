//! Printer profiles and the `[printer]` configuration.

use std::path::PathBuf;
use std::time::Duration;

use crate::error::PrinterError;

/// Paper roll width.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PaperWidth {
    /// 58 mm roll: 384 dots, 32 columns of Font A.
    Mm58,
    /// 80 mm roll: 576 dots, 48 columns of Font A.
    Mm80,
}

impl PaperWidth {
    /// From millimetres (58 or 80).
    pub fn from_mm(mm: u32) -> Result<PaperWidth, PrinterError> {
        match mm {
            58 => Ok(PaperWidth::Mm58),
            80 => Ok(PaperWidth::Mm80),
            other => Err(PrinterError::Config {
                key: "paper_width_mm",
                reason: format!("{other} is not a supported width (58 or 80)"),
            }),
        }
    }

    /// Millimetres.
    pub fn mm(self) -> u32 {
        match self {
            PaperWidth::Mm58 => 58,
            PaperWidth::Mm80 => 80,
        }
    }

    /// Printable width in dots at 203 dpi.
    pub fn dots(self) -> u32 {
        match self {
            PaperWidth::Mm58 => 384,
            PaperWidth::Mm80 => 576,
        }
    }

    /// Columns of Font A (12 dots wide); a CJK character takes two.
    pub fn columns(self) -> usize {
        (self.dots() / crate::layout::FONT_A_WIDTH) as usize
    }
}

/// What the printer can do with text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrinterProfile {
    /// Paper width.
    pub paper: PaperWidth,
    /// The printer has a Chinese (GB18030) font: Chinese receipts are sent as text.
    pub chinese_font: bool,
}

/// How the printer is reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transport {
    /// A network printer (raw port 9100).
    Tcp {
        /// `host:port`.
        address: String,
    },
    /// A USB printer claimed by vendor and product id.
    Usb {
        /// USB vendor id.
        vendor_id: u16,
        /// USB product id.
        product_id: u16,
    },
    /// A serial (RS-232 or USB CDC) printer.
    Serial {
        /// Device path (`/dev/ttyUSB0`, `COM3`).
        path: String,
        /// Baud rate.
        baud_rate: u32,
    },
    /// A device file (`/dev/usb/lp0`) or a plain file that collects the bytes.
    File {
        /// The path.
        path: PathBuf,
    },
    /// No printer: receipts are shown on screen only.
    None,
}

impl std::fmt::Display for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Transport::Tcp { address } => write!(f, "tcp {address}"),
            Transport::Usb { vendor_id, product_id } => {
                write!(f, "usb {vendor_id:04x}:{product_id:04x}")
            }
            Transport::Serial { path, baud_rate } => write!(f, "serial {path} ({baud_rate} baud)"),
            Transport::File { path } => write!(f, "file {}", path.display()),
            Transport::None => f.write_str("none"),
        }
    }
}

/// The serial speed used when the address names none (`/dev/ttyS0@9600` names one).
pub const DEFAULT_BAUD_RATE: u32 = 19_200;

/// The printer, as `[printer]` in the kiosk config describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrinterConfig {
    /// How it is reached.
    pub transport: Transport,
    /// What it can print.
    pub profile: PrinterProfile,
    /// How long to wait for a status answer before calling the printer unknown.
    pub status_timeout: Duration,
}

impl PrinterConfig {
    /// Builds the config from the `[printer]` keys, checking each and naming
    /// the key at fault: `transport` is `tcp|usb|serial|file|none`; `address`
    /// is `host:port` (tcp, port 9100 if omitted), `vid:pid` in hex (usb), a
    /// device path with an optional `@baud` (serial) or a path (file).
    pub fn from_keys(
        transport: &str,
        address: &str,
        paper_width_mm: u32,
        chinese_font: bool,
        status_timeout_ms: u64,
    ) -> Result<PrinterConfig, PrinterError> {
        let bad = |reason: String| PrinterError::Config { key: "address", reason };
        let transport = match transport {
            "tcp" => {
                if address.is_empty() {
                    return Err(bad("tcp needs host:port".into()));
                }
                let address =
                    if address.rsplit_once(':').is_some_and(|(_, p)| p.parse::<u16>().is_ok()) {
                        address.to_owned()
                    } else {
                        format!("{address}:9100")
                    };
                Transport::Tcp { address }
            }
            "usb" => {
                let parse = |s: &str| u16::from_str_radix(s.trim_start_matches("0x"), 16).ok();
                match address.split_once(':').map(|(v, p)| (parse(v), parse(p))) {
                    Some((Some(vendor_id), Some(product_id))) => {
                        Transport::Usb { vendor_id, product_id }
                    }
                    _ => {
                        return Err(bad(format!(
                            "{address:?} is not vendor:product in hex (04b8:0202)"
                        )));
                    }
                }
            }
            "serial" => {
                let (path, baud_rate) = match address.rsplit_once('@') {
                    Some((path, baud)) => (
                        path,
                        baud.parse().map_err(|_| bad(format!("{baud:?} is not a baud rate")))?,
                    ),
                    None => (address, DEFAULT_BAUD_RATE),
                };
                if path.is_empty() {
                    return Err(bad("serial needs a device path".into()));
                }
                Transport::Serial { path: path.to_owned(), baud_rate }
            }
            "file" => {
                if address.is_empty() {
                    return Err(bad("file needs a path".into()));
                }
                Transport::File { path: PathBuf::from(address) }
            }
            "none" => Transport::None,
            other => {
                return Err(PrinterError::Config {
                    key: "transport",
                    reason: format!("{other:?} is not one of tcp, usb, serial, file, none"),
                });
            }
        };
        if status_timeout_ms == 0 || status_timeout_ms > 60_000 {
            return Err(PrinterError::Config {
                key: "status_timeout_ms",
                reason: format!("{status_timeout_ms} is outside 1..=60000"),
            });
        }
        Ok(PrinterConfig {
            transport,
            profile: PrinterProfile { paper: PaperWidth::from_mm(paper_width_mm)?, chinese_font },
            status_timeout: Duration::from_millis(status_timeout_ms),
        })
    }
}

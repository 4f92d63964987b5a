//! Receipts for the kiosk: layout in the customer's language, ESC/POS bytes,
//! the transports that reach the printer, its status, and a virtual printer.
//!
//! - [`Receipt`] is what was bought and paid; [`receipt_bytes`] lays it out
//!   for a [`PrinterProfile`] (58/80 mm, with or without a Chinese font) in
//!   an [`i18n::Locale`] and returns the exact bytes for the printer, built
//!   with the `escpos` crate. Labels come from `assets/locales/<tag>/receipt.ftl`.
//! - Text the printer's own font can print goes as text: code page WPC1252
//!   for Latin scripts, GB18030 in Chinese mode (`FS &`) for Chinese receipts
//!   on printers with a Chinese font. Everything else (Japanese, Korean, Thai,
//!   Arabic, Cyrillic, Vietnamese…) is shaped with rustybuzz, reordered for
//!   right-to-left with unicode-bidi, drawn with the bundled Noto fonts and
//!   sent as a `GS v 0` raster. Columns count CJK characters as two.
//! - [`Connection`] opens the configured [`Transport`] (TCP 9100, USB, serial,
//!   device file) and reads [`PrinterStatus`] with `DLE EOT` over the same
//!   connection; no answer in time is `Unknown`, never ready.
//! - [`virtual_printer`] is a TCP printer that parses strictly, answers status
//!   as told and renders each receipt to PNG and text.
//!
//! ```
//! use printer::{PaperWidth, PrinterProfile, Receipt};
//!
//! let catalogs = i18n::Catalogs::embedded()?;
//! let profile = PrinterProfile { paper: PaperWidth::Mm58, chinese_font: true };
//! let bytes = printer::receipt_bytes(&Receipt::sample(), catalogs.locale("zh-Hans")?, profile)?;
//! assert_eq!(&bytes[..4], &[0x1B, 0x40, 0x1C, 0x26]); // ESC @, FS &
//! let pages = printer::virtual_printer::render(&bytes, PaperWidth::Mm58)?;
//! assert!(pages[0].transcript.contains("合计"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod error;
mod fonts;
mod format;
mod layout;
mod model;
mod profile;
mod raster;
mod status;
mod transport;
pub mod virtual_printer;

pub use error::PrinterError;
pub use fonts::{FontId, font_chain, font_has, missing_glyphs};
pub use format::format_money;
pub use layout::{
    Align, FONT_A_HEIGHT, FONT_A_WIDTH, FS_KANJI_ON, LINE_HEIGHT, Row, Style, TextMode, Typesetter,
    encode_rows, gs_v0, receipt_bytes, receipt_rows, test_page_bytes,
};
pub use model::{Discount, LineItem, Payment, PaymentMethod, Receipt, StoreHeader, Tax, Totals};
pub use profile::{DEFAULT_BAUD_RATE, PaperWidth, PrinterConfig, PrinterProfile, Transport};
pub use raster::Bitmap;
pub use status::{
    DLE_EOT, PrinterStatus, STATUS_ERROR, STATUS_OFFLINE, STATUS_PAPER, STATUS_PRINTER,
    StatusFlags, StatusProblem, is_status_byte,
};
pub use transport::{Connection, PrintReport};

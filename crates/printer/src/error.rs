//! The crate's one error type.

use std::path::PathBuf;

use crate::status::PrinterStatus;
use crate::virtual_printer::ParseError;

/// What can go wrong laying out, encoding, sending or rendering a receipt.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PrinterError {
    /// The receipt's amounts do not add up (mixed currencies, overflow).
    #[error("receipt amounts: {what}")]
    Money {
        /// Which amount was being computed.
        what: &'static str,
        /// The money error.
        #[source]
        source: money::MoneyError,
    },
    /// The receipt itself is not printable (no items, zero quantity…).
    #[error("invalid receipt: {reason}")]
    InvalidReceipt {
        /// Why.
        reason: String,
    },
    /// A catalog message is missing or does not format.
    #[error(transparent)]
    Catalog(#[from] i18n::I18nError),
    /// No bundled font has a glyph for a character of the text.
    #[error("no bundled font has a glyph for {ch:?} (U+{code:04X}) in {text:?}")]
    MissingGlyph {
        /// The character.
        ch: char,
        /// Its code point.
        code: u32,
        /// The text it appeared in.
        text: String,
    },
    /// A bundled font failed to parse (a broken build).
    #[error("bundled font {name} does not parse")]
    Font {
        /// The font file.
        name: &'static str,
    },
    /// The escpos crate refused a command.
    #[error("ESC/POS encoding of {what} failed: {detail}")]
    Escpos {
        /// The command being encoded.
        what: &'static str,
        /// escpos's message (its error type keeps no source).
        detail: String,
    },
    /// A printer setting is invalid; `key` is the config key.
    #[error("printer.{key}: {reason}")]
    Config {
        /// The `[printer]` key.
        key: &'static str,
        /// Why it was refused.
        reason: String,
    },
    /// The configured transport is `none`.
    #[error("no printer is configured (printer.transport = \"none\")")]
    NoPrinter,
    /// The printer could not be reached.
    #[error("cannot open the printer at {target}")]
    Open {
        /// Transport and address, e.g. `tcp 10.0.0.5:9100`.
        target: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// Sending bytes failed part way.
    #[error("sending to the printer at {target} failed")]
    Send {
        /// Transport and address.
        target: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The printer reported (or could not report) a state it cannot print in.
    #[error("the printer at {target} is not ready: {status}")]
    NotReady {
        /// Transport and address.
        target: String,
        /// What it reported.
        status: PrinterStatus,
    },
    /// A byte stream is not valid ESC/POS (virtual printer, `receipt render`).
    #[error(transparent)]
    Parse(#[from] ParseError),
    /// Reading or writing a file (PNG, transcript, device).
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// Encoding or decoding a PNG.
    #[error("PNG {path}: {source}")]
    Image {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: image::ImageError,
    },
}

impl PrinterError {
    pub(crate) fn escpos(what: &'static str, e: escpos::errors::PrinterError) -> Self {
        PrinterError::Escpos { what, detail: e.to_string() }
    }
}

//! Integration tests of the printer crate: golden ESC/POS bytes, fonts for
//! every locale, the virtual printer over TCP (snapshots, status, strict
//! parsing) and the device-file and serial transports over a pty.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod fonts;
mod layout;
mod status;
mod transport;
mod virtual_printer;

use printer::{PaperWidth, PrinterProfile};

pub(crate) fn catalogs() -> &'static i18n::Catalogs {
    static CATALOGS: std::sync::OnceLock<i18n::Catalogs> = std::sync::OnceLock::new();
    CATALOGS.get_or_init(|| i18n::Catalogs::embedded().unwrap())
}

pub(crate) fn locale(tag: &str) -> &'static i18n::Locale {
    catalogs().locale(tag).unwrap()
}

pub(crate) fn profile(paper: PaperWidth, chinese_font: bool) -> PrinterProfile {
    PrinterProfile { paper, chinese_font }
}

//! The virtual printer: PNG snapshots of a sample receipt in four scripts,
//! transcripts, and strict parsing.

use std::io::Write;
use std::net::TcpStream;
use std::path::PathBuf;
use std::time::Duration;

use printer::virtual_printer::{
    self, ParseErrorKind, Parser, VirtualOptions, VirtualPrinter, VirtualState,
};
use printer::{Connection, PaperWidth, PrinterConfig, Receipt};

use crate::{locale, profile};

fn snapshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

/// Prints the sample receipt in `tag` to a virtual printer over TCP and
/// compares the PNG it writes with tests/snapshots/receipt-<tag>-80mm.png.
/// `UPDATE_SNAPSHOTS=1` rewrites the reference instead.
fn snapshot(tag: &str, must_contain: &[&str]) {
    let out = tempfile::tempdir().unwrap();
    let vp = VirtualPrinter::start(
        "127.0.0.1:0",
        VirtualOptions {
            paper: PaperWidth::Mm80,
            out_dir: Some(out.path().into()),
            state: VirtualState::default(),
        },
    )
    .unwrap();
    let config = PrinterConfig::from_keys("tcp", &vp.addr().to_string(), 80, true, 1000).unwrap();
    let bytes = printer::receipt_bytes(&Receipt::sample(), locale(tag), config.profile).unwrap();
    Connection::open(&config).unwrap().print(&bytes).unwrap();
    let printed = vp.wait_printed(1, Duration::from_secs(10));
    assert_eq!(printed.len(), 1, "{tag}: {:?}", vp.errors());
    let png = printed[0].png.clone().unwrap();
    let transcript = std::fs::read_to_string(png.with_extension("txt")).unwrap();
    for needle in must_contain {
        assert!(transcript.contains(needle), "{tag}: {needle:?} not in\n{transcript}");
    }
    assert!(transcript.contains("[qr 2025031422001412345678901234]"), "{transcript}");
    assert!(transcript.ends_with("[cut]\n"));

    let reference = snapshot_dir().join(format!("receipt-{tag}-80mm.png"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::copy(&png, &reference).unwrap();
        println!("updated {}", reference.display());
        return;
    }
    let actual = image::open(&png).unwrap().to_luma8();
    let expected = image::open(&reference)
        .unwrap_or_else(|e| {
            panic!("{}: {e} (run with UPDATE_SNAPSHOTS=1 to create it)", reference.display())
        })
        .to_luma8();
    let keep = snapshot_dir().join(format!("receipt-{tag}-80mm.actual.png"));
    if actual.dimensions() != expected.dimensions() {
        std::fs::copy(&png, &keep).unwrap();
        panic!(
            "{tag}: size {:?} != reference {:?}; actual kept at {}",
            actual.dimensions(),
            expected.dimensions(),
            keep.display()
        );
    }
    let differing = actual
        .pixels()
        .zip(expected.pixels())
        .filter(|(a, b)| a.0[0].abs_diff(b.0[0]) > 64)
        .count();
    let total = (actual.width() * actual.height()) as usize;
    // Tolerance: 0.2 % of the dots (rasterizer rounding across versions).
    if differing * 500 > total {
        std::fs::copy(&png, &keep).unwrap();
        panic!("{tag}: {differing} of {total} dots differ; actual kept at {}", keep.display());
    }
}

#[test]
fn snapshot_en() {
    snapshot("en", &["ScanPay Demo Store", "Total", "Alipay trade no.", "Thank you"]);
}

#[test]
fn snapshot_zh_hans() {
    // Chinese font: the labels are GB18030 text, so the transcript has them.
    snapshot("zh-Hans", &["ScanPay Demo Store", "合计", "支付宝交易号", "乌龙茶"]);
}

#[test]
fn snapshot_ja() {
    // Japanese is rasterized: only the Latin parts are text.
    snapshot("ja", &["ScanPay Demo Store", "[image 576x"]);
}

#[test]
fn snapshot_ar() {
    snapshot("ar", &["[image 576x"]);
}

#[test]
fn unknown_commands_are_refused_with_offset_and_name() {
    let mut parser = Parser::new();
    parser.feed(b"\x1b@Hello\n").unwrap();
    let err = parser.feed(b"ok\x1b~\x01").unwrap_err();
    assert_eq!(err.offset, 10);
    assert_eq!(err.kind, ParseErrorKind::Unknown);
    assert!(
        err.to_string().contains("1B 7E (ESC)") && err.to_string().contains("byte 10"),
        "{err}"
    );
    let err = Parser::new().feed(b"\x07").unwrap_err();
    assert_eq!((err.offset, err.kind), (0, ParseErrorKind::Unknown));
}

#[test]
fn truncated_commands_are_refused_at_the_end_of_the_stream() {
    let mut parser = Parser::new();
    // GS v 0 announcing 2 bytes × 3 rows, with only 4 data bytes.
    let commands = parser.feed(b"\x1b@\x1dv0\x00\x02\x00\x03\x00\xff\xff\x00\x00").unwrap();
    assert_eq!(commands.len(), 1);
    let err = parser.finish().unwrap_err();
    assert_eq!(err.offset, 2);
    assert_eq!(err.kind, ParseErrorKind::Truncated { needed: 14, got: 12 });
    assert!(err.to_string().contains("GS v 0"), "{err}");
    let err = virtual_printer::render(b"\x1d(k\x04\x00\x31", PaperWidth::Mm58).unwrap_err();
    assert!(
        matches!(err.kind, ParseErrorKind::Truncated { .. }) && err.to_string().contains("GS ( k"),
        "{err}"
    );
}

#[test]
fn bad_parameters_are_refused() {
    for (bytes, what) in [
        (&b"\x1ba\x07"[..], "justification"),
        (b"\x1d!\x88", "size"),
        (b"\x10\x04\x09", "DLE EOT"),
        (b"\x1bt\x11", "code page"),
    ] {
        let err = virtual_printer::render(bytes, PaperWidth::Mm80).unwrap_err();
        assert!(
            matches!(err.kind, ParseErrorKind::BadParameter(_)) && err.to_string().contains(what),
            "{err}"
        );
    }
}

#[test]
fn the_virtual_printer_logs_a_refused_stream_over_tcp() {
    let vp = VirtualPrinter::start(
        "127.0.0.1:0",
        VirtualOptions { paper: PaperWidth::Mm58, out_dir: None, state: VirtualState::default() },
    )
    .unwrap();
    let mut stream = TcpStream::connect(vp.addr()).unwrap();
    stream.write_all(b"\x1b@Receipt\n\x1b\x99").unwrap();
    let error = vp.wait_error(Duration::from_secs(10)).expect("no error logged");
    assert!(error.contains("byte 10") && error.contains("1B 99"), "{error}");
    assert!(vp.printed().is_empty());
}

#[test]
fn split_writes_and_uncut_trailers_are_handled() {
    let bytes = printer::receipt_bytes(
        &Receipt::sample(),
        locale("zh-Hans"),
        profile(PaperWidth::Mm58, true),
    )
    .unwrap();
    let whole = virtual_printer::render(&bytes, PaperWidth::Mm58).unwrap();
    let mut parser = Parser::new();
    let mut renderer = virtual_printer::Renderer::new(PaperWidth::Mm58);
    let mut pages = Vec::new();
    for chunk in bytes.chunks(7) {
        for command in parser.feed(chunk).unwrap() {
            pages.extend(renderer.apply(command));
        }
    }
    parser.finish().unwrap();
    assert_eq!(pages.len(), 1);
    assert_eq!(pages[0].transcript, whole[0].transcript);
    assert!(pages[0].image == whole[0].image);
    let uncut = virtual_printer::render(b"\x1b@hello\n", PaperWidth::Mm58).unwrap();
    assert_eq!(uncut.len(), 1);
    assert!(!uncut[0].cut && uncut[0].transcript.starts_with("hello"));
}

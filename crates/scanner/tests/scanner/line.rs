use std::io::Cursor;

use scanner::{LineSource, Symbology, wedge_line};

#[test]
fn lines_end_with_cr_lf_or_crlf_and_blank_lines_are_skipped() {
    let input = b"286412345678901234\r\n\r\n4006381333931\r96385074\n  \n036000291452";
    let mut src = LineSource::new(Cursor::new(&input[..]), "test");
    let mut got = Vec::new();
    while let Some(code) = src.next_code().unwrap() {
        got.push(code.text);
    }
    assert_eq!(got, ["286412345678901234", "4006381333931", "96385074", "036000291452"]);
}

#[test]
fn aim_identifiers_set_the_symbology() {
    let c = wedge_line("]E04006381333931\r").unwrap();
    assert_eq!((c.text.as_str(), c.symbology), ("4006381333931", Symbology::Ean13));
    assert_eq!(wedge_line("]E496385074").unwrap().symbology, Symbology::Ean8);
    assert_eq!(wedge_line("]E0036000291452").unwrap().symbology, Symbology::UpcA);
    assert_eq!(wedge_line("]Q1286412345678901234").unwrap().symbology, Symbology::QrCode);
    assert_eq!(wedge_line("]C0SHELF").unwrap().symbology, Symbology::Code128);
    let plain = wedge_line("\t286412345678901234\u{7}").unwrap();
    assert_eq!((plain.text.as_str(), plain.symbology), ("286412345678901234", Symbology::Typed));
    assert!(wedge_line("  \r\n").is_none());
}

#[test]
fn a_missing_device_is_an_error() {
    assert!(LineSource::open_device(std::path::Path::new("/dev/no-such-scanner")).is_err());
}

#[test]
fn an_overlong_line_is_cut_not_buffered_forever() {
    let mut input = vec![b'9'; 10_000];
    input.extend_from_slice(b"\n286412345678901234\n");
    let mut src = LineSource::new(Cursor::new(input), "noise");
    assert!(src.next_code().unwrap().unwrap().text.len() <= 512);
    assert_eq!(src.next_code().unwrap().unwrap().text, "286412345678901234");
    assert!(src.next_code().unwrap().is_none());
}

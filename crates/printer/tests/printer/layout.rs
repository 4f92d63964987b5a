//! Golden bytes. Every command is checked against the Epson ESC/POS
//! command reference, <https://download4.epson.biz/sec_pubs/pos/reference_en/escpos/>:
//! ESC @ (esc_atsign.html), ESC t (esc_lt.html), ESC a (esc_la.html),
//! ESC E (esc_ce.html), ESC d (esc_ld.html), GS ! (gs_exclamation.html),
//! GS V (gs_cv.html), FS & (fs_ampersand.html), GS v 0 (gs_lv_0.html),
//! GS ( k QR functions 165/167/169/180/181 (gs_lparen_lk_fn165.html …
//! gs_lparen_lk_fn181.html), DLE EOT (dle_eot.html).

use printer::{Align, PaperWidth, Receipt, Row, Style, TextMode, Typesetter};
use unicode_width::UnicodeWidthStr;

use crate::{locale, profile};

const ESC_AT: [u8; 2] = [0x1B, 0x40]; // ESC @: initialize printer
const ESC_T_1252: [u8; 3] = [0x1B, 0x74, 16]; // ESC t 16: code table WPC1252
const FS_AMP: [u8; 2] = [0x1C, 0x26]; // FS &: select Kanji character mode
const ESC_A_LEFT: [u8; 3] = [0x1B, 0x61, 0]; // ESC a 0: left
const ESC_A_CENTER: [u8; 3] = [0x1B, 0x61, 1]; // ESC a 1: centre
const ESC_E_ON: [u8; 3] = [0x1B, 0x45, 1]; // ESC E 1: emphasis on
const ESC_E_OFF: [u8; 3] = [0x1B, 0x45, 0];
const GS_BANG_2X: [u8; 3] = [0x1D, 0x21, 0x11]; // GS ! 0x11: double width and height
const GS_BANG_1X: [u8; 3] = [0x1D, 0x21, 0x00];
const ESC_D_1: [u8; 3] = [0x1B, 0x64, 1]; // ESC d 1: print and feed one line
const GS_V_CUT: [u8; 4] = [0x1D, 0x56, 0x41, 0]; // GS V 65 0: feed to cutter, full cut

fn cat(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

fn text_row(text: &str, align: Align, style: Style) -> Row {
    Row::Line { text: text.into(), align, style, raster: false }
}

#[test]
fn a_bold_double_size_centred_latin_line_in_code_page_1252() {
    let t = Typesetter::new(profile(PaperWidth::Mm80, false), locale("en"));
    assert_eq!(t.mode(), TextMode::CodePage1252);
    let rows = [text_row("Total", Align::Center, Style { bold: true, big: true })];
    let bytes = printer::encode_rows(&rows, &t).unwrap();
    let expected = cat(&[
        &ESC_AT,
        &ESC_T_1252,
        &ESC_A_CENTER,
        &ESC_E_ON,
        &GS_BANG_2X,
        b"Total",
        &ESC_D_1,
        &GS_BANG_1X,
        &ESC_E_OFF,
        &ESC_A_LEFT,
        &GS_V_CUT,
    ]);
    assert_eq!(bytes, expected);
}

#[test]
fn a_label_and_amount_fill_exactly_the_columns_of_the_paper() {
    for (paper, columns) in [(PaperWidth::Mm58, 32), (PaperWidth::Mm80, 48)] {
        let t = Typesetter::new(profile(paper, false), locale("fr"));
        let rows = [Row::Pair {
            start: "Sous-total".into(),
            end: "12,30 €".into(),
            style: Style::default(),
            raster: false,
        }];
        let bytes = printer::encode_rows(&rows, &t).unwrap();
        // "€" is 0x80 in WPC1252; 10 + 7 characters, the rest spaces.
        let mut line = b"Sous-total".to_vec();
        line.extend(std::iter::repeat_n(b' ', columns - 17));
        line.extend(b"12,30 \x80");
        let expected =
            cat(&[&ESC_AT, &ESC_T_1252, &ESC_A_LEFT, &line, &ESC_D_1, &ESC_A_LEFT, &GS_V_CUT]);
        assert_eq!(bytes, expected, "{paper:?}");
    }
}

#[test]
fn chinese_printers_get_gb18030_in_kanji_mode_with_cjk_counted_as_two_columns() {
    let t = Typesetter::new(profile(PaperWidth::Mm58, true), locale("zh-Hans"));
    assert_eq!(t.mode(), TextMode::Gb18030);
    let rows = [Row::Pair {
        start: "合计".into(),
        end: "￥18.00".into(),
        style: Style::default(),
        raster: false,
    }];
    let bytes = printer::encode_rows(&rows, &t).unwrap();
    // 合 = BA CF, 计 = BC C6, ￥ = A3 A4 in GB18030; 4 + 7 columns, 21 spaces.
    let mut line = vec![0xBA, 0xCF, 0xBC, 0xC6];
    line.extend(std::iter::repeat_n(b' ', 32 - 4 - 7));
    line.extend([0xA3, 0xA4]);
    line.extend(b"18.00");
    let expected = cat(&[&ESC_AT, &FS_AMP, &ESC_A_LEFT, &line, &ESC_D_1, &ESC_A_LEFT, &GS_V_CUT]);
    assert_eq!(bytes, expected);
}

#[test]
fn the_trade_number_qr_code_is_model_2_size_6_level_m() {
    let t = Typesetter::new(profile(PaperWidth::Mm80, false), locale("en"));
    let data = "2025031422001412345678901234";
    let bytes = printer::encode_rows(&[Row::Qr(data.into())], &t).unwrap();
    let store_len = (data.len() + 3) as u8;
    let expected = cat(&[
        &ESC_AT,
        &ESC_T_1252,
        &ESC_A_CENTER,
        &[0x1D, 0x28, 0x6B, 4, 0, 49, 65, 50, 0], // fn 165: model 2
        &[0x1D, 0x28, 0x6B, 3, 0, 49, 67, 6],     // fn 167: module 6 dots
        &[0x1D, 0x28, 0x6B, 3, 0, 49, 69, 49],    // fn 169: error correction M
        &[0x1D, 0x28, 0x6B, store_len, 0, 49, 80, 48],
        data.as_bytes(),                       // fn 180: store
        &[0x1D, 0x28, 0x6B, 3, 0, 49, 81, 48], // fn 181: print
        &ESC_D_1,
        &ESC_A_LEFT,
        &GS_V_CUT,
    ]);
    assert_eq!(bytes, expected);
}

#[test]
fn arabic_text_is_a_gs_v_0_raster_as_wide_as_the_paper() {
    let t = Typesetter::new(profile(PaperWidth::Mm80, true), locale("ar"));
    let mut rows = Vec::new();
    t.line(&mut rows, "الإجمالي", Align::Start, Style::default()).unwrap();
    assert!(matches!(rows[0], Row::Line { raster: true, .. }));
    let bytes = printer::encode_rows(&rows, &t).unwrap();
    let head = cat(&[&ESC_AT, &ESC_T_1252, &ESC_A_LEFT]);
    assert_eq!(&bytes[..head.len()], &head[..]);
    // GS v 0 m xL xH yL yH: 576 dots = 72 bytes a row.
    let raster = &bytes[head.len()..];
    assert_eq!(&raster[..6], &[0x1D, 0x76, 0x30, 0, 72, 0]);
    let height = usize::from(raster[6]) | usize::from(raster[7]) << 8;
    assert!((24..=40).contains(&height), "{height}");
    let data = &raster[8..8 + 72 * height];
    assert!(data.iter().any(|b| *b != 0), "the raster is blank");
    // Right-to-left: the text sits at the right edge, the left half is white.
    let left_half_ink = (0..height).flat_map(|y| &data[y * 72..y * 72 + 36]).any(|b| *b != 0);
    let right_ink = (0..height).flat_map(|y| &data[y * 72 + 36..y * 72 + 72]).any(|b| *b != 0);
    assert!(right_ink && !left_half_ink);
    assert_eq!(&bytes[8 + head.len() + 72 * height..], &cat(&[&ESC_A_LEFT, &GS_V_CUT])[..]);
}

#[test]
fn a_full_receipt_starts_initialised_and_ends_with_one_cut() {
    for tag in ["en", "zh-Hans", "ja", "ar"] {
        for paper in [PaperWidth::Mm58, PaperWidth::Mm80] {
            let bytes =
                printer::receipt_bytes(&Receipt::sample(), locale(tag), profile(paper, true))
                    .unwrap();
            assert_eq!(&bytes[..2], &ESC_AT);
            assert!(bytes.ends_with(&GS_V_CUT), "{tag} {paper:?}");
            // No Fluent isolation marks, in any encoding.
            for mark in ["\u{2068}", "\u{2069}"] {
                for enc in [encoding_rs::UTF_8, encoding_rs::GB18030] {
                    let m = enc.encode(mark).0;
                    assert!(!bytes.windows(m.len()).any(|w| w == &m[..]), "{tag}");
                }
            }
        }
    }
}

#[test]
fn text_rows_never_exceed_the_columns_and_cjk_wraps_by_two_columns() {
    let mut receipt = Receipt::sample();
    receipt.items[1].name = "特级武夷山大红袍乌龙茶礼盒装（二百五十克）".into();
    for (paper, columns) in [(PaperWidth::Mm58, 32), (PaperWidth::Mm80, 48)] {
        let rows =
            printer::receipt_rows(&receipt, locale("zh-Hans"), profile(paper, true)).unwrap();
        let mut wrapped = 0;
        for row in &rows {
            match row {
                Row::Line { text, style, raster: false, .. } => {
                    let limit = if style.big { columns / 2 } else { columns };
                    assert!(text.width() <= limit, "{text:?} is wider than {limit}");
                    if text.starts_with("特级") || text.ends_with("克）") {
                        wrapped += 1;
                    }
                }
                Row::Pair { start, end, style, raster: false } => {
                    let limit = if style.big { columns / 2 } else { columns };
                    assert!(start.width() + end.width() < limit, "{start:?} {end:?}");
                }
                _ => {}
            }
        }
        // 21 characters = 42 columns: two lines on 58 mm, one on 80 mm.
        let expected = if columns == 32 { 2 } else { 1 };
        assert_eq!(wrapped, expected, "{paper:?}");
    }
}

#[test]
fn totals_add_up_and_bad_receipts_are_refused() {
    let totals = Receipt::sample().totals().unwrap();
    assert_eq!(totals.subtotal.to_decimal_string(), "39.37");
    assert_eq!(totals.discount.to_decimal_string(), "3.00");
    assert_eq!(totals.total.to_decimal_string(), "36.37");
    let mut mixed = Receipt::sample();
    mixed.items[0].unit_price = money::Money::new(100, money::Currency::Usd);
    assert!(matches!(mixed.totals(), Err(printer::PrinterError::Money { .. })));
    let mut zero = Receipt::sample();
    zero.items[0].quantity = 0;
    assert!(zero.totals().unwrap_err().to_string().contains("quantity 0"));
}

#[test]
fn prices_follow_the_locale() {
    use money::{Currency, Money};
    let m = Money::new(123_456, Currency::Cny);
    assert_eq!(printer::format_money(m, "en"), "¥1234.56");
    assert_eq!(printer::format_money(m, "zh-Hans"), "￥1234.56");
    assert_eq!(printer::format_money(m, "fr"), "1234,56 ¥");
    assert_eq!(printer::format_money(Money::new(1230, Currency::Jpy), "ja"), "¥1230");
    assert_eq!(printer::format_money(Money::new(990, Currency::Myr), "ms"), "RM 9.90");
    assert_eq!(printer::format_money(Money::new(-50, Currency::Eur), "de"), "-0,50 €");
}

#[test]
fn the_buyer_account_is_masked_on_paper() {
    let bytes =
        printer::receipt_bytes(&Receipt::sample(), locale("en"), profile(PaperWidth::Mm80, false))
            .unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(!text.contains("buyer_demo"), "the buyer account leaked");
    assert!(text.contains("******************.com"));
    // Alipay masks buyer_logon_id itself: printed as given, not masked again.
    let mut receipt = Receipt::sample();
    receipt.payment.buyer_account = Some(masking::Secret::new("159****5620".into()));
    let bytes =
        printer::receipt_bytes(&receipt, locale("en"), profile(PaperWidth::Mm80, false)).unwrap();
    assert!(String::from_utf8_lossy(&bytes).contains("159****5620"));
}

/// Issue #10: receipts name the wallet that paid.
#[test]
fn receipts_name_an_alipay_plus_wallet_by_its_brand() {
    let mut receipt = Receipt::sample();
    receipt.payment.method = printer::PaymentMethod::Wallet("GCash".into());
    let bytes =
        printer::receipt_bytes(&receipt, locale("en"), profile(PaperWidth::Mm80, false)).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    assert!(text.contains("GCash"), "{text}");
    assert!(!text.contains("Alipay"), "{text}");
}

#[test]
fn printer_config_keys_are_checked_by_name() {
    let ok = printer::PrinterConfig::from_keys("tcp", "10.0.0.5", 58, true, 1500).unwrap();
    assert_eq!(ok.transport, printer::Transport::Tcp { address: "10.0.0.5:9100".into() });
    let usb = printer::PrinterConfig::from_keys("usb", "04b8:0202", 80, false, 1500).unwrap();
    assert_eq!(usb.transport, printer::Transport::Usb { vendor_id: 0x04b8, product_id: 0x0202 });
    let serial =
        printer::PrinterConfig::from_keys("serial", "/dev/ttyS0@9600", 80, false, 1500).unwrap();
    assert_eq!(
        serial.transport,
        printer::Transport::Serial { path: "/dev/ttyS0".into(), baud_rate: 9600 }
    );
    for (args, key) in [
        (("lpt", "x", 80, 1500), "printer.transport"),
        (("usb", "epson", 80, 1500), "printer.address"),
        (("tcp", "h:1", 76, 1500), "printer.paper_width_mm"),
        (("tcp", "h:1", 80, 0), "printer.status_timeout_ms"),
    ] {
        let err =
            printer::PrinterConfig::from_keys(args.0, args.1, args.2, false, args.3).unwrap_err();
        assert!(err.to_string().starts_with(key), "{err}");
    }
}

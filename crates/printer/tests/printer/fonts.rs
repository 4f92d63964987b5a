//! Every locale's text renders with the bundled fonts, no missing glyph.

use printer::{PaperWidth, Receipt};

use crate::{catalogs, profile};

#[test]
fn every_locale_has_every_glyph_it_uses() {
    let args = i18n::sample_args();
    let mut checked = 0;
    for locale in catalogs().locales() {
        let chain = printer::font_chain(locale.tag());
        for key in locale.keys() {
            let text = locale.message(key, Some(&args)).unwrap();
            let missing = printer::missing_glyphs(&text, &chain).unwrap();
            assert!(missing.is_empty(), "{} {key}: no glyph for {missing:?}", locale.tag());
            checked += 1;
        }
    }
    assert!(checked > 14 * 10, "only {checked} messages checked");
}

#[test]
fn the_locale_font_itself_covers_its_receipt_text() {
    // Font fallback hides gaps; a script's letters should not come from another script's font.
    for locale in catalogs().locales() {
        let primary = printer::font_chain(locale.tag())[0];
        for key in locale.keys().iter().filter(|k| k.starts_with("receipt-")) {
            // Letters only: punctuation may come from the Latin font (Noto Sans Thai has no '!').
            let text: String =
                locale.message(key, None).unwrap().chars().filter(|c| c.is_alphabetic()).collect();
            let missing = printer::missing_glyphs(&text, &[primary]).unwrap();
            assert!(missing.is_empty(), "{} {key}: {primary:?} lacks {missing:?}", locale.tag());
        }
    }
}

#[test]
fn every_locale_renders_the_sample_receipt_at_both_widths() {
    for locale in catalogs().locales() {
        for paper in [PaperWidth::Mm58, PaperWidth::Mm80] {
            for chinese_font in [false, true] {
                let bytes = printer::receipt_bytes(
                    &Receipt::sample(),
                    locale,
                    profile(paper, chinese_font),
                )
                .unwrap_or_else(|e| panic!("{} {paper:?}: {e}", locale.tag()));
                let pages = printer::virtual_printer::render(&bytes, paper).unwrap();
                assert_eq!(pages.len(), 1);
                assert!(pages[0].cut);
            }
        }
    }
}

#[test]
fn a_character_no_font_has_is_an_error_not_a_box() {
    let t =
        printer::Typesetter::for_tag(profile(PaperWidth::Mm80, false), "en", i18n::Direction::Ltr);
    let mut rows = Vec::new();
    let err = t
        .line(&mut rows, "Linear B 𐀀", printer::Align::Start, printer::Style::default())
        .unwrap_err();
    assert!(matches!(err, printer::PrinterError::MissingGlyph { ch: '𐀀', .. }), "{err}");
}

//! Integration tests of the shipped catalogs.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use i18n::{Catalogs, CoverageProblem, Direction, I18nError};

#[test]
fn every_locale_defines_exactly_the_reference_keys() {
    let catalogs = Catalogs::embedded().unwrap();
    let problems = catalogs.coverage_problems();
    assert!(
        problems.is_empty(),
        "catalog gaps:\n{}",
        problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn every_message_formats_without_isolation_marks() {
    let catalogs = Catalogs::embedded().unwrap();
    let args = i18n::sample_args();
    for locale in catalogs.locales() {
        for key in locale.keys() {
            let text = locale.message(key, Some(&args)).unwrap();
            assert!(!text.contains(['\u{2068}', '\u{2069}']), "{}: {key}", locale.tag());
        }
    }
}

#[test]
fn the_shipped_languages_are_there_with_native_names() {
    let catalogs = Catalogs::embedded().unwrap();
    assert_eq!(catalogs.locale("en").unwrap().native_name(), "English");
    assert_eq!(catalogs.locale("zh-Hans").unwrap().native_name(), "简体中文");
    assert!(i18n::available_tags().contains(&"zh-Hans"));
    let err = catalogs.locale("xx").unwrap_err().to_string();
    assert!(err.contains("xx") && err.contains("zh-Hans"), "{err}");
}

#[test]
fn a_missing_key_is_reported_by_locale_and_key() {
    let catalogs = Catalogs::from_sources([
        ("en", "ui.ftl", "language-name = English\nhello = Hello\n"),
        ("fr", "ui.ftl", "language-name = Français\nbonjour = Bonjour\n"),
    ])
    .unwrap();
    let problems = catalogs.coverage_problems();
    assert!(problems.contains(&CoverageProblem::Missing { tag: "fr".into(), key: "hello".into() }));
    assert!(problems.contains(&CoverageProblem::Extra { tag: "fr".into(), key: "bonjour".into() }));
}

#[test]
fn syntax_errors_and_duplicates_name_the_file() {
    let err = Catalogs::from_sources([("en", "ui.ftl", "language-name = English\n= broken\n")])
        .unwrap_err();
    assert!(matches!(err, I18nError::Syntax { .. }), "{err}");
    assert!(err.to_string().contains("assets/locales/en/ui.ftl"), "{err}");
    let err = Catalogs::from_sources([
        ("en", "ui.ftl", "language-name = English\na = 1\n"),
        ("en", "receipt.ftl", "a = 2\n"),
    ])
    .unwrap_err();
    assert!(matches!(err, I18nError::Duplicate { .. }), "{err}");
}

#[test]
fn arabic_is_right_to_left() {
    let catalogs = Catalogs::from_sources([("ar", "ui.ftl", "language-name = العربية\n")]).unwrap();
    assert_eq!(catalogs.locale("ar").unwrap().direction(), Direction::Rtl);
}

#[test]
fn missing_arguments_are_errors_not_silent_placeholders() {
    let catalogs = Catalogs::embedded().unwrap();
    let err = catalogs.locale("en").unwrap().message("attract-lane-store", None).unwrap_err();
    assert!(matches!(err, I18nError::Format { .. }), "{err}");
}

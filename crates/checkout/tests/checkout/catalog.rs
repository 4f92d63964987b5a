//! Catalog documents, their validation, and the SQLite store.

use checkout::catalog::{CatalogStore, gtin14};
use checkout::{Catalog, CheckoutError};

const GOOD: &str = r#"
[[tax]]
id = "standard"
rate_bp = 1300

[[product]]
id = "water"
barcode = "6901234560015"
price_minor = 200
tax = "standard"
names = { en = "Water", "zh-Hans" = "水" }

[[product]]
id = "banana"
price_minor = 150
tax = "standard"
names = { en = "Banana" }
"#;

fn problems(text: &str) -> Vec<String> {
    match Catalog::from_toml(text, "test.toml") {
        Err(CheckoutError::Catalog { problems, .. }) => problems,
        other => panic!("expected catalog problems, got {other:?}"),
    }
}

#[test]
fn the_shipped_catalog_is_valid_and_named_in_every_enabled_default_language() {
    let path = settings::install_dir().join("catalog.toml");
    let c = Catalog::from_file(&path).unwrap();
    assert!(c.products.len() >= 10);
    assert!(c.products.iter().any(|p| p.touch), "the demo sells something by touch");
    for p in &c.products {
        assert!(p.names.contains_key("en") && p.names.contains_key("zh-Hans"), "{}", p.id);
    }
}

#[test]
fn a_good_document_validates_and_products_without_barcode_are_touch() {
    let c = Catalog::from_toml(GOOD, "t").unwrap();
    assert_eq!(c.products.len(), 2);
    assert_eq!(c.products[0].gtin.as_deref(), Some("06901234560015"));
    assert!(!c.products[0].touch);
    assert!(c.products[1].touch);
    assert_eq!(c.products[0].tax_bp, 1300);
    assert_eq!(c.products[0].name("zh-Hans", "en"), "水");
    assert_eq!(c.products[1].name("zh-Hans", "en"), "Banana", "falls back");
}

#[test]
fn every_problem_names_its_key() {
    let text = GOOD
        .replace("6901234560015", "6901234560016")
        .replace("price_minor = 150", "price_minor = 0")
        .replace("rate_bp = 1300", "rate_bp = 20000");
    let p = problems(&text);
    assert!(p.iter().any(|l| l.starts_with("tax[0].rate_bp")), "{p:?}");
    assert!(p.iter().any(|l| l.starts_with("product[0] (water).barcode")), "{p:?}");
    assert!(p.iter().any(|l| l.starts_with("product[1] (banana).price_minor")), "{p:?}");
    assert!(p.iter().any(|l| l.contains("no tax class")), "unknown tax once rates fail: {p:?}");
}

#[test]
fn duplicates_and_unknown_keys_are_refused() {
    let dup = format!(
        "{GOOD}\n[[product]]\nid = \"water\"\nbarcode = \"6901234560015\"\nprice_minor = 1\ntax = \"standard\"\nnames = {{ en = \"x\" }}\n"
    );
    let p = problems(&dup);
    assert!(p.iter().any(|l| l.contains("\"water\" is defined twice")), "{p:?}");
    assert!(p.iter().any(|l| l.contains("is used twice")), "{p:?}");
    let unknown = GOOD.replace("price_minor = 200", "price_minor = 200\nprice = 2.0");
    let p = problems(&unknown);
    assert!(p[0].contains("unknown field `price`"), "{p:?}");
}

#[test]
fn a_bundle_catalog_in_json_is_the_same_document() {
    let json = serde_json::json!({
        "tax": [{"id": "std", "rate_bp": 600}],
        "product": [{"id": "tea", "barcode": "6901234560022", "price_minor": 300, "tax": "std",
                     "names": {"en": "Tea"}}]
    });
    let c = Catalog::from_json(&json, "bundle v7").unwrap();
    assert_eq!(c.products[0].tax_bp, 600);
    let bad = serde_json::json!({"product": "nope"});
    assert!(matches!(Catalog::from_json(&bad, "b"), Err(CheckoutError::Catalog { .. })));
}

#[test]
fn gtins_of_any_length_meet_in_the_14_digit_form() {
    assert_eq!(gtin14("036000291452").as_deref(), Some("00036000291452")); // UPC-A
    assert_eq!(gtin14("0036000291452").as_deref(), Some("00036000291452")); // as EAN-13
    assert_eq!(gtin14("96385074").as_deref(), Some("00000096385074")); // EAN-8
    assert_eq!(gtin14("036000291453"), None, "bad check digit");
    assert_eq!(gtin14("abc"), None);
}

#[test]
fn the_store_is_a_real_sqlite_file_replaced_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("catalog.sqlite");
    let store = CatalogStore::open(&path).unwrap();
    store.replace(&Catalog::from_toml(GOOD, "t").unwrap(), "first").unwrap();
    assert_eq!(store.by_barcode("6901234560015").unwrap().unwrap().id, "water");
    assert_eq!(store.touch_products().unwrap().len(), 1);
    assert!(store.by_barcode("6901234560022").unwrap().is_none());

    let second = GOOD.replace("id = \"banana\"", "id = \"apple\"");
    store.replace(&Catalog::from_toml(&second, "t").unwrap(), "bundle v2").unwrap();
    drop(store);
    let reopened = CatalogStore::open(&path).unwrap();
    assert_eq!(reopened.origin().unwrap().as_deref(), Some("bundle v2"));
    assert!(reopened.product("banana").unwrap().is_none());
    assert_eq!(reopened.product("apple").unwrap().unwrap().names["en"], "Banana");
    assert_eq!(reopened.products().unwrap().len(), 2);
}

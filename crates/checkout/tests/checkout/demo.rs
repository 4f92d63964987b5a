//! The demo camera's pictures decode to what their buttons say.

use std::time::Instant;

use checkout::Catalog;
use checkout::demo::{DemoCodes, DemoKind, render_payment_screen};
use scanner::{Classification, CodeRules, Decode, Origin, Purpose, RxingDecoder, Wallet};

fn decode(frame: &scanner::Frame, purpose: Purpose) -> Vec<Classification> {
    let rules = CodeRules::default();
    let mut decoder = RxingDecoder::default();
    decoder
        .decode(frame, purpose)
        .iter()
        .filter_map(|raw| rules.process(raw, Origin::Camera, Instant::now()))
        .map(|e| e.classification)
        .collect()
}

#[test]
fn every_demo_item_picture_carries_its_products_barcode() {
    let catalog = Catalog::from_file(&settings::install_dir().join("catalog.toml")).unwrap();
    let codes = DemoCodes::load(&checkout::demo::items_dir(), &catalog.products);
    let items: Vec<_> = codes.list().into_iter().filter(|c| c.kind == DemoKind::Item).collect();
    let barcoded = catalog.products.iter().filter(|p| p.gtin.is_some()).count();
    assert_eq!(items.len(), barcoded, "a picture in assets/demo/items for every barcoded product");
    for item in items {
        let id = item.id.strip_prefix("item:").unwrap();
        let product = catalog.products.iter().find(|p| p.id == id).unwrap();
        let found = decode(&codes.frame(&item.id).unwrap(), Purpose::Items);
        let want = product.gtin.as_deref().unwrap().trim_start_matches('0').to_owned();
        assert!(
            found.iter().any(|c| matches!(c, Classification::Item { gtin } if *gtin == want)),
            "{id}: {found:?}"
        );
    }
}

#[test]
fn payment_buttons_draw_a_fresh_code_of_their_scenario_each_time() {
    let catalog = Catalog::from_file(&settings::install_dir().join("catalog.toml")).unwrap();
    let codes = DemoCodes::load(&checkout::demo::items_dir(), &catalog.products);
    let mut seen = Vec::new();
    for (id, prefix) in [("pay-now", "280"), ("pay-confirm", "28105"), ("pay-balance", "283")] {
        for _ in 0..2 {
            let found = decode(&codes.frame(id).unwrap(), Purpose::Payment);
            let code = found
                .iter()
                .find_map(|c| match c {
                    Classification::Payment { wallet: Wallet::Alipay, code } => {
                        Some(code.expose().clone())
                    }
                    _ => None,
                })
                .unwrap_or_else(|| panic!("{id}: {found:?}"));
            assert!(code.starts_with(prefix) && code.len() == 18, "{id}: {code}");
            assert!(!seen.contains(&code), "a fresh code every time");
            seen.push(code);
        }
    }
    let wechat = decode(&codes.frame("pay-wechat").unwrap(), Purpose::Payment);
    assert!(wechat.iter().any(|c| matches!(c, Classification::Refused(_))), "{wechat:?}");
    assert!(codes.frame("nope").is_err());
}

#[test]
fn a_payment_screen_has_the_code128_and_the_qr() {
    let frame = render_payment_screen("280123456789012345").unwrap();
    let raw = RxingDecoder::default().decode(&frame, Purpose::Payment);
    assert!(!raw.is_empty());
    assert!(raw.iter().all(|r| r.text == "280123456789012345"), "{raw:?}");
}

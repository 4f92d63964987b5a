//! HQ replaces the catalog with a signed fleet bundle over a real Mosquitto;
//! the lane takes it only between checkouts.

use std::sync::Arc;
use std::time::Duration;

use checkout::hq::LaneHealth;
use checkout::session::Input;
use checkout::view::ScreenState;
use fleet::apply::{Context, KioskId};
use fleet::bundle::{Payload, SigningKeyPair, TrustedKeys, sign};
use fleet::mqtt::BrokerConfig;
use fleet::{AgentOptions, FleetHandle};
use scanpay_tests::mosquitto::Mosquitto;
use time::OffsetDateTime;

use super::lane::{rig, wait_for};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bundle_catalog_replaces_prices_between_checkouts_not_during_one() {
    let broker = Mosquitto::start();
    let broker_config = BrokerConfig::anonymous(settings::BrokerUrl::parse(&broker.url()).unwrap());
    let rig = rig(Duration::from_secs(3), None, false).await;
    let key = SigningKeyPair::generate();
    let state_dir = tempfile::tempdir().unwrap();
    let options = AgentOptions {
        context: Context {
            id: KioskId { fleet: "north".into(), kiosk: "K-T".into() },
            trust: TrustedKeys::new([key.public()]),
            local_layers: rig.layers.clone(),
        },
        broker: broker_config.clone(),
        state_dir: state_dir.path().to_owned(),
        heartbeat: Duration::from_secs(60),
    };
    let fleet = Arc::new(FleetHandle::start(options, LaneHealth).unwrap());
    let mut outcomes = fleet.outcomes();
    checkout::hq::attach(&rig.lane, Arc::clone(&fleet), &tokio::runtime::Handle::current())
        .unwrap();

    // A customer is shopping when HQ publishes new prices.
    rig.lane.start_session();
    rig.lane.input(Input::Language("en".into()));
    let v = rig.lane.add_product("banana").unwrap();
    assert_eq!(v.cart.total_minor, 150);
    let catalog = serde_json::json!({
        "tax": [{"id": "food", "rate_bp": 900}],
        "product": [
            {"id": "banana", "price_minor": 120, "tax": "food", "names": {"en": "Banana (HQ)"}},
            {"id": "water-550", "barcode": "6901234560015", "price_minor": 210, "tax": "food",
             "names": {"en": "Water"}}
        ]
    });
    let payload = Payload {
        version: 1,
        issued_at: OffsetDateTime::now_utc(),
        expires_at: None,
        target: "fleet:north".parse().unwrap(),
        settings: String::new(),
        catalog: Some(catalog),
    };
    fleet::hq::publish(&broker_config, "north", &sign(&payload, &[&key]).unwrap()).await.unwrap();
    let outcome =
        tokio::time::timeout(Duration::from_secs(15), outcomes.recv()).await.unwrap().unwrap();
    assert_eq!(outcome.outcome, fleet::Outcome::Applied, "{outcome:?}");

    // Not under the customer's feet: the cart keeps its price, the old catalog stays.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let v = rig.lane.add_product("banana").unwrap();
    assert_eq!(v.cart.total_minor, 300);
    assert_eq!(
        rig.lane.catalog().product("croissant").unwrap().map(|p| p.id),
        Some("croissant".into())
    );

    // Between checkouts it takes effect.
    rig.lane.input(Input::Cancel);
    wait_for(&rig.lane, "attract", |v| v.state == ScreenState::Attract).await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while rig.lane.catalog().product("croissant").unwrap().is_some() {
        assert!(tokio::time::Instant::now() < deadline, "the bundle catalog was not applied");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    rig.lane.start_session();
    rig.lane.input(Input::Language("en".into()));
    let v = rig.lane.add_product("banana").unwrap();
    assert_eq!((v.cart.total_minor, v.cart.lines[0].name.as_str()), (120, "Banana (HQ)"));
    let v = rig.lane.typed("6901234560015").unwrap();
    assert_eq!(v.cart.total_minor, 330);
    assert!(rig.lane.catalog().origin().unwrap().unwrap().contains("fleet v1"));
    rig.lane.shutdown();
}

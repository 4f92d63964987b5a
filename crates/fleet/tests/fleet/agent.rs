//! The kiosk's agent against a real broker: push, reject, roll back,
//! reconnect, rotate keys, and never block when the broker is down.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use fleet::agent::{AgentOptions, FleetHandle, HealthCheck};
use fleet::apply::{ApplyState, Context, KioskId};
use fleet::bundle::{Payload, PublicKey, SigningKeyPair, TrustedKeys, sign};
use fleet::mqtt::BrokerConfig;
use fleet::report::{KioskStatus, Presence, topics};
use fleet::{Outcome, Telemetry, hq};
use rumqttc::{AsyncClient, Event, MqttOptions, Packet, QoS};
use settings::{KioskConfig, Layer, PaperWidth};
use time::OffsetDateTime;

use super::broker::Mosquitto;
use super::{assert_rejected, bundle, hq_key, new_hq_key, next_outcome, payload};

const FLEET: &str = "north";
const KIOSK: &str = "kiosk-07";

/// The app's health check, as a test stand-in for a printer probe: the
/// installed printer takes 80 mm paper, so a 58 mm profile fails.
#[derive(Clone, Default)]
struct PrinterProbe {
    calls: Arc<AtomicUsize>,
}

impl HealthCheck for PrinterProbe {
    async fn check(&mut self, config: &KioskConfig) -> Result<(), String> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        match config.printer.paper_width {
            PaperWidth::Mm80 => Ok(()),
            PaperWidth::Mm58 => {
                Err(String::from("printer profile wrong: the printer reports 80 mm paper"))
            }
        }
    }
}

fn options(broker: BrokerConfig, state_dir: &Path, trust: &[PublicKey]) -> AgentOptions {
    let site =
        Layer::from_toml("site.toml", &format!("[store]\nterminal_id = \"{KIOSK}\"\n"), None)
            .unwrap();
    AgentOptions {
        context: Context {
            id: KioskId { fleet: FLEET.into(), kiosk: KIOSK.into() },
            trust: TrustedKeys::new(trust.iter().copied()),
            local_layers: vec![Layer::builtin_defaults().unwrap(), site],
        },
        broker,
        state_dir: state_dir.to_owned(),
        heartbeat: Duration::from_secs(60),
    }
}

/// Starts the agent of kiosk-07 against the broker.
fn start(broker: &Mosquitto, dir: &Path, trust: &[PublicKey], probe: PrinterProbe) -> FleetHandle {
    FleetHandle::start(options(broker.config(), dir, trust), probe).unwrap()
}

/// HQ signs and publishes a bundle.
async fn push(
    broker: &Mosquitto,
    key: &SigningKeyPair,
    version: u64,
    target: &str,
    settings: &str,
) {
    hq::publish(&broker.config(), FLEET, &bundle(key, version, target, settings)).await.unwrap();
}

/// The next event of this type on the events topic.
async fn next_event(
    events: &mut tokio::sync::mpsc::UnboundedReceiver<(String, Vec<u8>)>,
    kind: &str,
) -> serde_json::Value {
    loop {
        let (_, bytes) =
            tokio::time::timeout(Duration::from_secs(10), events.recv()).await.unwrap().unwrap();
        let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        if v["type"] == kind {
            return v;
        }
    }
}

async fn connected(handle: &FleetHandle) {
    let mut c = handle.connected();
    tokio::time::timeout(Duration::from_secs(10), c.wait_for(|up| *up)).await.unwrap().unwrap();
}

fn saved_state(dir: &Path) -> ApplyState {
    serde_json::from_slice(&std::fs::read(dir.join("state.json")).unwrap()).unwrap()
}

/// Publishes raw bytes retained to a topic (for bundles HQ's tool would
/// route elsewhere).
async fn publish_raw(broker: &Mosquitto, topic: &str, bytes: Vec<u8>) {
    let url = broker.url();
    let mut o = MqttOptions::new("raw-publisher", url.host, url.port);
    o.set_max_packet_size(1 << 22, 1 << 22);
    let (client, mut eventloop) = AsyncClient::new(o, 10);
    client.publish(topic, QoS::AtLeastOnce, true, bytes).await.unwrap();
    loop {
        if let Event::Incoming(Packet::PubAck(_)) = eventloop.poll().await.unwrap() {
            break;
        }
    }
}

/// Collects what arrives on a topic filter, in the background.
fn listen(
    broker: &Mosquitto,
    filter: &str,
) -> tokio::sync::mpsc::UnboundedReceiver<(String, Vec<u8>)> {
    let url = broker.url();
    let mut o = MqttOptions::new(format!("listener-{}", rand::random::<u32>()), url.host, url.port);
    o.set_max_packet_size(1 << 22, 1 << 22);
    let (client, mut eventloop) = AsyncClient::new(o, 10);
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let filter = filter.to_owned();
    tokio::spawn(async move {
        let _client = client.clone();
        while let Ok(event) = eventloop.poll().await {
            match event {
                Event::Incoming(Packet::ConnAck(_)) => {
                    client.try_subscribe(filter.clone(), QoS::AtLeastOnce).unwrap()
                }
                Event::Incoming(Packet::Publish(p))
                    if tx.send((p.topic.clone(), p.payload.to_vec())).is_err() =>
                {
                    break;
                }
                _ => {}
            }
        }
    });
    rx
}

async fn status_of(broker: &Mosquitto) -> KioskStatus {
    let all = hq::status(&broker.config(), FLEET, Duration::from_millis(300)).await.unwrap();
    all.into_iter().find(|s| s.kiosk == KIOSK).expect("no retained status for the kiosk")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pushed_bundle_is_applied_reported_and_offered_between_checkouts() {
    let broker = Mosquitto::start();
    let dir = tempfile::tempdir().unwrap();
    let mut events = listen(&broker, &topics::events(FLEET, KIOSK));
    let probe = PrinterProbe::default();
    let kiosk = start(&broker, dir.path(), &[hq_key().public()], probe.clone());
    let mut feed = kiosk.config_feed();
    let mut outcomes = kiosk.outcomes();
    assert_eq!(kiosk.current().config.payment.deadline.as_secs(), 30, "starts on the local config");
    assert!(feed.take_between_checkouts().is_none());
    connected(&kiosk).await;

    let mut with_catalog =
        payload(1, "fleet:north", "[payment]\ndeadline_secs = 45\n[store]\nname = \"North 7\"\n");
    with_catalog.catalog =
        Some(serde_json::json!({"items": [{"ean": "6901234567892", "price_minor": 350}]}));
    let bytes = sign(&with_catalog, &[&hq_key()]).unwrap();
    let topic = hq::publish(&broker.config(), FLEET, &bytes).await.unwrap();
    assert_eq!(topic, "scanpay/north/config");

    let report = next_outcome(&mut outcomes).await;
    assert_eq!(
        (report.outcome, report.version, report.kiosk.as_str()),
        (Outcome::Applied, Some(1), KIOSK)
    );
    assert_eq!(probe.calls.load(Ordering::SeqCst), 1, "health checked once");

    // The kiosk takes it when no checkout runs.
    let effective = feed.take_between_checkouts().expect("a new config is offered");
    assert_eq!(effective.config.payment.deadline.as_secs(), 45);
    assert_eq!(effective.config.store.name, "North 7");
    assert_eq!(effective.config.store.terminal_id, KIOSK, "local identity kept");
    assert_eq!(effective.fleet_version, Some(1));
    assert_eq!(
        effective.catalog.as_deref(),
        with_catalog.catalog.as_ref(),
        "the catalog comes along"
    );
    assert!(feed.take_between_checkouts().is_none(), "offered once");

    // On disk before it was offered.
    let state = saved_state(dir.path());
    assert_eq!(state.fleet.current.as_ref().map(|b| b.version), Some(1));
    assert!(state.fleet.confirmed);

    // Reported on the retained status and as an event.
    let status = status_of(&broker).await;
    assert_eq!(status.state, Presence::Online);
    assert_eq!(status.fleet_version, Some(1));
    assert_eq!(status.health.as_deref(), Some("ok"));
    let config_event = next_event(&mut events, "config").await;
    assert_eq!(config_event["outcome"], "applied");
    assert_eq!(config_event["version"], 1);

    // Telemetry from the app goes out on the events topic.
    assert!(
        kiosk.send(Telemetry::Alarm {
            code: "printer_paper_out".into(),
            message: "paper end".into()
        })
    );
    let alarm = next_event(&mut events, "alarm").await;
    assert_eq!(alarm["code"], "printer_paper_out");
    assert_eq!(alarm["kiosk"], KIOSK);

    kiosk.shutdown().await;
    assert_eq!(status_of(&broker).await.state, Presence::Offline, "clean shutdown says offline");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_bundles_are_rejected_with_a_reason_and_change_nothing() {
    let broker = Mosquitto::start();
    let dir = tempfile::tempdir().unwrap();
    let kiosk = start(&broker, dir.path(), &[hq_key().public()], PrinterProbe::default());
    let mut feed = kiosk.config_feed();
    let mut outcomes = kiosk.outcomes();
    connected(&kiosk).await;

    let good = bundle(&hq_key(), 5, "fleet:north", "[payment]\ndeadline_secs = 45\n");
    hq::publish(&broker.config(), FLEET, &good).await.unwrap();
    assert_eq!(next_outcome(&mut outcomes).await.outcome, Outcome::Applied);
    assert!(feed.take_between_checkouts().is_some());
    let state_before = std::fs::read(dir.path().join("state.json")).unwrap();

    let rogue = SigningKeyPair::from_secret_bytes(&[99; 32]);
    let mut expired = payload(8, "fleet:north", "[payment]\ndeadline_secs = 50\n");
    expired.issued_at = OffsetDateTime::now_utc() - time::Duration::days(8);
    expired.expires_at = Some(OffsetDateTime::now_utc() - time::Duration::days(1));
    let oversized = format!("# {}\n[payment]\ndeadline_secs = 50\n", "x".repeat(300 * 1024));
    let cases: Vec<(&str, Vec<u8>, &str, &str)> = vec![
        (
            "bad signature",
            bundle(&rogue, 6, "fleet:north", "[payment]\ndeadline_secs = 50\n"),
            "bad_signature",
            "no signature by a trusted HQ key",
        ),
        (
            "older version",
            bundle(&hq_key(), 4, "fleet:north", "[payment]\ndeadline_secs = 50\n"),
            "not_newer",
            "version 4 is not newer than the applied version 5",
        ),
        (
            "same version",
            bundle(&hq_key(), 5, "fleet:north", "[payment]\ndeadline_secs = 50\n"),
            "not_newer",
            "version 5 is not newer",
        ),
        ("expired", sign(&expired, &[&hq_key()]).unwrap(), "expired", "expired at"),
        (
            "wrong target",
            bundle(&hq_key(), 9, "fleet:south", "[payment]\ndeadline_secs = 50\n"),
            "wrong_target",
            "target fleet:south is not this kiosk",
        ),
        (
            "invalid setting",
            bundle(&hq_key(), 10, "fleet:north", "[payment]\ndeadline_secs = 2\n"),
            "invalid_settings",
            "payment.deadline_secs: must be between 10 and 300 seconds (got 2)",
        ),
        (
            "unknown key",
            bundle(&hq_key(), 11, "fleet:north", "[payment]\ndeadline = 50\n"),
            "invalid_settings",
            "unknown field `deadline`",
        ),
        (
            "oversized",
            bundle(&hq_key(), 12, "fleet:north", &oversized),
            "too_large",
            "the limit is 262144",
        ),
        (
            "forbidden key",
            bundle(
                &hq_key(),
                13,
                "fleet:north",
                "[gateway]\nprivate_key_file = \"/tmp/evil.pem\"\n",
            ),
            "forbidden_key",
            "gateway.private_key_file: may not be set by a bundle: private payment keys are never in a bundle",
        ),
        (
            "forbidden section",
            bundle(&hq_key(), 14, "fleet:north", "[fleet]\ntrusted_keys = []\n"),
            "forbidden_key",
            "fleet: may not be set by a bundle",
        ),
        ("not a bundle", b"{\"hello\":1}".to_vec(), "malformed", "not a bundle envelope"),
    ];
    for (name, bytes, code, text) in cases {
        publish_raw(&broker, &topics::fleet_config(FLEET), bytes).await;
        let report = next_outcome(&mut outcomes).await;
        eprintln!("{name}: {:?}", report.reason);
        assert_rejected(&report, code, text);
        assert!(feed.take_between_checkouts().is_none(), "{name}: nothing offered");
        assert_eq!(
            kiosk.current().config.payment.deadline.as_secs(),
            45,
            "{name}: config unchanged"
        );
        assert_eq!(kiosk.current().fleet_version, Some(5), "{name}");
        let state_now: ApplyState = saved_state(dir.path());
        let before: ApplyState = serde_json::from_slice(&state_before).unwrap();
        assert_eq!(
            (state_now.fleet, state_now.kiosk),
            (before.fleet.clone(), before.kiosk.clone()),
            "{name}: applied bundles unchanged on disk"
        );
    }
    // A kiosk bundle for another kiosk, sent to this kiosk's topic.
    let other = bundle(&hq_key(), 1, "kiosk:kiosk-08", "[payment]\ndeadline_secs = 50\n");
    publish_raw(&broker, &topics::kiosk_config(FLEET, KIOSK), other).await;
    assert_rejected(
        &next_outcome(&mut outcomes).await,
        "wrong_target",
        "target kiosk:kiosk-08 is not this kiosk",
    );

    let status = status_of(&broker).await;
    let last = status.last_rejection.expect("last rejection reported");
    assert_eq!(last.code.as_deref(), Some("wrong_target"));
    assert_eq!(status.fleet_version, Some(5));

    // Still listening: the next good one applies.
    push(&broker, &hq_key(), 15, "fleet:north", "[payment]\ndeadline_secs = 60\n").await;
    let report = next_outcome(&mut outcomes).await;
    assert_eq!((report.outcome, report.version), (Outcome::Applied, Some(15)));
    assert_eq!(feed.take_between_checkouts().unwrap().config.payment.deadline.as_secs(), 60);
    kiosk.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bundle_failing_its_health_check_is_rolled_back() {
    let broker = Mosquitto::start();
    let dir = tempfile::tempdir().unwrap();
    let kiosk = start(&broker, dir.path(), &[hq_key().public()], PrinterProbe::default());
    let mut feed = kiosk.config_feed();
    let mut outcomes = kiosk.outcomes();
    connected(&kiosk).await;

    push(&broker, &hq_key(), 1, "fleet:north", "[payment]\ndeadline_secs = 45\n").await;
    assert_eq!(next_outcome(&mut outcomes).await.outcome, Outcome::Applied);
    assert!(feed.take_between_checkouts().is_some());

    let wrong_printer = bundle(
        &hq_key(),
        2,
        "fleet:north",
        "[payment]\ndeadline_secs = 50\n[printer]\npaper_width_mm = 58\n",
    );
    hq::publish(&broker.config(), FLEET, &wrong_printer).await.unwrap();
    let report = next_outcome(&mut outcomes).await;
    assert_eq!((report.outcome, report.version), (Outcome::RolledBack, Some(2)), "{report:?}");
    assert_eq!(report.code.as_deref(), Some("health_check"));
    assert!(report.reason.as_deref().unwrap().contains("printer profile wrong"), "{report:?}");

    // The last good bundle is back, on disk and in memory.
    let state = saved_state(dir.path());
    assert_eq!(state.fleet.current.as_ref().map(|b| b.version), Some(1));
    assert!(state.fleet.confirmed);
    let effective = kiosk.current();
    assert_eq!(effective.fleet_version, Some(1));
    assert_eq!(effective.config.payment.deadline.as_secs(), 45);
    assert_eq!(effective.config.printer.paper_width, PaperWidth::Mm80);
    let status = status_of(&broker).await;
    assert_eq!(status.fleet_version, Some(1));
    assert_eq!(status.last_rejection.unwrap().outcome, Outcome::RolledBack);
    kiosk.shutdown().await;

    // The retained v2 comes again on reconnect: it is not tried again.
    let kiosk = start(&broker, dir.path(), &[hq_key().public()], PrinterProbe::default());
    let mut outcomes = kiosk.outcomes();
    connected(&kiosk).await;
    push(&broker, &hq_key(), 3, "fleet:north", "[payment]\ndeadline_secs = 55\n").await;
    let report = next_outcome(&mut outcomes).await;
    assert_eq!(
        (report.outcome, report.version),
        (Outcome::Applied, Some(3)),
        "the first outcome after reconnect is v3's"
    );
    kiosk.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kiosk_offline_during_the_push_gets_it_on_reconnect() {
    let broker = Mosquitto::start();
    let dir = tempfile::tempdir().unwrap();
    let trust = [hq_key().public()];
    let kiosk = start(&broker, dir.path(), &trust, PrinterProbe::default());
    let mut outcomes = kiosk.outcomes();
    connected(&kiosk).await;
    push(&broker, &hq_key(), 1, "fleet:north", "[payment]\ndeadline_secs = 45\n").await;
    assert_eq!(next_outcome(&mut outcomes).await.outcome, Outcome::Applied);
    kiosk.shutdown().await;

    // While it is off: a new fleet bundle and a bundle for this kiosk alone.
    push(&broker, &hq_key(), 2, "fleet:north", "[payment]\ndeadline_secs = 50\n").await;
    push(
        &broker,
        &hq_key(),
        1,
        "kiosk:kiosk-07",
        "[store]\nname = \"Kiosk seven\"\n[payment]\ndeadline_secs = 60\n",
    )
    .await;
    let status = status_of(&broker).await;
    assert_eq!((status.state, status.fleet_version), (Presence::Offline, Some(1)));

    let kiosk = start(&broker, dir.path(), &trust, PrinterProbe::default());
    assert_eq!(
        kiosk.current().config.payment.deadline.as_secs(),
        45,
        "starts on the bundle kept on disk"
    );
    let mut outcomes = kiosk.outcomes();
    let mut got = vec![next_outcome(&mut outcomes).await, next_outcome(&mut outcomes).await];
    got.sort_by_key(|r| r.layer.map(|l| l == fleet::apply::BundleLayer::Kiosk));
    assert!(got.iter().all(|r| r.outcome == Outcome::Applied), "{got:?}");
    let effective = kiosk.current();
    assert_eq!((effective.fleet_version, effective.kiosk_version), (Some(2), Some(1)));
    assert_eq!(
        effective.config.payment.deadline.as_secs(),
        60,
        "the kiosk bundle wins over the fleet's"
    );
    assert_eq!(effective.config.store.name, "Kiosk seven");
    kiosk.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bundles_signed_by_either_trusted_key_apply_during_rotation() {
    let broker = Mosquitto::start();
    let dir = tempfile::tempdir().unwrap();
    let trust = [hq_key().public(), new_hq_key().public()];
    let kiosk = start(&broker, dir.path(), &trust, PrinterProbe::default());
    let mut outcomes = kiosk.outcomes();
    connected(&kiosk).await;
    push(&broker, &hq_key(), 1, "fleet:north", "[payment]\ndeadline_secs = 45\n").await;
    assert_eq!(next_outcome(&mut outcomes).await.outcome, Outcome::Applied);
    push(&broker, &new_hq_key(), 2, "fleet:north", "[payment]\ndeadline_secs = 50\n").await;
    let report = next_outcome(&mut outcomes).await;
    assert_eq!((report.outcome, report.version), (Outcome::Applied, Some(2)));
    // A bundle carrying both signatures (HQ's transition) verifies too.
    let both = sign(
        &payload(3, "fleet:north", "[payment]\ndeadline_secs = 55\n"),
        &[&new_hq_key(), &hq_key()],
    )
    .unwrap();
    hq::publish(&broker.config(), FLEET, &both).await.unwrap();
    assert_eq!(next_outcome(&mut outcomes).await.version, Some(3));
    kiosk.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broker_that_is_down_never_blocks_the_kiosk() {
    // Nothing listens on this port.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let url = settings::BrokerUrl::parse(&format!("mqtt://127.0.0.1:{port}")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let kiosk = FleetHandle::start(
        options(BrokerConfig::anonymous(url), dir.path(), &[hq_key().public()]),
        PrinterProbe::default(),
    )
    .unwrap();
    assert_eq!(kiosk.current().config.payment.deadline.as_secs(), 30);
    // The queue fills and then drops; sending never waits.
    let sent = (0..1000)
        .filter(|i| {
            kiosk.send(Telemetry::StaffAudit { staff: "s1".into(), action: format!("reprint {i}") })
        })
        .count();
    assert!(sent < 1000, "a bounded queue drops what the broker cannot take");
    assert!(!*kiosk.connected().borrow());
    kiosk.shutdown().await;
}

#[test]
fn hq_keys_and_a_fresh_bundle_roundtrip_without_a_broker() {
    let key = SigningKeyPair::generate();
    let p: Payload = payload(1, "kiosk:k1", "");
    let bytes = sign(&p, &[&key]).unwrap();
    let verified = fleet::bundle::verify(&bytes, &TrustedKeys::new([key.public()])).unwrap();
    assert_eq!(verified.payload, p);
    assert_eq!(hq::topic_for(FLEET, &p.target).unwrap(), "scanpay/north/kiosk/k1/config");
    assert!(hq::topic_for(FLEET, &"fleet:south".parse().unwrap()).is_err());
}

/// Forwards one TCP connection to the broker until told to cut it: a
/// network cable pulled between kiosk and broker.
async fn cuttable_proxy(broker_port: u16) -> (u16, tokio::sync::oneshot::Sender<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (cut, cut_rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        let (mut kiosk_side, _) = listener.accept().await.unwrap();
        let mut broker_side =
            tokio::net::TcpStream::connect(("127.0.0.1", broker_port)).await.unwrap();
        tokio::select! {
            _ = tokio::io::copy_bidirectional(&mut kiosk_side, &mut broker_side) => {}
            _ = cut_rx => {}
        }
        // Both sockets drop here: the broker sees the connection die
        // without a DISCONNECT.
    });
    (port, cut)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kiosk_that_vanishes_is_reported_offline_by_its_last_will() {
    let broker = Mosquitto::start();
    let (port, cut) = cuttable_proxy(broker.url().port).await;
    let via_proxy = settings::BrokerUrl::parse(&format!("mqtt://127.0.0.1:{port}")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let kiosk = FleetHandle::start(
        options(BrokerConfig::anonymous(via_proxy), dir.path(), &[hq_key().public()]),
        PrinterProbe::default(),
    )
    .unwrap();
    connected(&kiosk).await;
    let mut status = listen(&broker, &topics::status(FLEET, KIOSK));
    let online: KioskStatus = loop {
        let (_, bytes) =
            tokio::time::timeout(Duration::from_secs(10), status.recv()).await.unwrap().unwrap();
        let s: KioskStatus = serde_json::from_slice(&bytes).unwrap();
        if s.state == Presence::Online {
            break s;
        }
    };
    assert_eq!(online.kiosk, KIOSK);

    cut.send(()).unwrap();
    let (_, will) =
        tokio::time::timeout(Duration::from_secs(10), status.recv()).await.unwrap().unwrap();
    let will: KioskStatus = serde_json::from_slice(&will).unwrap();
    assert_eq!((will.kiosk.as_str(), will.state), (KIOSK, Presence::Offline));
    assert_eq!(status_of(&broker).await.state, Presence::Offline, "the will is retained");
    kiosk.shutdown().await;
}

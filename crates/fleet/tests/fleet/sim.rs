//! Fan-out: 500 simulated kiosks in one process, one bundle, every kiosk
//! applies it. Prints the time to 100% applied (a figure, not an assertion).

use std::time::{Duration, Instant};

use fleet::bundle::TrustedKeys;
use fleet::sim::{SimOptions, Simulation};
use fleet::{Outcome, hq};

use super::broker::Mosquitto;
use super::{bundle, hq_key};

const KIOSKS: usize = 500;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn five_hundred_kiosks_apply_one_bundle() {
    let broker = Mosquitto::start();
    let dir = tempfile::tempdir().unwrap();
    let options = SimOptions {
        broker: broker.config(),
        fleet: "fanout".into(),
        kiosks: KIOSKS,
        trust: TrustedKeys::new([hq_key().public()]),
        state_root: dir.path().to_owned(),
        heartbeat: Duration::from_secs(300),
    };
    let started = Instant::now();
    let mut sim = Simulation::start(&options).unwrap();
    assert_eq!(
        sim.wait_connected(Duration::from_secs(30)).await,
        KIOSKS,
        "every simulated kiosk connects"
    );
    let connect_time = started.elapsed();

    let bytes = bundle(&hq_key(), 1, "fleet:fanout", "[payment]\ndeadline_secs = 45\n");
    let published = Instant::now();
    hq::publish(&broker.config(), "fanout", &bytes).await.unwrap();
    let mut applied = 0;
    while applied < KIOSKS {
        let report = tokio::time::timeout(Duration::from_secs(30), sim.next_outcome())
            .await
            .expect("every kiosk decides within 30 s")
            .unwrap();
        assert_eq!(report.outcome, Outcome::Applied, "{report:?}");
        applied += 1;
    }
    let fan_out = published.elapsed();
    let summary = sim.summary();
    assert_eq!((summary.applied, summary.applied_newest, summary.rejected), (KIOSKS, KIOSKS, 0));
    assert!(summary.time_to_all_applied_ms.is_some());
    println!(
        "fan-out: {KIOSKS} kiosks connected in {} ms; publish to 100% applied in {} ms \
         (first outcome to 100%: {} ms)",
        connect_time.as_millis(),
        fan_out.as_millis(),
        summary.time_to_all_applied_ms.unwrap_or_default()
    );
    eprintln!("{}", serde_json::to_string(&summary).unwrap());
    sim.shutdown().await;
}

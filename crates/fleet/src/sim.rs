//! Many simulated kiosks in one process, each running the real agent (MQTT
//! connection, apply rules, state folder): `kioskctl fleet simulate` and the
//! fan-out test.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use serde::Serialize;
use settings::{KioskConfig, Layer};
use tokio::sync::mpsc;

use crate::Error;
use crate::agent::{AgentOptions, FleetHandle, HealthCheck};
use crate::apply::{Context, KioskId};
use crate::bundle::TrustedKeys;
use crate::mqtt::BrokerConfig;
use crate::report::{Outcome, OutcomeReport};

/// The simulated kiosks' health check: a simulated kiosk has no gateway or
/// printer to probe, so every config that validated is healthy.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoHardware;

impl HealthCheck for NoHardware {
    async fn check(&mut self, _config: &KioskConfig) -> Result<(), String> {
        Ok(())
    }
}

/// What to simulate.
#[derive(Debug, Clone)]
pub struct SimOptions {
    /// The broker.
    pub broker: BrokerConfig,
    /// The fleet.
    pub fleet: String,
    /// How many kiosks (`sim-0001` …).
    pub kiosks: usize,
    /// HQ keys they trust.
    pub trust: TrustedKeys,
    /// A folder for their state folders.
    pub state_root: PathBuf,
    /// Between heartbeats.
    pub heartbeat: Duration,
}

/// Counts and the fan-out figure, printed as the last line of `fleet simulate`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Always `true`: tells the summary line from outcome lines.
    pub summary: bool,
    /// Simulated kiosks.
    pub kiosks: usize,
    /// Outcomes `applied`.
    pub applied: usize,
    /// Outcomes `rejected`.
    pub rejected: usize,
    /// Outcomes `rolled_back`.
    pub rolled_back: usize,
    /// The newest version any kiosk applied.
    pub newest_version: Option<u64>,
    /// Kiosks that applied `newest_version`.
    pub applied_newest: usize,
    /// From the first outcome for `newest_version` to the moment every kiosk
    /// had applied it; `None` while some kiosk has not.
    pub time_to_all_applied_ms: Option<u64>,
}

/// A running simulation.
#[derive(Debug)]
pub struct Simulation {
    kiosks: Vec<FleetHandle>,
    rx: mpsc::UnboundedReceiver<OutcomeReport>,
    counts: [usize; 3],
    first_seen: HashMap<u64, Instant>,
    applied: HashMap<u64, usize>,
    all_applied: HashMap<u64, Duration>,
}

impl Simulation {
    /// Starts every kiosk (connections proceed in the background).
    pub fn start(options: &SimOptions) -> Result<Simulation, Error> {
        let defaults = Layer::builtin_defaults().map_err(Error::Config)?;
        let (tx, rx) = mpsc::unbounded_channel();
        let mut kiosks = Vec::with_capacity(options.kiosks);
        for i in 1..=options.kiosks {
            let kiosk = format!("sim-{i:04}");
            let site = Layer::from_toml(
                "simulated site",
                &format!("[store]\nterminal_id = \"{kiosk}\"\n"),
                None,
            )
            .map_err(Error::Config)?;
            let agent = AgentOptions {
                context: Context {
                    id: KioskId { fleet: options.fleet.clone(), kiosk: kiosk.clone() },
                    trust: options.trust.clone(),
                    local_layers: vec![defaults.clone(), site],
                },
                broker: options.broker.clone(),
                state_dir: options.state_root.join(&kiosk),
                heartbeat: options.heartbeat,
            };
            let handle = FleetHandle::start(agent, NoHardware)?;
            let mut outcomes = handle.outcomes();
            let tx = tx.clone();
            tokio::spawn(async move {
                while let Ok(report) = outcomes.recv().await {
                    if tx.send(report).is_err() {
                        break;
                    }
                }
            });
            kiosks.push(handle);
        }
        Ok(Simulation {
            kiosks,
            rx,
            counts: [0; 3],
            first_seen: HashMap::new(),
            applied: HashMap::new(),
            all_applied: HashMap::new(),
        })
    }

    /// How many kiosks are connected right now.
    pub fn connected(&self) -> usize {
        self.kiosks.iter().filter(|k| *k.connected().borrow()).count()
    }

    /// Waits until every kiosk is connected or `timeout` passes; returns how
    /// many are.
    pub async fn wait_connected(&self, timeout: Duration) -> usize {
        let until = Instant::now() + timeout;
        while self.connected() < self.kiosks.len() && Instant::now() < until {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        self.connected()
    }

    /// The next outcome of any kiosk (`None` once all stopped).
    pub async fn next_outcome(&mut self) -> Option<OutcomeReport> {
        let report = self.rx.recv().await?;
        let now = Instant::now();
        let slot = match report.outcome {
            Outcome::Applied => 0,
            Outcome::Rejected => 1,
            Outcome::RolledBack => 2,
        };
        self.counts[slot] += 1;
        if let Some(v) = report.version {
            let first = *self.first_seen.entry(v).or_insert(now);
            if report.outcome == Outcome::Applied {
                let n = self.applied.entry(v).or_insert(0);
                *n += 1;
                if *n == self.kiosks.len() {
                    self.all_applied.insert(v, now.duration_since(first));
                }
            }
        }
        Some(report)
    }

    /// Counts so far.
    pub fn summary(&self) -> Summary {
        let newest = self.applied.keys().max().copied();
        Summary {
            summary: true,
            kiosks: self.kiosks.len(),
            applied: self.counts[0],
            rejected: self.counts[1],
            rolled_back: self.counts[2],
            newest_version: newest,
            applied_newest: newest.and_then(|v| self.applied.get(&v)).copied().unwrap_or(0),
            time_to_all_applied_ms: newest
                .and_then(|v| self.all_applied.get(&v))
                .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX)),
        }
    }

    /// Stops every kiosk cleanly.
    pub async fn shutdown(self) {
        for k in self.kiosks {
            k.shutdown().await;
        }
    }
}

//! The kiosk side's driver: owns the MQTT connection and the state folder,
//! feeds bundles to [`crate::apply::decide`], runs the health check, reports.
//!
//! Everything runs on its own tokio task. The kiosk talks to it only through
//! [`FleetHandle`], whose methods never wait for the broker: a broker that is
//! down delays config updates and telemetry, never a checkout.

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rumqttc::{AsyncClient, Event, EventLoop, LastWill, Packet, QoS};
use settings::{KioskConfig, Layer};
use time::OffsetDateTime;
use tokio::sync::{broadcast, mpsc, watch};
use tokio::task::JoinHandle;

use crate::apply::{self, ApplyState, BundleLayer, Context, Decision, KioskId};
use crate::bundle::{self, TrustedKeys};
use crate::mqtt::BrokerConfig;
use crate::report::{
    EventMessage, KioskStatus, Outcome, OutcomeReport, Presence, Telemetry, topics,
};
use crate::store::StateStore;
use crate::{Error, Rejection};

/// The app's check of a config just applied (written to disk, not yet in
/// use): the gateway answers, the printer matches its profile… An `Err`
/// with the reason rolls the bundle back to the last good one.
pub trait HealthCheck: Send + 'static {
    /// Checks `config`; `Err(reason)` when it must not be kept.
    fn check(&mut self, config: &KioskConfig) -> impl Future<Output = Result<(), String>> + Send;
}

/// Everything the agent needs.
#[derive(Debug, Clone)]
pub struct AgentOptions {
    /// Identity, trust and the local layers.
    pub context: Context,
    /// The broker.
    pub broker: BrokerConfig,
    /// `fleet.state_dir`.
    pub state_dir: PathBuf,
    /// Between heartbeats.
    pub heartbeat: Duration,
}

impl AgentOptions {
    /// From the kiosk's local config (defaults and site file) and the
    /// layers it was loaded from.
    pub fn from_config(
        config: &KioskConfig,
        local_layers: Vec<Layer>,
    ) -> Result<AgentOptions, Error> {
        let f = &config.fleet;
        Ok(AgentOptions {
            context: Context {
                id: KioskId { fleet: f.fleet_id.clone(), kiosk: config.store.terminal_id.clone() },
                trust: TrustedKeys::from_raw(&f.trusted_keys)?,
                local_layers,
            },
            broker: BrokerConfig::from_fleet(f),
            state_dir: f.state_dir.clone(),
            heartbeat: f.heartbeat,
        })
    }
}

/// The config the kiosk should run with, and the bundle versions in it.
#[derive(Debug, Clone)]
pub struct Effective {
    /// The whole validated config.
    pub config: Arc<KioskConfig>,
    /// Applied fleet bundle version.
    pub fleet_version: Option<u64>,
    /// Applied kiosk bundle version.
    pub kiosk_version: Option<u64>,
    /// The product catalog of the kiosk bundle, else of the fleet bundle,
    /// when one carries a catalog.
    pub catalog: Option<Arc<serde_json::Value>>,
}

impl Effective {
    fn new(ctx: &Context, state: &ApplyState, config: KioskConfig) -> Effective {
        Effective {
            config: Arc::new(config),
            fleet_version: state.version(BundleLayer::Fleet),
            kiosk_version: state.version(BundleLayer::Kiosk),
            catalog: ctx.catalog(state).map(Arc::new),
        }
    }
}

/// New configs for the kiosk, taken only between checkouts: payment
/// settings never change under a running payment.
#[derive(Debug)]
pub struct ConfigFeed(watch::Receiver<Effective>);

impl ConfigFeed {
    /// Call when no checkout runs: the newest applied config when it changed
    /// since the last call, else `None`.
    pub fn take_between_checkouts(&mut self) -> Option<Effective> {
        match self.0.has_changed() {
            Ok(true) => Some(self.0.borrow_and_update().clone()),
            _ => None,
        }
    }

    /// Waits until a new config is applied (false once the agent stopped).
    pub async fn changed(&mut self) -> bool {
        self.0.changed().await.is_ok()
    }
}

/// The kiosk's handle on its running fleet agent.
#[derive(Debug)]
pub struct FleetHandle {
    config: watch::Receiver<Effective>,
    outcomes: broadcast::Sender<OutcomeReport>,
    telemetry: mpsc::Sender<Telemetry>,
    connected: watch::Receiver<bool>,
    shutdown: watch::Sender<bool>,
    task: JoinHandle<()>,
}

const TELEMETRY_QUEUE: usize = 256;
const REQUEST_QUEUE: usize = 64;

impl FleetHandle {
    /// Loads the state folder, builds the effective config and starts the
    /// agent task on the current tokio runtime. Fails only on local
    /// problems (state folder, config); never waits for the broker.
    pub fn start<H: HealthCheck>(options: AgentOptions, health: H) -> Result<FleetHandle, Error> {
        let store = StateStore::open(&options.state_dir)?;
        let state = store.load()?;
        let ctx = options.context;
        let config = match ctx.effective(&state) {
            Ok(c) => c,
            Err(e) => {
                tracing::error!(error = %e, "applied bundles do not validate with the local config; running on local config only");
                settings::load(&ctx.local_layers).map_err(Error::Config)?
            }
        };
        let effective = Effective::new(&ctx, &state, config);
        let (config_tx, config_rx) = watch::channel(effective);
        let (outcomes, _) = broadcast::channel(64);
        let (telemetry, telemetry_rx) = mpsc::channel(TELEMETRY_QUEUE);
        let (connected_tx, connected) = watch::channel(false);
        let (shutdown, shutdown_rx) = watch::channel(false);

        let id = &ctx.id;
        let client_id = format!("scanpay-{}-{}", id.fleet, id.kiosk);
        let mut mqtt = options.broker.options(&client_id, Duration::from_secs(30))?;
        let offline = KioskStatus {
            kiosk: id.kiosk.clone(),
            state: Presence::Offline,
            fleet_version: None,
            kiosk_version: None,
            health: None,
            last_rejection: None,
            at: None,
        };
        let offline = serde_json::to_vec(&offline).map_err(|e| Error::Bundle(e.to_string()))?;
        mqtt.set_last_will(LastWill::new(
            topics::status(&id.fleet, &id.kiosk),
            offline,
            QoS::AtLeastOnce,
            true,
        ));
        let (client, eventloop) = AsyncClient::new(mqtt, REQUEST_QUEUE);

        let agent = Agent {
            fleet_topic: topics::fleet_config(&id.fleet),
            kiosk_topic: topics::kiosk_config(&id.fleet, &id.kiosk),
            status_topic: topics::status(&id.fleet, &id.kiosk),
            events_topic: topics::events(&id.fleet, &id.kiosk),
            ctx,
            store,
            state,
            health,
            client,
            config_tx,
            outcomes: outcomes.clone(),
            last_rejection: None,
            health_text: String::from("ok"),
            started: Instant::now(),
        };
        let task = tokio::spawn(agent.run(
            eventloop,
            telemetry_rx,
            shutdown_rx,
            connected_tx,
            options.heartbeat,
        ));
        Ok(FleetHandle { config: config_rx, outcomes, telemetry, connected, shutdown, task })
    }

    /// The config feed (see [`ConfigFeed`]).
    pub fn config_feed(&self) -> ConfigFeed {
        ConfigFeed(self.config.clone())
    }

    /// The newest applied config.
    pub fn current(&self) -> Effective {
        self.config.borrow().clone()
    }

    /// Outcomes as they happen (for the kiosk's staff screen, tests and the
    /// simulator).
    pub fn outcomes(&self) -> broadcast::Receiver<OutcomeReport> {
        self.outcomes.subscribe()
    }

    /// Whether the agent is connected to the broker, as it changes.
    pub fn connected(&self) -> watch::Receiver<bool> {
        self.connected.clone()
    }

    /// Queues a telemetry event without waiting; `false` when the queue is
    /// full (broker unreachable for long) and the event was dropped.
    pub fn send(&self, event: Telemetry) -> bool {
        self.telemetry.try_send(event).is_ok()
    }

    /// Publishes the "offline" status, disconnects and ends the task.
    pub async fn shutdown(self) {
        let _ = self.shutdown.send(true);
        let _ = self.task.await;
    }
}

struct Agent<H> {
    ctx: Context,
    store: StateStore,
    state: ApplyState,
    health: H,
    client: AsyncClient,
    config_tx: watch::Sender<Effective>,
    outcomes: broadcast::Sender<OutcomeReport>,
    fleet_topic: String,
    kiosk_topic: String,
    status_topic: String,
    events_topic: String,
    last_rejection: Option<OutcomeReport>,
    health_text: String,
    started: Instant,
}

impl<H: HealthCheck> Agent<H> {
    async fn run(
        mut self,
        eventloop: EventLoop,
        mut telemetry: mpsc::Receiver<Telemetry>,
        mut shutdown: watch::Receiver<bool>,
        connected: watch::Sender<bool>,
        heartbeat_every: Duration,
    ) {
        self.recover_unconfirmed().await;
        let (net_tx, mut net) = mpsc::channel(64);
        let poller = tokio::spawn(poll_network(eventloop, net_tx, self.ctx.id.kiosk.clone()));
        let mut heartbeat = tokio::time::interval(heartbeat_every);
        heartbeat.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
        loop {
            tokio::select! {
                _ = shutdown.changed() => break,
                event = net.recv() => match event {
                    Some(Net::Connected) => {
                        let _ = connected.send(true);
                        tracing::info!(kiosk = %self.ctx.id.kiosk, "connected to the fleet broker");
                        let subs = [&self.fleet_topic, &self.kiosk_topic]
                            .map(|t| rumqttc::SubscribeFilter::new(t.to_string(), QoS::AtLeastOnce));
                        if let Err(e) = self.client.try_subscribe_many(subs) {
                            tracing::warn!(error = %e, "cannot subscribe to config topics");
                        }
                        self.publish_status(Presence::Online);
                    }
                    Some(Net::Message { topic, payload }) => {
                        let ours = topic == self.fleet_topic || topic == self.kiosk_topic;
                        if ours && !payload.is_empty() {
                            self.on_bundle(&payload).await;
                        }
                    }
                    Some(Net::Disconnected) => {
                        let _ = connected.send(false);
                    }
                    None => break,
                },
                Some(event) = telemetry.recv() => self.publish_event(event),
                _ = heartbeat.tick() => {
                    let event = Telemetry::Heartbeat {
                        fleet_version: self.state.version(BundleLayer::Fleet),
                        kiosk_version: self.state.version(BundleLayer::Kiosk),
                        uptime_secs: self.started.elapsed().as_secs(),
                    };
                    self.publish_event(event);
                }
            }
        }
        // A clean goodbye: the retained status says offline (keeping the
        // versions), then DISCONNECT, so the broker does not fire the will.
        if *connected.borrow() {
            self.publish_status(Presence::Offline);
            let _ = self.client.try_disconnect();
            // The network task ends once the broker has closed the
            // connection (dropping it earlier would fire the will).
            let drain = async { while net.recv().await.is_some() {} };
            let _ = tokio::time::timeout(Duration::from_secs(2), drain).await;
        }
        poller.abort();
        let _ = connected.send(false);
    }

    /// A bundle applied before a crash or power cut but never checked is
    /// checked now, and rolled back when it fails.
    async fn recover_unconfirmed(&mut self) {
        for layer in [BundleLayer::Fleet, BundleLayer::Kiosk] {
            let l = self.state.layer(layer);
            if l.current.is_none() || l.confirmed {
                continue;
            }
            let version = self.state.version(layer);
            let verdict = match self.ctx.effective(&self.state) {
                Ok(config) => self.health.check(&config).await,
                Err(e) => Err(e.to_string()),
            };
            match verdict {
                Ok(()) => {
                    self.state.confirm(layer);
                    if let Err(e) = self.persist().await {
                        tracing::error!(error = %e, "cannot save the fleet state");
                    }
                }
                Err(reason) => self.roll_back(layer, version, reason).await,
            }
        }
    }

    /// Saves a copy of the state off the async threads. Borrows nothing
    /// across the wait, so the agent's future stays `Send`.
    fn persist(&self) -> impl Future<Output = Result<(), Error>> + Send + 'static {
        let store = self.store.clone();
        let state = self.state.clone();
        let path = store.path();
        async move {
            tokio::task::spawn_blocking(move || store.save(&state))
                .await
                .map_err(|e| Error::State { path, reason: e.to_string() })?
        }
    }

    async fn on_bundle(&mut self, bytes: &[u8]) {
        let now = OffsetDateTime::now_utc();
        match apply::decide(&self.ctx, &self.state, bytes, now) {
            Decision::AlreadySeen => {}
            Decision::Reject { version, rejection } => {
                self.state.remember(&bundle::digest(bytes));
                if let Err(e) = self.persist().await {
                    tracing::error!(error = %e, "cannot save the fleet state");
                }
                self.report(version, None, Outcome::Rejected, Some(&rejection));
            }
            Decision::Apply(candidate) => {
                let layer = candidate.layer;
                let version = candidate.bundle.payload.version;
                let before = self.state.clone();
                self.state.install(&candidate);
                // Written to disk first; only then checked and swapped in.
                if let Err(e) = self.persist().await {
                    self.state = before;
                    let rejection = Rejection::Storage(e.to_string());
                    self.report(Some(version), Some(layer), Outcome::Rejected, Some(&rejection));
                    return;
                }
                match self.health.check(&candidate.config).await {
                    Ok(()) => {
                        self.state.confirm(layer);
                        if let Err(e) = self.persist().await {
                            tracing::error!(error = %e, "cannot save the fleet state");
                        }
                        self.health_text = String::from("ok");
                        let key_id = candidate.bundle.key_id.clone();
                        let effective = Effective::new(&self.ctx, &self.state, candidate.config);
                        self.config_tx.send_replace(effective);
                        tracing::info!(kiosk = %self.ctx.id.kiosk, version, ?layer, %key_id, "bundle applied");
                        self.report(Some(version), Some(layer), Outcome::Applied, None);
                    }
                    Err(reason) => self.roll_back(layer, Some(version), reason).await,
                }
            }
        }
    }

    async fn roll_back(&mut self, layer: BundleLayer, version: Option<u64>, reason: String) {
        self.state.roll_back(layer);
        if let Err(e) = self.persist().await {
            tracing::error!(error = %e, "cannot save the fleet state");
        }
        match self.ctx.effective(&self.state) {
            Ok(config) => {
                self.config_tx.send_replace(Effective::new(&self.ctx, &self.state, config));
            }
            Err(e) => tracing::error!(error = %e, "the last good config does not validate"),
        }
        tracing::warn!(kiosk = %self.ctx.id.kiosk, ?version, ?layer, %reason, "bundle rolled back");
        self.report(
            version,
            Some(layer),
            Outcome::RolledBack,
            Some(&Rejection::HealthCheck(reason)),
        );
    }

    fn report(
        &mut self,
        version: Option<u64>,
        layer: Option<BundleLayer>,
        outcome: Outcome,
        why: Option<&Rejection>,
    ) {
        let report = OutcomeReport {
            kiosk: self.ctx.id.kiosk.clone(),
            version,
            outcome,
            reason: why.map(ToString::to_string),
            code: why.map(|r| r.code().to_owned()),
            layer,
            at: OffsetDateTime::now_utc(),
        };
        if outcome == Outcome::Rejected {
            tracing::warn!(kiosk = %report.kiosk, ?version, reason = ?report.reason, "bundle rejected");
        }
        if outcome != Outcome::Applied {
            self.last_rejection = Some(report.clone());
        }
        let _ = self.outcomes.send(report.clone());
        self.publish_event(Telemetry::Config(report));
        self.publish_status(Presence::Online);
    }

    fn publish_status(&self, state: Presence) {
        let status = KioskStatus {
            kiosk: self.ctx.id.kiosk.clone(),
            state,
            fleet_version: self.state.version(BundleLayer::Fleet),
            kiosk_version: self.state.version(BundleLayer::Kiosk),
            health: Some(self.health_text.clone()),
            last_rejection: self.last_rejection.clone(),
            at: Some(OffsetDateTime::now_utc()),
        };
        self.publish(&self.status_topic, true, &status);
    }

    fn publish_event(&self, event: Telemetry) {
        let message =
            EventMessage { kiosk: self.ctx.id.kiosk.clone(), at: OffsetDateTime::now_utc(), event };
        self.publish(&self.events_topic, false, &message);
    }

    fn publish(&self, topic: &str, retain: bool, body: &impl serde::Serialize) {
        match serde_json::to_vec(body) {
            Ok(bytes) => {
                if let Err(e) = self.client.try_publish(topic, QoS::AtLeastOnce, retain, bytes) {
                    tracing::debug!(topic, error = %e, "message dropped (broker queue full)");
                }
            }
            Err(e) => tracing::error!(topic, error = %e, "cannot encode message"),
        }
    }
}

/// What the network task tells the agent.
enum Net {
    /// CONNACK received: (re)subscribe and say online.
    Connected,
    /// A message on a subscribed topic.
    Message { topic: String, payload: Vec<u8> },
    /// The connection broke; the network task is retrying.
    Disconnected,
}

/// Polls the rumqttc event loop on a task of its own, so that no `select!`
/// ever cancels a poll in the middle of a connect or a read. Retries with a
/// backoff (0.2 s doubling to 10 s); ends after a clean DISCONNECT or when
/// the agent is gone.
async fn poll_network(mut eventloop: EventLoop, net: mpsc::Sender<Net>, kiosk: String) {
    let mut backoff = Duration::from_millis(200);
    let mut disconnecting = false;
    loop {
        let tell = match eventloop.poll().await {
            Ok(Event::Incoming(Packet::ConnAck(_))) => {
                backoff = Duration::from_millis(200);
                Some(Net::Connected)
            }
            Ok(Event::Incoming(Packet::Publish(p))) => {
                Some(Net::Message { topic: p.topic, payload: p.payload.to_vec() })
            }
            Ok(Event::Outgoing(rumqttc::Outgoing::Disconnect)) => {
                disconnecting = true;
                None
            }
            Ok(_) => None,
            Err(_) if disconnecting => return,
            Err(e) => {
                tracing::debug!(%kiosk, error = %e, "fleet broker unreachable; retrying");
                if net.send(Net::Disconnected).await.is_err() {
                    return;
                }
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(10));
                None
            }
        };
        if let Some(tell) = tell
            && net.send(tell).await.is_err()
            && !disconnecting
        {
            return;
        }
        if net.is_closed() && !disconnecting {
            return;
        }
    }
}

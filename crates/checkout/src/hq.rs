//! The lane and HQ: configs and catalogs from signed fleet bundles are taken
//! between checkouts, and the lane's alarms go to HQ as telemetry.
//!
//! The fleet agent ([`fleet::FleetHandle`]) verifies, validates, stores and
//! health-checks each bundle ([`LaneHealth`]); [`follow`] waits for the lane
//! to be idle and then [`Lane::apply`]s the new config and catalog.

use std::sync::Arc;
use std::time::Duration;

use fleet::{Effective, FleetHandle, HealthCheck, Telemetry};
use settings::KioskConfig;

use crate::{Catalog, CheckoutError, Lane};

/// What a new config must pass before the kiosk keeps it: its gateway can be
/// built (keys readable) and its catalog file is valid.
#[derive(Debug, Clone, Copy, Default)]
pub struct LaneHealth;

impl HealthCheck for LaneHealth {
    async fn check(&mut self, config: &KioskConfig) -> Result<(), String> {
        payment::AlipayGateway::from_config(&config.gateway)
            .map_err(|e| format!("gateway: {e}"))?;
        Catalog::from_file(&config.catalog.file).map_err(|e| e.to_string())?;
        Ok(())
    }
}

/// The catalog a bundle carries, validated.
pub fn bundle_catalog(effective: &Effective) -> Result<Option<(Catalog, String)>, CheckoutError> {
    let Some(value) = &effective.catalog else { return Ok(None) };
    let origin = format!(
        "bundle (fleet v{}, kiosk v{})",
        effective.fleet_version.map_or("-".into(), |v| v.to_string()),
        effective.kiosk_version.map_or("-".into(), |v| v.to_string())
    );
    Ok(Some((Catalog::from_json(value, &origin)?, origin)))
}

/// Follows the fleet agent for the lane's lifetime: new configs are applied
/// when no customer is in a checkout; alarms are sent to HQ.
pub async fn follow(lane: Lane, fleet: Arc<FleetHandle>) {
    let mut feed = fleet.config_feed();
    let mut alarms = lane.alarms();
    let mut outcomes = fleet.outcomes();
    let mut staff_actions = lane.staff_actions();
    let mut waiting: Option<Effective> = None;
    let mut poll = tokio::time::interval(Duration::from_secs(1));
    loop {
        tokio::select! {
            changed = feed.changed() => {
                if !changed { break; }
                // `changed` marks the new config seen: keep it until idle.
                waiting = Some(fleet.current());
            }
            alarm = alarms.recv() => {
                if let Ok(a) = alarm {
                    let sent = fleet.send(Telemetry::Alarm { code: a.kind.to_owned(), message: a.detail });
                    if !sent { tracing::warn!("telemetry queue full: alarm not sent to HQ"); }
                }
            }
            action = staff_actions.recv() => {
                if let Ok((staff, action)) = action
                    && !fleet.send(Telemetry::StaffAudit { staff, action })
                {
                    tracing::warn!("telemetry queue full: staff action not sent to HQ");
                }
            }
            report = outcomes.recv() => {
                if let Ok(r) = report {
                    match r.outcome {
                        fleet::Outcome::Applied => {}
                        fleet::Outcome::Rejected | fleet::Outcome::RolledBack => {
                            let at = i64::try_from(r.at.unix_timestamp_nanos() / 1_000_000).unwrap_or(0);
                            let reason = r.reason.clone().unwrap_or_else(|| format!("{:?}", r.outcome));
                            lane.update_hq(|h| h.last_rejected = Some((r.version, reason, at)));
                        }
                    }
                }
            }
            _ = poll.tick() => {}
        }
        if lane.is_idle() {
            if let Some(newer) = feed.take_between_checkouts() {
                waiting = Some(newer);
            }
            if let Some(effective) = waiting.take() {
                let applied = bundle_catalog(&effective)
                    .and_then(|catalog| lane.apply((*effective.config).clone(), catalog));
                match applied {
                    Ok(()) => {
                        lane.update_hq(|h| {
                            h.fleet_version = effective.fleet_version;
                            h.kiosk_version = effective.kiosk_version;
                        });
                        tracing::info!(
                            fleet = ?effective.fleet_version,
                            kiosk = ?effective.kiosk_version,
                            "HQ configuration applied between checkouts"
                        );
                    }
                    Err(CheckoutError::Busy) => waiting = Some(effective),
                    Err(e) => {
                        tracing::error!(error = %e, "HQ configuration not applied");
                        let _ = fleet.send(Telemetry::Alarm {
                            code: "config_not_applied".into(),
                            message: e.to_string(),
                        });
                    }
                }
            }
        }
    }
}

/// Starts the fleet agent when `fleet.enabled`, on `runtime`. The kiosk then
/// runs with the agent's effective config (local layers plus the applied
/// bundles): see [`FleetHandle::current`].
pub fn connect(
    config: &KioskConfig,
    local_layers: Vec<settings::Layer>,
    runtime: &tokio::runtime::Handle,
) -> Result<Option<Arc<FleetHandle>>, CheckoutError> {
    if !config.fleet.enabled {
        return Ok(None);
    }
    let options = fleet::AgentOptions::from_config(config, local_layers)?;
    let _enter = runtime.enter();
    Ok(Some(Arc::new(FleetHandle::start(options, LaneHealth)?)))
}

/// Puts the bundle catalog in force (if the applied bundles carry one) and
/// follows the agent from now on.
pub fn attach(
    lane: &Lane,
    fleet: Arc<FleetHandle>,
    runtime: &tokio::runtime::Handle,
) -> Result<(), CheckoutError> {
    let current = fleet.current();
    lane.update_hq(|h| {
        h.enabled = true;
        h.fleet_version = current.fleet_version;
        h.kiosk_version = current.kiosk_version;
    });
    if let Some(catalog) = bundle_catalog(&current)? {
        lane.apply((*current.config).clone(), Some(catalog))?;
    }
    runtime.spawn(follow(lane.clone(), fleet));
    Ok(())
}

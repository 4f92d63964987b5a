//! The kiosk's decision on a bundle, without IO (DESIGN.md §8).
//!
//! [`decide`] takes the bundle bytes, the current [`ApplyState`] and the
//! time, and says what to do: ignore a bundle already seen, reject it with a
//! reason, or apply it (with the new effective config already built and
//! validated). The state changes are methods on [`ApplyState`]; the driver
//! ([`crate::agent`]) writes them to disk and runs the health check.

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};
use settings::{KioskConfig, Layer};
use time::OffsetDateTime;

use crate::Rejection;
use crate::bundle::{self, Target, TrustedKeys, VerifiedBundle};

/// How many digests of decided bundles are remembered, so that a retained
/// bundle delivered again on every reconnect is not decided (and reported)
/// again.
const SEEN_LIMIT: usize = 32;

/// Which bundle layer a bundle sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BundleLayer {
    /// Set by `fleet:F` bundles.
    Fleet,
    /// Set by `kiosk:ID` bundles; wins over the fleet layer.
    Kiosk,
}

/// The kiosk's place in the fleet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskId {
    /// `fleet.fleet_id`.
    pub fleet: String,
    /// `store.terminal_id`.
    pub kiosk: String,
}

/// What a decision needs besides the state: identity, trust, and the local
/// layers (built-in defaults and site file) under the bundles.
#[derive(Debug, Clone)]
pub struct Context {
    /// Whose bundles are accepted.
    pub id: KioskId,
    /// HQ keys.
    pub trust: TrustedKeys,
    /// Defaults and site file, in order.
    pub local_layers: Vec<Layer>,
}

/// One applied bundle as kept on disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredBundle {
    /// Its version.
    pub version: u64,
    /// SHA-256 of the envelope, hex.
    pub digest: String,
    /// The envelope exactly as received (JSON text).
    pub envelope: String,
}

/// One bundle layer's state.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LayerState {
    /// The applied bundle, if any.
    pub current: Option<StoredBundle>,
    /// Whether `current` passed its health check (false between apply and check).
    pub confirmed: bool,
    /// The last good bundle before `current`: what a failed health check
    /// rolls back to (`None`: back to no bundle on this layer).
    pub last_good: Option<StoredBundle>,
}

/// Everything the kiosk keeps about bundles; written atomically as one file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplyState {
    /// The fleet layer.
    pub fleet: LayerState,
    /// The kiosk layer.
    pub kiosk: LayerState,
    /// Digests of recently decided bundles (applied, rejected or rolled back).
    pub seen: VecDeque<String>,
}

/// What to do with a bundle.
#[derive(Debug, Clone, PartialEq)]
pub enum Decision {
    /// These exact bytes were decided before (a retained bundle redelivered):
    /// nothing to do, nothing to report.
    AlreadySeen,
    /// Refuse it and report why; nothing changes.
    Reject {
        /// The bundle's version when its signature verified.
        version: Option<u64>,
        /// Why.
        rejection: Rejection,
    },
    /// Apply it.
    Apply(Box<Candidate>),
}

/// A bundle that passed every rule, with the config it produces.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The layer it sets.
    pub layer: BundleLayer,
    /// The verified bundle.
    pub bundle: VerifiedBundle,
    /// The envelope bytes as received.
    pub envelope: String,
    /// The kiosk's effective config once it is applied.
    pub config: KioskConfig,
}

impl ApplyState {
    /// One layer's state.
    pub fn layer(&self, layer: BundleLayer) -> &LayerState {
        match layer {
            BundleLayer::Fleet => &self.fleet,
            BundleLayer::Kiosk => &self.kiosk,
        }
    }

    fn layer_mut(&mut self, layer: BundleLayer) -> &mut LayerState {
        match layer {
            BundleLayer::Fleet => &mut self.fleet,
            BundleLayer::Kiosk => &mut self.kiosk,
        }
    }

    /// The applied version of a layer.
    pub fn version(&self, layer: BundleLayer) -> Option<u64> {
        self.layer(layer).current.as_ref().map(|b| b.version)
    }

    /// Remembers that a bundle was decided.
    pub fn remember(&mut self, digest: &str) {
        if !self.seen.iter().any(|d| d == digest) {
            self.seen.push_back(digest.to_owned());
        }
        while self.seen.len() > SEEN_LIMIT {
            self.seen.pop_front();
        }
    }

    /// Makes the candidate the layer's current bundle, not yet confirmed; the
    /// previous confirmed one becomes the last good.
    pub fn install(&mut self, candidate: &Candidate) {
        self.remember(&candidate.bundle.digest);
        let l = self.layer_mut(candidate.layer);
        if l.confirmed {
            l.last_good = l.current.take();
        }
        l.current = Some(StoredBundle {
            version: candidate.bundle.payload.version,
            digest: candidate.bundle.digest.clone(),
            envelope: candidate.envelope.clone(),
        });
        l.confirmed = false;
    }

    /// The current bundle of the layer passed its health check.
    pub fn confirm(&mut self, layer: BundleLayer) {
        self.layer_mut(layer).confirmed = true;
    }

    /// Puts the last good bundle back; returns the version rolled back from.
    pub fn roll_back(&mut self, layer: BundleLayer) -> Option<u64> {
        let l = self.layer_mut(layer);
        let failed = l.current.take().map(|b| b.version);
        l.current = l.last_good.take();
        l.confirmed = true;
        failed
    }
}

impl Context {
    /// The layer a target sets on this kiosk, or `None` when it is for
    /// another fleet or kiosk.
    pub fn layer_for(&self, target: &Target) -> Option<BundleLayer> {
        match target {
            Target::Fleet(f) if *f == self.id.fleet => Some(BundleLayer::Fleet),
            Target::Kiosk(k) if *k == self.id.kiosk => Some(BundleLayer::Kiosk),
            _ => None,
        }
    }

    /// The catalog in effect: the kiosk bundle's when it carries one, else
    /// the fleet bundle's.
    pub fn catalog(&self, state: &ApplyState) -> Option<serde_json::Value> {
        [BundleLayer::Kiosk, BundleLayer::Fleet].iter().find_map(|layer| {
            let stored = state.layer(*layer).current.as_ref()?;
            bundle::verify(stored.envelope.as_bytes(), &self.trust).ok()?.payload.catalog
        })
    }

    /// The effective config of a state: local layers, then the fleet and
    /// kiosk bundles. Bundles that no longer verify (their key was removed
    /// from the trusted set) are left out.
    pub fn effective(&self, state: &ApplyState) -> Result<KioskConfig, settings::ConfigError> {
        let mut layers = self.local_layers.clone();
        for layer in [BundleLayer::Fleet, BundleLayer::Kiosk] {
            if let Some(stored) = &state.layer(layer).current {
                match bundle_layer(self, stored.envelope.as_bytes()) {
                    Ok(l) => layers.push(l),
                    Err(rejection) => tracing::warn!(
                        ?layer,
                        version = stored.version,
                        %rejection,
                        "stored bundle no longer accepted; left out"
                    ),
                }
            }
        }
        settings::load(&layers)
    }
}

fn settings_layer(name: &str, text: &str) -> Result<Layer, Rejection> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        Rejection::Invalid(vec![settings::Problem {
            key: String::from("(settings)"),
            reason: format!("not valid TOML: {}", e.to_string().trim_end()),
        }])
    })?;
    let forbidden = settings::bundle_key_problems(&table);
    if !forbidden.is_empty() {
        return Err(Rejection::Forbidden(forbidden));
    }
    Layer::from_table(name, table, None).map_err(|e| Rejection::Invalid(e.problems()))
}

fn bundle_layer(ctx: &Context, bytes: &[u8]) -> Result<Layer, Rejection> {
    let verified = bundle::verify(bytes, &ctx.trust)?;
    let name = format!("bundle {} v{}", verified.payload.target, verified.payload.version);
    settings_layer(&name, &verified.payload.settings)
}

/// Decides what to do with bundle bytes received at `now`.
pub fn decide(ctx: &Context, state: &ApplyState, bytes: &[u8], now: OffsetDateTime) -> Decision {
    let digest = bundle::digest(bytes);
    if state.seen.iter().any(|d| *d == digest)
        || [&state.fleet, &state.kiosk]
            .iter()
            .any(|l| l.current.as_ref().is_some_and(|b| b.digest == digest))
    {
        return Decision::AlreadySeen;
    }
    let verified = match bundle::verify(bytes, &ctx.trust) {
        Ok(v) => v,
        Err(rejection) => return Decision::Reject { version: None, rejection },
    };
    let p = &verified.payload;
    let reject = |rejection| Decision::Reject { version: Some(p.version), rejection };
    let Some(layer) = ctx.layer_for(&p.target) else {
        let expected = format!("fleet:{} or kiosk:{}", ctx.id.fleet, ctx.id.kiosk);
        return reject(Rejection::WrongTarget { target: p.target.to_string(), expected });
    };
    if let Some(applied) = state.version(layer)
        && p.version <= applied
    {
        return reject(Rejection::NotNewer { version: p.version, applied });
    }
    if let Some(expires_at) = p.expires_at
        && now >= expires_at
    {
        return reject(Rejection::Expired { expires_at });
    }
    let name = format!("bundle {} v{}", p.target, p.version);
    let new_layer = match settings_layer(&name, &p.settings) {
        Ok(l) => l,
        Err(rejection) => return reject(rejection),
    };
    let mut layers = ctx.local_layers.clone();
    for l in [BundleLayer::Fleet, BundleLayer::Kiosk] {
        if l == layer {
            layers.push(new_layer.clone());
        } else if let Some(stored) = &state.layer(l).current
            && let Ok(other) = bundle_layer(ctx, stored.envelope.as_bytes())
        {
            layers.push(other);
        }
    }
    match settings::load(&layers) {
        Ok(config) => Decision::Apply(Box::new(Candidate {
            layer,
            envelope: String::from_utf8_lossy(bytes).into_owned(),
            bundle: verified,
            config,
        })),
        Err(e) => reject(Rejection::Invalid(e.problems())),
    }
}

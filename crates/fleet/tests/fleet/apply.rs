//! The pure apply rules: no broker, no disk, time passed in.

use fleet::Rejection;
use fleet::apply::{ApplyState, BundleLayer, Context, Decision, KioskId, decide};
use fleet::bundle::{TrustedKeys, sign};
use settings::Layer;
use time::OffsetDateTime;
use time::macros::datetime;

use super::{bundle, hq_key, new_hq_key, payload};

fn ctx(trust: TrustedKeys) -> Context {
    Context {
        id: KioskId { fleet: "north".into(), kiosk: "kiosk-07".into() },
        trust,
        local_layers: vec![
            Layer::builtin_defaults().unwrap(),
            Layer::from_toml("site.toml", "[store]\nterminal_id = \"kiosk-07\"\n", None).unwrap(),
        ],
    }
}

fn apply(ctx: &Context, state: &mut ApplyState, bytes: &[u8]) -> settings::KioskConfig {
    match decide(ctx, state, bytes, OffsetDateTime::now_utc()) {
        Decision::Apply(c) => {
            state.install(&c);
            state.confirm(c.layer);
            c.config
        }
        other => panic!("expected apply, got {other:?}"),
    }
}

fn rejection(ctx: &Context, state: &ApplyState, bytes: &[u8], now: OffsetDateTime) -> Rejection {
    match decide(ctx, state, bytes, now) {
        Decision::Reject { rejection, .. } => rejection,
        other => panic!("expected a rejection, got {other:?}"),
    }
}

#[test]
fn the_kiosk_layer_wins_over_the_fleet_layer_whatever_the_order() {
    let ctx = ctx(TrustedKeys::new([hq_key().public()]));
    let mut state = ApplyState::default();
    apply(
        &ctx,
        &mut state,
        &bundle(&hq_key(), 1, "fleet:north", "[payment]\ndeadline_secs = 45\n"),
    );
    let c = apply(
        &ctx,
        &mut state,
        &bundle(&hq_key(), 1, "kiosk:kiosk-07", "[payment]\ndeadline_secs = 50\n"),
    );
    assert_eq!(c.payment.deadline.as_secs(), 50);
    let c = apply(
        &ctx,
        &mut state,
        &bundle(
            &hq_key(),
            2,
            "fleet:north",
            "[payment]\ndeadline_secs = 40\n[store]\nname = \"N\"\n",
        ),
    );
    assert_eq!(c.payment.deadline.as_secs(), 50, "kiosk bundle still wins");
    assert_eq!(c.store.name, "N", "fleet keys the kiosk bundle leaves alone apply");
    assert_eq!(
        (state.version(BundleLayer::Fleet), state.version(BundleLayer::Kiosk)),
        (Some(2), Some(1))
    );
    assert_eq!(ctx.effective(&state).unwrap(), c);
}

#[test]
fn versions_count_per_layer() {
    let ctx = ctx(TrustedKeys::new([hq_key().public()]));
    let mut state = ApplyState::default();
    apply(&ctx, &mut state, &bundle(&hq_key(), 7, "fleet:north", ""));
    // Version 1 of the kiosk layer is newer than nothing, though 1 < 7.
    apply(&ctx, &mut state, &bundle(&hq_key(), 1, "kiosk:kiosk-07", ""));
}

#[test]
fn expiry_is_judged_at_the_time_given() {
    let ctx = ctx(TrustedKeys::new([hq_key().public()]));
    let mut p = payload(1, "fleet:north", "");
    p.expires_at = Some(datetime!(2030-01-01 00:00 UTC));
    let bytes = sign(&p, &[&hq_key()]).unwrap();
    let state = ApplyState::default();
    assert!(matches!(
        decide(&ctx, &state, &bytes, datetime!(2029-12-31 23:59:59 UTC)),
        Decision::Apply(_)
    ));
    let r = rejection(&ctx, &state, &bytes, datetime!(2030-01-01 00:00 UTC));
    assert_eq!(r.to_string(), "expired at 2030-01-01T00:00:00Z");
}

#[test]
fn a_key_removed_from_the_trusted_set_no_longer_verifies() {
    let old_only = sign(&payload(1, "fleet:north", ""), &[&hq_key()]).unwrap();
    let after_rotation = ctx(TrustedKeys::new([new_hq_key().public()]));
    let r =
        rejection(&after_rotation, &ApplyState::default(), &old_only, OffsetDateTime::now_utc());
    assert_eq!(r.code(), "bad_signature");
    assert!(r.to_string().contains(&hq_key().public().key_id()), "{r}");
}

#[test]
fn the_same_bytes_are_decided_once() {
    let ctx = ctx(TrustedKeys::new([hq_key().public()]));
    let mut state = ApplyState::default();
    let bytes = bundle(&hq_key(), 1, "fleet:north", "");
    apply(&ctx, &mut state, &bytes);
    assert_eq!(decide(&ctx, &state, &bytes, OffsetDateTime::now_utc()), Decision::AlreadySeen);
}

#[test]
fn a_rollback_restores_the_last_good_bundle() {
    let ctx = ctx(TrustedKeys::new([hq_key().public()]));
    let mut state = ApplyState::default();
    apply(
        &ctx,
        &mut state,
        &bundle(&hq_key(), 1, "fleet:north", "[payment]\ndeadline_secs = 45\n"),
    );
    let Decision::Apply(c) = decide(
        &ctx,
        &state,
        &bundle(&hq_key(), 2, "fleet:north", "[payment]\ndeadline_secs = 50\n"),
        OffsetDateTime::now_utc(),
    ) else {
        panic!()
    };
    state.install(&c);
    assert_eq!(state.version(BundleLayer::Fleet), Some(2));
    assert_eq!(state.roll_back(BundleLayer::Fleet), Some(2));
    assert_eq!(state.version(BundleLayer::Fleet), Some(1));
    assert_eq!(ctx.effective(&state).unwrap().payment.deadline.as_secs(), 45);
    // The first bundle of a layer rolls back to no bundle at all.
    let mut fresh = ApplyState::default();
    fresh.install(&c);
    fresh.roll_back(BundleLayer::Fleet);
    assert_eq!(fresh.version(BundleLayer::Fleet), None);
    assert_eq!(ctx.effective(&fresh).unwrap().payment.deadline.as_secs(), 30);
}

#[test]
fn every_forbidden_key_is_named() {
    let ctx = ctx(TrustedKeys::new([hq_key().public()]));
    let bytes = bundle(
        &hq_key(),
        1,
        "fleet:north",
        "[gateway]\nalipay_public_key_file = \"k.pem\"\napp_auth_token = \"t\"\n[store]\nterminal_id = \"x\"\n",
    );
    let r = rejection(&ctx, &ApplyState::default(), &bytes, OffsetDateTime::now_utc());
    let text = r.to_string();
    for key in ["gateway.alipay_public_key_file", "gateway.app_auth_token", "store.terminal_id"] {
        assert!(text.contains(key), "{key} not in {text}");
    }
}

// The first staff page: the lane, what is happening now, devices at a
// glance, alarms, and quitting the app.
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import { staffSetLane, staffSetMuted, type Overview } from "../staff-backend";
import {
  ALARM_KEYS,
  CAMERA_KEYS,
  PRINTER_KEYS,
  cameraTone,
  label,
  printerTone,
  type StaffEnv,
} from "./env";
import { BellIcon, CameraIcon, ChevronIcon, GearIcon, PowerIcon, PrintIcon, SoundIcon } from "./icons";
import type { StaffTab } from "./staff-app";

export function OverviewPage({ env, onQuit, goTo }: { env: StaffEnv; onQuit: () => void; goTo: (tab: StaffTab) => void }) {
  const { c, overview } = env;
  if (!overview) return <Loading env={env} />;
  return (
    <div class="staff-page overview" data-testid="staff-overview">
      <div class="ov-grid">
        <LaneCard env={env} overview={overview} />
        <NowCard env={env} overview={overview} />
        <DevicesCard env={env} overview={overview} goTo={goTo} />
        <AlarmsCard env={env} overview={overview} />
      </div>
      <footer class="ov-footer">
        <div class="ov-footer-text">
          <span class="ov-store">
            {c.t("staff-store-terminal", { store: env.info.storeName, terminal: env.info.terminalId })}
          </span>
          <p class="hint">{c.t("staff-quit-hint")}</p>
        </div>
        <button type="button" class="touch secondary danger" data-testid="staff-quit" onClick={onQuit}>
          <PowerIcon />
          <span>{c.t("staff-quit")}</span>
        </button>
      </footer>
    </div>
  );
}

export function Loading({ env }: { env: StaffEnv }) {
  return (
    <div class="staff-page staff-loading" aria-busy="true">
      <span class="mini-spinner" aria-hidden="true" />
      <span>{env.c.t("staff-loading")}</span>
    </div>
  );
}

function LaneCard({ env, overview }: { env: StaffEnv; overview: Overview }) {
  const { c } = env;
  const [busy, setBusy] = useState(false);
  const open = overview.laneOpen;
  const toggle = () => {
    setBusy(true);
    void env.call(() => staffSetLane(!open)).then((o) => {
      setBusy(false);
      if (!o) return;
      env.setOverview(o);
      env.toast(c.t(o.laneOpen ? "staff-lane-opened" : "staff-lane-closed-now"));
    });
  };
  return (
    <section class={`card lane-card lane-${open ? "open" : "closed"}`} data-testid="staff-lane">
      <h2 class="card-title">{c.t("staff-lane-title")}</h2>
      <div class="lane-state">
        <span class={`status-dot ${open ? "tone-good" : "tone-bad"}`} aria-hidden="true" />
        <strong>{c.t(open ? "staff-lane-open" : "staff-lane-closed")}</strong>
      </div>
      <p class="hint">{c.t(open ? "staff-lane-open-hint" : "staff-lane-closed-hint")}</p>
      <button
        type="button"
        class={`touch ${open ? "secondary danger" : "primary"} lane-toggle`}
        data-testid="staff-lane-toggle"
        data-lane={open ? "open" : "closed"}
        aria-pressed={!open}
        disabled={busy}
        onClick={toggle}
      >
        {c.t(open ? "staff-lane-close" : "staff-lane-reopen")}
      </button>
    </section>
  );
}

function NowCard({ env, overview }: { env: StaffEnv; overview: Overview }) {
  const { c } = env;
  const [busy, setBusy] = useState(false);
  const muted = overview.soundsMuted;
  const toggleMute = () => {
    setBusy(true);
    void env.call(() => staffSetMuted(!muted)).then((o) => {
      setBusy(false);
      if (o) env.setOverview(o);
    });
  };
  return (
    <section class="card now-card">
      <h2 class="card-title">{c.t("staff-status-title")}</h2>
      <div
        class={`status-line ${overview.paymentRunning ? "tone-warn" : "tone-good"}`}
        data-testid="staff-payment"
        data-running={overview.paymentRunning ? "true" : "false"}
      >
        <span class={`status-dot ${overview.paymentRunning ? "tone-warn pulse" : "tone-good"}`} aria-hidden="true" />
        <span>{c.t(overview.paymentRunning ? "staff-payment-running" : "staff-payment-idle")}</span>
      </div>
      <button
        type="button"
        class={`touch secondary mute-toggle${muted ? " on" : ""}`}
        data-testid="staff-mute"
        data-muted={muted ? "true" : "false"}
        aria-pressed={muted}
        disabled={busy}
        onClick={toggleMute}
      >
        <SoundIcon muted={muted} />
        <span>{c.t(muted ? "staff-sounds-off" : "staff-sounds-on")}</span>
      </button>
    </section>
  );
}

function DevicesCard({ env, overview, goTo }: { env: StaffEnv; overview: Overview; goTo: (tab: StaffTab) => void }) {
  const { c } = env;
  const { printer, camera, config } = overview;
  const version = config.kioskVersion ?? config.fleetVersion;
  const row = (tab: StaffTab, icon: ComponentChildren, name: string, tone: string, state: string) => (
    <button type="button" class="touch device-row" data-testid={`staff-device-${tab}`} onClick={() => goTo(tab)}>
      {icon}
      <span class="device-text">
        <span class="device-name">{name}</span>
        <span class={`chip tone-${tone}`}>{state}</span>
      </span>
      <ChevronIcon />
    </button>
  );
  return (
    <section class="card devices-card">
      <h2 class="card-title">{c.t("staff-devices-title")}</h2>
      {row("printer", <PrintIcon />, c.t("staff-tab-printer"), printerTone(printer.status), label(c, PRINTER_KEYS, printer.status))}
      {row("camera", <CameraIcon />, c.t("staff-tab-camera"), cameraTone(camera.health), label(c, CAMERA_KEYS, camera.health))}
      {row(
        "config",
        <GearIcon />,
        c.t("staff-tab-config"),
        config.lastRejected ? "warn" : "neutral",
        version === null ? c.t("staff-config-builtin") : c.t("staff-version", { version }),
      )}
    </section>
  );
}

function AlarmsCard({ env, overview }: { env: StaffEnv; overview: Overview }) {
  const { c, clock } = env;
  const alarms = overview.alarms;
  return (
    <section class="card alarms-card" data-testid="staff-alarms" data-count={alarms.length}>
      <h2 class="card-title">
        <BellIcon />
        <span>{c.t("staff-alarms-title")}</span>
        {alarms.length > 0 && <span class="count-badge">{env.count(alarms.length)}</span>}
      </h2>
      {alarms.length === 0 ? (
        <p class="empty">{c.t("staff-alarms-none")}</p>
      ) : (
        <ul class="alarm-list scroll">
          {alarms.map((a, i) => (
            <li key={`${a.atMs}-${i}`} class="alarm">
              <span class="alarm-time">{clock(a.atMs)}</span>
              <span class="alarm-kind">{label(c, ALARM_KEYS, a.kind)}</span>
              <span class="alarm-detail">
                <bdi>{a.detail}</bdi>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

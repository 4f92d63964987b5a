// Maintenance mode: a full-screen staff UI in place of the customer screens.
// A header (who is signed in, the session countdown, language, exit), big
// tabs on the start side, the page on the rest. The overview is polled every
// POLL_MS; a "not_staff" answer to any command means the session is over and
// the kiosk goes back to customer mode.
import type { ComponentChildren } from "preact";
import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { isUiError, type KioskInfo, type UiError } from "../backend";
import type { Catalog } from "../i18n";
import { formatCount, formatMoney } from "../money";
import { AlertIcon, GlobeIcon } from "../parts";
import { setMuted } from "../sounds";
import { staffExit, staffOverview, staffQuit, type Overview, type StaffSession } from "../staff-backend";
import { CameraPage } from "./camera";
import { ConfigPage } from "./config";
import type { StaffEnv } from "./env";
import { formatClock, formatDay, formatDuration, formatWhen } from "./format";
import {
  CameraIcon,
  ExitIcon,
  GearIcon,
  HomeIcon,
  ListIcon,
  LogIcon,
  PersonIcon,
  PrintIcon,
  ScaleIcon,
  ShieldIcon,
  WrenchIcon,
} from "./icons";
import { JournalPage, TODAY, type JournalQuery } from "./journal";
import { OverviewPage } from "./overview";
import { PrinterPage } from "./printer";
import { ReconcilePage } from "./reconcile";
import { AuditPage, LogsPage } from "./records";
import { ConfirmDialog } from "./sheet";

export const POLL_MS = 2000;
const TOAST_MS = 4000;
/** The session countdown turns amber this close to the end. */
const SESSION_WARN_SECS = 30;

export type StaffTab = "overview" | "journal" | "reconcile" | "printer" | "camera" | "config" | "logs" | "audit";

const TABS: { tab: StaffTab; key: string; icon: () => ComponentChildren }[] = [
  { tab: "overview", key: "staff-tab-overview", icon: () => <HomeIcon size={28} /> },
  { tab: "journal", key: "staff-tab-journal", icon: () => <ListIcon size={28} /> },
  { tab: "reconcile", key: "staff-tab-reconcile", icon: () => <ScaleIcon size={28} /> },
  { tab: "printer", key: "staff-tab-printer", icon: () => <PrintIcon size={28} /> },
  { tab: "camera", key: "staff-tab-camera", icon: () => <CameraIcon size={28} /> },
  { tab: "config", key: "staff-tab-config", icon: () => <GearIcon size={28} /> },
  { tab: "logs", key: "staff-tab-logs", icon: () => <LogIcon size={28} /> },
  { tab: "audit", key: "staff-tab-audit", icon: () => <ShieldIcon size={28} /> },
];

export function StaffApp(props: {
  info: KioskInfo;
  /** The staff language's messages. */
  c: Catalog;
  session: StaffSession;
  /** Switches to the next of the kiosk's languages. */
  onLanguage: () => void;
  /** The session is over (exit, or the backend ended it): back to customer mode. */
  onEnded: () => void;
  /** The last code a handheld scanner typed: looked up in the journal. */
  scan: { code: string; seq: number } | null;
}) {
  const { info, c, onLanguage } = props;
  const [overview, setOverviewState] = useState<Overview | null>(null);
  const [tab, setTab] = useState<StaffTab>("overview");
  const [error, setError] = useState<UiError | null>(null);
  const [toastState, setToast] = useState<{ text: string; id: number } | null>(null);
  const [query, setQuery] = useState<JournalQuery>(TODAY);
  const [openTrade, setOpenTrade] = useState<string | null>(null);
  const [quitAsked, setQuitAsked] = useState(false);
  const [quitting, setQuitting] = useState(false);
  const ended = useRef(props.onEnded);
  ended.current = props.onEnded;
  const finished = useRef(false);
  const toastId = useRef(1);

  const end = useCallback(() => {
    if (finished.current) return;
    finished.current = true;
    ended.current();
  }, []);

  const call = useCallback(
    async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await action();
      } catch (e) {
        if (isUiError(e) && e.code === "not_staff") {
          end();
          return undefined;
        }
        console.error("staff command failed:", e);
        setError(isUiError(e) ? { code: e.code, message: e.message } : { code: "internal", message: String(e) });
        return undefined;
      }
    },
    [end],
  );

  const setOverview = useCallback((o: Overview) => {
    setOverviewState(o);
    setMuted(o.soundsMuted);
  }, []);

  // The overview (and with it the session's countdown), every POLL_MS.
  useEffect(() => {
    let live = true;
    const poll = () =>
      void call(staffOverview).then((o) => {
        if (live && o) setOverview(o);
      });
    poll();
    const id = setInterval(poll, POLL_MS);
    return () => {
      live = false;
      clearInterval(id);
    };
  }, [call, setOverview]);

  useEffect(() => {
    if (!toastState) return undefined;
    const timer = setTimeout(() => setToast((t) => (t?.id === toastState.id ? null : t)), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toastState]);

  // A scanned receipt (or typed trade number) opens the journal on it.
  useEffect(() => {
    if (!props.scan) return;
    setTab("journal");
    setOpenTrade(null);
    setQuery({ ...TODAY, fromDay: null, toDay: null, tradeNo: props.scan.code });
  }, [props.scan]);

  const session = overview?.session ?? props.session;
  const left = useSessionLeft(session, call, end);

  const env = useMemo<StaffEnv>(() => {
    const exponent = overview?.currencyExponent ?? info.currencyExponent;
    const storeCurrency = overview?.currency ?? info.currency;
    return {
      c,
      info,
      overview,
      setOverview,
      money: (minor, currency = storeCurrency) =>
        formatMoney(minor, { locale: c.tag, currency, exponent: currency === storeCurrency ? exponent : 2 }),
      count: (n) => formatCount(n, c.tag),
      when: (ms) => formatWhen(ms, c.tag),
      clock: (ms) => formatClock(ms, c.tag),
      day: (d) => formatDay(d, c.tag),
      call,
      toast: (text) => setToast({ text, id: toastId.current++ }),
      openTrade: (no) => {
        setTab("journal");
        setOpenTrade(no);
      },
    };
  }, [c, info, overview, setOverview, call]);

  // Commands that answer nothing say `true` here, so that success and failure differ.
  const exit = () => {
    void call(async () => {
      await staffExit();
      return true;
    }).then((ok) => {
      if (ok) end();
    });
  };

  return (
    <main class="staff" data-screen="staff" data-tab={tab} lang={c.tag} dir={c.dir}>
      <header class="staff-header">
        <div class="staff-brand">
          <span class="staff-brand-mark" aria-hidden="true">
            <WrenchIcon size={34} />
          </span>
          <div class="staff-brand-text">
            <h1>{c.t("staff-title")}</h1>
            <p>{c.t("staff-store-terminal", { store: info.storeName, terminal: info.terminalId })}</p>
          </div>
        </div>
        <div
          class={`staff-who${left <= SESSION_WARN_SECS ? " ending" : ""}`}
          data-testid="staff-session"
          data-staff-id={session.staffId}
        >
          <PersonIcon />
          <div class="staff-who-text">
            <span class="staff-name">
              <bdi>{session.staffName}</bdi>
            </span>
            <span class="staff-left" data-testid="staff-session-left" data-seconds={left}>
              {c.t("staff-session-left", { time: formatDuration(left, c.tag) })}
            </span>
          </div>
        </div>
        <button type="button" class="touch staff-tool" data-testid="staff-language" onClick={onLanguage}>
          <GlobeIcon />
          <span>{c.nativeName}</span>
        </button>
        <button type="button" class="touch primary staff-exit" data-testid="staff-exit" onClick={exit}>
          <ExitIcon />
          <span>{c.t("staff-exit")}</span>
        </button>
      </header>

      <div class="staff-body">
        <nav class="staff-nav" aria-label={c.t("staff-title")}>
          {TABS.map(({ tab: t, key, icon }) => (
            <button
              key={t}
              type="button"
              class={`touch staff-tab${t === tab ? " active" : ""}`}
              data-testid={`staff-tab-${t}`}
              aria-current={t === tab ? "page" : undefined}
              onClick={() => {
                setTab(t);
                if (t === "journal") setOpenTrade(null);
              }}
            >
              {icon()}
              <span>{c.t(key)}</span>
            </button>
          ))}
        </nav>

        <section class="staff-content">
          {error && (
            <div class="staff-error" data-testid="staff-error" data-code={error.code} role="alert">
              <span class="staff-error-mark" aria-hidden="true">
                <AlertIcon size={32} />
              </span>
              <div class="staff-error-text">
                <strong>{c.t("staff-error", { code: error.code })}</strong>
                <span class="mono" dir="ltr">
                  {error.message}
                </span>
              </div>
              <button
                type="button"
                class="touch secondary"
                data-testid="staff-error-dismiss"
                onClick={() => setError(null)}
              >
                {c.t("staff-dismiss")}
              </button>
            </div>
          )}
          <Page
            tab={tab}
            env={env}
            query={query}
            setQuery={setQuery}
            openTrade={openTrade}
            setOpenTrade={setOpenTrade}
            onQuit={() => setQuitAsked(true)}
            goTo={setTab}
          />
        </section>
      </div>

      {toastState && (
        <div class="staff-toast" data-testid="staff-toast" role="status">
          {toastState.text}
        </div>
      )}

      {quitAsked && (
        <ConfirmDialog
          c={c}
          testId="staff-quit-confirm"
          title={c.t("staff-quit-title")}
          body={c.t(quitting ? "staff-quitting" : "staff-quit-body")}
          yes={c.t("staff-quit-yes")}
          yesTestId="staff-quit-yes"
          noTestId="staff-quit-no"
          danger
          busy={quitting}
          onNo={() => setQuitAsked(false)}
          onYes={() => {
            setQuitting(true);
            void call(async () => {
              await staffQuit();
              return true;
            }).then((ok) => {
              if (!ok) {
                setQuitting(false);
                setQuitAsked(false);
              }
            });
          }}
        />
      )}
    </main>
  );
}

/**
 * Seconds until the session ends: the backend's count (from the last
 * overview, counted down here between polls), but never more than the idle
 * time since the last touch on this screen. The UI keeps its own count as a
 * guard: should the backend take the 2 s overview poll for activity, an
 * unattended session would otherwise never end. When the UI's count runs out
 * it ends the session itself.
 */
function useSessionLeft(
  session: StaffSession,
  call: <T>(action: () => Promise<T>) => Promise<T | undefined>,
  end: () => void,
): number {
  const [now, setNow] = useState(Date.now());
  const received = useRef({ session, at: Date.now() });
  if (received.current.session !== session) received.current = { session, at: Date.now() };
  /** The whole idle time: the most seconds ever reported (right after sign-in it is all of it). */
  const idleTotal = useRef(session.idleSecsLeft);
  idleTotal.current = Math.max(idleTotal.current, session.idleSecsLeft);
  const lastTouch = useRef(Date.now());
  const ending = useRef(false);

  useEffect(() => {
    const touched = () => {
      lastTouch.current = Date.now();
    };
    document.addEventListener("pointerdown", touched, { capture: true, passive: true });
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => {
      document.removeEventListener("pointerdown", touched, { capture: true });
      clearInterval(id);
    };
  }, []);

  const backendLeft = received.current.session.idleSecsLeft - Math.floor((now - received.current.at) / 1000);
  const uiLeft = idleTotal.current - Math.floor((now - lastTouch.current) / 1000);
  useEffect(() => {
    if (uiLeft > 0 || ending.current) return;
    ending.current = true;
    void call(staffExit).finally(end);
  }, [uiLeft <= 0]);
  return Math.max(0, Math.min(backendLeft, uiLeft));
}

function Page(props: {
  tab: StaffTab;
  env: StaffEnv;
  query: JournalQuery;
  setQuery: (q: JournalQuery) => void;
  openTrade: string | null;
  setOpenTrade: (no: string | null) => void;
  onQuit: () => void;
  goTo: (tab: StaffTab) => void;
}) {
  const { env } = props;
  switch (props.tab) {
    case "overview":
      return <OverviewPage env={env} onQuit={props.onQuit} goTo={props.goTo} />;
    case "journal":
      return (
        <JournalPage
          env={env}
          query={props.query}
          setQuery={props.setQuery}
          open={props.openTrade}
          setOpen={props.setOpenTrade}
        />
      );
    case "reconcile":
      return <ReconcilePage env={env} />;
    case "printer":
      return <PrinterPage env={env} />;
    case "camera":
      return <CameraPage env={env} />;
    case "config":
      return <ConfigPage env={env} />;
    case "logs":
      return <LogsPage env={env} />;
    case "audit":
      return <AuditPage env={env} />;
  }
}

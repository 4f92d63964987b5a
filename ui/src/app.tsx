import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import {
  activity,
  cancel,
  checkoutView,
  chooseLanguage,
  demoCodes,
  isUiError,
  kioskInfo,
  onCheckoutView,
  scanned,
  type CheckoutState,
  type CheckoutView,
  type DemoCode,
  type KioskInfo,
} from "./backend";
import type { Env } from "./env";
import { catalog, type Catalog } from "./i18n";
import { formatCount, formatMoney } from "./money";
import { listenWedge } from "./scanner";
import { Attract } from "./screens/attract";
import { Closed } from "./screens/closed";
import { Done } from "./screens/done";
import { Failed } from "./screens/failed";
import { LanguagePicker } from "./screens/language-picker";
import { DemoStrip, IdlePrompt, isInfoNotice, NoticeBanner, Resetting, type ShownNotice } from "./screens/overlays";
import { Paying } from "./screens/paying";
import { Processing } from "./screens/processing";
import { Shopping } from "./screens/shopping";
import { play, setMuted } from "./sounds";
import { StaffCorners } from "./staff/corners";
import { PinPad } from "./staff/pin-pad";
import { StaffApp } from "./staff/staff-app";
import { onStaffBadge, type StaffBadge, type StaffSession } from "./staff-backend";

/** At most one activity() per this many ms: touches must never queue up calls. */
export const ACTIVITY_THROTTLE_MS = 2000;
/** How long a notice stays up. */
const NOTICE_MS = 7000;
/** After a failed start-up, try again this often (the kiosk is unattended). */
const RETRY_START_MS = 5000;
/** States without a session: touches there do not keep a session alive. */
const NO_SESSION: ReadonlySet<CheckoutState> = new Set<CheckoutState>(["attract", "closed"]);

/** Applies the locale to the document: `lang` picks the right CJK glyphs, `dir` mirrors RTL. */
export function applyLocale(c: Catalog): void {
  document.documentElement.lang = c.tag;
  document.documentElement.dir = c.dir;
}

function isCheckoutView(value: unknown): value is CheckoutView {
  return typeof value === "object" && value !== null && "state" in value && "cart" in value;
}

function describe(e: unknown): string {
  return isUiError(e) ? `${e.code}: ${e.message}` : String(e);
}

interface Shown {
  notice: ShownNotice;
  /** Distinguishes two equal notices in a row. */
  id: number;
}

export function App() {
  const [info, setInfo] = useState<KioskInfo | null>(null);
  const [view, setView] = useState<CheckoutView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [largerText, setLargerText] = useState(false);
  const [codes, setCodes] = useState<DemoCode[]>([]);
  const viewRef = useRef<CheckoutView | null>(null);
  const lastSeq = useRef(0);
  /** Shows `v` unless a newer view was already shown (answers and pushes can cross). */
  const accept = useCallback((v: CheckoutView) => {
    const seq = v.seq ?? 0;
    if (seq < lastSeq.current) return;
    lastSeq.current = seq;
    // Staff may mute or unmute the sounds at any time: every view says which.
    if (typeof v.soundsMuted === "boolean") setMuted(v.soundsMuted);
    setView(v);
  }, []);
  viewRef.current = view;
  const nextId = useRef(1);
  // Maintenance mode: the PIN pad over the customer screen, then the staff UI.
  /** The PIN pad is up; `badge`: opened by a staff badge QR (whose holder it greets). */
  const [pad, setPad] = useState<{ badge: StaffBadge | null } | null>(null);
  const [staff, setStaff] = useState<StaffSession | null>(null);
  const [staffLang, setStaffLang] = useState<string | null>(null);
  const [staffScan, setStaffScan] = useState<{ code: string; seq: number } | null>(null);
  const staffRef = useRef<StaffSession | null>(null);
  staffRef.current = staff;

  const showNotice = useCallback((notice: ShownNotice) => {
    setShown({ notice, id: nextId.current++ });
    if (!isInfoNotice(notice)) play("error");
  }, []);

  /** Runs a command; a returned view is shown at once, an error becomes a notice. */
  const run = useCallback(
    (action: () => Promise<unknown>) => {
      let pending: Promise<unknown>;
      try {
        pending = action();
      } catch (e) {
        pending = Promise.reject(e);
      }
      pending.then(
        (result) => {
          if (isCheckoutView(result)) accept(result);
        },
        (e: unknown) => {
          console.error(`command failed: ${describe(e)}`, e);
          showNotice({ kind: "error" });
        },
      );
    },
    [showNotice, accept],
  );

  // Start-up: who we are, then follow the backend's view. Subscribe before
  // asking for the current view so no push is missed in between.
  useEffect(() => {
    let disposed = false;
    let unlisten: (() => void) | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    const start = async () => {
      try {
        const i = await kioskInfo();
        let pushed = false;
        const un = await onCheckoutView((v) => {
          pushed = true;
          if (!disposed) accept(v);
        });
        if (disposed) {
          un();
          return;
        }
        unlisten = un;
        const v = await checkoutView();
        if (disposed) return;
        if (!pushed) accept(v);
        setMuted(i.soundsMuted);
        setInfo(i);
        setFailure(null);
      } catch (e) {
        console.error(`start-up failed: ${describe(e)}`, e);
        unlisten?.();
        unlisten = null;
        if (disposed) return;
        setFailure(describe(e));
        retryTimer = setTimeout(() => void start(), RETRY_START_MS);
      }
    };
    void start();
    return () => {
      disposed = true;
      clearTimeout(retryTimer);
      unlisten?.();
    };
  }, []);

  // Demo mode: the simulate strip.
  useEffect(() => {
    if (!info?.demo) return;
    demoCodes().then(setCodes, (e: unknown) => console.error(`demo codes: ${describe(e)}`, e));
  }, [info?.demo]);

  // Any touch keeps the session alive (throttled, fire-and-forget).
  useEffect(() => {
    let last = Number.NEGATIVE_INFINITY;
    const onDown = () => {
      const state = viewRef.current?.state;
      if (!state || NO_SESSION.has(state) || staffRef.current) return;
      const now = Date.now();
      if (now - last < ACTIVITY_THROTTLE_MS) return;
      last = now;
      activity().catch((e: unknown) => console.error(`activity: ${describe(e)}`, e));
    };
    document.addEventListener("pointerdown", onDown, { capture: true, passive: true });
    return () => document.removeEventListener("pointerdown", onDown, { capture: true });
  }, []);

  // The handheld scanner types codes at document level.
  // In maintenance mode a scanned code (a receipt's trade number) goes to the journal.
  useEffect(
    () =>
      listenWedge(document, (code) => {
        if (staffRef.current) setStaffScan((s) => ({ code, seq: (s?.seq ?? 0) + 1 }));
        else run(() => scanned(code));
      }),
    [run],
  );

  // A staff badge QR read by the camera opens the PIN pad, like the corner long-press.
  useEffect(() => {
    let live = true;
    let stop: (() => void) | null = null;
    onStaffBadge((badge) => {
      if (live && !staffRef.current) setPad({ badge });
    }).then(
      (u) => (live ? (stop = u) : u()),
      (e: unknown) => console.error(`staff badge: ${describe(e)}`, e),
    );
    return () => {
      live = false;
      stop?.();
    };
  }, []);

  // Sounds and notices follow what the backend pushes.
  const previous = useRef<CheckoutView | null>(null);
  useEffect(() => {
    if (!view) return;
    const before = previous.current;
    previous.current = view;
    if (before && view.scanSeq > before.scanSeq) play("scan");
    if (view.notice && view.noticeSeq !== before?.noticeSeq) showNotice(view.notice);
    const paidNow = view.result?.kind === "paid" && before?.result?.kind !== "paid";
    const failedNow = view.state === "failed" && before?.state !== "failed";
    if (before && paidNow) play("success");
    if (before && failedNow) play("error");
    // Larger text lasts for one customer: off when the session is back to attract.
    if (view.state === "attract" && before && before.state !== "attract") setLargerText(false);
  }, [view, showNotice]);

  // Notices go away by themselves.
  useEffect(() => {
    if (!shown) return undefined;
    const timer = setTimeout(() => setShown((s) => (s?.id === shown.id ? null : s)), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [shown]);

  useEffect(() => {
    // Larger text is for customers; maintenance mode has its own sizes.
    document.documentElement.classList.toggle("larger-text", largerText && !staff);
  }, [largerText, staff]);

  const defaultLang = info?.defaultLanguage ?? "en";
  const staffTag = staffLang ?? defaultLang;
  const lang = staff ? staffTag : (view?.language ?? defaultLang);
  const c = useMemo(() => catalog(lang), [lang]);
  useEffect(() => applyLocale(c), [c]);

  const env = useMemo<Env | null>(() => {
    if (!info || !view) return null;
    const money = { locale: c.tag, currency: info.currency, exponent: info.currencyExponent };
    return {
      c,
      info,
      view,
      money: (minor) => formatMoney(minor, money),
      count: (n) => formatCount(n, c.tag),
      run,
      largerText,
      toggleLargerText: () => setLargerText((v) => !v),
    };
  }, [c, info, view, run, largerText]);

  if (failure && !env) {
    return (
      <main class="screen out-of-order" role="alert">
        <h1>Out of order · 暂停服务</h1>
        <p class="detail">{failure}</p>
      </main>
    );
  }
  if (!env) return <main class="screen loading" aria-busy="true" />;

  if (staff) {
    return (
      <StaffApp
        info={env.info}
        c={c}
        session={staff}
        scan={staffScan}
        onLanguage={() => {
          const tags = env.info.languages;
          const next = tags[(tags.indexOf(staffTag) + 1) % tags.length] ?? defaultLang;
          setStaffLang(next);
        }}
        onEnded={() => {
          setStaff(null);
          setStaffLang(null);
          setStaffScan(null);
          run(checkoutView);
        }}
      />
    );
  }

  return (
    <div class={`kiosk state-${env.view.state}`}>
      <div class="stage">
        <StaffCorners onLongPress={() => setPad((p) => p ?? { badge: null })} />
        <Screen env={env} />
        {shown && (
          <NoticeBanner
            c={c}
            notice={shown.notice}
            network={env.view.paymentNetwork}
            onDismiss={() => setShown(null)}
          />
        )}
        {env.view.idle && !env.view.resetting && <IdlePrompt env={env} />}
        {env.view.resetting && <Resetting c={c} />}
        {pad && (
          <PinPad
            c={catalog(staffTag)}
            badge={pad.badge}
            onClose={() => setPad(null)}
            onLogin={(session) => {
              setPad(null);
              setShown(null);
              setStaff(session);
            }}
          />
        )}
      </div>
      {env.info.demo && codes.length > 0 && <DemoStrip env={env} codes={codes} />}
    </div>
  );
}

function Screen({ env }: { env: Env }) {
  switch (env.view.state) {
    case "attract":
      return <Attract env={env} />;
    case "language":
      return (
        <LanguagePicker
          env={env}
          onPick={(tag) => env.run(() => chooseLanguage(tag))}
          onBack={() => env.run(cancel)}
        />
      );
    case "shopping":
      return <Shopping env={env} />;
    case "paying":
      return <Paying env={env} />;
    case "processing":
      return <Processing env={env} />;
    case "done":
      return <Done env={env} />;
    case "failed":
      return <Failed env={env} />;
    case "closed":
      return <Closed env={env} />;
  }
}

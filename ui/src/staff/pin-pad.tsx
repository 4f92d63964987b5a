// The staff PIN pad, over the customer screen. It asks the backend whether
// entry is locked when it opens, sends the PIN on OK and shows the answer:
// wrong (tries left), locked (a countdown), or waiting for a payment (then it
// tries the same PIN again every second until the answer changes). Nobody
// touching it for PAD_IDLE_MS closes it.
import { useEffect, useRef, useState } from "preact/hooks";
import { isUiError } from "../backend";
import type { Catalog } from "../i18n";
import { staffLogin, staffPad, type StaffBadge, type StaffSession } from "../staff-backend";
import { formatDuration } from "./format";
import { Keypad } from "./keypad";
import { WrenchIcon } from "./icons";

export const PIN_MIN = 4;
export const PIN_MAX = 8;
export const PAD_IDLE_MS = 30_000;
export const WAIT_RETRY_MS = 1000;

type Message =
  | { kind: "wrong"; attemptsLeft: number }
  | { kind: "locked"; until: number }
  | { kind: "waiting" }
  | { kind: "error"; code: string };

export function PinPad(props: {
  c: Catalog;
  /** The staff badge that opened the pad, if one did. */
  badge?: StaffBadge | null;
  onLogin: (session: StaffSession) => void;
  onClose: () => void;
}) {
  const { c } = props;
  const [pin, setPin] = useState("");
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(Date.now());
  const alive = useRef(true);
  const handlers = useRef(props);
  handlers.current = props;
  const idleTimer = useRef<ReturnType<typeof setTimeout>>();
  const retryTimer = useRef<ReturnType<typeof setTimeout>>();

  const touched = () => {
    clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(() => handlers.current.onClose(), PAD_IDLE_MS);
  };

  const fail = (e: unknown) => {
    console.error("staff login:", e);
    setMessage({ kind: "error", code: isUiError(e) ? e.code : "internal" });
  };

  useEffect(() => {
    alive.current = true;
    touched();
    staffPad().then((pad) => {
      if (alive.current && pad.lockedSecs !== null && pad.lockedSecs > 0) {
        setMessage({ kind: "locked", until: Date.now() + pad.lockedSecs * 1000 });
      }
    }, fail);
    return () => {
      alive.current = false;
      clearTimeout(idleTimer.current);
      clearTimeout(retryTimer.current);
    };
  }, []);

  const locked = message?.kind === "locked" && message.until > now;
  const waiting = message?.kind === "waiting";

  // The lock countdown.
  useEffect(() => {
    if (message?.kind !== "locked") return undefined;
    const id = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= message.until) {
        clearInterval(id);
        setMessage(null);
      }
    }, 250);
    return () => clearInterval(id);
  }, [message]);

  const login = (entered: string) => {
    setBusy(true);
    // The last answer goes while this one is being checked (waiting stays up between retries).
    setMessage((m) => (m?.kind === "waiting" ? m : null));
    staffLogin(entered).then(
      (result) => {
        if (!alive.current) return;
        setBusy(false);
        switch (result.kind) {
          case "ok":
            handlers.current.onLogin(result.session);
            return;
          case "wrong":
            setPin("");
            setMessage({ kind: "wrong", attemptsLeft: result.attemptsLeft });
            return;
          case "locked":
            setPin("");
            setNow(Date.now());
            setMessage({ kind: "locked", until: Date.now() + result.secondsLeft * 1000 });
            return;
          case "waiting_for_payment":
            setMessage({ kind: "waiting" });
            retryTimer.current = setTimeout(() => {
              if (alive.current) login(entered);
            }, WAIT_RETRY_MS);
            return;
        }
      },
      (e: unknown) => {
        if (!alive.current) return;
        setBusy(false);
        setPin("");
        fail(e);
      },
    );
  };

  const onKey = (key: string) => {
    if (key === "clear") setPin("");
    else if (key === "back") setPin((p) => p.slice(0, -1));
    else if (/^[0-9]$/.test(key)) setPin((p) => (p.length < PIN_MAX ? p + key : p));
  };

  const blocked = locked || waiting || busy;
  const slots = Math.max(PIN_MIN, pin.length);
  return (
    <div
      class="overlay pin-overlay"
      lang={c.tag}
      dir={c.dir}
      data-testid="pin-pad"
      role="dialog"
      aria-modal="true"
      aria-labelledby="pin-title"
      onPointerDownCapture={touched}
    >
      <div class="pin-modal">
        <div class="pin-head">
          <span class="pin-mark" aria-hidden="true">
            <WrenchIcon size={40} />
          </span>
          <div>
            <h2 id="pin-title">{c.t("staff-pin-title")}</h2>
            <p class="pin-prompt">
              {props.badge ? (
                <span data-testid="pin-badge">{c.t("staff-pin-badge", { name: props.badge.staffName })}</span>
              ) : (
                c.t("staff-pin-prompt")
              )}
            </p>
          </div>
        </div>
        <div class="pin-dots" data-testid="pin-dots" data-length={pin.length} aria-label={c.t("staff-pin-prompt")}>
          {Array.from({ length: slots }, (_, i) => (
            <span key={i} class={`pin-dot${i < pin.length ? " filled" : ""}`} />
          ))}
        </div>
        <div class="pin-message" aria-live="assertive">
          {message && <PinMessage c={c} message={message} now={now} />}
        </div>
        <Keypad c={c} mode="digits" prefix="pin-key" onKey={onKey} disabled={blocked} />
        <div class="pin-actions">
          <button type="button" class="touch secondary" data-testid="pin-cancel" onClick={() => props.onClose()}>
            {c.t("staff-cancel")}
          </button>
          <button
            type="button"
            class="touch primary"
            data-testid="pin-ok"
            disabled={blocked || pin.length < PIN_MIN}
            onClick={() => login(pin)}
          >
            {c.t("staff-pin-ok")}
          </button>
        </div>
      </div>
    </div>
  );
}

function PinMessage({ c, message, now }: { c: Catalog; message: Message; now: number }) {
  switch (message.kind) {
    case "wrong":
      return (
        <p class="pin-error tone-bad" data-testid="pin-error" data-kind="wrong" role="alert">
          {c.t("staff-pin-wrong", { left: message.attemptsLeft })}
        </p>
      );
    case "locked": {
      const secs = Math.max(0, Math.ceil((message.until - now) / 1000));
      return (
        <p class="pin-error tone-bad" data-testid="pin-error" data-kind="locked" data-seconds={secs} role="alert">
          {c.t("staff-pin-locked", { time: formatDuration(secs, c.tag) })}
        </p>
      );
    }
    case "waiting":
      return (
        <p class="pin-error tone-warn" data-testid="pin-error" data-kind="waiting_for_payment" role="status">
          <span class="mini-spinner" aria-hidden="true" />
          {c.t("staff-pin-waiting")}
        </p>
      );
    case "error":
      return (
        <p class="pin-error tone-bad" data-testid="pin-error" data-kind="error" role="alert">
          {c.t("staff-pin-failed", { code: message.code })}
        </p>
      );
  }
}

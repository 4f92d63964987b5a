import { useRef } from "preact/hooks";
import { activity, demoShow, type DemoCode, type Notice, type PaymentNetwork } from "../backend";
import type { Env } from "../env";
import type { Catalog } from "../i18n";
import { AlertIcon, CheckIcon, CountdownRing, useCountdown } from "../parts";

/** "Still there?": the session starts over when the countdown ends. */
export function IdlePrompt({ env }: { env: Env }) {
  const { c, view, count } = env;
  const left = useCountdown(view.idle?.secondsLeft ?? null, view) ?? 0;
  // The prompt's whole span: the most seconds seen since it came up.
  const longest = useRef(0);
  longest.current = Math.max(longest.current, view.idle?.secondsLeft ?? 0, left);
  const total = longest.current;
  return (
    <div class="overlay idle-overlay" data-testid="idle-prompt" role="alertdialog" aria-modal="true">
      <div class="modal idle-modal">
        <h2 class="idle-title">{c.t("idle-title")}</h2>
        <CountdownRing
          seconds={left}
          total={total > 0 ? total : 1}
          label={c.t("processing-seconds", { seconds: left })}
          locale={count}
          tone="amber"
        />
        <p>{c.t("idle-body")}</p>
        <button
          type="button"
          class="touch primary big"
          data-testid="idle-still-here"
          onClick={() => env.run(activity)}
        >
          {c.t("idle-still-here")}
        </button>
      </div>
    </div>
  );
}

/** A reset waits for the payment core to settle a payment. */
export function Resetting({ c }: { c: Catalog }) {
  return (
    <div class="overlay resetting-overlay" data-testid="resetting" role="status" aria-busy="true">
      <div class="spinner" aria-hidden="true" />
      <h2>{c.t("common-please-wait")}</h2>
      <p>{c.t("common-resetting")}</p>
    </div>
  );
}

/** A notice to show: one from the backend, or the UI's own error notice. */
export type ShownNotice = Notice | { kind: "error" };

const WALLET_KEYS = {
  wechat_pay: "notice-wallet-wechat-pay",
  unionpay: "notice-wallet-unionpay",
  other: "notice-wallet-other",
} as const;

/** The message for a notice (exported for tests); `network` words the wallet notices. */
export function noticeText(c: Catalog, notice: ShownNotice, network: PaymentNetwork): string {
  switch (notice.kind) {
    case "unknown_item":
      return c.t("notice-unknown-item", { code: notice.code });
    case "other_wallet":
      return c.t(WALLET_KEYS[notice.wallet] ?? "notice-wallet-other", { network });
    case "cart_empty":
      return c.t("notice-cart-empty");
    case "quantity_limit":
      return c.t("notice-quantity-limit");
    case "staff_called":
      return c.t("notice-staff-called");
    case "error":
      return c.t("notice-error");
  }
}

/** Whether a notice is good news (no error sound, calm colours). */
export function isInfoNotice(notice: ShownNotice): boolean {
  return notice.kind === "staff_called";
}

/** The toast over the screen; touching it dismisses it. */
export function NoticeBanner(props: {
  c: Catalog;
  notice: ShownNotice;
  network: PaymentNetwork;
  onDismiss: () => void;
}) {
  const { c, notice, network, onDismiss } = props;
  return (
    <div
      class={`notice ${isInfoNotice(notice) ? "notice-info" : "notice-warn"}`}
      data-testid="notice"
      data-kind={notice.kind}
      role="alert"
      onClick={onDismiss}
    >
      <span class="notice-mark" aria-hidden="true">
        {isInfoNotice(notice) ? <CheckIcon size={40} /> : <AlertIcon size={40} />}
      </span>
      <span class="notice-text">{noticeText(c, notice, network)}</span>
    </div>
  );
}

/** Demo mode: buttons that put an item or payment code in front of the demo camera. */
export function DemoStrip({ env, codes }: { env: Env; codes: DemoCode[] }) {
  return (
    <aside class="demo-strip" data-testid="demo-strip">
      <span class="demo-title">{env.c.t("common-demo")}</span>
      <div class="demo-buttons" data-scroll-x>
        {codes.map((code) => (
          <button
            key={code.id}
            type="button"
            class={`touch demo-button demo-${code.kind}`}
            data-testid={`demo-show-${code.id}`}
            onClick={() => env.run(() => demoShow(code.id))}
          >
            {code.label}
          </button>
        ))}
      </div>
    </aside>
  );
}

// Pieces shared by the customer screens: icons (drawn inline: a kiosk may
// lack emoji fonts, and nothing is fetched), the larger-text toggle, the
// Alipay and Alipay+ marks and countdowns.
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { callStaff, type PaymentNetwork } from "./backend";
import type { Env } from "./env";

/**
 * Counts `value` (seconds) down locally between backend pushes. Every new
 * push (`pushed` changes identity) restarts from the backend's number.
 */
export function useCountdown(value: number | null, pushed: unknown): number | null {
  const [left, setLeft] = useState<number | null>(value);
  useEffect(() => {
    setLeft(value);
    if (value === null) return undefined;
    const started = Date.now();
    const id = setInterval(() => {
      const elapsed = Math.floor((Date.now() - started) / 1000);
      setLeft(Math.max(0, value - elapsed));
    }, 250);
    return () => clearInterval(id);
  }, [value, pushed]);
  return left;
}

/** The larger-text toggle, on every customer screen. */
export function LargerTextToggle({ env }: { env: Env }) {
  return (
    <button
      type="button"
      class={`touch tool larger-text-toggle${env.largerText ? " on" : ""}`}
      data-testid="larger-text"
      aria-pressed={env.largerText}
      onClick={(e) => {
        e.stopPropagation();
        env.toggleLargerText();
      }}
    >
      <TextSizeIcon />
      <span>{env.c.t("common-larger-text")}</span>
    </button>
  );
}

/** "Need help?": calls staff to this lane. */
export function HelpButton({ env, label }: { env: Env; label: string }) {
  return (
    <button
      type="button"
      class="touch tool help"
      data-testid="call-staff"
      onClick={() => env.run(callStaff)}
    >
      <HelpIcon />
      <span>{label}</span>
    </button>
  );
}

/** A screen's header: a title on the start side, tools on the end side. */
export function TopBar({ children, tools }: { children?: ComponentChildren; tools: ComponentChildren }) {
  return (
    <header class="topbar">
      <div class="topbar-title">{children}</div>
      <div class="topbar-tools">{tools}</div>
    </header>
  );
}

/**
 * The Alipay logo as a mark: the 支 character in white on Alipay blue, drawn
 * as strokes (no image file, no font dependency).
 */
export function AlipayLogo({ size = 56, label }: { size?: number; label?: string }) {
  return (
    <svg
      class="alipay-logo"
      viewBox="0 0 48 48"
      width={size}
      height={size}
      role={label ? "img" : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      <rect width="48" height="48" rx="11" fill="#1677ff" />
      <g fill="none" stroke="#fff" stroke-width="4.2" stroke-linecap="round" stroke-linejoin="round">
        <path d="M11 13.5h26" />
        <path d="M24 7v13" />
        <path d="M13 20.5h22" />
        <path d="M15 26.5h18c-2.5 6.5-9 12-19 14.5" />
        <path d="M19 30c3.5 5 9.5 9 16.5 10.5" />
      </g>
    </svg>
  );
}

/**
 * The Alipay+ mark, for kiosks that take every Alipay+ wallet: the plain words
 * "Alipay+" in white on a blue badge as high as `size` (AlipayLogo's height).
 * Text only, in the shipped Latin font: no logo artwork is drawn.
 */
export function AlipayPlusMark({ size = 56, label }: { size?: number; label?: string }) {
  return (
    <span
      class="alipay-plus-mark"
      dir="ltr"
      style={{ height: `${size}px`, fontSize: `${Math.round(size * 0.4)}px` }}
      role={label ? "img" : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      Alipay+
    </span>
  );
}

/** The mark of the payment codes the kiosk takes: the Alipay logo, or the Alipay+ mark. */
export function PaymentMark({ network, size, label }: { network: PaymentNetwork; size?: number; label?: string }) {
  return network === "alipay_plus" ? (
    <AlipayPlusMark size={size} label={label} />
  ) : (
    <AlipayLogo size={size} label={label} />
  );
}

/** A progress ring with the seconds left in the middle. */
export function CountdownRing(props: {
  seconds: number;
  total: number;
  label: string;
  locale: (n: number) => string;
  tone?: "blue" | "amber";
}) {
  const { seconds, total, label, locale, tone = "blue" } = props;
  const r = 88;
  const circumference = 2 * Math.PI * r;
  const fraction = total > 0 ? Math.min(1, Math.max(0, seconds / total)) : 0;
  return (
    <div class={`ring ring-${tone}`}>
      <svg viewBox="0 0 200 200" aria-hidden="true">
        <circle class="ring-track" cx="100" cy="100" r={r} />
        <circle
          class="ring-bar"
          cx="100"
          cy="100"
          r={r}
          stroke-dasharray={`${circumference}`}
          stroke-dashoffset={`${circumference * (1 - fraction)}`}
          transform="rotate(-90 100 100)"
        />
      </svg>
      <div class="ring-text">
        <span class="ring-number" data-testid="countdown" data-seconds={seconds}>
          {locale(seconds)}
        </span>
        <span class="ring-label">{label}</span>
      </div>
    </div>
  );
}

export function Svg({ children, size = 36, cls = "" }: { children: ComponentChildren; size?: number; cls?: string }) {
  return (
    <svg class={`icon ${cls}`} viewBox="0 0 24 24" width={size} height={size} aria-hidden="true">
      <g fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round">
        {children}
      </g>
    </svg>
  );
}

/** A globe. */
export function GlobeIcon() {
  return (
    <Svg>
      <circle cx="12" cy="12" r="10" />
      <ellipse cx="12" cy="12" rx="4.5" ry="10" />
      <path d="M2 12h20M4 6.5h16M4 17.5h16" />
    </Svg>
  );
}

export function TextSizeIcon() {
  return (
    <Svg>
      <path d="M2 19l5-13 5 13M3.8 14.5h6.4" />
      <path d="M14 19l3.5-9 3.5 9M15.2 16h4.6" />
    </Svg>
  );
}

export function HelpIcon() {
  return (
    <Svg>
      <circle cx="12" cy="12" r="10" />
      <path d="M9.2 9.2a2.9 2.9 0 0 1 5.6 1c0 2-2.8 2.4-2.8 4.3" />
      <path d="M12 17.8v.2" />
    </Svg>
  );
}

export function PlusIcon() {
  return (
    <Svg size={40}>
      <path d="M12 4.5v15M4.5 12h15" />
    </Svg>
  );
}

export function MinusIcon() {
  return (
    <Svg size={40}>
      <path d="M4.5 12h15" />
    </Svg>
  );
}

export function TrashIcon() {
  return (
    <Svg size={36}>
      <path d="M4 6.5h16M9.5 6.5V4h5v2.5M6.5 6.5l1 13.5h9l1-13.5M10 10.5v6M14 10.5v6" />
    </Svg>
  );
}

/** An arrow pointing back (mirrored in right-to-left layouts). */
export function BackIcon() {
  return (
    <Svg cls="flip-rtl">
      <path d="M20 12H5M11 5l-7 7 7 7" />
    </Svg>
  );
}

export function CloseIcon() {
  return (
    <Svg>
      <path d="M6 6l12 12M18 6L6 18" />
    </Svg>
  );
}

export function CheckIcon({ size = 96 }: { size?: number }) {
  return (
    <Svg size={size}>
      <path d="M5 12.5l4.5 4.5L19 7.5" />
    </Svg>
  );
}

export function AlertIcon({ size = 96 }: { size?: number }) {
  return (
    <Svg size={size}>
      <path d="M12 6.5v7" />
      <path d="M12 17.4v.2" />
    </Svg>
  );
}

export function PrinterIcon() {
  return (
    <Svg size={48}>
      <path d="M7 9V3.5h10V9M7 17H4.5V9h15v8H17" />
      <path d="M7 13.5h10V21H7z" />
    </Svg>
  );
}

export function PhoneIcon() {
  return (
    <Svg size={48}>
      <rect x="6.5" y="2.5" width="11" height="19" rx="2" />
      <path d="M11 18.5h2" />
    </Svg>
  );
}

export function NoEntryIcon() {
  return (
    <Svg size={120}>
      <circle cx="12" cy="12" r="10" />
      <path d="M7 12h10" />
    </Svg>
  );
}

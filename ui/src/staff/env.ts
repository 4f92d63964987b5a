// What every staff page gets from the staff app, and the words for the
// backend's codes (trade states, printer states…). Keys are written out in
// full: the catalog test looks for each one literally.
import type { KioskInfo } from "../backend";
import type { Catalog } from "../i18n";
import type { Overview, TradeState } from "../staff-backend";

export interface StaffEnv {
  /** The staff language's messages. */
  c: Catalog;
  info: KioskInfo;
  /** The last overview (polled every 2 s); null until the first answer. */
  overview: Overview | null;
  setOverview: (overview: Overview) => void;
  /** Minor units in the store's currency (or `currency`), in the staff language. */
  money: (minor: number, currency?: string) => string;
  /** A whole number in the staff language's digits. */
  count: (n: number) => string;
  /** Date and time of a timestamp (ms). */
  when: (ms: number) => string;
  /** Time of day of a timestamp (ms). */
  clock: (ms: number) => string;
  /** A day, with its weekday. */
  day: (day: Date) => string;
  /**
   * Runs a staff command. A "not_staff" refusal ends staff mode; any other
   * error shows the error banner. Resolves to the answer, or undefined after
   * an error.
   */
  call: <T>(action: () => Promise<T>) => Promise<T | undefined>;
  /** A short confirmation at the bottom of the screen. */
  toast: (text: string) => void;
  /** Opens a trade's detail in the journal. */
  openTrade: (outTradeNo: string) => void;
}

export const TRADE_STATES: readonly TradeState[] = ["paid", "pending", "flagged", "cancel_owed", "cancelled", "declined"];

export const STATE_KEYS: Record<TradeState, string> = {
  pending: "staff-state-pending",
  paid: "staff-state-paid",
  declined: "staff-state-declined",
  cancelled: "staff-state-cancelled",
  cancel_owed: "staff-state-cancel-owed",
  flagged: "staff-state-flagged",
};

/** The words for a code the backend may extend: known codes are translated, others shown as they are. */
export function label(c: Catalog, keys: Record<string, string>, code: string): string {
  const key = keys[code];
  return key ? c.t(key) : code;
}

export const PRINTER_KEYS: Record<string, string> = {
  ready: "staff-printer-ready",
  paper_out: "staff-printer-paper-out",
  paper_low: "staff-printer-paper-low",
  cover_open: "staff-printer-cover-open",
  offline: "staff-printer-offline",
  unknown: "staff-printer-unknown",
  none: "staff-printer-none",
};

/** Printer states shown as a problem (red) or a warning (amber). */
export function printerTone(status: string): "good" | "warn" | "bad" {
  if (status === "ready") return "good";
  if (status === "paper_low" || status === "unknown" || status === "none") return "warn";
  return "bad";
}

export const CAMERA_KEYS: Record<string, string> = {
  streaming: "staff-camera-streaming",
  reconnecting: "staff-camera-reconnecting",
  stopped: "staff-camera-stopped",
  starting: "staff-camera-starting",
};

export function cameraTone(health: string): "good" | "warn" | "bad" {
  if (health === "streaming") return "good";
  if (health === "starting") return "warn";
  return "bad";
}

export const ALARM_KEYS: Record<string, string> = {
  help: "staff-alarm-help",
  receipt_failed: "staff-alarm-receipt-failed",
  unresolved: "staff-alarm-unresolved",
  printer: "staff-alarm-printer",
  config_not_applied: "staff-alarm-config",
};

export const CODE_KEYS: Record<string, string> = {
  alipay: "staff-code-alipay",
  other_wallet: "staff-code-other-wallet",
  item: "staff-code-item",
  unknown: "staff-code-unknown",
};

export const DIFFERENCE_KEYS: Record<string, string> = {
  missing_from_journal: "staff-diff-missing-from-journal",
  missing_from_bill: "staff-diff-missing-from-bill",
  amount_mismatch: "staff-diff-amount-mismatch",
  status_mismatch: "staff-diff-status-mismatch",
};

/** Refund reasons staff pick from; the code is what the journal and the audit log keep. */
export const REFUND_REASONS = ["returned_item", "price_error", "other"] as const;
export type RefundReason = (typeof REFUND_REASONS)[number];

export const REASON_KEYS: Record<string, string> = {
  returned_item: "staff-reason-returned",
  price_error: "staff-reason-price",
  other: "staff-reason-other",
};

export const REFUND_STATE_KEYS: Record<string, string> = {
  pending: "staff-refund-state-pending",
  succeeded: "staff-refund-state-succeeded",
  failed: "staff-refund-state-failed",
};

// Staff maintenance mode: the backend commands and their types. Every
// command except staffPad/staffLogin is refused by the backend (UiError code
// "not_staff") unless a staff session is active; the UI must then return to
// customer mode. Mirrors crates/staff/src/view.rs.
import { invoke } from "@tauri-apps/api/core";

export interface StaffSession {
  staffId: string;
  staffName: string;
  /** Seconds until the session ends without a touch. */
  idleSecsLeft: number;
}

/** The PIN pad's state when it opens. */
export interface PadState {
  /** Entry is locked after too many wrong PINs: seconds left, else null. */
  lockedSecs: number | null;
}

export type StaffLogin =
  | { kind: "ok"; session: StaffSession }
  | { kind: "wrong"; attemptsLeft: number }
  | { kind: "locked"; secondsLeft: number }
  /** A payment is running: maintenance opens once the payment core settled it; try again in a moment. */
  | { kind: "waiting_for_payment" };

export interface PrinterInfo {
  /** "ready" | "paper_out" | "paper_low" | "cover_open" | "offline" | "unknown" | "none" */
  status: string;
  /** Human-readable detail for staff. */
  detail: string;
  paperWidthMm: number;
  /** Transport and address, e.g. "tcp 127.0.0.1:9100". */
  target: string;
}

export interface CameraInfo {
  /** "streaming" | "reconnecting" | "stopped" | "starting" */
  health: string;
  /** The last fault, if any. */
  fault: string | null;
  framesTotal: number;
  /** Frames per second over the last seconds. */
  fps: number;
  /** What is configured: "camera 0", "files: …", "demo camera". */
  source: string;
}

export interface ConfigInfo {
  fleetEnabled: boolean;
  fleetVersion: number | null;
  kioskVersion: number | null;
  /** Where the catalog came from (file path or bundle). */
  catalogOrigin: string;
  /** The last bundle the kiosk refused, and why. */
  lastRejected: { version: number | null; reason: string; atMs: number } | null;
}

export interface AlarmRow {
  atMs: number;
  kind: string;
  detail: string;
}

export interface Overview {
  session: StaffSession;
  laneOpen: boolean;
  paymentRunning: boolean;
  soundsMuted: boolean;
  currency: string;
  currencyExponent: number;
  printer: PrinterInfo;
  camera: CameraInfo;
  config: ConfigInfo;
  /** Newest first. */
  alarms: AlarmRow[];
}

/** pending | paid | declined | cancelled | cancel_owed | flagged */
export type TradeState = "pending" | "paid" | "declined" | "cancelled" | "cancel_owed" | "flagged";

export interface TradeRow {
  outTradeNo: string;
  tradeNo: string | null;
  state: TradeState;
  amountMinor: number;
  refundedMinor: number;
  currency: string;
  language: string;
  createdMs: number;
  receiptOwed: boolean;
  flagReason: string | null;
}

export interface TradeFilter {
  fromMs?: number;
  toMs?: number;
  state?: TradeState;
  minMinor?: number;
  maxMinor?: number;
  /** Part of the out_trade_no or the gateway trade number. */
  tradeNo?: string;
}

export interface RefundRow {
  outRequestNo: string;
  amountMinor: number;
  /** pending | succeeded | failed */
  state: string;
  reason: string;
  detail: string;
  createdMs: number;
}

export interface TradeDetail {
  trade: TradeRow;
  lines: { name: string; quantity: number; unitMinor: number }[];
  /** Every gateway exchange and state change, oldest first. */
  events: { atMs: number; kind: string; detail: string }[];
  refunds: RefundRow[];
}

export interface Reconciliation {
  date: string;
  billPayments: number;
  billRefunds: number;
  journalTrades: number;
  matched: number;
  differences: { kind: string; outTradeNo: string; detail: string }[];
}

export interface AuditRow {
  atMs: number;
  staff: string;
  action: string;
  detail: string;
  /** "ok" or the error. */
  result: string;
}

export const staffPad = () => invoke<PadState>("staff_pad");
export const staffLogin = (pin: string) => invoke<StaffLogin>("staff_login", { pin });
export const staffLogout = () => invoke<void>("staff_logout");
export const staffOverview = () => invoke<Overview>("staff_overview");
export const staffSetLane = (open: boolean) => invoke<Overview>("staff_set_lane", { open });
export const staffSetMuted = (muted: boolean) => invoke<Overview>("staff_set_muted", { muted });
export const staffTrades = (filter: TradeFilter) => invoke<TradeRow[]>("staff_trades", { filter });
export const staffTrade = (outTradeNo: string) => invoke<TradeDetail>("staff_trade", { outTradeNo });
export const staffReprint = (outTradeNo: string) => invoke<void>("staff_reprint", { outTradeNo });
export const staffRefund = (outTradeNo: string, amountMinor: number, reason: string) =>
  invoke<RefundRow>("staff_refund", { outTradeNo, amountMinor, reason });
/** Retries query/cancel of a flagged or owed trade now; returns where it stands. */
export const staffResolve = (outTradeNo: string) => invoke<TradeRow>("staff_resolve", { outTradeNo });
/** `date` is YYYY-MM-DD (the gateway's day). */
export const staffReconcile = (date: string) => invoke<Reconciliation>("staff_reconcile", { date });
export const staffTestPrint = () => invoke<PrinterInfo>("staff_test_print");
export const staffAudit = (limit: number) => invoke<AuditRow[]>("staff_audit", { limit });
/** The newest lines of today's log file. */
export const staffLogs = (lines: number) => invoke<string[]>("staff_logs", { lines });
/** Back to customer mode (ends the staff session). */
export const staffExit = () => invoke<void>("staff_exit");
/** Quits the kiosk app: the only way to close it. */
export const staffQuit = () => invoke<void>("staff_quit");

/** A camera the OS reports. */
export interface CameraDevice {
  index: number;
  name: string;
}

/** A code the camera decoded (staff camera page overlay); payment codes arrive masked. */
export interface DecodedCode {
  text: string;
  /** alipay | other_wallet | item | unknown */
  kind: string;
  symbology: string;
  atMs: number;
}

export const staffCameras = () => invoke<CameraDevice[]>("staff_cameras");
/** Switches the scanner to this camera (restarts the camera feed). */
export const staffPickCamera = (index: number) => invoke<CameraInfo>("staff_pick_camera", { index });
/** While on, the backend pushes `camera-preview` frames and `camera-decoded` codes for the staff camera page. */
export const staffCameraPreview = (on: boolean) => invoke<CameraInfo>("staff_camera_preview", { on });

export function onDecoded(handler: (code: DecodedCode) => void) {
  return import("@tauri-apps/api/event").then(({ listen }) =>
    listen<DecodedCode>("camera-decoded", (event) => handler(event.payload)),
  );
}

/** Who a staff badge QR names (the backend verified its signature and the staff list). */
export interface StaffBadge {
  staffId: string;
  staffName: string;
}

/**
 * The backend read a valid staff badge QR (a signed token): the UI opens the
 * PIN pad, as after the corner long-press, greeting the badge's holder.
 */
export function onStaffBadge(handler: (badge: StaffBadge) => void) {
  return import("@tauri-apps/api/event").then(({ listen }) =>
    listen<StaffBadge>("staff-badge", (event) => handler(event.payload)),
  );
}

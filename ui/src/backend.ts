// The only door to the Rust backend: typed wrappers over Tauri commands and
// the events the backend pushes. The UI renders what these return; it decides
// nothing about payments. Mirrors src-tauri/src/models.rs.
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";

/** What the kiosk tells the UI at start-up. */
export interface KioskInfo {
  storeName: string;
  storeId: string;
  terminalId: string;
  /** ISO 4217 code prices are shown in. */
  currency: string;
  /** Digits after the decimal point for `currency` (CNY 2, JPY 0). Amounts are integer minor units. */
  currencyExponent: number;
  defaultLanguage: string;
  /** Language tags offered in the picker, in order. */
  languages: string[];
  /** True when the app runs windowed for development. */
  windowed: boolean;
  /** Demo mode: the UI shows "simulate" buttons that feed the demo camera. */
  demo: boolean;
  /** Staff muted the scan/success/error sounds. */
  soundsMuted: boolean;
}

/** Errors from the backend: a code the UI may branch on and a message for logs. */
export interface UiError {
  code: string;
  message: string;
}

export function isUiError(value: unknown): value is UiError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

/** Where the customer is. `closed`: staff closed the lane. */
export type CheckoutState =
  | "attract"
  | "language"
  | "shopping"
  | "paying"
  | "processing"
  | "done"
  | "failed"
  | "closed";

/** One cart line; `name` is already in the session's language. */
export interface CartLine {
  lineId: number;
  productId: string;
  name: string;
  quantity: number;
  unitMinor: number;
  totalMinor: number;
}

export interface Cart {
  lines: CartLine[];
  /** Sum of quantities. */
  itemCount: number;
  /** What the customer pays (tax included), minor units. */
  totalMinor: number;
  /** The tax contained in `totalMinor`, minor units. */
  taxMinor: number;
}

/**
 * A transient message for the customer, e.g. after a scan the kiosk refused.
 * - unknown_item: a valid barcode that is not in the catalog
 * - other_wallet: a payment code of a wallet this store does not take (`wallet`:
 *   "wechat_pay" | "unionpay" | "other")
 * - cart_empty: Pay pressed with nothing in the cart
 * - quantity_limit: a line reached the most one checkout may hold (99)
 * - staff_called: "need help?" was pressed; someone is on the way
 */
export type Notice =
  | { kind: "unknown_item"; code: string }
  | { kind: "other_wallet"; wallet: "wechat_pay" | "unionpay" | "other" }
  | { kind: "cart_empty" }
  | { kind: "quantity_limit" }
  | { kind: "staff_called" };

/** A payment in progress (state `processing`). */
export interface PaymentView {
  outTradeNo: string;
  /** sending: pay request on the wire; waiting: buyer confirming on the phone; cancelling: the kiosk is cancelling it. */
  phase: "sending" | "waiting" | "cancelling";
  /** Seconds until the payment deadline; the UI shows a countdown from this. */
  secondsLeft: number;
  /** The whole deadline, for a progress ring. */
  deadlineSecs: number;
}

/**
 * Why a payment did not go through, in the customer's terms:
 * - balance: not enough money / limit reached → another card or method in the wallet
 * - code_expired: the code was old or already used → refresh the code
 * - risk: the wallet's risk control refused → call staff / another method
 * - timeout: not confirmed in time; the payment was cancelled, nothing charged
 * - cancelled: the customer cancelled; nothing charged
 * - unavailable: the payment service could not be reached → try again or call staff
 * - declined: refused for another reason → another method or call staff
 * - unresolved: the kiosk could not confirm the outcome; staff will check (nothing to do twice)
 */
export type FailureReason =
  | "balance"
  | "code_expired"
  | "risk"
  | "timeout"
  | "cancelled"
  | "unavailable"
  | "declined"
  | "unresolved";

export type CheckoutResult =
  | {
      kind: "paid";
      outTradeNo: string;
      amountMinor: number;
      /** printing → printed | failed (then staff get an alarm; the UI says to ask staff for the receipt). */
      receipt: "printing" | "printed" | "failed";
    }
  | { kind: "failed"; reason: FailureReason };

/**
 * The family of payment codes the kiosk takes (from the gateway config); the
 * customer's wording and the mark on the screens follow it:
 * - alipay: Alipay only (mainland China; the default): "Open the Alipay app"
 * - alipay_plus: any Alipay+ wallet through Antom (Alipay, AlipayHK, GCash,
 *   Kakao Pay…): "Open your e-wallet app", the Alipay+ mark
 */
export type PaymentNetwork = "alipay" | "alipay_plus";

/** Everything the checkout screens render. Pushed on every change as the `checkout-view` event. */
export interface CheckoutView {
  /** Increases with every change; an answer older than the last pushed view is dropped. */
  seq: number;
  state: CheckoutState;
  /** The session's language tag. */
  language: string;
  cart: Cart;
  notice: Notice | null;
  /** Increases with every new notice (so the same notice twice still shows). */
  noticeSeq: number;
  /** Increases with every item added by scan or touch: play the scan sound, highlight `lastLineId`. */
  scanSeq: number;
  lastLineId: number | null;
  payment: PaymentView | null;
  result: CheckoutResult | null;
  /** The "still there?" prompt is up: seconds until the session resets. */
  idle: { secondsLeft: number } | null;
  /** A reset is waiting for the payment core to settle a payment (show "please wait"). */
  resetting: boolean;
  /** On done/failed: seconds until the kiosk returns to attract by itself. */
  returnSecs: number | null;
  /** Staff muted the scan/success/error sounds (changes at run time). */
  soundsMuted: boolean;
  /** Which payment codes the kiosk takes: passed as `$network` to the messages that name them. */
  paymentNetwork: PaymentNetwork;
}

/** A product without a barcode, added by touch (fruit, bakery…). */
export interface TouchProduct {
  productId: string;
  name: string;
  priceMinor: number;
}

/** A demo-mode image the demo camera can show (items and payment codes from assets/demo/). */
export interface DemoCode {
  id: string;
  /** Shown on the simulate button (not translated: demo only). */
  label: string;
  kind: "item" | "payment" | "staff";
}

/** A camera preview frame, ~10 fps while the pay screen is up. */
export interface PreviewFrame {
  /** base64 JPEG */
  jpeg: string;
  width: number;
  height: number;
}

export function kioskInfo(): Promise<KioskInfo> {
  return invoke<KioskInfo>("kiosk_info");
}

/** The current view (on start-up; afterwards follow `onCheckoutView`). */
export function checkoutView(): Promise<CheckoutView> {
  return invoke<CheckoutView>("checkout_view");
}

/** attract → language. */
export function startSession(): Promise<CheckoutView> {
  return invoke<CheckoutView>("checkout_start");
}

/** language → shopping in `tag` (also changes language while shopping). */
export function chooseLanguage(tag: string): Promise<CheckoutView> {
  return invoke<CheckoutView>("checkout_language", { tag });
}

/** A code typed by a handheld (keyboard-wedge) scanner: digits then Enter. */
export function scanned(code: string): Promise<CheckoutView> {
  return invoke<CheckoutView>("checkout_scan", { code });
}

export function touchProducts(): Promise<TouchProduct[]> {
  return invoke<TouchProduct[]>("checkout_touch_products");
}

export function addProduct(productId: string): Promise<CheckoutView> {
  return invoke<CheckoutView>("checkout_add", { productId });
}

/** Sets a line's quantity; 0 removes the line. */
export function setQuantity(lineId: number, quantity: number): Promise<CheckoutView> {
  return invoke<CheckoutView>("checkout_quantity", { lineId, quantity });
}

/** shopping → paying (the camera looks for the payment code). */
export function pay(): Promise<CheckoutView> {
  return invoke<CheckoutView>("checkout_pay");
}

/** paying → shopping (before a code was read). */
export function backToCart(): Promise<CheckoutView> {
  return invoke<CheckoutView>("checkout_back");
}

/** processing: the customer cancels (the payment core cancels the trade). shopping: abandon the cart. */
export function cancel(): Promise<CheckoutView> {
  return invoke<CheckoutView>("checkout_cancel");
}

/** Any touch: restarts the idle timer and dismisses "still there?". */
export function activity(): Promise<CheckoutView> {
  return invoke<CheckoutView>("checkout_activity");
}

export function callStaff(): Promise<CheckoutView> {
  return invoke<CheckoutView>("checkout_call_staff");
}

/** failed → paying with a fresh code. */
export function retry(): Promise<CheckoutView> {
  return invoke<CheckoutView>("checkout_retry");
}

/** done/failed → attract now instead of after `returnSecs`. */
export function finish(): Promise<CheckoutView> {
  return invoke<CheckoutView>("checkout_finish");
}

/** Demo mode only: what the demo camera can show. */
export function demoCodes(): Promise<DemoCode[]> {
  return invoke<DemoCode[]>("demo_codes");
}

/** Demo mode only: show this image to the demo camera (it is decoded like a real frame). */
export function demoShow(id: string): Promise<void> {
  return invoke<void>("demo_show", { id });
}

export function onCheckoutView(handler: (view: CheckoutView) => void): Promise<UnlistenFn> {
  return listen<CheckoutView>("checkout-view", (event) => handler(event.payload));
}

export function onPreview(handler: (frame: PreviewFrame) => void): Promise<UnlistenFn> {
  return listen<PreviewFrame>("camera-preview", (event) => handler(event.payload));
}

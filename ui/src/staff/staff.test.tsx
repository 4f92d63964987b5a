import { render } from "preact";
import { byTestId, checkoutViewFixture, click, kioskInfoFixture, settle } from "../test-fixtures";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CheckoutView, KioskInfo } from "../backend";
import type { Overview, StaffLogin, TradeDetail, TradeRow } from "../staff-backend";

// The backend at the IPC edge, as in app.test.tsx.
const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));
type Handler = (event: { payload: unknown }) => void;
const handlers = new Map<string, Handler[]>();
vi.mock("@tauri-apps/api/event", () => ({
  listen: (event: string, handler: Handler) => {
    handlers.set(event, [...(handlers.get(event) ?? []), handler]);
    return Promise.resolve(() => {
      handlers.set(
        event,
        (handlers.get(event) ?? []).filter((h) => h !== handler),
      );
    });
  },
}));

const { App } = await import("../app");
const { catalog } = await import("../i18n");
const { LONG_PRESS_MS } = await import("./corners");
const { PAD_IDLE_MS } = await import("./pin-pad");
const { POLL_MS } = await import("./staff-app");
const { amountToMinor, formatDuration, minorToAmount, typeAmount } = await import("./format");
const { toFilter, TODAY } = await import("./journal");

const en = catalog("en");

const info: KioskInfo = kioskInfoFixture;

const attract: CheckoutView = checkoutViewFixture();

const session = { staffId: "s-7", staffName: "Li Wei", idleSecsLeft: 300 };

const overview: Overview = {
  session,
  laneOpen: true,
  paymentRunning: false,
  soundsMuted: false,
  currency: "CNY",
  currencyExponent: 2,
  printer: { status: "paper_low", detail: "little paper left", paperWidthMm: 80, target: "tcp 127.0.0.1:9100" },
  camera: { health: "streaming", fault: null, framesTotal: 1200, fps: 14.8, source: "camera 0" },
  config: {
    fleetEnabled: true,
    fleetVersion: 41,
    kioskVersion: 42,
    catalogOrigin: "bundle 42",
    lastRejected: { version: 43, reason: "payment.deadline_secs: too small", atMs: 1_700_000_000_000 },
  },
  alarms: [{ atMs: 1_700_000_000_000, kind: "receipt_failed", detail: "a paid receipt did not print" }],
};

const trade: TradeRow = {
  outTradeNo: "k1_20250314_ab12cd_000007",
  tradeNo: "2025031422001400001234567890",
  state: "paid",
  amountMinor: 3350,
  refundedMinor: 350,
  currency: "CNY",
  language: "zh-Hans",
  createdMs: Date.now(),
  receiptOwed: false,
  flagReason: null,
};
const flagged: TradeRow = { ...trade, outTradeNo: "k1_20250314_ab12cd_000008", state: "flagged", tradeNo: null, flagReason: "query kept failing" };

const detail: TradeDetail = {
  trade,
  lines: [{ name: "Mineral water", quantity: 2, unitMinor: 200 }],
  events: [
    { atMs: Date.now(), kind: "pay_request", detail: "alipay.trade.pay total_amount=33.50" },
    { atMs: Date.now(), kind: "query_response", detail: "trade_status=TRADE_SUCCESS" },
  ],
  refunds: [{ outRequestNo: "r1", amountMinor: 350, state: "succeeded", reason: "price_error", detail: "", createdMs: Date.now() }],
};

let login: StaffLogin;
let staffActive: boolean;

/** The fake backend. */
function answer(cmd: string, args: Record<string, unknown> = {}): unknown {
  if (cmd === "kiosk_info") return info;
  if (cmd.startsWith("checkout_")) return attract;
  if (cmd === "staff_pad") return { lockedSecs: null };
  if (cmd === "staff_login") {
    if (login.kind === "ok") staffActive = true;
    return login;
  }
  if (cmd.startsWith("staff_") && !staffActive) throw { code: "not_staff", message: "no staff session" };
  switch (cmd) {
    case "staff_overview":
    case "staff_set_muted":
      return overview;
    case "staff_set_lane":
      return { ...overview, laneOpen: args.open as boolean };
    case "staff_trades":
      return [trade, flagged];
    case "staff_trade":
      return args.outTradeNo === flagged.outTradeNo ? { ...detail, trade: flagged, refunds: [] } : detail;
    case "staff_refund":
      return { outRequestNo: "r2", amountMinor: args.amountMinor, state: "succeeded", reason: args.reason, detail: "ok", createdMs: Date.now() };
    case "staff_resolve":
      return { ...flagged, state: "cancelled" };
    case "staff_reconcile":
      return {
        date: args.date,
        billPayments: 12,
        billRefunds: 1,
        journalTrades: 13,
        matched: 11,
        differences: [{ kind: "missing_from_bill", outTradeNo: flagged.outTradeNo, detail: "no bill line" }],
      };
    case "staff_test_print":
      return overview.printer;
    case "staff_audit":
      return [{ atMs: Date.now(), staff: "Li Wei", action: "refund", detail: "k1 350", result: "ok" }];
    case "staff_logs":
      return ["line one", "line two"];
    case "staff_cameras":
      return [{ index: 0, name: "USB camera" }];
    case "staff_camera_preview":
    case "staff_pick_camera":
      return overview.camera;
    case "staff_exit":
      staffActive = false;
      return null;
    default:
      return null;
  }
}


async function mount() {
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  await act(async () => {
    render(<App />, root);
  });
  await settle();
  return root;
}

function calls(name: string): unknown[][] {
  return invoke.mock.calls.filter((c) => c[0] === name);
}

async function advance(ms: number) {
  await act(async () => {
    vi.advanceTimersByTime(ms);
  });
  await settle();
}

function pointer(target: Element, type: string) {
  target.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 1 }));
}

/** A 3 s press on a corner, ended as a browser ends it: pointerup, then click. */
async function openPad(root: HTMLElement) {
  const corner = byTestId(root, "staff-corner-tl");
  await act(async () => pointer(corner, "pointerdown"));
  await advance(LONG_PRESS_MS);
  await act(async () => {
    pointer(corner, "pointerup");
    corner.click();
  });
  await settle();
}

async function typePin(root: HTMLElement, pin: string) {
  for (const d of pin) await click(root, `pin-key-${d}`);
  await click(root, "pin-ok");
}

async function signIn(root: HTMLElement) {
  login = { kind: "ok", session };
  await openPad(root);
  await typePin(root, "2468");
  expect(root.querySelector("[data-screen=staff]")).not.toBeNull();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
  invoke.mockReset();
  invoke.mockImplementation((cmd: string, args: Record<string, unknown>) => {
    try {
      return Promise.resolve(answer(cmd, args));
    } catch (e) {
      return Promise.reject(e);
    }
  });
  handlers.clear();
  login = { kind: "ok", session };
  staffActive = false;
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  render(null, document.body.firstElementChild ?? document.body);
  // Every string shown came from the catalogs.
  expect(console.error).not.toHaveBeenCalledWith(expect.stringContaining("i18n:"));
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("the way in", () => {
  it("has a ≥ 96 px hot zone in every corner", async () => {
    const root = await mount();
    for (const corner of ["tl", "tr", "bl", "br"]) {
      expect(byTestId(root, `staff-corner-${corner}`).dataset.staffCorner).toBe(corner);
    }
  });

  it("opens the PIN pad after a press held 3 s, and not after a shorter one", async () => {
    const root = await mount();
    const corner = byTestId(root, "staff-corner-br");
    await act(async () => pointer(corner, "pointerdown"));
    await advance(LONG_PRESS_MS - 500);
    await act(async () => pointer(corner, "pointerup"));
    await advance(1000);
    expect(root.querySelector("[data-testid=pin-pad]")).toBeNull();

    await act(async () => pointer(corner, "pointerdown"));
    await advance(1000);
    await act(async () => pointer(corner, "pointerleave"));
    await advance(LONG_PRESS_MS);
    expect(root.querySelector("[data-testid=pin-pad]")).toBeNull();

    await act(async () => pointer(corner, "pointerdown"));
    await advance(LONG_PRESS_MS);
    expect(root.querySelector("[data-testid=pin-pad]")).not.toBeNull();
    expect(calls("staff_pad")).toHaveLength(1);
    // The click that ends the press does not reach the screen below (attract would start a session).
    await act(async () => pointer(corner, "pointerup"));
    await act(async () => corner.click());
    await settle();
    expect(calls("checkout_start")).toHaveLength(0);
  });

  it("sends the digits typed, masked as dots, and signs in", async () => {
    const root = await mount();
    await openPad(root);
    expect((byTestId(root, "pin-ok") as HTMLButtonElement).disabled).toBe(true);
    for (const d of "24689") await click(root, `pin-key-${d}`);
    await click(root, "pin-key-back");
    expect(byTestId(root, "pin-dots").dataset.length).toBe("4");
    expect(byTestId(root, "pin-pad").textContent).not.toContain("2468");
    await click(root, "pin-ok");
    expect(calls("staff_login")).toEqual([["staff_login", { pin: "2468" }]]);
    expect(root.querySelector("[data-screen=staff]")).not.toBeNull();
    expect(byTestId(root, "staff-session").textContent).toContain("Li Wei");
  });

  it("says how many tries are left after a wrong PIN", async () => {
    login = { kind: "wrong", attemptsLeft: 3 };
    const root = await mount();
    await openPad(root);
    await typePin(root, "1111");
    const error = byTestId(root, "pin-error");
    expect(error.dataset.kind).toBe("wrong");
    expect(error.textContent).toBe(en.t("staff-pin-wrong", { left: 3 }));
    expect(byTestId(root, "pin-dots").dataset.length).toBe("0");
  });

  it("counts a lock down and blocks the keys meanwhile", async () => {
    login = { kind: "locked", secondsLeft: 25 };
    const root = await mount();
    await openPad(root);
    await typePin(root, "1111");
    expect(byTestId(root, "pin-error").dataset.kind).toBe("locked");
    expect(byTestId(root, "pin-error").textContent).toBe(en.t("staff-pin-locked", { time: "0:25" }));
    expect((byTestId(root, "pin-key-5") as HTMLButtonElement).disabled).toBe(true);
    await advance(10_000);
    expect(byTestId(root, "pin-error").dataset.seconds).toBe("15");
    await advance(15_000);
    expect(root.querySelector("[data-testid=pin-error]")).toBeNull();
    expect((byTestId(root, "pin-key-5") as HTMLButtonElement).disabled).toBe(false);
  });

  it("shows the lock when the pad opens while entry is locked", async () => {
    invoke.mockImplementation((cmd: string, args: Record<string, unknown>) =>
      cmd === "staff_pad" ? Promise.resolve({ lockedSecs: 42 }) : Promise.resolve(answer(cmd, args)),
    );
    const root = await mount();
    await openPad(root);
    expect(byTestId(root, "pin-error").dataset.kind).toBe("locked");
    expect(byTestId(root, "pin-error").dataset.seconds).toBe("42");
  });

  it("waits for a running payment, trying the same PIN every second", async () => {
    login = { kind: "waiting_for_payment" };
    const root = await mount();
    await openPad(root);
    await typePin(root, "2468");
    expect(byTestId(root, "pin-error").dataset.kind).toBe("waiting_for_payment");
    expect(byTestId(root, "pin-error").textContent).toBe(en.t("staff-pin-waiting"));
    await advance(1000);
    expect(calls("staff_login")).toHaveLength(2);
    login = { kind: "ok", session };
    await advance(1000);
    expect(calls("staff_login")).toEqual([
      ["staff_login", { pin: "2468" }],
      ["staff_login", { pin: "2468" }],
      ["staff_login", { pin: "2468" }],
    ]);
    expect(root.querySelector("[data-screen=staff]")).not.toBeNull();
  });

  it("closes by itself after 30 s without a touch, and on Cancel", async () => {
    const root = await mount();
    await openPad(root);
    await advance(PAD_IDLE_MS - 1000);
    await act(async () => pointer(byTestId(root, "pin-key-1"), "pointerdown"));
    await advance(PAD_IDLE_MS - 1000);
    expect(root.querySelector("[data-testid=pin-pad]")).not.toBeNull();
    await advance(1000);
    expect(root.querySelector("[data-testid=pin-pad]")).toBeNull();
    await openPad(root);
    await click(root, "pin-cancel");
    expect(root.querySelector("[data-testid=pin-pad]")).toBeNull();
  });

  it("also comes up when the backend reads a staff badge, greeting its holder", async () => {
    const root = await mount();
    await act(async () => {
      for (const h of handlers.get("staff-badge") ?? []) h({ payload: { staffId: "s-7", staffName: "Li Wei" } });
    });
    await settle();
    expect(byTestId(root, "pin-badge").textContent).toBe(en.t("staff-pin-badge", { name: "Li Wei" }));
  });
});

describe("staff mode", () => {
  it("shows the lane, status, devices and alarms, and switches the lane and sounds", async () => {
    const root = await mount();
    await signIn(root);
    expect(byTestId(root, "staff-lane-toggle").dataset.lane).toBe("open");
    expect(byTestId(root, "staff-payment").textContent).toBe(en.t("staff-payment-idle"));
    expect(byTestId(root, "staff-device-printer").textContent).toContain(en.t("staff-printer-paper-low"));
    expect(byTestId(root, "staff-alarms").textContent).toContain(en.t("staff-alarm-receipt-failed"));
    expect(byTestId(root, "staff-session-left").textContent).toBe(en.t("staff-session-left", { time: "5:00" }));
    await click(root, "staff-lane-toggle");
    expect(calls("staff_set_lane")).toEqual([["staff_set_lane", { open: false }]]);
    expect(byTestId(root, "staff-lane-toggle").dataset.lane).toBe("closed");
    await click(root, "staff-mute");
    expect(calls("staff_set_muted")).toEqual([["staff_set_muted", { muted: true }]]);
  });

  it("polls the overview every 2 s", async () => {
    const root = await mount();
    await signIn(root);
    const before = calls("staff_overview").length;
    await advance(POLL_MS * 3);
    expect(calls("staff_overview").length).toBe(before + 3);
  });

  it("ends the session after the idle time without a touch, even if polling kept the backend's alive", async () => {
    const root = await mount();
    await signIn(root);
    await advance(200_000);
    expect(byTestId(root, "staff-session-left").dataset.seconds).toBe("100");
    // A touch starts the idle time again.
    await act(async () => pointer(byTestId(root, "staff-tab-logs"), "pointerdown"));
    await advance(299_000);
    expect(root.querySelector("[data-screen=staff]")).not.toBeNull();
    expect(calls("staff_exit")).toHaveLength(0);
    await advance(2000);
    expect(calls("staff_exit")).toHaveLength(1);
    expect(root.querySelector("[data-screen=attract]")).not.toBeNull();
  });

  it("goes back to the customer screens when the backend says the session is over", async () => {
    const root = await mount();
    await signIn(root);
    staffActive = false;
    await advance(POLL_MS);
    expect(root.querySelector("[data-screen=staff]")).toBeNull();
    expect(root.querySelector("[data-screen=attract]")).not.toBeNull();
  });

  it("shows other errors with their code and stays", async () => {
    const root = await mount();
    await signIn(root);
    invoke.mockImplementation((cmd: string, args: Record<string, unknown>) =>
      cmd === "staff_trades" ? Promise.reject({ code: "journal", message: "database is locked" }) : Promise.resolve(answer(cmd, args)),
    );
    await click(root, "staff-tab-journal");
    expect(byTestId(root, "staff-error").dataset.code).toBe("journal");
    expect(byTestId(root, "staff-error").textContent).toContain("database is locked");
    expect(root.querySelector("[data-screen=staff]")).not.toBeNull();
    await click(root, "staff-error-dismiss");
    expect(root.querySelector("[data-testid=staff-error]")).toBeNull();
  });

  it("exits to customer mode", async () => {
    const root = await mount();
    await signIn(root);
    await click(root, "staff-exit");
    expect(calls("staff_exit")).toHaveLength(1);
    expect(root.querySelector("[data-screen=attract]")).not.toBeNull();
    expect(document.documentElement.lang).toBe("en");
  });

  it("quits the app only after confirming", async () => {
    const root = await mount();
    await signIn(root);
    await click(root, "staff-quit");
    expect(byTestId(root, "staff-quit-confirm").textContent).toContain(en.t("staff-quit-title"));
    await click(root, "staff-quit-no");
    expect(calls("staff_quit")).toHaveLength(0);
    await click(root, "staff-quit");
    await click(root, "staff-quit-yes");
    expect(calls("staff_quit")).toHaveLength(1);
    expect(byTestId(root, "staff-quit-confirm").textContent).toContain(en.t("staff-quitting"));
  });

  it("speaks the kiosk's default language and switches to the next one", async () => {
    const root = await mount();
    await signIn(root);
    expect(document.documentElement.lang).toBe("en");
    await click(root, "staff-language");
    expect(document.documentElement.lang).toBe("zh-Hans");
    expect(byTestId(root, "staff-tab-journal").textContent).toBe(catalog("zh-Hans").t("staff-tab-journal"));
    await click(root, "staff-language");
    expect(document.documentElement.dir).toBe("rtl");
  });

  it("lists trades for today and opens one with its lines, exchanges and refunds", async () => {
    const root = await mount();
    await signIn(root);
    await click(root, "staff-tab-journal");
    const [, args] = calls("staff_trades")[0] as [string, { filter: { fromMs: number; toMs: number } }];
    expect(args.filter.toMs - args.filter.fromMs).toBeGreaterThanOrEqual(23 * 3600_000);
    const row = byTestId(root, `staff-trade-${trade.outTradeNo}`);
    expect(row.textContent).toContain("CN¥33.50");
    expect(row.textContent).toContain(en.t("staff-state-paid"));
    expect(byTestId(root, `staff-trade-${flagged.outTradeNo}`).textContent).toContain("query kept failing");
    await click(root, `staff-trade-${trade.outTradeNo}`);
    const page = byTestId(root, "staff-trade-detail");
    expect(page.textContent).toContain("Mineral water");
    expect(byTestId(root, "staff-events").children).toHaveLength(2);
    expect(byTestId(root, "staff-refunds").textContent).toContain(en.t("staff-reason-price"));
    expect(root.querySelector("[data-testid=staff-resolve]")).toBeNull();
    await click(root, "staff-reprint");
    expect(calls("staff_reprint")).toEqual([["staff_reprint", { outTradeNo: trade.outTradeNo }]]);
    expect(byTestId(root, "staff-toast").textContent).toBe(en.t("staff-reprint-sent"));
  });

  it("filters by status, amount and trade number with the on-screen keypads", async () => {
    const root = await mount();
    await signIn(root);
    await click(root, "staff-tab-journal");
    await click(root, "staff-filter-status");
    await click(root, "staff-status-flagged");
    await click(root, "staff-filter-amount");
    for (const k of ["5", "dot", "5"]) await click(root, `keypad-${k}`);
    await click(root, "staff-amount-max");
    for (const k of ["1", "0", "0"]) await click(root, `keypad-${k}`);
    await click(root, "staff-sheet-done");
    await click(root, "staff-filter-trade");
    for (const k of ["letters", "a", "b", "digits", "1"]) await click(root, `keypad-${k}`);
    await click(root, "staff-sheet-done");
    const filters = calls("staff_trades").map((c) => (c[1] as { filter: Record<string, unknown> }).filter);
    expect(filters.at(-1)).toMatchObject({ state: "flagged", minMinor: 550, maxMinor: 10000, tradeNo: "ab1" });
    expect(byTestId(root, "staff-filter-amount").textContent).toContain("CN¥5.50");
    await click(root, "staff-filter-clear");
    expect(calls("staff_trades").at(-1)?.[1]).toEqual({ filter: toFilter(TODAY) });
  });

  it("resolves a flagged trade", async () => {
    const root = await mount();
    await signIn(root);
    await click(root, "staff-tab-journal");
    await click(root, `staff-trade-${flagged.outTradeNo}`);
    expect((byTestId(root, "staff-refund") as HTMLButtonElement).disabled).toBe(true);
    await click(root, "staff-resolve");
    expect(calls("staff_resolve")).toEqual([["staff_resolve", { outTradeNo: flagged.outTradeNo }]]);
    expect(byTestId(root, "staff-toast").textContent).toBe(en.t("staff-resolved", { state: en.t("staff-state-cancelled") }));
  });

  it("refunds: the rest by default, changed on the keypad, confirmed, with the result", async () => {
    const root = await mount();
    await signIn(root);
    await click(root, "staff-tab-journal");
    await click(root, `staff-trade-${trade.outTradeNo}`);
    await click(root, "staff-refund");
    expect(byTestId(root, "refund-amount").dataset.minor).toBe("3000");
    expect(byTestId(root, "refund-amount").textContent).toBe("CN¥30.00");
    expect((byTestId(root, "refund-next") as HTMLButtonElement).disabled).toBe(true);
    // The first digit replaces the default.
    for (const k of ["4", "0"]) await click(root, `keypad-${k}`);
    expect(byTestId(root, "refund-amount").textContent).toBe("CN¥40.00");
    expect(byTestId(root, "refund-sheet").textContent).toContain(en.t("staff-refund-too-much"));
    await click(root, "keypad-back");
    for (const k of ["dot", "5"]) await click(root, `keypad-${k}`);
    expect(byTestId(root, "refund-amount").dataset.minor).toBe("450");
    await click(root, "refund-reason-returned_item");
    await click(root, "refund-next");
    expect(byTestId(root, "refund-confirm-amount").textContent).toBe("CN¥4.50");
    expect(calls("staff_refund")).toHaveLength(0);
    await click(root, "refund-yes");
    expect(calls("staff_refund")).toEqual([["staff_refund", { outTradeNo: trade.outTradeNo, amountMinor: 450, reason: "returned_item" }]]);
    expect(byTestId(root, "refund-result").dataset.state).toBe("succeeded");
    expect(byTestId(root, "refund-result").textContent).toContain(en.t("staff-refund-succeeded"));
    await click(root, "refund-done");
    expect(root.querySelector("[data-testid=refund-result]")).toBeNull();
    expect(calls("staff_trade").length).toBeGreaterThanOrEqual(2);
  });

  it("reconciles a day and lists the differences", async () => {
    const root = await mount();
    await signIn(root);
    await click(root, "staff-tab-reconcile");
    await click(root, "staff-reconcile-today");
    await click(root, "staff-reconcile-run");
    const [, args] = calls("staff_reconcile")[0] as [string, { date: string }];
    expect(args.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(byTestId(root, "staff-differences").textContent).toContain(en.t("staff-diff-missing-from-bill"));
    expect(byTestId(root, "staff-rec-matched").textContent).toContain("11");
  });

  it("shows the printer and prints a test page", async () => {
    const root = await mount();
    await signIn(root);
    await click(root, "staff-tab-printer");
    expect(byTestId(root, "staff-printer-status").textContent).toContain(en.t("staff-printer-paper-low"));
    expect(byTestId(root, "staff-printer-width").textContent).toBe(en.t("staff-printer-width-mm", { mm: 80 }));
    await click(root, "staff-test-print");
    expect(calls("staff_test_print")).toHaveLength(1);
  });

  it("runs the camera preview only while its page is open, with decoded codes over it", async () => {
    const root = await mount();
    await signIn(root);
    await click(root, "staff-tab-camera");
    expect(calls("staff_camera_preview")).toEqual([["staff_camera_preview", { on: true }]]);
    await act(async () => {
      for (const h of handlers.get("camera-preview") ?? []) h({ payload: { jpeg: "AAAA", width: 640, height: 480 } });
      for (const h of handlers.get("camera-decoded") ?? [])
        h({ payload: { text: "28****90", kind: "alipay", symbology: "qr", atMs: Date.now() } });
    });
    await settle();
    expect(byTestId(root, "staff-camera-preview").getAttribute("src")).toBe("data:image/jpeg;base64,AAAA");
    expect(byTestId(root, "staff-decoded").textContent).toContain(en.t("staff-code-alipay"));
    expect(byTestId(root, "staff-camera-fps").textContent).toBe(en.t("staff-camera-fps-value", { fps: 14.8 }));
    await click(root, "staff-camera-0");
    expect(calls("staff_pick_camera")).toEqual([["staff_pick_camera", { index: 0 }]]);
    await click(root, "staff-tab-config");
    expect(calls("staff_camera_preview").at(-1)).toEqual(["staff_camera_preview", { on: false }]);
    expect(handlers.get("camera-preview")).toHaveLength(0);
    expect(byTestId(root, "staff-config-reason").textContent).toContain("payment.deadline_secs");
  });

  it("shows the log and the audit log", async () => {
    const root = await mount();
    await signIn(root);
    await click(root, "staff-tab-logs");
    expect(calls("staff_logs")).toEqual([["staff_logs", { lines: 200 }]]);
    expect(byTestId(root, "staff-log-lines").textContent).toContain("line two");
    await click(root, "staff-tab-audit");
    expect(calls("staff_audit")).toEqual([["staff_audit", { limit: 200 }]]);
    expect(byTestId(root, "staff-audit-rows").textContent).toContain(en.t("staff-result-ok"));
  });
});

describe("typed amounts and durations", () => {
  it("types amounts with at most the currency's decimals", () => {
    let t = "";
    for (const k of ["0", "1", "2", "dot", "3", "4", "5"]) t = typeAmount(t, k, 2);
    expect(t).toBe("12.34");
    expect(amountToMinor(t, 2)).toBe(1234);
    expect(typeAmount("", "dot", 2)).toBe("0.");
    expect(typeAmount("12", "dot", 0)).toBe("12");
    expect(typeAmount("12.3", "back", 2)).toBe("12.");
    expect(amountToMinor("12.", 2)).toBe(1200);
    expect(amountToMinor("", 2)).toBeNull();
    expect(minorToAmount(5, 2)).toBe("0.05");
    expect(minorToAmount(1050, 0)).toBe("1050");
  });

  it("formats durations in the language's digits", () => {
    expect(formatDuration(65, "en")).toBe("1:05");
    expect(formatDuration(3725, "en")).toBe("1:02:05");
    expect(formatDuration(-3, "en")).toBe("0:00");
  });
});

import { render } from "preact";
import { byTestId, checkoutViewFixture, click, kioskInfoFixture, settle } from "./test-fixtures";
import { act } from "preact/test-utils";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CheckoutView, FailureReason, KioskInfo, PreviewFrame, TouchProduct } from "./backend";

// The backend at the IPC edge: commands through invoke, events through listen.
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

const { App, ACTIVITY_THROTTLE_MS } = await import("./app");
const { REASON_KEYS, HELP_KEYS } = await import("./screens/failed");
const { catalog } = await import("./i18n");

const info: KioskInfo = kioskInfoFixture;

const products: TouchProduct[] = [
  { productId: "banana", name: "Bananas", priceMinor: 650 },
  { productId: "bread", name: "Bread", priceMinor: 1200 },
];

const view = checkoutViewFixture;

const cart = {
  lines: [
    { lineId: 1, productId: "6901", name: "Mineral water", quantity: 2, unitMinor: 200, totalMinor: 400 },
    { lineId: 2, productId: "banana", name: "Bananas", quantity: 1, unitMinor: 650, totalMinor: 650 },
  ],
  itemCount: 3,
  totalMinor: 1050,
  taxMinor: 121,
};
const shopping = view({ state: "shopping", cart, scanSeq: 2, lastLineId: 2 });

let current: CheckoutView;
let kiosk: KioskInfo;

/** The fake backend: answers commands with the current view. */
function answer(cmd: string): unknown {
  switch (cmd) {
    case "kiosk_info":
      return kiosk;
    case "checkout_touch_products":
      return products;
    case "demo_codes":
      return [{ id: "cola", label: "Cola", kind: "item" }];
    case "demo_show":
      return null;
    default:
      return current;
  }
}

async function mount(initial: CheckoutView, patch: Partial<KioskInfo> = {}) {
  current = initial;
  kiosk = { ...info, ...patch };
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  await act(async () => {
    render(<App />, root);
  });
  await settle();
  return root;
}


/** The backend pushes a new view. */
async function push(next: CheckoutView) {
  current = next;
  await act(async () => {
    for (const h of handlers.get("checkout-view") ?? []) h({ payload: next });
  });
  await settle();
}

function commands(name: string): unknown[][] {
  return invoke.mock.calls.filter((c) => c[0] === name);
}

const en = catalog("en");

beforeEach(() => {
  invoke.mockReset();
  invoke.mockImplementation((cmd: string) => Promise.resolve(answer(cmd)));
  handlers.clear();
  document.documentElement.className = "";
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

afterEach(() => {
  render(null, document.body.firstElementChild ?? document.body);
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("start-up", () => {
  it("asks for the kiosk and the view, and follows pushed views", async () => {
    const root = await mount(view());
    expect(commands("kiosk_info")).toHaveLength(1);
    expect(commands("checkout_view")).toHaveLength(1);
    expect(root.querySelector("[data-screen=attract]")).not.toBeNull();
    await push(view({ state: "language" }));
    expect(root.querySelector("[data-screen=language]")).not.toBeNull();
  });

  it("shows out of order, with the reason, when the backend fails", async () => {
    invoke.mockImplementation(() => Promise.reject({ code: "config", message: "payment.deadline_secs: bad" }));
    const root = await mount(view());
    expect(root.querySelector("[role=alert]")?.textContent).toContain("payment.deadline_secs");
  });
});

describe("attract", () => {
  it("shows the store, the invitation and the Alipay mark; a touch starts", async () => {
    const root = await mount(view());
    expect(root.textContent).toContain("Test Store");
    expect(root.textContent).toContain(en.t("attract-title"));
    expect(root.textContent).toContain(en.t("attract-start"));
    expect(byTestId(root, "alipay-mark").textContent).toContain(en.t("attract-alipay", { network: "alipay" }));
    await click(root, "start");
    expect(commands("checkout_start")).toHaveLength(1);
  });
});

describe("payment network", () => {
  const plus = { network: "alipay_plus" } as const;
  const alipay = { network: "alipay" } as const;

  it("attract shows the Alipay logo and Alipay words by default", async () => {
    const root = await mount(view());
    const mark = byTestId(root, "alipay-mark");
    expect(mark.dataset.network).toBe("alipay");
    expect(mark.querySelector(".alipay-logo")?.getAttribute("aria-label")).toBe("Alipay");
    expect(mark.querySelector(".alipay-plus-mark")).toBeNull();
    expect(mark.textContent).toContain("Pay with Alipay");
    expect(root.textContent).toContain("Pay with Alipay in seconds");
    expect(root.textContent).not.toContain("Alipay+");
  });

  it("attract shows the Alipay+ mark and Alipay+ words on an Alipay+ kiosk", async () => {
    const root = await mount(view({ paymentNetwork: "alipay_plus" }));
    const mark = byTestId(root, "alipay-mark");
    expect(mark.dataset.network).toBe("alipay_plus");
    expect(mark.querySelector(".alipay-logo")).toBeNull();
    const plusMark = mark.querySelector(".alipay-plus-mark");
    expect(plusMark?.textContent).toBe("Alipay+");
    expect(plusMark?.getAttribute("role")).toBe("img");
    expect(plusMark?.getAttribute("aria-label")).toBe("Alipay+");
    expect(mark.textContent).toContain(en.t("attract-alipay", plus));
    expect(en.t("attract-alipay", plus)).toBe("Pay with Alipay+");
    expect(root.textContent).toContain("Pay with Alipay+ in seconds");
  });

  it("the pay screen says Alipay by default", async () => {
    const root = await mount({ ...shopping, state: "paying" });
    const title = root.querySelector(".brand-title");
    expect(title?.querySelector(".alipay-logo")).not.toBeNull();
    expect(title?.querySelector(".alipay-plus-mark")).toBeNull();
    expect(title?.textContent).toBe("Pay with Alipay");
    expect(root.textContent).toContain("Open Alipay and show your payment code");
    expect(root.textContent).toContain("Open the Alipay app on your phone");
    expect(root.textContent).toContain(en.t("pay-step-code", alipay));
  });

  it("the pay screen speaks of e-wallets, under the Alipay+ mark, on an Alipay+ kiosk", async () => {
    const root = await mount({ ...shopping, state: "paying", paymentNetwork: "alipay_plus" });
    const title = root.querySelector(".brand-title");
    expect(title?.querySelector(".alipay-logo")).toBeNull();
    expect(title?.querySelector(".alipay-plus-mark")?.getAttribute("aria-label")).toBe("Alipay+");
    expect(title?.querySelector("h1")?.textContent).toBe("Pay with Alipay+");
    expect(root.textContent).toContain("Open your e-wallet app and show your payment code");
    expect(root.textContent).toContain(en.t("pay-step-open", plus));
    expect(en.t("pay-step-open", plus)).toContain("GCash");
    expect(root.textContent).toContain(en.t("pay-step-code", plus));
    expect(root.textContent).not.toContain("Open Alipay");
  });

  it("the pay button, processing, failures and notices follow the network", async () => {
    const root = await mount({ ...shopping, paymentNetwork: "alipay_plus" });
    expect(byTestId(root, "pay").querySelector(".alipay-plus-mark")).not.toBeNull();
    expect(byTestId(root, "pay").textContent).toContain("Pay with Alipay+");
    await push({ ...shopping, paymentNetwork: "alipay_plus", notice: { kind: "other_wallet", wallet: "other" }, noticeSeq: 1 });
    expect(byTestId(root, "notice").textContent).toBe(
      "This payment code is not accepted here. Please pay with an Alipay+ wallet.",
    );
    await push({
      ...shopping,
      paymentNetwork: "alipay_plus",
      state: "processing",
      payment: { outTradeNo: "T1", phase: "waiting", secondsLeft: 30, deadlineSecs: 60 },
    });
    expect(root.textContent).toContain(en.t("processing-keep-open", plus));
    expect(root.textContent).not.toContain(en.t("processing-keep-open", alipay));
    await push({ ...shopping, paymentNetwork: "alipay_plus", state: "failed", result: { kind: "failed", reason: "balance" } });
    expect(byTestId(root, "failed-reason").textContent).toBe("Your e-wallet balance or spending limit was not enough.");
    expect(root.textContent).toContain(en.t("failed-help-balance", plus));
  });

  it("formats every customer screen with $network (no message falls back with an error)", async () => {
    const states: Partial<CheckoutView>[] = [
      { state: "attract" },
      { state: "shopping", notice: { kind: "other_wallet", wallet: "wechat_pay" }, noticeSeq: 1 },
      { state: "paying" },
      { state: "processing", payment: { outTradeNo: "T1", phase: "waiting", secondsLeft: 30, deadlineSecs: 60 } },
      ...(Object.keys(REASON_KEYS) as FailureReason[]).map((reason) => ({
        state: "failed" as const,
        result: { kind: "failed" as const, reason },
      })),
    ];
    for (const paymentNetwork of ["alipay", "alipay_plus"] as const) {
      const root = await mount(view({ cart, paymentNetwork }));
      for (const patch of states) await push(view({ cart, paymentNetwork, ...patch }));
      expect(root.querySelector("[data-screen=failed]")).not.toBeNull();
      render(null, root); // the next mount must not leave this app listening
    }
    expect(console.error).not.toHaveBeenCalled();
  });
});

describe("language picker", () => {
  it("offers the enabled languages by their own names and picks one", async () => {
    const root = await mount(view({ state: "language" }));
    const options = [...root.querySelectorAll(".language-option")].map((e) => e.textContent);
    expect(options).toEqual(["English", "简体中文", catalog("ar").nativeName]);
    await click(root, "language-zh-Hans");
    expect(commands("checkout_language")).toEqual([["checkout_language", { tag: "zh-Hans" }]]);
  });

  it("renders in the session's language, right to left for Arabic", async () => {
    const root = await mount(view({ state: "language", language: "zh-Hans" }));
    expect(root.textContent).toContain(catalog("zh-Hans").t("language-title"));
    expect(document.documentElement.lang).toBe("zh-Hans");
    await push(view({ state: "language", language: "ar" }));
    expect(document.documentElement.dir).toBe("rtl");
  });
});

describe("shopping", () => {
  it("shows lines, the total with tax, and items without a barcode", async () => {
    const root = await mount(shopping);
    expect(byTestId(root, "line-1").textContent).toContain("Mineral water");
    expect(byTestId(root, "line-2").classList.contains("last")).toBe(true);
    expect(byTestId(root, "total").textContent).toBe("CN¥10.50");
    expect(root.textContent).toContain(en.t("shop-tax", { tax: "CN¥1.21" }));
    expect(root.textContent).toContain(en.t("shop-items", { count: 3 }));
    expect(byTestId(root, "touch-product-banana").textContent).toContain("CN¥6.50");
    await click(root, "touch-product-bread");
    expect(commands("checkout_add")).toEqual([["checkout_add", { productId: "bread" }]]);
  });

  it("changes quantities through setQuantity", async () => {
    const root = await mount(shopping);
    await click(root, "qty-plus-1");
    await click(root, "qty-minus-1");
    await click(root, "remove-2");
    expect(commands("checkout_quantity")).toEqual([
      ["checkout_quantity", { lineId: 1, quantity: 3 }],
      ["checkout_quantity", { lineId: 1, quantity: 1 }],
      ["checkout_quantity", { lineId: 2, quantity: 0 }],
    ]);
    expect((byTestId(root, "qty-minus-2") as HTMLButtonElement).disabled).toBe(true);
  });

  it("pays, calls staff, and cancels only after confirming", async () => {
    const root = await mount(shopping);
    await click(root, "pay");
    await click(root, "call-staff");
    expect(commands("checkout_pay")).toHaveLength(1);
    expect(commands("checkout_call_staff")).toHaveLength(1);
    await click(root, "cancel-order");
    expect(byTestId(root, "cancel-confirm").textContent).toContain(en.t("shop-cancel-title"));
    await click(root, "cancel-no");
    expect(root.querySelector("[data-testid=cancel-confirm]")).toBeNull();
    expect(commands("checkout_cancel")).toHaveLength(0);
    await click(root, "cancel-order");
    await click(root, "cancel-yes");
    expect(commands("checkout_cancel")).toHaveLength(1);
  });

  it("switches language in place", async () => {
    const root = await mount(shopping);
    await click(root, "choose-language");
    expect(root.querySelector("[data-screen=language-overlay]")).not.toBeNull();
    await click(root, "language-zh-Hans");
    expect(commands("checkout_language")).toEqual([["checkout_language", { tag: "zh-Hans" }]]);
    expect(root.querySelector("[data-screen=language-overlay]")).toBeNull();
  });

  it("shows notices in words, again when the same notice comes twice", async () => {
    const root = await mount(shopping);
    await push({ ...shopping, notice: { kind: "other_wallet", wallet: "wechat_pay" }, noticeSeq: 1 });
    expect(byTestId(root, "notice").dataset.kind).toBe("other_wallet");
    expect(byTestId(root, "notice").textContent).toBe(en.t("notice-wallet-wechat-pay", { network: "alipay" }));
    await click(root, "notice");
    expect(root.querySelector("[data-testid=notice]")).toBeNull();
    await push({ ...shopping, notice: { kind: "other_wallet", wallet: "wechat_pay" }, noticeSeq: 1 });
    expect(root.querySelector("[data-testid=notice]")).toBeNull();
    await push({ ...shopping, notice: { kind: "other_wallet", wallet: "wechat_pay" }, noticeSeq: 2 });
    expect(root.querySelector("[data-testid=notice]")).not.toBeNull();
  });

  it("has a message for every notice", async () => {
    const notices: CheckoutView["notice"][] = [
      { kind: "unknown_item", code: "123" },
      { kind: "other_wallet", wallet: "unionpay" },
      { kind: "other_wallet", wallet: "other" },
      { kind: "cart_empty" },
      { kind: "quantity_limit" },
      { kind: "staff_called" },
    ];
    const root = await mount(shopping);
    const texts = new Set<string>();
    for (const [i, notice] of notices.entries()) {
      await push({ ...shopping, notice, noticeSeq: i + 1 });
      const text = byTestId(root, "notice").textContent ?? "";
      expect(text).not.toMatch(/^notice-/);
      texts.add(text);
    }
    expect(texts.size).toBe(notices.length);
  });

  it("a failing command shows the error notice and keeps the screen", async () => {
    const root = await mount(shopping);
    invoke.mockImplementation((cmd: string) =>
      cmd === "checkout_pay" ? Promise.reject({ code: "internal", message: "boom" }) : Promise.resolve(answer(cmd)),
    );
    await click(root, "pay");
    expect(byTestId(root, "notice").dataset.kind).toBe("error");
    expect(byTestId(root, "notice").textContent).toBe(en.t("notice-error"));
    expect(root.querySelector("[data-screen=shopping]")).not.toBeNull();
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining("internal: boom"), expect.anything());
  });
});

describe("paying", () => {
  it("shows the amount, the instruction and the live camera picture", async () => {
    const root = await mount({ ...shopping, state: "paying" });
    expect(byTestId(root, "pay-amount").textContent).toBe("CN¥10.50");
    expect(root.textContent).toContain(en.t("pay-instruction", { network: "alipay" }));
    expect(root.textContent).toContain(en.t("pay-camera-starting"));
    const frame: PreviewFrame = { jpeg: "AAAA", width: 640, height: 480 };
    await act(async () => {
      for (const h of handlers.get("camera-preview") ?? []) h({ payload: frame });
    });
    expect(byTestId(root, "camera-preview").getAttribute("src")).toBe("data:image/jpeg;base64,AAAA");
    await click(root, "pay-back");
    expect(commands("checkout_back")).toHaveLength(1);
  });

  it("stops listening to the camera when the screen goes", async () => {
    const root = await mount({ ...shopping, state: "paying" });
    expect(handlers.get("camera-preview")).toHaveLength(1);
    await push({ ...shopping });
    expect(root.querySelector("[data-screen=shopping]")).not.toBeNull();
    expect(handlers.get("camera-preview")).toHaveLength(0);
  });
});

describe("processing", () => {
  const processing = (phase: "sending" | "waiting" | "cancelling", secondsLeft: number) => ({
    ...shopping,
    state: "processing" as const,
    payment: { outTradeNo: "T1", phase, secondsLeft, deadlineSecs: 60 },
  });

  it("counts down from the deadline, also between pushes", async () => {
    vi.useFakeTimers();
    const root = await mount(processing("waiting", 30));
    expect(byTestId(root, "countdown").dataset.seconds).toBe("30");
    expect(root.textContent).toContain(en.t("processing-waiting"));
    await act(async () => {
      vi.advanceTimersByTime(2100);
    });
    expect(byTestId(root, "countdown").dataset.seconds).toBe("28");
    await push(processing("waiting", 25));
    expect(byTestId(root, "countdown").dataset.seconds).toBe("25");
    await click(root, "processing-cancel");
    expect(commands("checkout_cancel")).toHaveLength(1);
  });

  it("says it is cancelling, without a second Cancel", async () => {
    const root = await mount(processing("cancelling", 10));
    expect(root.textContent).toContain(en.t("processing-cancelling"));
    expect(root.querySelector("[data-testid=processing-cancel]")).toBeNull();
  });
});

describe("done", () => {
  const done = (receipt: "printing" | "printed" | "failed") =>
    view({
      state: "done",
      cart,
      result: { kind: "paid", outTradeNo: "T1", amountMinor: 1050, receipt },
      returnSecs: 12,
    });

  it("thanks, follows the receipt, and finishes", async () => {
    const root = await mount(done("printing"));
    expect(root.textContent).toContain(en.t("done-title"));
    expect(root.textContent).toContain(en.t("done-thanks"));
    expect(root.textContent).toContain("CN¥10.50");
    expect(byTestId(root, "receipt").textContent).toBe(en.t("done-receipt-printing"));
    expect(byTestId(root, "returning").textContent).toBe(en.t("common-returning", { seconds: 12 }));
    await push(done("printed"));
    expect(byTestId(root, "receipt").textContent).toBe(en.t("done-receipt-printed"));
    await push(done("failed"));
    expect(byTestId(root, "receipt").textContent).toBe(en.t("done-receipt-failed"));
    await click(root, "done-finish");
    expect(commands("checkout_finish")).toHaveLength(1);
  });
});

describe("failed", () => {
  const reasons = Object.keys(REASON_KEYS) as FailureReason[];
  const failed = (reason: FailureReason) => view({ state: "failed", cart, result: { kind: "failed", reason } });

  it("has its own message and advice for every reason", async () => {
    expect(reasons).toHaveLength(8);
    const root = await mount(failed("balance"));
    const seen = new Set<string>();
    for (const reason of reasons) {
      await push(failed(reason));
      const el = byTestId(root, "failed-reason");
      expect(el.dataset.reason).toBe(reason);
      expect(en.has(REASON_KEYS[reason])).toBe(true);
      expect(en.has(HELP_KEYS[reason])).toBe(true);
      expect(el.textContent).toBe(en.t(REASON_KEYS[reason], { network: "alipay" }));
      expect(root.textContent).toContain(en.t(HELP_KEYS[reason], { network: "alipay" }));
      seen.add(el.textContent ?? "");
    }
    expect(seen.size).toBe(reasons.length);
  });

  it("says nothing was charged after a cancel or a timeout", async () => {
    const root = await mount(failed("timeout"));
    expect(byTestId(root, "not-charged").textContent).toBe(en.t("failed-not-charged"));
    await push(failed("cancelled"));
    expect(root.querySelector("[data-testid=not-charged]")).not.toBeNull();
    await push(failed("balance"));
    expect(root.querySelector("[data-testid=not-charged]")).toBeNull();
  });

  it("offers a fresh code, staff and the way out", async () => {
    const root = await mount(failed("code_expired"));
    await click(root, "failed-retry");
    await click(root, "failed-staff");
    await click(root, "failed-finish");
    expect(commands("checkout_retry")).toHaveLength(1);
    expect(commands("checkout_call_staff")).toHaveLength(1);
    expect(commands("checkout_finish")).toHaveLength(1);
  });

  it("does not invite paying again when the outcome is unknown", async () => {
    const root = await mount(failed("unresolved"));
    expect(root.textContent).toContain(en.t("failed-title-unresolved"));
    expect(root.querySelector("[data-testid=failed-retry]")).toBeNull();
    expect(byTestId(root, "failed-finish").textContent).toBe(en.t("failed-back-to-start"));
  });
});

describe("closed, idle and resetting", () => {
  it("says the lane is closed", async () => {
    const root = await mount(view({ state: "closed" }));
    expect(root.textContent).toContain(en.t("closed-title"));
    expect(root.textContent).toContain(en.t("closed-body"));
  });

  it("asks whether the customer is still there; the answer is activity()", async () => {
    const root = await mount({ ...shopping, idle: { secondsLeft: 15 } });
    expect(byTestId(root, "idle-prompt").textContent).toContain(en.t("idle-title"));
    expect(byTestId(root, "countdown").dataset.seconds).toBe("15");
    await click(root, "idle-still-here");
    expect(commands("checkout_activity")).toHaveLength(1);
  });

  it("shows please wait while a reset settles a payment", async () => {
    const root = await mount({ ...shopping, resetting: true });
    expect(byTestId(root, "resetting").textContent).toContain(en.t("common-please-wait"));
  });
});

describe("across screens", () => {
  it("reports touches as activity, at most once per 2 s", async () => {
    vi.useFakeTimers();
    await mount(shopping);
    const down = () => document.body.dispatchEvent(new Event("pointerdown", { bubbles: true }));
    down();
    down();
    expect(commands("checkout_activity")).toHaveLength(1);
    vi.advanceTimersByTime(ACTIVITY_THROTTLE_MS + 10);
    down();
    expect(commands("checkout_activity")).toHaveLength(2);
  });

  it("sends what a handheld scanner types", async () => {
    await mount(shopping);
    await act(async () => {
      for (const key of [..."6901234567892", "Enter"]) {
        document.dispatchEvent(new KeyboardEvent("keydown", { key, cancelable: true }));
      }
    });
    await act(async () => {
      document.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", cancelable: true }));
    });
    expect(commands("checkout_scan")).toEqual([["checkout_scan", { code: "6901234567892" }]]);
  });

  it("keeps larger text until the session returns to attract", async () => {
    const root = await mount(view());
    await click(root, "larger-text");
    expect(commands("checkout_start")).toHaveLength(0);
    expect(document.documentElement.classList.contains("larger-text")).toBe(true);
    await push(shopping);
    expect(document.documentElement.classList.contains("larger-text")).toBe(true);
    expect(byTestId(root, "larger-text").getAttribute("aria-pressed")).toBe("true");
    await push(view());
    expect(document.documentElement.classList.contains("larger-text")).toBe(false);
  });

  it("plays sounds unless staff muted them", async () => {
    const oscillators: number[] = [];
    class FakeAudio {
      state = "running";
      currentTime = 0;
      destination = {};
      createOscillator() {
        oscillators.push(1);
        return { type: "", frequency: { value: 0 }, connect: (n: unknown) => n, start() {}, stop() {} };
      }
      createGain() {
        const node = { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (n: unknown) => n };
        return node;
      }
    }
    vi.stubGlobal("AudioContext", FakeAudio);
    // Staff mute at run time: the pushed view carries it.
    await mount({ ...shopping, soundsMuted: true }, { soundsMuted: true });
    await push({ ...shopping, soundsMuted: true, scanSeq: 3 });
    expect(oscillators).toHaveLength(0);
    await mount(shopping, { soundsMuted: true });
    await push({ ...shopping, soundsMuted: false, scanSeq: 3 });
    expect(oscillators.length).toBeGreaterThan(0);
    vi.unstubAllGlobals();
  });

  it("shows the simulate strip in demo mode only", async () => {
    let root = await mount(shopping);
    expect(root.querySelector("[data-testid=demo-strip]")).toBeNull();
    root = await mount(shopping, { demo: true });
    await click(root, "demo-show-cola");
    expect(commands("demo_show")).toEqual([["demo_show", { id: "cola" }]]);
  });
});

// The built UI (ui/dist) in headless Debian Chromium, driven by
// playwright-core. The Tauri backend is replaced at the IPC edge by a fake
// `__TAURI_INTERNALS__` answering the same commands and delivering events the
// way @tauri-apps/api/event expects; the real backend is exercised by
// app.test.mjs. Every customer screen is rendered in every language at two
// kiosk sizes and checked for clipped text, scrolling, touch target size,
// contrast and fonts. Screenshots (1280×1024) go to target/ui-screenshots/.
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { serveDirectory } from "./static-server.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const shots = path.join(root, "target/ui-screenshots");
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const MIN_TOUCH = 72;
const MIN_CONTRAST = 4.5;

const LANGUAGES = ["en", "zh-Hans", "zh-Hant", "ja", "ko", "th", "vi", "id", "ms", "es", "fr", "de", "ru", "ar"];
/** The shipped font each language's own script is drawn with (styles.css). */
const FONT_FOR = {
  "zh-Hans": "Kiosk SC",
  "zh-Hant": "Kiosk TC",
  ja: "Kiosk JP",
  ko: "Kiosk KR",
  th: "Kiosk Thai",
  ar: "Kiosk Arabic",
};
/** UI_LANGS=en,ar runs the language matrices for those languages only (while working on a screen). */
const MATRIX_LANGUAGES = process.env.UI_LANGS ? process.env.UI_LANGS.split(",") : LANGUAGES;
const SIZES = [
  { width: 1280, height: 1024 },
  { width: 1024, height: 768 },
];

let server;
let browser;

before(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serveDirectory(path.join(root, "ui/dist"));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      "--autoplay-policy=no-user-gesture-required",
    ],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const kioskInfo = {
  storeName: "Chromium Test Store",
  storeId: "s1",
  terminalId: "k1",
  currency: "CNY",
  currencyExponent: 2,
  defaultLanguage: "en",
  languages: LANGUAGES,
  windowed: false,
  demo: false,
  soundsMuted: true,
};

const touchProducts = [
  { productId: "banana", name: "Bananas", priceMinor: 650 },
  { productId: "croissant", name: "Butter croissant", priceMinor: 880 },
  { productId: "apple", name: "Fuji apple", priceMinor: 420 },
  { productId: "baguette", name: "Baguette", priceMinor: 1250 },
  { productId: "orange", name: "Navel orange", priceMinor: 390 },
  { productId: "muffin", name: "Blueberry muffin", priceMinor: 990 },
];

const demoCodes = [
  { id: "cola", label: "Cola 330 ml", kind: "item" },
  { id: "chips", label: "Potato chips", kind: "item" },
  { id: "alipay-ok", label: "Alipay code (pays)", kind: "payment" },
  { id: "alipay-balance", label: "Alipay code (no balance)", kind: "payment" },
];

/** The staff PIN the fake backend takes. */
const STAFF_PIN = "2468";

/**
 * What the fake backend answers in maintenance mode: a day of trades (all of
 * today, so that the journal's default "Today" shows them), one trade's
 * detail with every gateway exchange, a reconciliation with differences, the
 * audit and log. Long texts on purpose: the screens must hold them.
 */
function staffFixtures(now = Date.now()) {
  const midnight = new Date(now);
  midnight.setHours(0, 0, 0, 0);
  // Spread over the last two hours, but never before today's midnight.
  const at = (minutesAgo) => Math.max(midnight.getTime() + 60_000, now - minutesAgo * 60_000);
  const no = (n) => `kiosk_01_20250314_4f9c2a_${String(n).padStart(6, "0")}`;
  const trade = (n, patch) => ({
    outTradeNo: no(n),
    tradeNo: `20250314220014000012345${String(n).padStart(5, "0")}`,
    state: "paid",
    amountMinor: 3350,
    refundedMinor: 0,
    currency: "CNY",
    language: "zh-Hans",
    createdMs: at(130 - n),
    receiptOwed: false,
    flagReason: null,
    ...patch,
  });
  const trades = [
    trade(123, { amountMinor: 3350 }),
    trade(122, { amountMinor: 12880, refundedMinor: 2000, language: "en" }),
    trade(121, { state: "flagged", amountMinor: 990, tradeNo: null, flagReason: "query kept failing: gateway timeout after 5 attempts" }),
    trade(120, { state: "cancel_owed", amountMinor: 4500, language: "ar" }),
    trade(119, { state: "declined", amountMinor: 650, tradeNo: null }),
    trade(118, { state: "cancelled", amountMinor: 1250 }),
    trade(117, { state: "pending", amountMinor: 2200, tradeNo: null }),
    trade(116, { amountMinor: 880, receiptOwed: true, language: "ja" }),
  ];
  const t0 = at(9);
  const events = [
    ["journaled", "intent recorded: 128.80 CNY, 4 lines, terminal kiosk-01"],
    ["pay_request", "alipay.trade.pay out_trade_no=kiosk_01_20250314_4f9c2a_000122 auth_code=28**************90 total_amount=128.80 scene=bar_code"],
    ["pay_response", "code=10003 msg=Business Processing (the buyer is confirming on the phone)"],
    ["query_request", "alipay.trade.query out_trade_no=kiosk_01_20250314_4f9c2a_000122"],
    ["query_response", "code=10000 trade_status=WAIT_BUYER_PAY"],
    ["query_request", "alipay.trade.query out_trade_no=kiosk_01_20250314_4f9c2a_000122"],
    ["query_response", "code=10000 trade_status=TRADE_SUCCESS trade_no=2025031422001400001234500122 total_amount=128.80 buyer_logon_id=138******21"],
    ["state", "pending → paid"],
    ["receipt", "printed on tcp 127.0.0.1:9100 (80 mm)"],
    ["refund_request", "alipay.trade.refund refund_amount=20.00 out_request_no=kiosk_01_20250314_4f9c2a_000122_r1"],
    ["refund_response", "code=10000 msg=Success fund_change=Y refund_fee=20.00"],
  ].map(([kind, detail], i) => ({ atMs: t0 + i * 2300, kind, detail }));
  const detail = {
    lines: [
      { name: "Mineral water 550 ml", quantity: 2, unitMinor: 200 },
      { name: "Chocolate wafer bar, hazelnut", quantity: 1, unitMinor: 650 },
      { name: "Organic green tea, 20 bags", quantity: 3, unitMinor: 2800 },
      { name: "Bananas", quantity: 1, unitMinor: 3030 },
    ],
    events,
  };
  return {
    pin: STAFF_PIN,
    waiting: 0,
    overview: {
      session: { staffId: "s-007", staffName: "Li Wei", idleSecsLeft: 287 },
      laneOpen: true,
      paymentRunning: false,
      soundsMuted: false,
      currency: "CNY",
      currencyExponent: 2,
      printer: { status: "paper_low", detail: "The paper near-end sensor reports little paper left.", paperWidthMm: 80, target: "tcp 127.0.0.1:9100" },
      camera: { health: "streaming", fault: null, framesTotal: 183402, fps: 14.8, source: "camera 0 (1280×720 MJPEG)" },
      config: {
        fleetEnabled: true,
        fleetVersion: 41,
        kioskVersion: 42,
        catalogOrigin: "bundle kiosk-01 v42 (catalog: 1284 items)",
        lastRejected: { version: 43, reason: "payment.deadline_secs: 5 is below the minimum of 20", atMs: at(70) },
      },
      alarms: [
        { atMs: at(5), kind: "receipt_failed", detail: "a paid receipt did not print" },
        { atMs: at(25), kind: "unresolved", detail: "a payment's outcome is not known; the resolver owns it" },
        { atMs: at(48), kind: "help", detail: "a customer asked for help" },
        { atMs: at(90), kind: "printer", detail: "paper low" },
      ],
    },
    trades,
    details: { default: detail },
    refundsOf: {
      [no(122)]: [
        {
          outRequestNo: `${no(122)}_r1`,
          amountMinor: 2000,
          state: "succeeded",
          reason: "returned_item",
          detail: "code=10000 msg=Success fund_change=Y",
          createdMs: t0 + 20000,
        },
      ],
    },
    reconciliation: {
      date: "2025-03-13",
      billPayments: 42,
      billRefunds: 3,
      journalTrades: 44,
      matched: 41,
      differences: [
        { kind: "missing_from_bill", outTradeNo: no(121), detail: "the journal kept 9.90 CNY; the bill has no line for it" },
        { kind: "amount_mismatch", outTradeNo: no(122), detail: "journal 108.80 CNY, bill 128.80 CNY" },
        { kind: "status_mismatch", outTradeNo: no(120), detail: "journal cancel_owed; bill TRADE_SUCCESS" },
      ],
    },
    audit: [
      { atMs: at(30), staff: "Li Wei", action: "refund", detail: `${no(122)} 2000 returned_item`, result: "ok" },
      { atMs: at(31), staff: "Li Wei", action: "reprint", detail: no(116), result: "printer: paper_out" },
      { atMs: at(32), staff: "Li Wei", action: "lane", detail: "closed", result: "ok" },
      { atMs: at(33), staff: "Li Wei", action: "login", detail: "PIN", result: "ok" },
      { atMs: at(60), staff: "—", action: "login", detail: "wrong PIN (4 tries left)", result: "wrong_pin" },
    ],
    logs: Array.from({ length: 60 }, (_, i) => {
      const time = new Date(at(60 - i)).toISOString();
      return i % 7 === 3
        ? `${time}  WARN checkout::lane: alarm kind="receipt_failed" detail="a paid receipt did not print: printer tcp 127.0.0.1:9100 answered paper_out"`
        : `${time}  INFO payment::driver: payment finished out_trade_no=${no(100 + i)} outcome=Paid state=paid`;
    }),
    cameras: [
      { index: 0, name: "USB2.0 HD UVC WebCam" },
      { index: 1, name: "Integrated Camera (front, 720p)" },
    ],
    decoded: [
      { text: "28**************90", kind: "alipay", symbology: "code128", atMs: at(0) },
      { text: "6901234567892", kind: "item", symbology: "ean13", atMs: at(1) },
      { text: "wxp://f2f0…", kind: "other_wallet", symbology: "qr", atMs: at(2) },
    ],
  };
}

const emptyCart = { lines: [], itemCount: 0, totalMinor: 0, taxMinor: 0 };
const fullCart = {
  lines: [
    { lineId: 1, productId: "6901234567892", name: "Mineral water 550 ml", quantity: 2, unitMinor: 200, totalMinor: 400 },
    { lineId: 2, productId: "6909876543210", name: "Chocolate wafer bar, hazelnut", quantity: 1, unitMinor: 650, totalMinor: 650 },
    { lineId: 3, productId: "banana", name: "Bananas", quantity: 3, unitMinor: 650, totalMinor: 1950 },
    { lineId: 4, productId: "6901111111111", name: "Green tea 500 ml", quantity: 1, unitMinor: 350, totalMinor: 350 },
  ],
  itemCount: 7,
  totalMinor: 3350,
  taxMinor: 385,
};

function baseView(language) {
  return {
    state: "attract",
    language,
    cart: emptyCart,
    notice: null,
    noticeSeq: 0,
    scanSeq: 0,
    lastLineId: null,
    payment: null,
    result: null,
    idle: null,
    resetting: false,
    returnSecs: null,
    paymentNetwork: "alipay",
  };
}

/**
 * The screens every language is checked on: name (screenshot file), the view
 * to push, what to wait for, and an optional step in the page.
 */
function screens(language) {
  const v = baseView(language);
  const shopping = { ...v, state: "shopping", cart: fullCart, scanSeq: 7, lastLineId: 3 };
  const plus = { paymentNetwork: "alipay_plus" };
  return [
    { name: "attract", view: v, wait: "[data-screen=attract]" },
    { name: "language", view: { ...v, state: "language" }, wait: "[data-screen=language]" },
    {
      name: "shopping",
      view: { ...shopping, notice: { kind: "unknown_item", code: "6900000000000" }, noticeSeq: 1 },
      wait: "[data-testid=notice][data-kind=unknown_item]",
    },
    { name: "shopping-empty", view: { ...v, state: "shopping" }, wait: "[data-screen=shopping] .cart-empty" },
    { name: "paying", view: { ...shopping, state: "paying" }, wait: "[data-screen=paying]", preview: true },
    {
      name: "processing",
      view: {
        ...shopping,
        state: "processing",
        payment: { outTradeNo: "T1", phase: "waiting", secondsLeft: 42, deadlineSecs: 60 },
      },
      wait: "[data-screen=processing]",
    },
    {
      name: "processing-cancelling",
      view: {
        ...shopping,
        state: "processing",
        payment: { outTradeNo: "T1", phase: "cancelling", secondsLeft: 12, deadlineSecs: 60 },
      },
      wait: "[data-screen=processing][data-phase=cancelling]",
    },
    {
      name: "done",
      view: {
        ...shopping,
        state: "done",
        result: { kind: "paid", outTradeNo: "T1", amountMinor: 3350, receipt: "printed" },
        returnSecs: 15,
      },
      wait: "[data-screen=done]",
    },
    ...["balance", "timeout", "unresolved", "code_expired"].map((reason) => ({
      name: `failed-${reason}`,
      view: { ...shopping, state: "failed", result: { kind: "failed", reason }, returnSecs: 30 },
      wait: `[data-testid=failed-reason][data-reason=${reason}]`,
    })),
    { name: "closed", view: { ...v, state: "closed" }, wait: "[data-screen=closed]" },
    { name: "idle", view: { ...shopping, idle: { secondsLeft: 20 } }, wait: "[data-testid=idle-prompt]" },
    // An Alipay+ kiosk (Antom): the Alipay+ mark and the e-wallet wording.
    { name: "attract-alipay-plus", view: { ...v, ...plus }, wait: "[data-screen=attract] .alipay-plus-mark" },
    {
      name: "shopping-alipay-plus",
      view: { ...shopping, ...plus, notice: { kind: "other_wallet", wallet: "other" }, noticeSeq: 2 },
      wait: "[data-testid=notice][data-kind=other_wallet]",
    },
    {
      name: "paying-alipay-plus",
      view: { ...shopping, ...plus, state: "paying" },
      wait: "[data-screen=paying] .alipay-plus-mark",
      preview: true,
    },
    {
      name: "processing-alipay-plus",
      view: {
        ...shopping,
        ...plus,
        state: "processing",
        payment: { outTradeNo: "T1", phase: "waiting", secondsLeft: 42, deadlineSecs: 60 },
      },
      wait: "[data-screen=processing]",
    },
    ...["balance", "declined"].map((reason) => ({
      name: `failed-${reason}-alipay-plus`,
      view: { ...shopping, ...plus, state: "failed", result: { kind: "failed", reason }, returnSecs: 30 },
      wait: `[data-testid=failed-reason][data-reason=${reason}]`,
    })),
    { name: "larger-text", view: shopping, wait: "[data-screen=shopping]", largerText: true },
  ];
}

/**
 * The fake backend, installed before the app loads. It keeps a view, answers
 * the checkout commands with small transitions (enough to click through), and
 * delivers events to listeners registered through plugin:event|listen.
 */
function installFakeBackend({ info, products, codes, view, staff }) {
  const callbacks = new Map();
  const listeners = new Map();
  let nextId = 1;
  const fake = { view, calls: [] };
  window.__fake = fake;
  const emit = (event, payload) => {
    for (const { eventId, handler } of listeners.get(event) ?? []) {
      callbacks.get(handler)?.({ event, id: eventId, payload });
    }
  };
  const setView = (next) => {
    fake.view = next;
    emit("checkout-view", next);
    return next;
  };
  fake.emit = emit;
  fake.setView = setView;
  fake.listening = (event) => (listeners.get(event) ?? []).length > 0;
  const addLine = (v, productId) => {
    const product = products.find((p) => p.productId === productId);
    if (!product) return { ...v, notice: { kind: "unknown_item", code: productId }, noticeSeq: v.noticeSeq + 1 };
    const lineId = v.cart.lines.reduce((m, l) => Math.max(m, l.lineId), 0) + 1;
    const lines = [
      ...v.cart.lines,
      { lineId, productId, name: product.name, quantity: 1, unitMinor: product.priceMinor, totalMinor: product.priceMinor },
    ];
    return { ...v, cart: totals(lines), scanSeq: v.scanSeq + 1, lastLineId: lineId };
  };
  const totals = (lines) => {
    const totalMinor = lines.reduce((s, l) => s + l.totalMinor, 0);
    return {
      lines,
      itemCount: lines.reduce((s, l) => s + l.quantity, 0),
      totalMinor,
      taxMinor: Math.round((totalMinor * 13) / 113),
    };
  };
  const commands = {
    kiosk_info: () => info,
    checkout_view: () => fake.view,
    checkout_touch_products: () => products,
    demo_codes: () => codes,
    demo_show: () => null,
    checkout_start: (v) => setView({ ...v, state: "language" }),
    checkout_language: (v, { tag }) => setView({ ...v, language: tag, state: v.state === "language" ? "shopping" : v.state }),
    checkout_add: (v, { productId }) => setView(addLine(v, productId)),
    checkout_scan: (v, { code }) => setView(addLine(v, code)),
    checkout_quantity: (v, { lineId, quantity }) =>
      setView({
        ...v,
        cart: totals(
          v.cart.lines
            .map((l) => (l.lineId === lineId ? { ...l, quantity, totalMinor: l.unitMinor * quantity } : l))
            .filter((l) => l.quantity > 0),
        ),
      }),
    checkout_pay: (v) =>
      v.cart.lines.length === 0
        ? setView({ ...v, notice: { kind: "cart_empty" }, noticeSeq: v.noticeSeq + 1 })
        : setView({ ...v, state: "paying" }),
    checkout_back: (v) => setView({ ...v, state: "shopping" }),
    checkout_cancel: (v) => setView({ ...v, state: "attract", cart: totals([]), idle: null }),
    checkout_activity: (v) => (v.idle ? setView({ ...v, idle: null }) : v),
    checkout_call_staff: (v) => setView({ ...v, notice: { kind: "staff_called" }, noticeSeq: v.noticeSeq + 1 }),
    checkout_retry: (v) => setView({ ...v, state: "paying", result: null }),
    checkout_finish: (v) => setView({ ...v, state: "attract", cart: totals([]), result: null, returnSecs: null }),
  };
  // Maintenance mode: PIN checks, a session, and fixtures the commands change.
  const st = { ...staff, session: false, wrong: 0, lockedUntil: 0, quit: false, refunds: 0, reprints: [] };
  fake.staff = st;
  const audit = (action, detail) =>
    st.audit.unshift({ atMs: Date.now(), staff: st.overview.session.staffName, action, detail, result: "ok" });
  const notStaff = () => {
    throw { code: "not_staff", message: "no staff session is active" };
  };
  const staffCommands = {
    staff_pad: () => ({ lockedSecs: st.lockedUntil > Date.now() ? Math.ceil((st.lockedUntil - Date.now()) / 1000) : null }),
    staff_login: (_, { pin }) => {
      if (st.lockedUntil > Date.now()) return { kind: "locked", secondsLeft: Math.ceil((st.lockedUntil - Date.now()) / 1000) };
      if (st.waiting > 0) {
        st.waiting -= 1;
        return { kind: "waiting_for_payment" };
      }
      if (pin === st.pin) {
        st.session = true;
        st.wrong = 0;
        audit("login", "PIN");
        return { kind: "ok", session: st.overview.session };
      }
      st.wrong += 1;
      if (st.wrong >= 5) {
        st.wrong = 0;
        st.lockedUntil = Date.now() + 300_000;
        return { kind: "locked", secondsLeft: 300 };
      }
      return { kind: "wrong", attemptsLeft: 5 - st.wrong };
    },
  };
  const sessionCommands = {
    staff_logout: () => ((st.session = false), null),
    staff_exit: () => {
      audit("exit", "");
      st.session = false;
      return null;
    },
    staff_quit: () => ((st.quit = true), null),
    staff_overview: () => st.overview,
    staff_set_lane: (v, { open }) => {
      st.overview = { ...st.overview, laneOpen: open };
      audit("lane", open ? "open" : "closed");
      setView({ ...v, state: open ? "attract" : "closed" });
      return st.overview;
    },
    staff_set_muted: (_, { muted }) => (st.overview = { ...st.overview, soundsMuted: muted }),
    staff_trades: (_, { filter }) =>
      st.trades.filter(
        (t) =>
          (filter.fromMs === undefined || t.createdMs >= filter.fromMs) &&
          (filter.toMs === undefined || t.createdMs < filter.toMs) &&
          (filter.state === undefined || t.state === filter.state) &&
          (filter.minMinor === undefined || t.amountMinor >= filter.minMinor) &&
          (filter.maxMinor === undefined || t.amountMinor <= filter.maxMinor) &&
          (filter.tradeNo === undefined || t.outTradeNo.includes(filter.tradeNo) || (t.tradeNo ?? "").includes(filter.tradeNo)),
      ),
    staff_trade: (_, { outTradeNo }) => {
      const trade = st.trades.find((t) => t.outTradeNo === outTradeNo);
      if (!trade) throw { code: "not_found", message: `no trade ${outTradeNo}` };
      return { ...st.details[outTradeNo] ?? st.details.default, trade, refunds: st.refundsOf[outTradeNo] ?? [] };
    },
    staff_reprint: (_, { outTradeNo }) => {
      st.reprints.push(outTradeNo);
      audit("reprint", outTradeNo);
      return null;
    },
    staff_refund: (_, { outTradeNo, amountMinor, reason }) => {
      const trade = st.trades.find((t) => t.outTradeNo === outTradeNo);
      if (amountMinor > trade.amountMinor - trade.refundedMinor) throw { code: "refund_too_large", message: "more than refundable" };
      trade.refundedMinor += amountMinor;
      st.refunds += 1;
      const row = {
        outRequestNo: `${outTradeNo}_r${st.refunds}`,
        amountMinor,
        state: st.refundState ?? "succeeded",
        reason,
        detail: "code=10000 msg=Success fund_change=Y",
        createdMs: Date.now(),
      };
      st.refundsOf[outTradeNo] = [...(st.refundsOf[outTradeNo] ?? []), row];
      audit("refund", `${outTradeNo} ${amountMinor} ${reason}`);
      return row;
    },
    staff_resolve: (_, { outTradeNo }) => st.trades.find((t) => t.outTradeNo === outTradeNo),
    staff_reconcile: (_, { date }) => ({ ...st.reconciliation, date }),
    staff_test_print: () => st.overview.printer,
    staff_audit: () => st.audit,
    staff_logs: () => st.logs,
    staff_cameras: () => st.cameras,
    staff_pick_camera: () => st.overview.camera,
    staff_camera_preview: () => st.overview.camera,
  };
  window.__TAURI_EVENT_PLUGIN_INTERNALS__ = { unregisterListener: () => {} };
  window.__TAURI_INTERNALS__ = {
    transformCallback: (callback) => {
      const id = nextId++;
      callbacks.set(id, callback);
      return id;
    },
    unregisterCallback: (id) => callbacks.delete(id),
    invoke: async (cmd, args = {}) => {
      fake.calls.push({ cmd, args });
      if (cmd === "plugin:event|listen") {
        const eventId = nextId++;
        if (!listeners.has(args.event)) listeners.set(args.event, []);
        listeners.get(args.event).push({ eventId, handler: args.handler });
        return eventId;
      }
      if (cmd === "plugin:event|unlisten") {
        const list = listeners.get(args.event) ?? [];
        listeners.set(
          args.event,
          list.filter((l) => l.eventId !== args.eventId),
        );
        return null;
      }
      if (staffCommands[cmd]) return staffCommands[cmd](fake.view, args);
      if (sessionCommands[cmd]) return st.session ? sessionCommands[cmd](fake.view, args) : notStaff();
      const command = commands[cmd];
      if (!command) throw { code: "internal", message: `unknown command ${cmd}` };
      return command(fake.view, args);
    },
  };
}

async function openKiosk({ viewport = SIZES[0], info = kioskInfo, view = baseView("en"), staff = staffFixtures() } = {}) {
  const page = await browser.newPage({ viewport, reducedMotion: "reduce" });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.addInitScript(installFakeBackend, { info, products: touchProducts, codes: demoCodes, view, staff });
  await page.goto(server.url);
  await page.waitForSelector("[data-screen]");
  return { page, errors };
}

function pushView(page, view) {
  return page.evaluate((v) => window.__fake.setView(v), view);
}

/** Puts a camera frame on the pay screen: a phone showing a code, drawn on a canvas. */
async function pushPreview(page, shown = "[data-testid=camera-preview]") {
  await page.evaluate(() => {
    const canvas = document.createElement("canvas");
    canvas.width = 640;
    canvas.height = 480;
    const g = canvas.getContext("2d");
    const sky = g.createLinearGradient(0, 0, 0, 480);
    sky.addColorStop(0, "#8a8f98");
    sky.addColorStop(1, "#4b4f57");
    g.fillStyle = sky;
    g.fillRect(0, 0, 640, 480);
    g.fillStyle = "#1d1d1f";
    g.fillRect(200, 60, 240, 400);
    g.fillStyle = "#fff";
    g.fillRect(215, 110, 210, 300);
    for (let y = 0; y < 19; y++) {
      for (let x = 0; x < 19; x++) {
        if ((x * 7 + y * 13 + x * y) % 3 === 0) {
          g.fillStyle = "#111";
          g.fillRect(230 + x * 9.5, 170 + y * 9.5, 9.5, 9.5);
        }
      }
    }
    g.fillStyle = "#111";
    for (let x = 0; x < 40; x++) if (x % 3 !== 1) g.fillRect(230 + x * 4.5, 125, 3, 34);
    const jpeg = canvas.toDataURL("image/jpeg", 0.8).split(",")[1];
    window.__fake.emit("camera-preview", { jpeg, width: 640, height: 480 });
  });
  await page.waitForSelector(shown);
  await page.waitForFunction((sel) => document.querySelector(sel)?.complete, shown);
}

/**
 * Everything that must hold on a rendered screen; returns the problems found.
 * Runs in the page.
 */
function inspectScreen({ minTouch, minContrast }) {
  const problems = [];
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const describe = (el) => {
    const id = el.getAttribute?.("data-testid");
    const cls = typeof el.className === "string" ? el.className : el.className?.baseVal;
    const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id ? ` data-testid=${id}` : ""}${cls ? ` class="${cls}"` : ""}> "${text}"`;
  };
  const visible = (el) => {
    const cs = getComputedStyle(el);
    if (cs.visibility === "hidden" || cs.display === "none") return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const scrolls = (cs) => ["auto", "scroll"].includes(cs.overflowX) || ["auto", "scroll"].includes(cs.overflowY);
  const clips = (cs) => cs.overflowX !== "visible" || cs.overflowY !== "visible";
  /** The nearest ancestor that scrolls, if any. */
  const scroller = (el) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      if (scrolls(getComputedStyle(a))) return a;
    }
    return null;
  };

  // The page itself never scrolls.
  const doc = document.documentElement;
  if (doc.scrollHeight > vh + 1 || doc.scrollWidth > vw + 1) {
    problems.push(`the page scrolls: ${doc.scrollWidth}x${doc.scrollHeight} in ${vw}x${vh}`);
  }

  const all = [...document.body.querySelectorAll("*")].filter(visible);
  for (const el of all) {
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const inScroller = scroller(el);
    // Everything is on the display (a scroll container's content may scroll).
    if (!inScroller && (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1)) {
      problems.push(`off screen ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}: ${describe(el)}`);
    }
    // A box that hides its overflow must not be hiding text.
    if (clips(cs) && (el.textContent ?? "").trim() !== "") {
      const hiddenX = !["auto", "scroll"].includes(cs.overflowX) && el.scrollWidth > el.clientWidth + 1;
      const hiddenY = !["auto", "scroll"].includes(cs.overflowY) && el.scrollHeight > el.clientHeight + 1;
      // Nothing scrolls sideways: text running past a scroll box's side is clipped too.
      const sideways = scrolls(cs) && !el.hasAttribute("data-scroll-x") && el.scrollWidth > el.clientWidth + 1;
      if (hiddenX || hiddenY || sideways) {
        problems.push(`clipped ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}: ${describe(el)}`);
      }
    }
  }

  // Text stays inside its own box, its clipping ancestors and the display.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const textParents = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const el = node.parentElement;
    if (!el || !visible(el) || el.closest("script, style")) continue;
    textParents.add(el);
    // A missing translation shows its key (i18n.ts): say which.
    if (/^(attract|language|shop|pay|processing|done|failed|closed|idle|notice|common|staff)-[a-z0-9-]+$/.test(node.textContent.trim())) {
      problems.push(`untranslated: ${describe(el)}`);
    }
    if (scroller(el)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = el.getBoundingClientRect();
    const fontSize = parseFloat(getComputedStyle(el).fontSize);
    for (const t of range.getClientRects()) {
      if (t.width === 0) continue;
      if (t.left < box.left - 2 || t.right > box.right + 2) {
        problems.push(`text runs out of its box (${Math.round(t.left)}–${Math.round(t.right)} in ${Math.round(box.left)}–${Math.round(box.right)}): ${describe(el)}`);
        break;
      }
      if (t.left < -1 || t.right > vw + 1 || t.top < -1 || t.bottom > vh + 1) {
        problems.push(`text off screen: ${describe(el)}`);
        break;
      }
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const acs = getComputedStyle(a);
        if (!clips(acs)) continue;
        const ar = a.getBoundingClientRect();
        const slack = fontSize * 0.3;
        if (t.left < ar.left - 2 || t.right > ar.right + 2 || t.top < ar.top - slack || t.bottom > ar.bottom + slack) {
          problems.push(`text clipped by ${describe(a)}: ${describe(el)}`);
        }
        break;
      }
    }
  }

  // Touch targets.
  for (const el of document.querySelectorAll("button, [role=button], a, input, select")) {
    if (!visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width < minTouch - 0.5 || r.height < minTouch - 0.5) {
      problems.push(`touch target ${Math.round(r.width)}x${Math.round(r.height)}: ${describe(el)}`);
    }
  }

  // Contrast of every piece of text against what is behind it.
  const parse = (s) => {
    const m = /rgba?\(([^)]+)\)/.exec(s);
    if (!m) return null;
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const lum = ({ r, g, b }) => {
    const f = (v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (x, y) => {
    const [a, b] = [lum(x), lum(y)].sort((m, n) => n - m);
    return (a + 0.05) / (b + 0.05);
  };
  /** The colours that can be behind `el`: an opaque colour, or every stop of a gradient. */
  const backgrounds = (el) => {
    const layers = [];
    for (let a = el; a; a = a.parentElement) {
      const cs = getComputedStyle(a);
      const color = parse(cs.backgroundColor) ?? { r: 0, g: 0, b: 0, a: 0 };
      if (cs.backgroundImage && cs.backgroundImage !== "none") {
        const stops = [...cs.backgroundImage.matchAll(/rgba?\([^)]+\)/g)].map((m) => parse(m[0]));
        if (stops.length > 0) {
          const base = color.a === 1 ? color : { r: 255, g: 255, b: 255, a: 1 };
          return stops.map((s) => layers.reduceRight((acc, l) => over(l, acc), over(s, base)));
        }
      }
      if (color.a >= 1) return [layers.reduceRight((acc, l) => over(l, acc), color)];
      if (color.a > 0) layers.unshift(color);
    }
    return [layers.reduceRight((acc, l) => over(l, acc), { r: 255, g: 255, b: 255, a: 1 })];
  };
  for (const el of textParents) {
    const fg = parse(getComputedStyle(el).color);
    if (!fg) continue;
    for (const bg of backgrounds(el)) {
      const c = ratio(over(fg, bg), bg);
      if (c < minContrast) {
        problems.push(`contrast ${c.toFixed(2)}: ${describe(el)}`);
        break;
      }
    }
  }
  return problems;
}

async function checkScreen(page, label) {
  const problems = await page.evaluate(inspectScreen, { minTouch: MIN_TOUCH, minContrast: MIN_CONTRAST });
  return problems.map((p) => `${label}: ${p}`);
}

/** Which fonts have been loaded and whether the language's own font draws `sample`. */
async function fontState(page, family, sample) {
  return page.evaluate(
    async ({ family, sample }) => {
      await document.fonts.ready;
      const faces = [...document.fonts].filter((f) => f.family.replace(/"/g, "") === family);
      return {
        loaded: faces.some((f) => f.status === "loaded"),
        check: document.fonts.check(`40px "${family}"`, sample),
      };
    },
    { family, sample },
  );
}

async function renderLanguage(language, viewport, save) {
  const { page, errors } = await openKiosk({ viewport });
  const problems = [];
  try {
    for (const screen of screens(language)) {
      if (screen.largerText) {
        await pushView(page, screen.view);
        await page.waitForSelector(screen.wait);
        await page.click("[data-testid=larger-text]");
        await page.waitForFunction(() => document.documentElement.classList.contains("larger-text"));
      } else {
        await pushView(page, screen.view);
        await page.waitForSelector(screen.wait);
      }
      await page.waitForFunction((tag) => document.documentElement.lang === tag, language);
      if (screen.preview) await pushPreview(page);
      await page.evaluate(() => document.fonts.ready);
      problems.push(...(await checkScreen(page, `${screen.name}-${language} ${viewport.width}x${viewport.height}`)));
      if (save !== null) await page.screenshot({ path: path.join(shots, `${screen.name}-${language}${save}.png`) });
      if (screen.view.notice) {
        // Clear the notice so it does not cover the next screen.
        await page.click("[data-testid=notice]");
      }
    }
    const family = FONT_FOR[language] ?? "Kiosk Sans";
    const sample = await page.textContent(".title");
    const fonts = await fontState(page, family, sample ?? "");
    if (!fonts.loaded || !fonts.check) problems.push(`${language}: the shipped font ${family} does not draw "${sample}"`);
    if (errors.length > 0) problems.push(`${language}: page errors ${errors.join("; ")}`);
  } finally {
    await page.close();
  }
  return problems;
}

/** Runs `tasks` with at most `limit` at a time. */
async function pool(tasks, limit) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

test("every screen in every language fits, is readable and has large touch targets", async () => {
  const tasks = [];
  for (const [i, size] of SIZES.entries()) {
    // One size is saved; UI_SHOTS_ALL=1 saves the small one too (…-1024x768.png).
    const save = i === 0 ? "" : process.env.UI_SHOTS_ALL ? `-${size.width}x${size.height}` : null;
    for (const language of MATRIX_LANGUAGES) tasks.push(() => renderLanguage(language, size, save));
  }
  const problems = (await pool(tasks, 3)).flat();
  // A missing translation shows the key itself and is reported as "untranslated".
  assert.deepEqual(problems, [], `${problems.length} problems:\n${problems.join("\n")}`);
});

/** Opens the PIN pad the way a staff badge QR does (at once; the corner press takes 3 s). */
async function openPad(page) {
  await page.waitForFunction(() => window.__fake.listening("staff-badge"));
  await page.evaluate(() => window.__fake.emit("staff-badge", { staffId: "s-007", staffName: "Li Wei" }));
  await page.waitForSelector("[data-testid=pin-pad]");
}

/** Holds the pointer down at (x, y) for `ms`. */
async function press(page, x, y, ms) {
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.waitForTimeout(ms);
  await page.mouse.up();
}

async function typePin(page, pin) {
  for (const digit of pin) await page.click(`[data-testid=pin-key-${digit}]`);
  await page.click("[data-testid=pin-ok]");
}

async function signIn(page) {
  await openPad(page);
  await typePin(page, STAFF_PIN);
  await page.waitForSelector("[data-screen=staff] [data-testid=staff-overview]");
}

function staffCalls(page, cmd) {
  return page.evaluate((c) => window.__fake.calls.filter((call) => call.cmd === c).map((call) => call.args), cmd);
}

const TRADE = "kiosk_01_20250314_4f9c2a_000122";

/**
 * Presses buttons by data-testid in the page, one after the other, letting the
 * UI render between presses (quicker than a Playwright click each: the
 * language matrix presses hundreds; the flows below use real clicks).
 */
function tap(page, ...testIds) {
  return page.evaluate(async (ids) => {
    for (const id of ids) {
      const el = document.querySelector(`[data-testid="${id}"]`);
      if (!el) throw new Error(`no ${id} to press`);
      el.click();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }, testIds);
}

/**
 * The staff screens every language is checked on, in the order a staff member
 * reaches them: name (screenshot file), a step in the page, what to wait for,
 * and a step that leaves the screen.
 */
const STAFF_SCREENS = [
  {
    name: "pin",
    step: async (page) => {
      await openPad(page);
      await tap(page, "pin-key-1", "pin-key-1", "pin-key-1", "pin-key-1", "pin-ok");
      await page.waitForSelector("[data-testid=pin-error][data-kind=wrong]");
      await tap(page, "pin-key-2", "pin-key-4");
    },
    wait: "[data-testid=pin-dots][data-length='2']",
  },
  {
    name: "overview",
    step: (page) => tap(page, "pin-key-clear", ...[...STAFF_PIN].map((d) => `pin-key-${d}`), "pin-ok"),
    wait: "[data-testid=staff-overview]",
  },
  {
    name: "journal",
    step: (page) => tap(page, "staff-tab-journal"),
    wait: `[data-testid=staff-trade-${TRADE}]`,
  },
  {
    name: "filter-date",
    step: (page) => tap(page, "staff-filter-date", "staff-date-from-earlier", "staff-date-from-earlier"),
    wait: "[data-testid=staff-date-sheet]",
    leave: (page) => tap(page, "staff-sheet-cancel"),
  },
  {
    name: "filter-trade",
    step: (page) =>
      tap(page, "staff-filter-trade", ...["letters", "k", "digits", "0", "1", "2", "letters"].map((k) => `keypad-${k}`)),
    wait: "[data-testid=staff-tradeno-input][data-value=k012]",
    leave: (page) => tap(page, "staff-sheet-cancel"),
  },
  {
    name: "trade-detail",
    step: (page) => tap(page, `staff-trade-${TRADE}`),
    wait: "[data-testid=staff-trade-detail]",
  },
  {
    name: "refund-amount",
    step: async (page) => {
      await tap(page, "staff-refund");
      await tap(page, ...["1", "2", "dot", "5"].map((k) => `keypad-${k}`), "refund-reason-returned_item");
    },
    wait: "[data-testid=refund-amount][data-minor='1250']",
  },
  { name: "refund-confirm", step: (page) => tap(page, "refund-next"), wait: "[data-testid=refund-confirm]" },
  {
    name: "refund-result",
    step: (page) => tap(page, "refund-yes"),
    wait: "[data-testid=refund-result][data-state=succeeded]",
    leave: (page) => tap(page, "refund-done"),
  },
  {
    name: "reconcile",
    step: async (page) => {
      await tap(page, "staff-tab-reconcile");
      await tap(page, "staff-reconcile-run");
    },
    wait: "[data-testid=staff-differences][data-count='3']",
  },
  { name: "printer", step: (page) => tap(page, "staff-tab-printer"), wait: "[data-testid=staff-printer-status]" },
  {
    name: "camera",
    step: async (page) => {
      await tap(page, "staff-tab-camera");
      await page.waitForSelector("[data-testid=staff-camera-1]");
      await page.waitForFunction(() => window.__fake.listening("camera-decoded"));
      await pushPreview(page, "[data-testid=staff-camera-preview]");
      await page.evaluate(() => {
        for (const code of [...window.__fake.staff.decoded].reverse()) window.__fake.emit("camera-decoded", code);
      });
    },
    wait: "[data-testid=staff-decoded][data-count='3']",
  },
  { name: "config", step: (page) => tap(page, "staff-tab-config"), wait: "[data-testid=staff-config-rejected]" },
  { name: "logs", step: (page) => tap(page, "staff-tab-logs"), wait: "[data-testid=staff-log-lines][data-count='60']" },
  { name: "audit", step: (page) => tap(page, "staff-tab-audit"), wait: "[data-testid=staff-audit-rows]:not([data-count='0'])" },
  {
    name: "quit-confirm",
    step: (page) => tap(page, "staff-tab-overview", "staff-quit"),
    wait: "[data-testid=staff-quit-confirm]",
    leave: (page) => tap(page, "staff-quit-no"),
  },
];

async function renderStaff(language, viewport, save) {
  const info = { ...kioskInfo, defaultLanguage: language };
  const { page, errors } = await openKiosk({ viewport, info, view: baseView(language) });
  const problems = [];
  try {
    for (const screen of STAFF_SCREENS) {
      await screen.step(page);
      await page.waitForSelector(screen.wait);
      await page.waitForFunction((tag) => document.querySelector(`[lang="${tag}"]`) !== null, language);
      await page.evaluate(() => document.fonts.ready);
      problems.push(...(await checkScreen(page, `staff-${screen.name}-${language} ${viewport.width}x${viewport.height}`)));
      if (save !== null) await page.screenshot({ path: path.join(shots, `staff-${screen.name}-${language}${save}.png`) });
      if (screen.leave) await screen.leave(page);
    }
    const family = FONT_FOR[language] ?? "Kiosk Sans";
    const sample = await page.textContent(".staff-brand-text h1");
    const fonts = await fontState(page, family, sample ?? "");
    if (!fonts.loaded || !fonts.check) problems.push(`staff ${language}: the shipped font ${family} does not draw "${sample}"`);
    if (errors.length > 0) problems.push(`staff ${language}: page errors ${errors.join("; ")}`);
  } finally {
    await page.close();
  }
  return problems;
}

test("every staff screen in every language fits, is readable and has large touch targets", async () => {
  const tasks = [];
  for (const [i, size] of SIZES.entries()) {
    const save = i === 0 ? "" : process.env.UI_SHOTS_ALL ? `-${size.width}x${size.height}` : null;
    for (const language of MATRIX_LANGUAGES) tasks.push(() => renderStaff(language, size, save));
  }
  const problems = (await pool(tasks, 3)).flat();
  assert.deepEqual(problems, [], `${problems.length} problems:\n${problems.join("\n")}`);
});

test("maintenance: only a corner press held 3 s opens the PIN pad; taps in the corners still work", async () => {
  const { page, errors } = await openKiosk({ view: { ...baseView("en"), state: "shopping", cart: fullCart } });
  const { width, height } = SIZES[0];
  for (const corner of ["tl", "tr", "bl", "br"]) {
    const box = await page.locator(`[data-testid=staff-corner-${corner}]`).boundingBox();
    assert.ok(box.width >= 96 && box.height >= 96, `${corner} zone is ${box.width}x${box.height}`);
    assert.ok((box.x === 0 || box.x + box.width === width) && (box.y === 0 || box.y + box.height === height), `${corner} is in a corner`);
    // Hit-testable at its centre although under the screen: WebDriver aims pointer actions at it.
    const hit = await page.evaluate(
      ({ id, x, y }) => document.elementsFromPoint(x, y).some((e) => e.getAttribute("data-testid") === id),
      { id: `staff-corner-${corner}`, x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    assert.ok(hit, `${corner} is hit-testable`);
  }
  // A press of 1 s is a tap, not the gesture.
  await press(page, 40, 40, 1000);
  await page.waitForTimeout(2300);
  assert.equal(await page.$("[data-testid=pin-pad]"), null);

  // Pay sits in the bottom-right zone: a 3 s press there opens the pad and does not pay.
  const pay = await page.locator("[data-testid=pay]").boundingBox();
  const x = Math.max(pay.x + 10, width - 90);
  const y = Math.max(pay.y + 10, height - 90);
  assert.ok(x < pay.x + pay.width && y < pay.y + pay.height, "the point is on the pay button");
  await press(page, x, y, 3100);
  await page.waitForSelector("[data-testid=pin-pad]");
  assert.deepEqual(await staffCalls(page, "checkout_pay"), []);
  assert.deepEqual(await staffCalls(page, "staff_pad"), [{}]);

  // Leaving the zone before 3 s cancels.
  await page.click("[data-testid=pin-cancel]");
  await page.mouse.move(40, 40);
  await page.mouse.down();
  await page.mouse.move(300, 300, { steps: 4 });
  await page.waitForTimeout(3200);
  await page.mouse.up();
  assert.equal(await page.$("[data-testid=pin-pad]"), null);

  // An ordinary tap on the button in the corner still reaches it.
  await page.click("[data-testid=pay]");
  await page.waitForSelector("[data-screen=paying]");
  assert.deepEqual(errors, []);
  await page.close();
});

test("maintenance: sign in with the PIN, refund part of a payment, reprint, close and reopen the lane, exit", async () => {
  const { page, errors } = await openKiosk();
  // The long press on the top-left corner of the attract screen (which would otherwise start a session).
  await press(page, 30, 30, 3100);
  await page.waitForSelector("[data-testid=pin-pad]");
  assert.deepEqual(await staffCalls(page, "checkout_start"), []);
  await typePin(page, STAFF_PIN);
  await page.waitForSelector("[data-screen=staff]");
  assert.equal(await page.textContent("[data-testid=staff-session] .staff-name"), "Li Wei");

  await page.click("[data-testid=staff-tab-journal]");
  const trade = "kiosk_01_20250314_4f9c2a_000123";
  await page.click(`[data-testid=staff-trade-${trade}]`);
  await page.waitForSelector(`[data-testid=staff-trade-detail][data-trade=${trade}]`);
  await page.click("[data-testid=staff-refund]");
  // The refundable rest by default; the keypad replaces it.
  assert.equal(await page.getAttribute("[data-testid=refund-amount]", "data-minor"), "3350");
  assert.equal(await page.textContent("[data-testid=refund-amount]"), "CN¥33.50");
  for (const k of ["1", "0"]) await page.click(`[data-testid=keypad-${k}]`);
  assert.equal(await page.textContent("[data-testid=refund-amount]"), "CN¥10.00");
  await page.click("[data-testid=refund-reason-price_error]");
  await page.click("[data-testid=refund-next]");
  assert.equal(await page.textContent("[data-testid=refund-confirm-amount]"), "CN¥10.00");
  await page.click("[data-testid=refund-yes]");
  await page.waitForSelector("[data-testid=refund-result][data-state=succeeded]");
  assert.deepEqual(await staffCalls(page, "staff_refund"), [{ outTradeNo: trade, amountMinor: 1000, reason: "price_error" }]);
  await page.click("[data-testid=refund-done]");
  await page.waitForFunction(() => document.querySelector("[data-testid=staff-detail-refunded]")?.textContent === "CN¥10.00");

  await page.click("[data-testid=staff-reprint]");
  await page.waitForSelector("[data-testid=staff-toast]");
  assert.deepEqual(await staffCalls(page, "staff_reprint"), [{ outTradeNo: trade }]);

  await page.click("[data-testid=staff-tab-overview]");
  await page.click("[data-testid=staff-lane-toggle][data-lane=open]");
  await page.waitForSelector("[data-testid=staff-lane-toggle][data-lane=closed]");
  assert.equal(await page.evaluate(() => window.__fake.view.state), "closed");
  await page.click("[data-testid=staff-lane-toggle][data-lane=closed]");
  await page.waitForSelector("[data-testid=staff-lane-toggle][data-lane=open]");
  assert.deepEqual(await staffCalls(page, "staff_set_lane"), [{ open: false }, { open: true }]);

  await page.click("[data-testid=staff-exit]");
  await page.waitForSelector("[data-screen=attract]");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.deepEqual(errors, []);
  await page.close();
});

test("maintenance: five wrong PINs lock entry; a running payment delays sign-in", async () => {
  const { page, errors } = await openKiosk();
  await openPad(page);
  for (let i = 1; i <= 4; i++) {
    await typePin(page, "0000");
    await page.waitForSelector("[data-testid=pin-error][data-kind=wrong]");
    assert.match(await page.textContent("[data-testid=pin-error]"), new RegExp(`${5 - i}`));
  }
  await typePin(page, "0000");
  await page.waitForSelector("[data-testid=pin-error][data-kind=locked]");
  assert.ok(Number(await page.getAttribute("[data-testid=pin-error]", "data-seconds")) > 290);
  assert.equal(await page.isDisabled("[data-testid=pin-key-1]"), true);
  // Closing and opening the pad again shows the lock at once.
  await page.click("[data-testid=pin-cancel]");
  await openPad(page);
  await page.waitForSelector("[data-testid=pin-error][data-kind=locked]");
  await page.click("[data-testid=pin-cancel]");
  await page.close();

  const waiting = await openKiosk({ staff: { ...staffFixtures(), waiting: 2 } });
  await openPad(waiting.page);
  await typePin(waiting.page, STAFF_PIN);
  await waiting.page.waitForSelector("[data-testid=pin-error][data-kind=waiting_for_payment]");
  await waiting.page.waitForSelector("[data-screen=staff]", { timeout: 5000 });
  assert.deepEqual(await staffCalls(waiting.page, "staff_login"), [{ pin: STAFF_PIN }, { pin: STAFF_PIN }, { pin: STAFF_PIN }]);
  assert.deepEqual([...errors, ...waiting.errors], []);
  await waiting.page.close();
});

test("maintenance: a session the backend ended returns to the customer screens; quitting asks first", async () => {
  const { page, errors } = await openKiosk({ view: { ...baseView("en"), state: "closed" } });
  await signIn(page);
  await page.evaluate(() => {
    window.__fake.staff.session = false;
  });
  await page.waitForSelector("[data-screen=closed]", { timeout: 5000 });

  await signIn(page);
  // Another error is shown to staff with its code, and staff mode stays.
  await page.evaluate(() => {
    const real = window.__TAURI_INTERNALS__.invoke;
    window.__TAURI_INTERNALS__.invoke = (cmd, args) =>
      cmd === "staff_trades" ? Promise.reject({ code: "journal", message: "database is locked" }) : real(cmd, args);
  });
  await page.click("[data-testid=staff-tab-journal]");
  await page.waitForSelector("[data-testid=staff-error][data-code=journal]");
  assert.match(await page.textContent("[data-testid=staff-error]"), /database is locked/);
  await page.click("[data-testid=staff-error-dismiss]");
  assert.equal(await page.$("[data-testid=staff-error]"), null);
  assert.notEqual(await page.$("[data-screen=staff]"), null);

  await page.click("[data-testid=staff-tab-overview]");
  await page.click("[data-testid=staff-quit]");
  await page.waitForSelector("[data-testid=staff-quit-confirm]");
  await page.click("[data-testid=staff-quit-no]");
  assert.equal(await page.$("[data-testid=staff-quit-confirm]"), null);
  await page.click("[data-testid=staff-quit]");
  assert.equal(await page.evaluate(() => window.__fake.staff.quit), false);
  await page.click("[data-testid=staff-quit-yes]");
  await page.waitForFunction(() => window.__fake.staff.quit === true);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a customer clicks through a checkout with the fake backend", async () => {
  const { page, errors } = await openKiosk();
  assert.equal(await page.textContent(".attract-title"), "Scan & pay yourself");
  assert.equal(await page.textContent(".attract-store"), "Chromium Test Store");
  await page.click("[data-testid=start]");
  await page.waitForSelector("[data-screen=language]");
  await page.click("[data-testid=language-zh-Hans]");
  await page.waitForSelector("[data-screen=shopping]");
  assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");
  const fonts = await fontState(page, "Kiosk SC", await page.textContent(".title"));
  assert.deepEqual(fonts, { loaded: true, check: true }, "the shipped Chinese font is used");

  // A handheld scanner types the code and Enter.
  await page.keyboard.type("6901234567892");
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-testid=notice][data-kind=unknown_item]");
  await page.click("[data-testid=notice]");
  const scans = await page.evaluate(() => window.__fake.calls.filter((c) => c.cmd === "checkout_scan"));
  assert.deepEqual(scans, [{ cmd: "checkout_scan", args: { code: "6901234567892" } }]);

  await page.click("[data-testid=touch-product-banana]");
  await page.waitForSelector("[data-testid=line-1].last");
  await page.click("[data-testid=qty-plus-1]");
  await page.waitForFunction(() => document.querySelector("[data-testid=total]")?.textContent === "¥13.00");
  await page.click("[data-testid=pay]");
  await page.waitForSelector("[data-screen=paying]");
  await pushPreview(page);
  await page.click("[data-testid=pay-back]");
  await page.waitForSelector("[data-screen=shopping]");

  // Cancel asks first.
  await page.click("[data-testid=cancel-order]");
  await page.click("[data-testid=cancel-no]");
  assert.equal(await page.$("[data-testid=cancel-confirm]"), null);
  await page.click("[data-testid=cancel-order]");
  await page.click("[data-testid=cancel-yes]");
  await page.waitForSelector("[data-screen=attract]");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the idle prompt, larger text and demo strip", async () => {
  const info = { ...kioskInfo, demo: true };
  const v = { ...baseView("en"), state: "shopping", cart: fullCart };
  const { page, errors } = await openKiosk({ info, view: v, viewport: SIZES[1] });
  await page.waitForSelector("[data-testid=demo-show-cola]");
  await page.click("[data-testid=demo-show-cola]");
  await page.waitForFunction(() => window.__fake.calls.some((c) => c.cmd === "demo_show" && c.args.id === "cola"));

  await page.click("[data-testid=larger-text]");
  // The class follows in an effect (after paint): wait for it rather than race it.
  await page.waitForFunction(() => document.documentElement.classList.contains("larger-text"), null, { timeout: 2000 });
  const problems = await checkScreen(page, "demo strip, larger text");
  assert.deepEqual(problems, []);
  await page.screenshot({ path: path.join(shots, "demo-strip-en.png") });

  await pushView(page, { ...v, idle: { secondsLeft: 9 } });
  await page.waitForSelector("[data-testid=idle-prompt]");
  assert.equal(await page.getAttribute("[data-testid=countdown]", "data-seconds"), "9");
  await page.click("[data-testid=idle-still-here]");
  await page.waitForSelector("[data-testid=idle-prompt]", { state: "detached" });

  // Back at attract, the next customer starts with normal text.
  await pushView(page, baseView("en"));
  await page.waitForSelector("[data-screen=attract]");
  await page.waitForFunction(() => !document.documentElement.classList.contains("larger-text"), null, { timeout: 2000 });
  assert.deepEqual(errors, []);
  await page.close();
});

test("a command error shows a notice, not a blank screen", async () => {
  const { page } = await openKiosk({ view: { ...baseView("en"), state: "shopping", cart: fullCart } });
  await page.evaluate(() => {
    const real = window.__TAURI_INTERNALS__.invoke;
    window.__TAURI_INTERNALS__.invoke = (cmd, args) =>
      cmd === "checkout_pay" ? Promise.reject({ code: "internal", message: "boom" }) : real(cmd, args);
  });
  await page.click("[data-testid=pay]");
  await page.waitForSelector("[data-testid=notice][data-kind=error]");
  assert.notEqual(await page.$("[data-screen=shopping]"), null);
  await page.close();
});

test("a backend failure shows out of order instead of a blank screen", async () => {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.__TAURI_INTERNALS__ = {
      invoke: async () => {
        throw { code: "config", message: "store.currency: unknown currency code" };
      },
      transformCallback: () => 0,
    };
  });
  await page.goto(server.url);
  const alert = await page.waitForSelector("[role=alert]");
  assert.match(await alert.textContent(), /store\.currency/);
  await page.close();
});

test("the screen checks find clipped text, small targets, low contrast, off-screen and untranslated text", async () => {
  const { page } = await openKiosk();
  await page.evaluate(() => {
    const add = (tag, id, css, text) => {
      const el = document.createElement(tag);
      el.dataset.testid = id;
      el.style.cssText = `position:absolute;${css}`;
      el.textContent = text;
      document.querySelector(".stage").append(el);
    };
    add("div", "clip", "top:10px;left:10px;width:60px;overflow:hidden;white-space:nowrap;background:#fff;color:#000", "a long text that does not fit");
    add("button", "small", "top:100px;left:10px;width:40px;height:40px;background:#fff;color:#000", "x");
    add("p", "faint", "top:200px;left:10px;background:#fff;color:#bbb", "faint");
    add("p", "off", "top:2000px;left:10px;color:#fff", "below");
    add("p", "key", "top:400px;left:10px;background:#fff;color:#000", "shop-title");
    add("button", "spill", "top:300px;left:10px;width:100px;height:80px;white-space:nowrap;background:#fff;color:#000", "a label far too long for it");
  });
  const problems = (await checkScreen(page, "self-test")).join("\n");
  for (const [id, what] of [
    ["clip", "clipped"],
    ["small", "touch target"],
    ["faint", "contrast"],
    ["off", "off screen"],
    ["spill", "text runs out of its box"],
    ["key", "untranslated"],
  ]) {
    assert.match(problems, new RegExp(`${what}.*data-testid=${id}`), `the check misses ${id}:\n${problems}`);
  }
  await page.close();
});

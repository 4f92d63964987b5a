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
  };
}

/**
 * The screens every language is checked on: name (screenshot file), the view
 * to push, what to wait for, and an optional step in the page.
 */
function screens(language) {
  const v = baseView(language);
  const shopping = { ...v, state: "shopping", cart: fullCart, scanSeq: 7, lastLineId: 3 };
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
    { name: "larger-text", view: shopping, wait: "[data-screen=shopping]", largerText: true },
  ];
}

/**
 * The fake backend, installed before the app loads. It keeps a view, answers
 * the checkout commands with small transitions (enough to click through), and
 * delivers events to listeners registered through plugin:event|listen.
 */
function installFakeBackend({ info, products, codes, view }) {
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
      const command = commands[cmd];
      if (!command) throw { code: "internal", message: `unknown command ${cmd}` };
      return command(fake.view, args);
    },
  };
}

async function openKiosk({ viewport = SIZES[0], info = kioskInfo, view = baseView("en") } = {}) {
  const page = await browser.newPage({ viewport, reducedMotion: "reduce" });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.addInitScript(installFakeBackend, { info, products: touchProducts, codes: demoCodes, view });
  await page.goto(server.url);
  await page.waitForSelector("[data-screen]");
  return { page, errors };
}

function pushView(page, view) {
  return page.evaluate((v) => window.__fake.setView(v), view);
}

/** Puts a camera frame on the pay screen: a phone showing a code, drawn on a canvas. */
async function pushPreview(page) {
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
  await page.waitForSelector("[data-testid=camera-preview]");
  await page.waitForFunction(() => document.querySelector("[data-testid=camera-preview]")?.complete);
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
    if (/^(attract|language|shop|pay|processing|done|failed|closed|idle|notice|common)-[a-z0-9-]+$/.test(node.textContent.trim())) {
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
    for (const language of LANGUAGES) tasks.push(() => renderLanguage(language, size, save));
  }
  const problems = (await pool(tasks, 3)).flat();
  // A missing translation shows the key itself and is reported as "untranslated".
  assert.deepEqual(problems, [], `${problems.length} problems:\n${problems.join("\n")}`);
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
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains("larger-text")), true);
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

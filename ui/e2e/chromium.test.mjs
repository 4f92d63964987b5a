// The built UI (ui/dist) in headless Debian Chromium, driven by
// playwright-core. The Tauri backend is replaced at the IPC edge by a fake
// `__TAURI_INTERNALS__` answering the same commands; the real backend is
// exercised by app.test.mjs. Screenshots go to target/ui-screenshots/.
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
  defaultLanguage: "en",
  languages: ["en", "zh-Hans"],
  windowed: false,
};

async function openKiosk(viewport = { width: 1280, height: 1024 }) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.addInitScript((info) => {
    window.__TAURI_INTERNALS__ = {
      invoke: async (cmd) => {
        if (cmd === "kiosk_info") return info;
        throw { code: "internal", message: `unknown command ${cmd}` };
      },
      transformCallback: () => 0,
    };
  }, kioskInfo);
  await page.goto(server.url);
  await page.waitForSelector("[data-screen=attract]");
  return { page, errors };
}

/** Every button on the screen is at least 72×72 CSS px. */
async function assertTouchTargets(page, screen) {
  const small = await page.$$eval(
    "button, [role=button], a",
    (els, min) =>
      els
        .map((e) => ({ text: e.textContent.trim(), r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width < min || r.height < min)
        .map(({ text, r }) => `${text} ${Math.round(r.width)}x${Math.round(r.height)}`),
    MIN_TOUCH,
  );
  assert.deepEqual(small, [], `${screen}: touch targets under ${MIN_TOUCH}px`);
}

test("attract screen, language picker and Simplified Chinese", async () => {
  const { page, errors } = await openKiosk();
  assert.equal(await page.textContent(".attract-title"), "Scan & pay yourself");
  assert.equal(await page.textContent(".attract-store"), "Chromium Test Store");
  await assertTouchTargets(page, "attract");
  await page.screenshot({ path: path.join(shots, "attract-en.png") });

  await page.click("[data-testid=choose-language]");
  await page.waitForSelector("[data-screen=language]");
  await assertTouchTargets(page, "language");
  await page.screenshot({ path: path.join(shots, "language.png") });

  await page.click("[data-testid=language-zh-Hans]");
  await page.waitForSelector("text=自助扫码结账");
  await page.evaluate(() => document.fonts.ready);
  const loaded = await page.evaluate(() => document.fonts.check('40px "Kiosk SC"', "自助扫码结账"));
  assert.equal(loaded, true, "the shipped Chinese font is used");
  assert.equal(await page.getAttribute("html", "lang"), "zh-Hans");
  await page.screenshot({ path: path.join(shots, "attract-zh-Hans.png") });
  assert.deepEqual(errors, []);
});

test("no text overflows its box on a small kiosk screen", async () => {
  const { page } = await openKiosk({ width: 1024, height: 768 });
  for (const tag of ["en", "zh-Hans"]) {
    await page.click("[data-testid=choose-language]");
    await page.click(`[data-testid=language-${tag}]`);
    await page.waitForSelector("[data-screen=attract]");
    const overflowing = await page.$$eval("h1, p, button, div", (els) =>
      els
        .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow !== "visible")
        .map((e) => e.className),
    );
    assert.deepEqual(overflowing, [], `${tag}: clipped text`);
    const docOverflow = await page.evaluate(
      () => document.documentElement.scrollHeight > window.innerHeight + 1,
    );
    assert.equal(docOverflow, false, `${tag}: the attract screen is taller than the display`);
    await page.screenshot({ path: path.join(shots, `attract-${tag}-1024x768.png`) });
  }
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
});

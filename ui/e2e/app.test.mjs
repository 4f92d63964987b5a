// End-to-end: the real kiosk app (target/debug/scanpay-kiosk) under Xvfb,
// driven by tauri-driver + WebKitWebDriver, against the real sandbox gateway
// and the real TCP virtual printer (both `kioskctl`, started here). The demo
// camera plays the item and payment-code pictures the simulate buttons pick;
// one item comes from a handheld scanner typing digits + Enter. Screenshots go
// to target/e2e-screenshots/. Run by `make test` (scripts/test.sh sets up the
// display and D-Bus session).
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { WebDriver } from "./webdriver.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const app = process.env.SCANPAY_APP ?? path.join(root, "target/debug/scanpay-kiosk");
const kioskctl = path.join(root, "target/debug/kioskctl");
const shots = path.join(root, "target/e2e-screenshots");
const port = Number(process.env.TAURI_DRIVER_PORT ?? 4444);
const work = mkdtempSync(path.join(tmpdir(), "scanpay-e2e-"));
const receipts = path.join(work, "receipts");
const children = [];
let gatewayPort;
let printerPort;

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port: p } = srv.address();
      srv.close(() => resolve(p));
    });
  });
}

function waitForPort(p, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(p, "127.0.0.1");
      socket.once("connect", () => {
        socket.end();
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`${what} did not listen on ${p}`));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

function start(cmd, args, env = {}) {
  const child = spawn(cmd, args, { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, ...env } });
  children.push(child);
  return child;
}

/** A site file for one app run; `extra` is appended TOML. */
function siteConfig(name, extra = "") {
  const file = path.join(work, `${name}.toml`);
  writeFileSync(
    file,
    `[store]
name = "ScanPay Demo Store"

[languages]
default = "en"
enabled = ["en", "zh-Hans", "ar"]

[gateway]
url = "http://127.0.0.1:${gatewayPort}/gateway.do"

[printer]
address = "127.0.0.1:${printerPort}"
chinese_font = true

[camera]
source = "demo"
${extra}
`,
  );
  return file;
}

before(async () => {
  assert.ok(existsSync(app), `the app binary is missing: ${app} (cargo test --workspace builds it)`);
  assert.ok(existsSync(kioskctl), `kioskctl is missing: ${kioskctl}`);
  assert.ok(process.env.DISPLAY, "DISPLAY is not set: run under Xvfb (make test does)");
  mkdirSync(shots, { recursive: true });
  mkdirSync(receipts, { recursive: true });
  gatewayPort = await freePort();
  printerPort = await freePort();
  start(kioskctl, ["sandbox", "serve", "--port", String(gatewayPort)]);
  start(kioskctl, ["printer", "virtual", "--port", String(printerPort), "--out", receipts]);
  start("tauri-driver", ["--port", String(port)], { NO_AT_BRIDGE: "1" });
  await Promise.all([
    waitForPort(gatewayPort, 20000, "the sandbox gateway"),
    waitForPort(printerPort, 20000, "the virtual printer"),
    waitForPort(port, 20000, "tauri-driver"),
  ]);
});

after(() => {
  for (const child of children) child.kill();
});

async function session(config, dataDir) {
  const wd = new WebDriver(`http://127.0.0.1:${port}`);
  const capabilities = {
    "tauri:options": { application: app, args: ["--config", config, "--data-dir", dataDir] },
  };
  // tauri-driver listens before its WebKitWebDriver is ready: a first
  // request may find the connection closed.
  for (let attempt = 1; ; attempt++) {
    try {
      await wd.start(capabilities);
      return wd;
    } catch (e) {
      if (attempt >= 5 || !String(e.cause ?? e).includes("closed")) throw e;
      await sleep(1000);
    }
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function tap(wd, testid) {
  await wd.click(await wd.waitFor(`[data-testid="${testid}"]`));
}

/** The number of cart lines on the shopping screen. */
async function lineCount(wd) {
  return wd.execute(
    "return document.querySelectorAll('[data-testid^=\"line-\"]').length",
  );
}

async function waitLines(wd, n) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const count = await lineCount(wd);
    if (count === n) return;
    if (Date.now() > deadline) throw new Error(`expected ${n} cart lines, have ${count}`);
    await sleep(150);
  }
}

/** From attract to shopping in `lang`. */
async function begin(wd, lang) {
  await wd.waitFor("[data-screen=attract]");
  await tap(wd, "start");
  await wd.waitFor("[data-screen=language]");
  await tap(wd, `language-${lang}`);
  await wd.waitFor("[data-screen=shopping]");
}

/** Shows a demo picture to the demo camera and waits for its item line. */
async function showItem(wd, productId, lines) {
  await tap(wd, `demo-show-item:${productId}`);
  await waitLines(wd, lines);
}

async function payWith(wd, demoCode) {
  await tap(wd, "pay");
  await wd.waitFor("[data-screen=paying]");
  await tap(wd, `demo-show-${demoCode}`);
}

function receiptTexts() {
  return readdirSync(receipts)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(path.join(receipts, f), "utf8"));
}

async function waitReceipt(count) {
  const deadline = Date.now() + 15000;
  for (;;) {
    const texts = receiptTexts();
    if (texts.length >= count) return texts[count - 1];
    if (Date.now() > deadline) throw new Error(`no receipt ${count} at the virtual printer`);
    await sleep(200);
  }
}

test("checkout: scan two items, pay, receipt in Chinese; confirm on phone; never confirmed; balance too low", async () => {
  const wd = await session(siteConfig("main", "[payment]\ndeadline_secs = 12\n"), path.join(work, "data-main"));
  try {
    await wd.waitFor("[data-screen=attract] .attract-title", { text: "Scan & pay yourself" });
    await wd.screenshot(path.join(shots, "01-attract-en.png"));

    // 1. Two items through the camera, paid at once, receipt in Chinese.
    await tap(wd, "start");
    await wd.waitFor("[data-screen=language]");
    await wd.screenshot(path.join(shots, "02-language-picker.png"));
    await tap(wd, "language-zh-Hans");
    await wd.waitFor("[data-screen=shopping]");
    assert.equal(await wd.execute("return document.documentElement.lang"), "zh-Hans");
    const fontReady = await wd.execute("return document.fonts.check('40px \"Kiosk SC\"', '自助扫码结账')");
    assert.equal(fontReady, true, "the bundled Noto Sans SC subset is loaded");
    await showItem(wd, "water-550", 1);
    await showItem(wd, "green-tea-500", 2);
    const total = await wd.text(await wd.find("[data-testid=total]"));
    assert.match(total, /5\.50/, `total ${total}`);
    await wd.screenshot(path.join(shots, "03-shopping-zh-Hans.png"));
    await tap(wd, "pay");
    await wd.waitFor("[data-screen=paying]");
    await sleep(400); // a preview frame or two
    await wd.screenshot(path.join(shots, "04-paying-zh-Hans.png"));
    await tap(wd, "demo-show-pay-now");
    await wd.waitFor("[data-screen=done]", { timeoutMs: 20000 });
    await wd.screenshot(path.join(shots, "05-done-zh-Hans.png"));
    const receipt = await waitReceipt(1);
    assert.match(receipt, /矿泉水/, "the product name in Chinese");
    assert.match(receipt, /合计/, "the receipt labels in Chinese");
    assert.match(receipt, /5\.50/);
    await tap(wd, "done-finish");

    // 2. A handheld scanner types an item; the buyer confirms on the phone (5 s).
    await begin(wd, "en");
    const body = await wd.find("body");
    await wd.sendKeys(body, "6901234560015\uE007");
    await waitLines(wd, 1);
    await payWith(wd, "pay-confirm");
    await wd.waitFor("[data-screen=processing]");
    const seconds = Number(await wd.text(await wd.waitFor("[data-testid=countdown]")));
    assert.ok(seconds > 0 && seconds <= 12, `countdown ${seconds}`);
    await wd.screenshot(path.join(shots, "06-processing-en.png"));
    await wd.waitFor("[data-screen=done]", { timeoutMs: 20000 });
    await waitReceipt(2);
    await tap(wd, "done-finish");

    // 3. Never confirmed: cancelled at the deadline, with a clear message.
    await begin(wd, "en");
    await showItem(wd, "milk-250", 1);
    await payWith(wd, "pay-never");
    await wd.waitFor("[data-screen=processing]");
    const failed = await wd.waitFor("[data-testid=failed-reason]", { timeoutMs: 30000 });
    assert.equal(await wd.execute("return document.querySelector('[data-testid=failed-reason]').dataset.reason"), "timeout");
    assert.ok((await wd.text(failed)).length > 10, "the reason in words");
    await wd.screenshot(path.join(shots, "07-failed-timeout-en.png"));
    await tap(wd, "failed-finish");

    // 4. Balance too low: the failure screen says so.
    await begin(wd, "ar");
    assert.equal(await wd.execute("return document.documentElement.dir"), "rtl");
    await showItem(wd, "tissues", 1);
    await payWith(wd, "pay-balance");
    await wd.waitFor("[data-testid=failed-reason]", { timeoutMs: 20000 });
    assert.equal(await wd.execute("return document.querySelector('[data-testid=failed-reason]').dataset.reason"), "balance");
    await wd.screenshot(path.join(shots, "08-failed-balance-ar.png"));
    assert.equal(receiptTexts().length, 2, "only the two paid checkouts printed");
  } finally {
    await wd.quit();
  }
});

test("idle in the middle of a payment: still there?, then a safe reset that cancels the trade", async () => {
  const dataDir = path.join(work, "data-idle");
  const config = siteConfig("idle", "[session]\nidle_timeout_secs = 10\nidle_prompt_secs = 5\n");
  const wd = await session(config, dataDir);
  try {
    await begin(wd, "en");
    await showItem(wd, "chocolate-bar", 1);
    await payWith(wd, "pay-never");
    await wd.waitFor("[data-screen=processing]");
    await wd.waitFor("[data-testid=idle-still-here]", { timeoutMs: 20000 });
    await wd.screenshot(path.join(shots, "09-still-there-en.png"));
    await wd.waitFor("[data-screen=attract]", { timeoutMs: 25000 });
    const size = await wd.execute("return [window.innerWidth, window.innerHeight, screen.width, screen.height]");
    assert.equal(size[0], size[2], `the kiosk window fills the screen width (${size})`);
    assert.equal(size[1], size[3], `the kiosk window fills the screen height (${size})`);
  } finally {
    await wd.quit();
  }
  const listing = execFileSync(kioskctl, ["journal", "list", "--data-dir", dataDir, "--config", config], {
    encoding: "utf8",
  });
  assert.match(listing, /cancelled/, `the trade was cancelled, never dropped:\n${listing}`);
  assert.doesNotMatch(listing, /pending/, listing);
});

test("Antom store (issue #10): Alipay+ screens, a GCash code from the handheld scanner, the receipt names GCash", async () => {
  const dataDir = path.join(work, "data-antom");
  const config = path.join(work, "antom.toml");
  writeFileSync(
    config,
    `[store]
name = "ScanPay Harbour Store"
currency = "HKD"

[languages]
default = "en"
enabled = ["en", "zh-Hant"]

[gateway]
kind = "antom"
url = "http://127.0.0.1:${gatewayPort}"
client_id = "SANDBOX_5YDEMO0000000001"

[printer]
address = "127.0.0.1:${printerPort}"
chinese_font = true

[camera]
source = "demo"
`,
  );
  const printedBefore = receiptTexts().length;
  const wd = await session(config, dataDir);
  try {
    await wd.waitFor("[data-screen=attract] .alipay-plus-mark");
    await wd.screenshot(path.join(shots, "14-attract-alipay-plus-en.png"));
    await begin(wd, "zh-Hant");
    await showItem(wd, "water-550", 1);
    await tap(wd, "pay");
    await wd.waitFor("[data-screen=paying]");
    await sleep(400);
    await wd.screenshot(path.join(shots, "15-paying-alipay-plus-zh-Hant.png"));
    // A GCash code (the sandbox's Alipay+ issuer 250002) typed by the handheld scanner.
    const body = await wd.find("body");
    await wd.sendKeys(body, "250002020123456789012345\uE007");
    await wd.waitFor("[data-screen=done]", { timeoutMs: 20000 });
    await wd.screenshot(path.join(shots, "16-done-alipay-plus-zh-Hant.png"));
    const receipt = await waitReceipt(printedBefore + 1);
    assert.match(receipt, /GCash/, `the wallet on the receipt:\n${receipt}`);
    assert.match(receipt, /HK\$/, `the store's currency:\n${receipt}`);
  } finally {
    await wd.quit();
  }
  const listing = execFileSync(kioskctl, ["journal", "list", "--json", "--data-dir", dataDir, "--config", config], {
    encoding: "utf8",
  });
  const trade = JSON.parse(listing.trim().split("\n")[0]);
  assert.equal(trade.gateway, "antom");
  assert.equal(trade.wallet, "GCash");
});

/** Long-presses the top-left corner and types `pin` on the PIN pad. */
async function enterPin(wd, pin) {
  await wd.longPress(await wd.waitFor('[data-testid="staff-corner-tl"]'), 3300);
  await wd.waitFor('[data-testid="pin-ok"]');
  for (const d of pin) await tap(wd, `pin-key-${d}`);
  await tap(wd, "pin-ok");
}

test("staff: enter with the PIN, refund part of a payment, reprint, close and reopen the lane; five wrong PINs lock entry", async () => {
  const dataDir = path.join(work, "data-staff");
  // PIN 1234 (the demo manager of kiosk-config/demo.toml).
  const config = siteConfig(
    "staff",
    `[[staff.members]]
id = "e2e-manager"
name = "E2E Manager"
pin_hash = "$argon2id$v=19$m=19456,t=2,p=1$OM4KCHk8sWnQl6IQ0wE1KQ$Sgx326o7D1vNdEl22OQPtk51GhmAqkTSE4VCWcYxTlQ"
`,
  );
  const wd = await session(config, dataDir);
  try {
    // A customer pays ¥3.50 for a green tea.
    await begin(wd, "en");
    await showItem(wd, "green-tea-500", 1);
    await payWith(wd, "pay-now");
    await wd.waitFor("[data-screen=done]", { timeoutMs: 20000 });
    const printedBefore = receiptTexts().length;
    await tap(wd, "done-finish");
    await wd.waitFor("[data-screen=attract]");

    // Staff enter with the PIN.
    await enterPin(wd, "1234");
    await wd.waitFor("[data-screen=staff]", { timeoutMs: 10000 });
    await wd.screenshot(path.join(shots, "10-staff-overview-en.png"));

    // Journal → the trade → refund ¥1.00 of ¥3.50.
    await tap(wd, "staff-tab-journal");
    const row = await wd.waitFor('[data-testid^="staff-trade-"]:not([data-testid="staff-trade-detail"])');
    await wd.click(row);
    await wd.waitFor('[data-testid="staff-trade-detail"]');
    await wd.screenshot(path.join(shots, "11-staff-trade-en.png"));
    await tap(wd, "staff-refund");
    await wd.waitFor('[data-testid="refund-amount"]');
    await tap(wd, "keypad-1");
    const minor = await wd.execute("return document.querySelector('[data-testid=refund-amount]').dataset.minor");
    assert.equal(Number(minor), 100, "¥1.00 typed on the keypad");
    await tap(wd, "refund-reason-returned_item");
    await tap(wd, "refund-next");
    await wd.waitFor('[data-testid="refund-confirm"]');
    await tap(wd, "refund-yes");
    const result = await wd.waitFor('[data-testid="refund-result"]', { timeoutMs: 15000 });
    assert.equal(await wd.execute("return document.querySelector('[data-testid=refund-result]').dataset.state"), "succeeded");
    await wd.screenshot(path.join(shots, "12-staff-refund-result-en.png"));
    assert.ok(result);
    await tap(wd, "refund-done");

    // Reprint: the receipt arrives again at the virtual printer.
    await tap(wd, "staff-reprint");
    await waitReceipt(printedBefore + 1);

    // Close the lane: customers see "closed"; reopen it.
    await tap(wd, "staff-tab-overview");
    await tap(wd, "staff-lane-toggle");
    await wd.waitFor('[data-testid="staff-lane-toggle"][data-lane="closed"]');
    await tap(wd, "staff-exit");
    await wd.waitFor("[data-screen=closed]");
    await wd.screenshot(path.join(shots, "13-lane-closed-en.png"));
    await enterPin(wd, "1234");
    await wd.waitFor("[data-screen=staff]", { timeoutMs: 10000 });
    await tap(wd, "staff-lane-toggle");
    await wd.waitFor('[data-testid="staff-lane-toggle"][data-lane="open"]');
    await tap(wd, "staff-exit");
    await wd.waitFor("[data-screen=attract]");

    // Five wrong PINs lock entry.
    await wd.longPress(await wd.waitFor('[data-testid="staff-corner-tl"]'), 3300);
    for (let i = 0; i < 5; i++) {
      for (const d of "0000") await tap(wd, `pin-key-${d}`);
      await tap(wd, "pin-ok");
      await wd.waitFor('[data-testid="pin-error"]');
    }
    await wd.waitFor('[data-testid="pin-error"][data-kind="locked"]');
    await wd.screenshot(path.join(shots, "14-pin-locked-en.png"));
  } finally {
    await wd.quit();
  }
});

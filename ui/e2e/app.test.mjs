// End-to-end: the real kiosk app (target/debug/scanpay-kiosk) under Xvfb,
// driven by tauri-driver + WebKitWebDriver. Screenshots go to
// target/e2e-screenshots/. Run by `make test` (scripts/test.sh sets up the
// display and D-Bus session).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { WebDriver } from "./webdriver.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const app = process.env.SCANPAY_APP ?? path.join(root, "target/debug/scanpay-kiosk");
const shots = path.join(root, "target/e2e-screenshots");
const port = Number(process.env.TAURI_DRIVER_PORT ?? 4444);
const dataDir = mkdtempSync(path.join(tmpdir(), "scanpay-e2e-"));
let driver;

function waitForPort(p, timeoutMs) {
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
        if (Date.now() > deadline) reject(new Error(`tauri-driver did not listen on ${p}`));
        else setTimeout(attempt, 200);
      });
    };
    attempt();
  });
}

before(async () => {
  assert.ok(existsSync(app), `the app binary is missing: ${app} (cargo test --workspace builds it)`);
  assert.ok(process.env.DISPLAY, "DISPLAY is not set: run under Xvfb (make test does)");
  mkdirSync(shots, { recursive: true });
  driver = spawn("tauri-driver", ["--port", String(port)], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, SCANPAY_DATA_DIR: dataDir, NO_AT_BRIDGE: "1" },
  });
  await waitForPort(port, 20000);
});

after(() => {
  driver?.kill();
});

async function session() {
  const wd = new WebDriver(`http://127.0.0.1:${port}`);
  await wd.start({ "tauri:options": { application: app } });
  return wd;
}

test("the kiosk starts on the attract screen and switches to 简体中文", async () => {
  const wd = await session();
  try {
    await wd.waitFor("[data-screen=attract] .attract-title", { text: "Scan & pay yourself" });
    const store = await wd.text(await wd.find(".attract-store"));
    assert.equal(store, "ScanPay Demo Store", "the store name comes from the backend config");
    await wd.screenshot(path.join(shots, "01-attract-en.png"));

    await wd.click(await wd.find("[data-testid=choose-language]"));
    await wd.waitFor("[data-screen=language]");
    await wd.screenshot(path.join(shots, "02-language-picker.png"));

    await wd.click(await wd.find("[data-testid=language-zh-Hans]"));
    const title = await wd.waitFor("[data-screen=attract] .attract-title", { text: "自助扫码结账" });
    assert.equal(await wd.text(title), "自助扫码结账");
    const start = await wd.text(await wd.find("[data-testid=start]"));
    assert.equal(start, "轻触屏幕或扫描商品开始");
    const lang = await wd.execute("return document.documentElement.lang");
    assert.equal(lang, "zh-Hans");
    // The Chinese text is drawn with the shipped font, not a system fallback.
    const fontReady = await wd.execute(
      "return document.fonts.check('40px \"Kiosk SC\"', '自助扫码结账')",
    );
    assert.equal(fontReady, true, "the bundled Noto Sans SC subset is loaded");
    await wd.screenshot(path.join(shots, "03-attract-zh-Hans.png"));
  } finally {
    await wd.quit();
  }
});

test("the kiosk window is fullscreen", async () => {
  const wd = await session();
  try {
    await wd.waitFor("[data-screen=attract]");
    const size = await wd.execute("return [window.innerWidth, window.innerHeight, screen.width, screen.height]");
    assert.equal(size[0], size[2], `window width ${size[0]} fills the screen ${size[2]}`);
    assert.equal(size[1], size[3], `window height ${size[1]} fills the screen ${size[3]}`);
  } finally {
    await wd.quit();
  }
});

// A small W3C WebDriver client (fetch only) for tauri-driver + WebKitWebDriver.
// Enough for the kiosk's end-to-end tests: sessions, elements, clicks, text,
// script execution and screenshots.
import { writeFile } from "node:fs/promises";

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class WebDriver {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.sessionId = null;
  }

  async #call(method, path, body) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json().catch(() => ({}));
    if (!response.ok) {
      const v = json.value ?? {};
      throw new Error(`WebDriver ${method} ${path}: ${response.status} ${v.error ?? ""} ${v.message ?? ""}`);
    }
    return json.value;
  }

  #s(path) {
    if (!this.sessionId) throw new Error("no WebDriver session");
    return `/session/${this.sessionId}${path}`;
  }

  async start(capabilities) {
    const value = await this.#call("POST", "/session", { capabilities: { alwaysMatch: capabilities } });
    this.sessionId = value.sessionId;
    return value;
  }

  async quit() {
    if (this.sessionId) await this.#call("DELETE", this.#s("")).catch(() => {});
    this.sessionId = null;
  }

  async find(css) {
    const value = await this.#call("POST", this.#s("/element"), { using: "css selector", value: css });
    return value[ELEMENT];
  }

  /** Waits until `css` matches (and `predicate(text)` holds, if given). */
  async waitFor(css, { timeoutMs = 15000, text } = {}) {
    const deadline = Date.now() + timeoutMs;
    let last = "";
    for (;;) {
      try {
        const id = await this.find(css);
        if (!text) return id;
        last = await this.text(id);
        if (last.includes(text)) return id;
      } catch (e) {
        last = String(e);
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${css} ${text ?? ""}: ${last}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async click(id) {
    await this.#call("POST", this.#s(`/element/${id}/click`), {});
  }

  /** Presses on the element's centre for `ms` milliseconds, then releases (W3C pointer actions). */
  async longPress(id, ms) {
    await this.#call("POST", this.#s("/actions"), {
      actions: [
        {
          type: "pointer",
          id: "finger",
          parameters: { pointerType: "mouse" },
          actions: [
            { type: "pointerMove", duration: 0, origin: { [ELEMENT]: id }, x: 0, y: 0 },
            { type: "pointerDown", button: 0 },
            { type: "pause", duration: ms },
            { type: "pointerUp", button: 0 },
          ],
        },
      ],
    });
    await this.#call("DELETE", this.#s("/actions")).catch(() => {});
  }

  /** Types `text` into the element (WebDriver key codes: "\uE007" is Enter). */
  async sendKeys(id, text) {
    await this.#call("POST", this.#s(`/element/${id}/value`), { text });
  }

  async text(id) {
    return this.#call("GET", this.#s(`/element/${id}/text`));
  }

  async execute(script, args = []) {
    return this.#call("POST", this.#s("/execute/sync"), { script, args });
  }

  /** Resolves after the page has painted twice (screenshots lag the DOM otherwise). */
  async painted() {
    await this.#call("POST", this.#s("/execute/async"), {
      script:
        "const done = arguments[arguments.length - 1];" +
        "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(true), 50)));",
      args: [],
    });
  }

  async screenshot(file) {
    await this.painted();
    const base64 = await this.#call("GET", this.#s("/screenshot"));
    await writeFile(file, Buffer.from(base64, "base64"));
  }
}

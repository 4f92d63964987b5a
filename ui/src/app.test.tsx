import { render } from "preact";
import { act } from "preact/test-utils";
import { beforeEach, describe, expect, it, vi } from "vitest";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));

const { App } = await import("./app");

const info = {
  storeName: "Test Store",
  storeId: "s1",
  terminalId: "k1",
  currency: "CNY",
  defaultLanguage: "en",
  languages: ["en", "zh-Hans"],
  windowed: false,
};

async function mount() {
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  await act(async () => {
    render(<App />, root);
  });
  await act(async () => {});
  return root;
}

function click(root: HTMLElement, testId: string) {
  const el = root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  if (!el) throw new Error(`no ${testId}`);
  return act(() => el.click());
}

describe("App", () => {
  beforeEach(() => {
    invoke.mockReset();
  });

  it("shows the attract screen with the store from the backend", async () => {
    invoke.mockResolvedValue(info);
    const root = await mount();
    expect(invoke).toHaveBeenCalledWith("kiosk_info");
    expect(root.querySelector("[data-screen=attract]")).not.toBeNull();
    expect(root.textContent).toContain("Test Store");
    expect(root.textContent).toContain("Scan & pay yourself");
  });

  it("switches to Simplified Chinese through the picker", async () => {
    invoke.mockResolvedValue(info);
    const root = await mount();
    await click(root, "choose-language");
    expect(root.querySelector("[data-screen=language]")).not.toBeNull();
    expect(root.querySelectorAll(".language-option")).toHaveLength(2);
    await click(root, "language-zh-Hans");
    expect(root.querySelector("[data-screen=attract]")).not.toBeNull();
    expect(root.textContent).toContain("自助扫码结账");
    expect(document.documentElement.lang).toBe("zh-Hans");
  });

  it("offers only the languages the backend enables", async () => {
    invoke.mockResolvedValue({ ...info, languages: ["zh-Hans"], defaultLanguage: "zh-Hans" });
    const root = await mount();
    await click(root, "choose-language");
    expect(root.querySelectorAll(".language-option")).toHaveLength(1);
  });

  it("shows out of order, with the reason, when the backend fails", async () => {
    invoke.mockImplementation(() => Promise.reject({ code: "config", message: "payment.deadline_secs: bad" }));
    const root = await mount();
    expect(root.querySelector("[role=alert]")?.textContent).toContain("payment.deadline_secs");
  });
});

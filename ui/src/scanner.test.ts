import { afterEach, describe, expect, it, vi } from "vitest";
import { listenWedge, RESET_MS, WedgeBuffer } from "./scanner";

function feed(buffer: WedgeBuffer, keys: string[], start: number, step: number): (string | null)[] {
  return keys.map((k, i) => buffer.key(k, start + i * step));
}

describe("WedgeBuffer", () => {
  it("returns the typed code on Enter", () => {
    const b = new WedgeBuffer();
    const out = feed(b, [..."6901234567892", "Enter"], 0, 10);
    expect(out.at(-1)).toBe("6901234567892");
    expect(out.slice(0, -1).every((x) => x === null)).toBe(true);
  });

  it("ignores Enter with nothing typed", () => {
    const b = new WedgeBuffer();
    expect(b.key("Enter", 0)).toBeNull();
    expect(b.key("Enter", 5)).toBeNull();
  });

  it("starts over after a pause longer than 300 ms", () => {
    const b = new WedgeBuffer();
    feed(b, [..."999"], 0, 10);
    expect(feed(b, [..."123", "Enter"], 20 + RESET_MS + 1, 10).at(-1)).toBe("123");
  });

  it("drops the code when Enter comes after the pause", () => {
    const b = new WedgeBuffer();
    feed(b, [..."123"], 0, 10);
    expect(b.key("Enter", 20 + RESET_MS + 1)).toBeNull();
  });

  it("keeps letters and digits, ignores other keys, and is empty after a code", () => {
    const b = new WedgeBuffer();
    expect(feed(b, ["A", "b", "Shift", "+", "7", "Enter"], 0, 5).at(-1)).toBe("Ab7");
    // A staff badge token: base64url with dots.
    expect(feed(b, [..."SPSTAFF1.eyJ_a-Z.s1g", "Enter"], 100, 5).at(-1)).toBe("SPSTAFF1.eyJ_a-Z.s1g");
    expect(b.key("Enter", 40)).toBeNull();
  });
});

describe("listenWedge", () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it("collects keydown at document level and never lets Enter press a button", () => {
    const codes: string[] = [];
    const stop = listenWedge(document, (c) => codes.push(c));
    const button = document.createElement("button");
    const clicked = vi.fn();
    button.addEventListener("click", clicked);
    document.body.append(button);
    button.focus();
    const events = [..."4006381333931", "Enter"].map((key) => new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
    for (const e of events) button.dispatchEvent(e);
    expect(codes).toEqual(["4006381333931"]);
    expect(events.at(-1)?.defaultPrevented).toBe(true);
    expect(clicked).not.toHaveBeenCalled();
    stop();
    for (const key of [..."1", "Enter"]) document.dispatchEvent(new KeyboardEvent("keydown", { key }));
    expect(codes).toHaveLength(1);
  });

  it("ignores shortcuts with modifiers", () => {
    const codes: string[] = [];
    const stop = listenWedge(document, (c) => codes.push(c));
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "r", ctrlKey: true }));
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    expect(codes).toEqual([]);
    stop();
  });
});

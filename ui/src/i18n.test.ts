import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { catalog, catalogs, parseCatalogs } from "./i18n";

describe("catalogs", () => {
  it("loads the shared catalogs from assets/locales", () => {
    expect(catalogs.get("en")?.nativeName).toBe("English");
    expect(catalogs.get("zh-Hans")?.nativeName).toBe("简体中文");
  });

  it("formats with arguments and falls back to English for unknown tags", () => {
    expect(catalog("xx").tag).toBe("en");
    expect(catalog("zh-Hans").t("attract-lane-store", { store: "Demo" })).toContain("Demo");
  });

  it("shows the key, not a blank, for a missing message", () => {
    expect(catalog("en").t("no-such-key")).toBe("no-such-key");
  });

  it("knows right-to-left scripts", () => {
    const c = parseCatalogs({ "/x/ar/ui.ftl": "language-name = العربية\n" });
    expect(c.get("ar")?.dir).toBe("rtl");
    expect(catalog("en").dir).toBe("ltr");
  });
});

describe("the payment network ($network)", () => {
  const en = catalog("en");
  const enUi = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../../assets/locales/en/ui.ftl"), "utf8");
  const uiKeys = [...enUi.matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((m) => m[1]);
  const alipay = { network: "alipay" } as const;
  const plus = { network: "alipay_plus" } as const;
  /** The customer messages worded per network. */
  const networkKeys = () => uiKeys.filter((key) => en.t(key, alipay) !== en.t(key, plus));

  // Messages with other variables, and calls without $network, log their errors.
  beforeEach(() => void vi.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => vi.restoreAllMocks());

  it("words for Alipay+ every customer message that names Alipay", () => {
    const keys = networkKeys();
    const namingAlipay = uiKeys.filter((key) => /Alipay/.test(en.t(key, alipay)));
    expect(namingAlipay.length).toBeGreaterThan(10);
    expect(keys).toEqual(expect.arrayContaining(namingAlipay));
    expect(keys).toContain("pay-step-code"); // "Tap “Pay”" is Alipay's button
    // Alipay+ wording names Alipay only in the list of wallets.
    for (const key of keys) expect(en.t(key, plus), key).not.toMatch(/Alipay(?![+H]|, AlipayHK)/);
  });

  it("every language has both wordings, and Alipay's is the default", () => {
    const keys = networkKeys();
    for (const [tag, c] of catalogs) {
      for (const key of keys) {
        const mainland = c.t(key, alipay);
        expect(c.t(key, plus), `${tag} ${key}`).not.toBe(mainland);
        // An unknown or missing network (an older backend) reads as mainland Alipay.
        expect(c.t(key, { network: "other" }), `${tag} ${key}`).toBe(mainland);
        expect(c.t(key), `${tag} ${key}`).toBe(mainland);
      }
      // Brand names stay in Latin script.
      expect(c.t("common-alipay", plus), tag).toBe("Alipay+");
      expect(c.t("pay-title", plus), tag).toContain("Alipay+");
    }
  });
});

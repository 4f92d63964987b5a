import { describe, expect, it } from "vitest";
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

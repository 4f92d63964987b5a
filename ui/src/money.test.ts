import { describe, expect, it } from "vitest";
import { formatCount, formatMoney } from "./money";

const cny = { currency: "CNY", exponent: 2 };

describe("formatMoney", () => {
  it("divides integer minor units by 10^exponent for display only", () => {
    expect(formatMoney(1250, { ...cny, locale: "en" })).toBe("CN¥12.50");
    expect(formatMoney(5, { ...cny, locale: "en" })).toBe("CN¥0.05");
    expect(formatMoney(0, { ...cny, locale: "en" })).toBe("CN¥0.00");
  });

  it("formats per locale", () => {
    expect(formatMoney(1250, { ...cny, locale: "zh-Hans" })).toBe("¥12.50");
    expect(formatMoney(123456, { currency: "EUR", exponent: 2, locale: "de" })).toBe("1.234,56\u00a0€");
    expect(formatMoney(123456, { currency: "EUR", exponent: 2, locale: "fr" })).toMatch(/^1\s234,56\s€$/u);
  });

  it("keeps a Latin currency code in one piece in right-to-left text", () => {
    const ar = formatMoney(3350, { ...cny, locale: "ar" });
    expect(ar).toContain("\u2066CN¥\u2069");
    expect(ar.replace(/[\u2066\u2069\u200f\u061c]/g, "")).toMatch(/^33[.٫]50\s?CN¥$|^CN¥\s?33[.٫]50$|٣٣٫٥٠/);
  });

  it("knows currencies without minor units", () => {
    expect(formatMoney(1200, { currency: "JPY", exponent: 0, locale: "ja" })).toBe("￥1,200");
  });

  it("keeps exact cents for large amounts (no float accumulation)", () => {
    expect(formatMoney(999999999, { ...cny, locale: "en" })).toBe("CN¥9,999,999.99");
    expect(formatMoney(10 + 20, { ...cny, locale: "en" })).toBe("CN¥0.30");
  });

  it("falls back to English for a tag the platform does not know", () => {
    expect(formatMoney(100, { ...cny, locale: "x-invalid-tag-" })).toBe("CN¥1.00");
  });

  it("refuses a fractional amount of minor units", () => {
    expect(() => formatMoney(12.5, { ...cny, locale: "en" })).toThrow(RangeError);
  });

  it("formats counts in the locale's digits", () => {
    expect(formatCount(12, "en")).toBe("12");
    expect(formatCount(1234, "de")).toBe("1.234");
  });
});

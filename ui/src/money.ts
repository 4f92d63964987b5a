// Money is integer minor units everywhere (fen for CNY, yen for JPY). The only
// division happens here, for display, on one amount at a time: amounts are
// never summed as floats in the UI (the backend does all arithmetic).

export interface MoneyFormat {
  /** BCP 47 tag of the session language (zh-Hans, ar, …). */
  locale: string;
  /** ISO 4217 code. */
  currency: string;
  /** Digits after the decimal point (CNY 2, JPY 0). */
  exponent: number;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter({ locale, currency, exponent }: MoneyFormat): Intl.NumberFormat {
  const key = `${locale}|${currency}|${exponent}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.NumberFormatOptions = {
      style: "currency",
      currency,
      minimumFractionDigits: exponent,
      maximumFractionDigits: exponent,
    };
    try {
      found = new Intl.NumberFormat(locale, options);
    } catch (e) {
      // A tag ICU does not know must not blank a price: fall back to English.
      if (!(e instanceof RangeError)) throw e;
      found = new Intl.NumberFormat("en", options);
    }
    formatters.set(key, found);
  }
  return found;
}

/** Scripts written right to left (as in i18n.ts). */
const RTL = new Set(["ar", "he", "fa", "ur"]);
const LRI = "\u2066";
const PDI = "\u2069";

/** Formats `minor` units (an integer) as a price in `format.locale`. */
export function formatMoney(minor: number, format: MoneyFormat): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`not an integer amount of minor units: ${minor}`);
  if (!Number.isInteger(format.exponent) || format.exponent < 0 || format.exponent > 6) {
    throw new RangeError(`bad currency exponent: ${format.exponent}`);
  }
  const value = minor / 10 ** format.exponent;
  if (!RTL.has(format.locale.split("-")[0])) return formatter(format).format(value);
  // In right-to-left text a Latin currency code such as "CN¥" would be torn
  // apart by the bidi algorithm ("¥CN"): isolate it as one left-to-right run.
  return formatter(format)
    .formatToParts(value)
    .map((p) => (p.type === "currency" && /[A-Za-z]/.test(p.value) ? `${LRI}${p.value}${PDI}` : p.value))
    .join("");
}

/** A whole number in the locale's digits (quantities, seconds). */
export function formatCount(n: number, locale: string): string {
  let found = formatters.get(`${locale}|count`);
  if (!found) {
    try {
      found = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    } catch {
      found = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
    }
    formatters.set(`${locale}|count`, found);
  }
  return found.format(n);
}

// Dates, times, durations and typed amounts for the staff screens. Dates and
// times follow the staff language (Intl); days are the kiosk's local days.

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(tag: string, style: "when" | "clock" | "day"): Intl.DateTimeFormat {
  const key = `${tag}|${style}`;
  let found = dateFormats.get(key);
  if (!found) {
    const options: Intl.DateTimeFormatOptions =
      style === "when"
        ? { dateStyle: "short", timeStyle: "medium" }
        : style === "clock"
          ? { timeStyle: "medium" }
          : { weekday: "short", year: "numeric", month: "short", day: "numeric" };
    try {
      found = new Intl.DateTimeFormat(tag, options);
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      found = new Intl.DateTimeFormat("en", options);
    }
    dateFormats.set(key, found);
  }
  return found;
}

/** Date and time of `ms` (ms since the epoch) in the staff language. */
export function formatWhen(ms: number, tag: string): string {
  return dateFormat(tag, "when").format(new Date(ms));
}

/** Time of day of `ms`. */
export function formatClock(ms: number, tag: string): string {
  return dateFormat(tag, "clock").format(new Date(ms));
}

/** A day, with its weekday: "Fri, 14 Mar 2025". */
export function formatDay(day: Date, tag: string): string {
  return dateFormat(tag, "day").format(day);
}

const numberFormats = new Map<string, [Intl.NumberFormat, Intl.NumberFormat]>();

function durationFormats(tag: string): [Intl.NumberFormat, Intl.NumberFormat] {
  let found = numberFormats.get(tag);
  if (!found) {
    const make = (t: string) =>
      [
        new Intl.NumberFormat(t, { useGrouping: false }),
        new Intl.NumberFormat(t, { minimumIntegerDigits: 2, useGrouping: false }),
      ] as [Intl.NumberFormat, Intl.NumberFormat];
    try {
      found = make(tag);
    } catch {
      found = make("en");
    }
    numberFormats.set(tag, found);
  }
  return found;
}

/** Seconds as m:ss (h:mm:ss from an hour), in the language's digits. */
export function formatDuration(totalSecs: number, tag: string): string {
  const [one, two] = durationFormats(tag);
  const secs = Math.max(0, Math.floor(totalSecs));
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = secs % 60;
  return h > 0 ? `${one.format(h)}:${two.format(m)}:${two.format(s)}` : `${one.format(m)}:${two.format(s)}`;
}

/** Local midnight `daysAgo` days before the day of `now`. */
export function dayStart(daysAgo: number, now: number = Date.now()): Date {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - daysAgo);
  return d;
}

/** A local day as YYYY-MM-DD. */
export function isoDay(day: Date): string {
  const y = day.getFullYear();
  const m = String(day.getMonth() + 1).padStart(2, "0");
  const d = String(day.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** A key of the on-screen keypad: a digit, a letter, "_", "-", or an action. */
export type KeypadKey = string;

/** Integer digits an amount may have (a kiosk takes nothing near 10^9 units). */
const MAX_INTEGER_DIGITS = 7;

/**
 * Applies one keypad key to an amount being typed ("12.5"). `exponent` is
 * the currency's digits after the point: no point for 0, at most that many
 * digits after it.
 */
export function typeAmount(text: string, key: KeypadKey, exponent: number): string {
  if (key === "clear") return "";
  if (key === "back") return text.slice(0, -1);
  if (key === "dot") {
    if (exponent === 0 || text.includes(".")) return text;
    return text === "" ? "0." : `${text}.`;
  }
  if (!/^[0-9]$/.test(key)) return text;
  const [whole, fraction] = text.split(".");
  if (fraction !== undefined) return fraction.length >= exponent ? text : text + key;
  if (whole === "0") return key;
  if (whole.length >= MAX_INTEGER_DIGITS) return text;
  return text + key;
}

/** The minor units of a typed amount; null when nothing is typed. */
export function amountToMinor(text: string, exponent: number): number | null {
  if (text === "" || text === ".") return null;
  const [whole, fraction = ""] = text.split(".");
  const digits = `${whole || "0"}${fraction.padEnd(exponent, "0").slice(0, exponent)}`;
  return Number.parseInt(digits, 10);
}

/** Minor units as the text the keypad would have typed (1050 → "10.50"). */
export function minorToAmount(minor: number, exponent: number): string {
  if (exponent === 0) return String(minor);
  const s = String(minor).padStart(exponent + 1, "0");
  return `${s.slice(0, -exponent)}.${s.slice(-exponent)}`;
}

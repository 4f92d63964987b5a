// The on-screen keypad: a kiosk has no keyboard. Digits for PINs, digits
// and a decimal point for amounts, digits and letters for trade numbers.
// Every key is a large button with data-testid `<prefix>-<key>`: the digits,
// "dot", "back", "clear", and for trade numbers the letters a–z, "_", "-"
// (behind the "letters" key; "digits" goes back).
import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";
import type { Catalog } from "../i18n";
import type { KeypadKey } from "./format";
import { BackspaceIcon } from "./icons";

export type KeypadMode = "digits" | "amount" | "alnum";

const DIGITS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"];
const LETTERS = [..."abcdefghijklmnopqrstuvwxyz_-"];

const separators = new Map<string, string>();

/** The decimal separator of `tag` ("." or ","…). */
export function decimalSeparator(tag: string): string {
  let found = separators.get(tag);
  if (!found) {
    try {
      found = new Intl.NumberFormat(tag).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
    } catch {
      found = ".";
    }
    separators.set(tag, found);
  }
  return found;
}

export function Keypad(props: {
  c: Catalog;
  mode: KeypadMode;
  onKey: (key: KeypadKey) => void;
  /** data-testid prefix of the keys. */
  prefix?: string;
  disabled?: boolean;
  /** Amounts: digits after the point (0: no point key). */
  exponent?: number;
}) {
  const { c, mode, onKey, prefix = "keypad", disabled = false, exponent = 2 } = props;
  const [letters, setLetters] = useState(false);
  const key = (k: KeypadKey, content: ComponentChildren, cls: string, aria?: string) => (
    <button
      key={k}
      type="button"
      class={`touch key k-${k} ${cls}`}
      data-testid={`${prefix}-${k}`}
      aria-label={aria}
      disabled={disabled}
      onClick={() => {
        if (k === "letters") setLetters(true);
        else if (k === "digits") setLetters(false);
        else onKey(k);
      }}
    >
      {content}
    </button>
  );
  const digits = DIGITS.map((d) => key(d, d, "key-digit"));
  const zero = key("0", "0", "key-digit key-zero");
  const back = key("back", <BackspaceIcon />, "key-action key-back", c.t("staff-key-back"));
  const clear = key("clear", c.t("staff-key-clear"), "key-action key-clear");

  if (mode === "alnum" && letters) {
    return (
      <div class="keypad keypad-letters" dir="ltr">
        {LETTERS.map((l) => key(l, l, "key-letter"))}
        {key("digits", "123", "key-action key-mode", c.t("staff-key-digits"))}
        {clear}
        {back}
      </div>
    );
  }
  if (mode === "alnum") {
    return (
      <div class="keypad keypad-alnum" dir="ltr">
        {digits}
        {key("letters", "abc", "key-action key-mode", c.t("staff-key-letters"))}
        {zero}
        {back}
        {clear}
      </div>
    );
  }
  if (mode === "amount") {
    return (
      <div class={`keypad keypad-amount${exponent > 0 ? "" : " no-dot"}`} dir="ltr">
        {digits}
        {exponent > 0 && key("dot", decimalSeparator(c.tag), "key-digit key-dot", c.t("staff-key-dot"))}
        {zero}
        {back}
        {clear}
      </div>
    );
  }
  return (
    <div class="keypad keypad-digits" dir="ltr">
      {digits}
      {clear}
      {zero}
      {back}
    </div>
  );
}

import type { CheckoutView, KioskInfo } from "./backend";
import type { Catalog } from "./i18n";

/** What every customer screen gets from the app. */
export interface Env {
  /** The session language's messages. */
  c: Catalog;
  info: KioskInfo;
  view: CheckoutView;
  /** Formats integer minor units in the session's locale and the store's currency. */
  money: (minor: number) => string;
  /** Formats a whole number (quantity, seconds) in the session's locale. */
  count: (n: number) => string;
  /**
   * Runs a backend command: a returned view is shown at once; an error shows
   * the generic error notice (never a blank screen).
   */
  run: (action: () => Promise<unknown>) => void;
  largerText: boolean;
  toggleLargerText: () => void;
}

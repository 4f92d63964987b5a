// Backend answers for the component tests (app and staff): a kiosk and an
// empty checkout view. Test files patch what they need.
import type { CheckoutView, KioskInfo } from "./backend";

export const kioskInfoFixture: KioskInfo = {
  storeName: "Test Store",
  storeId: "s1",
  terminalId: "k1",
  currency: "CNY",
  currencyExponent: 2,
  defaultLanguage: "en",
  languages: ["en", "zh-Hans", "ar"],
  windowed: false,
  demo: false,
  soundsMuted: true,
};

/** The attract screen with an empty cart, patched. */
export function checkoutViewFixture(patch: Partial<CheckoutView> = {}): CheckoutView {
  return {
    seq: 0,
    state: "attract",
    language: "en",
    cart: { lines: [], itemCount: 0, totalMinor: 0, taxMinor: 0 },
    notice: null,
    noticeSeq: 0,
    scanSeq: 0,
    lastLineId: null,
    payment: null,
    result: null,
    idle: null,
    resetting: false,
    returnSecs: null,
    soundsMuted: false,
    paymentNetwork: "alipay",
    ...patch,
  };
}

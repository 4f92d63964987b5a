// Backend answers for the component tests (app and staff): a kiosk and an
// empty checkout view. Test files patch what they need.
import { act } from "preact/test-utils";
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

/** Lets promises and the effects they cause run (start-up awaits several commands). */
export async function settle() {
  for (let i = 0; i < 8; i++) await act(async () => {});
}

/** The element with `data-testid`, or a failure that shows the page. */
export function byTestId(root: ParentNode, testId: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  if (!el) throw new Error(`no ${testId} in ${document.body.innerHTML.slice(0, 600)}`);
  return el;
}

/** Clicks the element with `data-testid` and lets the UI settle. */
export async function click(root: ParentNode, testId: string) {
  const el = byTestId(root, testId);
  await act(async () => el.click());
  await settle();
}

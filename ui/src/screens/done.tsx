import { finish } from "../backend";
import type { Env } from "../env";
import { CheckIcon, LargerTextToggle, PrinterIcon, TopBar, useCountdown } from "../parts";

type ReceiptState = "printing" | "printed" | "failed";

const RECEIPT_KEYS: Record<ReceiptState, string> = {
  printing: "done-receipt-printing",
  printed: "done-receipt-printed",
  failed: "done-receipt-failed",
};

/** Paid: thank you, take your receipt, back to the start by itself. */
export function Done({ env }: { env: Env }) {
  const { c, view, money } = env;
  const result = view.result?.kind === "paid" ? view.result : null;
  const receipt: ReceiptState = result?.receipt ?? "printing";
  const amount = result?.amountMinor ?? view.cart.totalMinor;
  const left = useCountdown(view.returnSecs, view);
  return (
    <main class="screen light done" data-screen="done">
      <TopBar tools={<LargerTextToggle env={env} />} />
      <div class="center-body">
        <div class="result-icon success" aria-hidden="true">
          <CheckIcon size={88} />
        </div>
        <h1 class="result-title">{c.t("done-title")}</h1>
        <div class="amount-line">
          <span class="amount-label">{c.t("done-amount")}</span>
          <span class="amount-mid">{money(amount)}</span>
        </div>
        <div class={`receipt-card receipt-${receipt}`} data-testid="receipt" data-receipt={receipt} role="status">
          <PrinterIcon />
          <span>{c.t(RECEIPT_KEYS[receipt])}</span>
        </div>
        <p class="thanks">{c.t("done-thanks")}</p>
      </div>
      <footer class="center-footer">
        {left !== null && (
          <span class="returning" data-testid="returning">
            {c.t("common-returning", { seconds: left })}
          </span>
        )}
        <button type="button" class="touch primary" data-testid="done-finish" onClick={() => env.run(finish)}>
          {c.t("done-finish")}
        </button>
      </footer>
    </main>
  );
}

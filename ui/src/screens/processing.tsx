import { cancel } from "../backend";
import type { Env } from "../env";
import { CountdownRing, LargerTextToggle, PhoneIcon, TopBar, useCountdown } from "../parts";

/** The payment is on its way: a countdown to the deadline and Cancel. */
export function Processing({ env }: { env: Env }) {
  const { c, view, money, count } = env;
  const payment = view.payment;
  const left = useCountdown(payment?.secondsLeft ?? null, view);
  const phase = payment?.phase ?? "sending";
  const cancelling = phase === "cancelling";
  const seconds = left ?? 0;
  const message =
    phase === "cancelling"
      ? c.t("processing-cancelling")
      : phase === "waiting"
        ? c.t("processing-waiting")
        : c.t("processing-sending");
  return (
    <main class={`screen light processing phase-${phase}`} data-screen="processing" data-phase={phase}>
      <TopBar tools={<LargerTextToggle env={env} />}>
        <h1 class="title">{c.t("processing-title")}</h1>
      </TopBar>
      <div class="center-body">
        {payment && (
          <CountdownRing
            seconds={seconds}
            total={payment.deadlineSecs}
            label={c.t("processing-seconds", { seconds })}
            locale={count}
            tone={cancelling ? "amber" : "blue"}
          />
        )}
        <h2 class="big-message" role="status" data-testid="processing-message">
          {!cancelling && <PhoneIcon />}
          <span>{message}</span>
        </h2>
        <div class="amount-line">
          <span class="amount-label">{c.t("processing-amount")}</span>
          <span class="amount-mid">{money(view.cart.totalMinor)}</span>
        </div>
        {!cancelling && <p class="hint">{c.t("processing-keep-open", { network: view.paymentNetwork })}</p>}
      </div>
      <footer class="center-footer">
        {!cancelling && (
          <button
            type="button"
            class="touch secondary danger"
            data-testid="processing-cancel"
            onClick={() => env.run(cancel)}
          >
            {c.t("processing-cancel")}
          </button>
        )}
      </footer>
    </main>
  );
}

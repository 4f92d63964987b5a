import { callStaff, finish, retry, type FailureReason } from "../backend";
import type { Env } from "../env";
import { AlertIcon, HelpIcon, LargerTextToggle, TopBar, useCountdown } from "../parts";

/** What happened, in the customer's words, for every reason the backend gives. */
export const REASON_KEYS: Record<FailureReason, string> = {
  balance: "failed-reason-balance",
  code_expired: "failed-reason-code-expired",
  risk: "failed-reason-risk",
  timeout: "failed-reason-timeout",
  cancelled: "failed-reason-cancelled",
  unavailable: "failed-reason-unavailable",
  declined: "failed-reason-declined",
  unresolved: "failed-reason-unresolved",
};

/** What to do next, for every reason. */
export const HELP_KEYS: Record<FailureReason, string> = {
  balance: "failed-help-balance",
  code_expired: "failed-help-code-expired",
  risk: "failed-help-risk",
  timeout: "failed-help-timeout",
  cancelled: "failed-help-cancelled",
  unavailable: "failed-help-unavailable",
  declined: "failed-help-declined",
  unresolved: "failed-help-unresolved",
};

/** Reasons after which the customer is certainly not charged. */
const NOT_CHARGED: ReadonlySet<FailureReason> = new Set<FailureReason>(["cancelled", "timeout"]);

/** The payment did not go through: the reason and what to do. */
export function Failed({ env }: { env: Env }) {
  const { c, view } = env;
  const network = view.paymentNetwork;
  const reason: FailureReason = view.result?.kind === "failed" ? view.result.reason : "declined";
  const unresolved = reason === "unresolved";
  const left = useCountdown(view.returnSecs, view);
  return (
    <main class={`screen light failed${unresolved ? " unresolved" : ""}`} data-screen="failed">
      <TopBar tools={<LargerTextToggle env={env} />} />
      <div class="center-body">
        <div class={`result-icon ${unresolved ? "warning" : "error"}`} aria-hidden="true">
          <AlertIcon size={88} />
        </div>
        <h1 class="result-title">{c.t(unresolved ? "failed-title-unresolved" : "failed-title")}</h1>
        <div class="reason-card" role="alert">
          <p class="reason" data-testid="failed-reason" data-reason={reason}>
            {c.t(REASON_KEYS[reason], { network })}
          </p>
          <p class="reason-help">{c.t(HELP_KEYS[reason], { network })}</p>
        </div>
        {NOT_CHARGED.has(reason) && (
          <p class="not-charged" data-testid="not-charged">
            {c.t("failed-not-charged")}
          </p>
        )}
      </div>
      <footer class="failed-footer">
        {left !== null && (
          <span class="returning" data-testid="returning">
            {c.t("common-returning", { seconds: left })}
          </span>
        )}
        <div class="failed-actions">
          <button type="button" class="touch secondary" data-testid="failed-finish" onClick={() => env.run(finish)}>
            {c.t(unresolved ? "failed-back-to-start" : "failed-finish")}
          </button>
          <button type="button" class="touch secondary" data-testid="failed-staff" onClick={() => env.run(callStaff)}>
            <HelpIcon />
            <span>{c.t("failed-staff")}</span>
          </button>
          {!unresolved && (
            <button type="button" class="touch primary" data-testid="failed-retry" onClick={() => env.run(retry)}>
              {c.t("failed-retry")}
            </button>
          )}
        </div>
      </footer>
    </main>
  );
}

// A refund in three steps: the amount (the refundable rest by default,
// changed on the keypad) and a reason; a confirmation that repeats the
// amount; the gateway's answer.
import { useState } from "preact/hooks";
import { CheckIcon, AlertIcon } from "../parts";
import { staffRefund, type RefundRow, type TradeRow } from "../staff-backend";
import { REASON_KEYS, REFUND_REASONS, type RefundReason, type StaffEnv } from "./env";
import { amountToMinor, minorToAmount, typeAmount, type KeypadKey } from "./format";
import { Keypad } from "./keypad";
import { Sheet } from "./sheet";

type Step = { step: "amount" } | { step: "confirm" } | { step: "sending" } | { step: "result"; refund: RefundRow };

export function RefundFlow(props: { env: StaffEnv; trade: TradeRow; onClose: (changed: boolean) => void }) {
  const { env, trade } = props;
  const { c } = env;
  const exponent = env.overview?.currencyExponent ?? env.info.currencyExponent;
  const rest = trade.amountMinor - trade.refundedMinor;
  /** The amount typed; `fresh`: still the default, replaced by the first digit typed. */
  const [entry, setEntry] = useState({ text: minorToAmount(rest, exponent), fresh: true });
  const { text, fresh } = entry;
  const [reason, setReason] = useState<RefundReason | null>(null);
  const [step, setStep] = useState<Step>({ step: "amount" });
  const money = (minor: number) => env.money(minor, trade.currency);

  const amount = amountToMinor(text, exponent) ?? 0;
  const tooMuch = amount > rest;
  const problem = amount <= 0 ? "staff-refund-zero" : tooMuch ? "staff-refund-too-much" : null;

  const onKey = (key: KeypadKey) =>
    setEntry((e) => ({
      text: typeAmount(e.fresh && key !== "back" && key !== "clear" ? "" : e.text, key, exponent),
      fresh: false,
    }));

  const send = () => {
    if (reason === null) return;
    setStep({ step: "sending" });
    void env.call(() => staffRefund(trade.outTradeNo, amount, reason)).then((refund) => {
      if (refund) setStep({ step: "result", refund });
      else setStep({ step: "confirm" });
    });
  };

  if (step.step === "result") {
    const { refund } = step;
    const tone = refund.state === "succeeded" ? "good" : refund.state === "pending" ? "warn" : "bad";
    const titleKey =
      refund.state === "succeeded"
        ? "staff-refund-succeeded"
        : refund.state === "pending"
          ? "staff-refund-pending"
          : "staff-refund-failed";
    return (
      <Sheet testId="refund-result" title={c.t("staff-refund-title")} state={refund.state}>
        <div class={`result-mark tone-${tone}`} aria-hidden="true">
          {tone === "good" ? <CheckIcon size={64} /> : <AlertIcon size={64} />}
        </div>
        <p class="result-line" role="status">
          {c.t(titleKey)}
        </p>
        <p class="result-amount" data-testid="refund-result-amount">
          {money(refund.amountMinor)}
        </p>
        {refund.state === "pending" && <p class="sheet-body">{c.t("staff-refund-pending-hint")}</p>}
        {refund.detail && (
          <p class="result-detail mono" dir="ltr">
            {refund.detail}
          </p>
        )}
        <div class="sheet-actions">
          <button type="button" class="touch primary" data-testid="refund-done" onClick={() => props.onClose(true)}>
            {c.t("staff-done")}
          </button>
        </div>
      </Sheet>
    );
  }

  if (step.step === "confirm" || step.step === "sending") {
    const sending = step.step === "sending";
    return (
      <Sheet testId="refund-confirm" title={c.t("staff-refund-confirm-title")}>
        <p class="confirm-amount" data-testid="refund-confirm-amount" data-minor={amount}>
          {money(amount)}
        </p>
        <dl class="facts confirm-facts">
          <div class="fact">
            <dt>{c.t("staff-filter-trade")}</dt>
            <dd class="mono" dir="ltr">
              {trade.outTradeNo}
            </dd>
          </div>
          <div class="fact">
            <dt>{c.t("staff-refund-reason")}</dt>
            <dd>{reason === null ? "" : c.t(REASON_KEYS[reason])}</dd>
          </div>
        </dl>
        <p class="sheet-body">{c.t(sending ? "staff-refund-sending" : "staff-refund-confirm-body")}</p>
        <div class="sheet-actions">
          <button
            type="button"
            class="touch secondary"
            data-testid="refund-back"
            disabled={sending}
            onClick={() => setStep({ step: "amount" })}
          >
            {c.t("staff-back")}
          </button>
          <button type="button" class="touch primary danger-fill" data-testid="refund-yes" disabled={sending} onClick={send}>
            {sending && <span class="mini-spinner light" aria-hidden="true" />}
            <span>{c.t("staff-refund-yes", { amount: money(amount) })}</span>
          </button>
        </div>
      </Sheet>
    );
  }

  return (
    <Sheet testId="refund-sheet" title={c.t("staff-refund-title")} wide>
      <div class="keypad-sheet">
        <div class="keypad-side">
          <div class="refund-field">
            <span class="filter-caption">{c.t("staff-refund-amount")}</span>
            <span
              class={`amount-display${fresh ? " fresh" : ""}${problem ? " invalid" : ""}`}
              data-testid="refund-amount"
              data-minor={amount}
            >
              {money(amount)}
            </span>
            <span class="hint">{c.t("staff-refund-refundable", { amount: money(rest) })}</span>
            {problem && <span class="field-error">{c.t(problem)}</span>}
          </div>
          <button
            type="button"
            class="touch secondary full-amount"
            data-testid="refund-full"
            disabled={amount === rest}
            onClick={() => setEntry({ text: minorToAmount(rest, exponent), fresh: true })}
          >
            {c.t("staff-refund-full")}
          </button>
          <span class="filter-caption">{c.t("staff-refund-reason")}</span>
          <div class="reason-chips">
            {REFUND_REASONS.map((r) => (
              <button
                key={r}
                type="button"
                class={`touch choice${reason === r ? " selected" : ""}`}
                data-testid={`refund-reason-${r}`}
                aria-pressed={reason === r}
                onClick={() => setReason(r)}
              >
                {c.t(REASON_KEYS[r])}
              </button>
            ))}
          </div>
        </div>
        <Keypad c={c} mode="amount" exponent={exponent} onKey={onKey} />
      </div>
      <div class="sheet-actions">
        <button type="button" class="touch secondary" data-testid="refund-cancel" onClick={() => props.onClose(false)}>
          {c.t("staff-cancel")}
        </button>
        <button
          type="button"
          class="touch primary"
          data-testid="refund-next"
          disabled={problem !== null || reason === null}
          onClick={() => setStep({ step: "confirm" })}
        >
          {c.t(reason === null ? "staff-refund-pick-reason" : "staff-continue")}
        </button>
      </div>
    </Sheet>
  );
}

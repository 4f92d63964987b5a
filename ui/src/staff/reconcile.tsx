// Reconciliation: the journal of one day against Alipay's bill of that day,
// with every difference listed (a difference opens its trade).
import { useState } from "preact/hooks";
import { staffReconcile, type Reconciliation } from "../staff-backend";
import { DIFFERENCE_KEYS, label, type StaffEnv } from "./env";
import { dayStart, isoDay } from "./format";
import { ChevronIcon, ScaleIcon } from "./icons";

/** How far back a bill can be asked for. */
const MAX_DAYS_BACK = 90;

export function ReconcilePage({ env }: { env: StaffEnv }) {
  const { c, day, count } = env;
  const [daysAgo, setDaysAgo] = useState(1);
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<Reconciliation | null>(null);

  const date = isoDay(dayStart(daysAgo));
  const run = () => {
    setRunning(true);
    setResult(null);
    void env.call(() => staffReconcile(date)).then((r) => {
      setRunning(false);
      if (r) setResult(r);
    });
  };
  const pick = (d: number) => {
    setDaysAgo(d);
    setResult(null);
  };

  const tiles: { key: string; value: number; testId: string; tone?: string }[] = result
    ? [
        { key: "staff-rec-bill-payments", value: result.billPayments, testId: "bill-payments" },
        { key: "staff-rec-bill-refunds", value: result.billRefunds, testId: "bill-refunds" },
        { key: "staff-rec-journal", value: result.journalTrades, testId: "journal-trades" },
        { key: "staff-rec-matched", value: result.matched, testId: "matched", tone: "good" },
        {
          key: "staff-rec-differences",
          value: result.differences.length,
          testId: "differences",
          tone: result.differences.length > 0 ? "bad" : "good",
        },
      ]
    : [];

  return (
    <div class="staff-page reconcile" data-testid="staff-reconcile">
      <div class="filter-bar reconcile-bar">
        <button
          type="button"
          class={`touch choice${daysAgo === 0 ? " selected" : ""}`}
          data-testid="staff-reconcile-today"
          aria-pressed={daysAgo === 0}
          onClick={() => pick(0)}
        >
          {c.t("staff-date-today")}
        </button>
        <button
          type="button"
          class={`touch choice${daysAgo === 1 ? " selected" : ""}`}
          data-testid="staff-reconcile-yesterday"
          aria-pressed={daysAgo === 1}
          onClick={() => pick(1)}
        >
          {c.t("staff-date-yesterday")}
        </button>
        <div class="day-stepper inline">
          <button
            type="button"
            class="touch secondary step"
            data-testid="staff-reconcile-earlier"
            aria-label={c.t("staff-day-earlier")}
            disabled={daysAgo >= MAX_DAYS_BACK}
            onClick={() => pick(daysAgo + 1)}
          >
            −
          </button>
          <span class="stepper-value" data-testid="staff-reconcile-date" data-date={date}>
            {day(dayStart(daysAgo))}
          </span>
          <button
            type="button"
            class="touch secondary step"
            data-testid="staff-reconcile-later"
            aria-label={c.t("staff-day-later")}
            disabled={daysAgo <= 0}
            onClick={() => pick(daysAgo - 1)}
          >
            +
          </button>
        </div>
        <button
          type="button"
          class="touch primary run-button"
          data-testid="staff-reconcile-run"
          disabled={running}
          onClick={run}
        >
          {running ? <span class="mini-spinner light" aria-hidden="true" /> : <ScaleIcon />}
          <span>{c.t("staff-reconcile-run")}</span>
        </button>
      </div>

      {!result && (
        <div class="card placeholder">
          <p class="hint">{c.t(running ? "staff-reconcile-running" : "staff-reconcile-hint")}</p>
        </div>
      )}

      {result && (
        <>
          <div class="stat-tiles" data-testid="staff-reconcile-result" data-date={result.date}>
            {tiles.map((t) => (
              <div key={t.key} class={`stat-tile${t.tone ? ` tone-${t.tone}` : ""}`} data-testid={`staff-rec-${t.testId}`}>
                <span class="stat-value">{count(t.value)}</span>
                <span class="stat-label">{c.t(t.key)}</span>
              </div>
            ))}
          </div>
          {result.differences.length === 0 ? (
            <div class="card placeholder tone-good" data-testid="staff-differences" data-count="0">
              <p>{c.t("staff-rec-none")}</p>
            </div>
          ) : (
            <div class="card table-card">
              <div class="table-head diff-grid" aria-hidden="true">
                <span>{c.t("staff-col-kind")}</span>
                <span>{c.t("staff-col-trade")}</span>
                <span>{c.t("staff-col-detail")}</span>
              </div>
              <div class="scroll diff-list" data-testid="staff-differences" data-count={result.differences.length}>
                {result.differences.map((d, i) => (
                  <button
                    key={`${d.outTradeNo}-${i}`}
                    type="button"
                    class="touch diff-row diff-grid"
                    data-testid={`staff-difference-${i}`}
                    data-kind={d.kind}
                    onClick={() => env.openTrade(d.outTradeNo)}
                  >
                    <span class="diff-kind">{label(c, DIFFERENCE_KEYS, d.kind)}</span>
                    <span class="mono" dir="ltr">
                      {d.outTradeNo}
                    </span>
                    <span class="diff-detail mono" dir="ltr">
                      {d.detail}
                    </span>
                    <ChevronIcon />
                  </button>
                ))}
              </div>
            </div>
          )}
        </>
      )}
    </div>
  );
}

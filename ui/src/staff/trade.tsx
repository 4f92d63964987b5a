// One trade: what was bought, every exchange with the gateway, its refunds,
// and what staff can do about it (reprint, refund, resolve).
import { useEffect, useState } from "preact/hooks";
import { catalogs } from "../i18n";
import { BackIcon } from "../parts";
import { staffReprint, staffResolve, staffTrade, type TradeDetail, type TradeState } from "../staff-backend";
import { REASON_KEYS, REFUND_STATE_KEYS, STATE_KEYS, label, type StaffEnv } from "./env";
import { RefreshIcon, ReceiptIcon, RefundIcon } from "./icons";
import { StateChip } from "./journal";
import { Loading } from "./overview";
import { RefundFlow } from "./refund";

/** States the resolver can still move: a query or cancel retried now. */
const RESOLVABLE: ReadonlySet<TradeState> = new Set<TradeState>(["flagged", "cancel_owed", "pending"]);

export function TradeDetailPage(props: { env: StaffEnv; outTradeNo: string; onBack: () => void }) {
  const { env, outTradeNo } = props;
  const { c, money, when, clock } = env;
  const [detail, setDetail] = useState<TradeDetail | null>(null);
  const [reload, setReload] = useState(0);
  const [refunding, setRefunding] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void env.call(() => staffTrade(outTradeNo)).then((d) => {
      if (live && d) setDetail(d);
    });
    return () => {
      live = false;
    };
  }, [outTradeNo, reload]);

  const back = (
    <button type="button" class="touch secondary" data-testid="staff-detail-back" onClick={props.onBack}>
      <BackIcon />
      <span>{c.t("staff-back-to-list")}</span>
    </button>
  );
  if (!detail) {
    return (
      <div class="staff-page trade-detail">
        <div class="detail-bar">{back}</div>
        <Loading env={env} />
      </div>
    );
  }

  const { trade, lines, events, refunds } = detail;
  const rest = trade.amountMinor - trade.refundedMinor;
  const refundable = trade.state === "paid" && rest > 0;
  const cur = trade.currency;
  const languageName = catalogs.get(trade.language)?.nativeName ?? trade.language;

  const reprint = () => {
    setBusy(true);
    void env
      .call(async () => {
        await staffReprint(trade.outTradeNo);
        return true;
      })
      .then((ok) => {
        setBusy(false);
        if (ok) env.toast(c.t("staff-reprint-sent"));
      });
  };
  const resolve = () => {
    setBusy(true);
    void env.call(() => staffResolve(trade.outTradeNo)).then((row) => {
      setBusy(false);
      if (!row) return;
      env.toast(c.t("staff-resolved", { state: c.t(STATE_KEYS[row.state]) }));
      setReload((n) => n + 1);
    });
  };

  return (
    <div class="staff-page trade-detail" data-testid="staff-trade-detail" data-trade={trade.outTradeNo} data-state={trade.state}>
      <div class="detail-bar">
        {back}
        <div class="detail-actions">
          <button
            type="button"
            class="touch secondary"
            data-testid="staff-reprint"
            disabled={busy || trade.state !== "paid"}
            onClick={reprint}
          >
            <ReceiptIcon />
            <span>{c.t("staff-reprint")}</span>
          </button>
          {RESOLVABLE.has(trade.state) && (
            <button type="button" class="touch secondary" data-testid="staff-resolve" disabled={busy} onClick={resolve}>
              <RefreshIcon />
              <span>{c.t("staff-resolve")}</span>
            </button>
          )}
          <button
            type="button"
            class="touch primary"
            data-testid="staff-refund"
            disabled={busy || !refundable}
            onClick={() => setRefunding(true)}
          >
            <RefundIcon />
            <span>{c.t("staff-refund")}</span>
          </button>
        </div>
      </div>

      <section class="card detail-summary">
        <div class="summary-main">
          <span class="mono summary-no" dir="ltr">
            {trade.outTradeNo}
          </span>
          <StateChip env={env} state={trade.state} />
          <span class="summary-amount" data-testid="staff-detail-amount">
            {money(trade.amountMinor, cur)}
          </span>
        </div>
        <dl class="facts">
          <Fact name={c.t("staff-detail-created")} value={when(trade.createdMs)} />
          <Fact name={c.t("staff-detail-refunded")} value={money(trade.refundedMinor, cur)} testId="staff-detail-refunded" />
          <Fact name={c.t("staff-detail-gateway-no")} value={trade.tradeNo ?? "—"} mono />
          <Fact name={c.t("staff-detail-language")} value={languageName} />
          <Fact
            name={c.t("staff-detail-receipt")}
            value={c.t(trade.receiptOwed ? "staff-receipt-owed" : "staff-receipt-printed")}
          />
        </dl>
        {trade.flagReason && (
          <p class="flag-box" data-testid="staff-flag-reason">
            <strong>{c.t("staff-detail-flag")}</strong> <bdi>{trade.flagReason}</bdi>
          </p>
        )}
      </section>

      <div class="detail-columns">
        <section class="card detail-side">
          <h2 class="card-title">{c.t("staff-items")}</h2>
          <ul class="item-list">
            {lines.map((l, i) => (
              <li key={i}>
                <span class="item-name">
                  <bdi>{l.name}</bdi>
                </span>
                <span class="item-qty">{c.t("staff-item-line", { quantity: l.quantity, price: money(l.unitMinor, cur) })}</span>
              </li>
            ))}
          </ul>
          <h2 class="card-title">{c.t("staff-refunds")}</h2>
          {refunds.length === 0 ? (
            <p class="empty small">{c.t("staff-refunds-none")}</p>
          ) : (
            <ul class="refund-list" data-testid="staff-refunds">
              {refunds.map((r) => (
                <li key={r.outRequestNo} data-state={r.state}>
                  <span class="refund-amount">{money(r.amountMinor, cur)}</span>
                  <span class={`chip refund-${r.state}`}>{label(c, REFUND_STATE_KEYS, r.state)}</span>
                  <span class="refund-meta">
                    {when(r.createdMs)} · {label(c, REASON_KEYS, r.reason)}
                  </span>
                  {r.detail && (
                    <span class="refund-detail mono" dir="ltr">
                      {r.detail}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        <section class="card detail-events">
          <h2 class="card-title">{c.t("staff-events")}</h2>
          <ol class="event-list scroll" data-testid="staff-events">
            {events.map((e, i) => (
              <li key={i}>
                <span class="event-time">{clock(e.atMs)}</span>
                <span class="event-kind mono" dir="ltr">
                  {e.kind}
                </span>
                <span class="event-detail mono" dir="ltr">
                  {e.detail}
                </span>
              </li>
            ))}
          </ol>
        </section>
      </div>

      {refunding && (
        <RefundFlow
          env={env}
          trade={trade}
          onClose={(changed) => {
            setRefunding(false);
            if (changed) setReload((n) => n + 1);
          }}
        />
      )}
    </div>
  );
}

function Fact(props: { name: string; value: string; mono?: boolean; testId?: string }) {
  return (
    <div class="fact">
      <dt>{props.name}</dt>
      <dd class={props.mono ? "mono" : undefined} dir={props.mono ? "ltr" : undefined} data-testid={props.testId}>
        {props.value}
      </dd>
    </div>
  );
}

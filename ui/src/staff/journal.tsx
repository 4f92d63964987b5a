// The transaction journal: filters (date, status, amount, trade number) as
// big buttons that open a sheet each, the matching trades, and a trade's
// detail.
import { useEffect, useState } from "preact/hooks";
import { staffTrades, type TradeFilter, type TradeRow, type TradeState } from "../staff-backend";
import { CloseIcon } from "../parts";
import { STATE_KEYS, TRADE_STATES, type StaffEnv } from "./env";
import { amountToMinor, dayStart, minorToAmount, typeAmount, type KeypadKey } from "./format";
import { ChevronIcon, FilterIcon, ReceiptIcon, RefreshIcon, SearchIcon } from "./icons";
import { Keypad } from "./keypad";
import { Sheet } from "./sheet";
import { TradeDetailPage } from "./trade";

/** What the journal shows; days count back from today (0 = today). */
export interface JournalQuery {
  /** The first day shown, in days before today; null: from the beginning. */
  fromDay: number | null;
  /** The last day shown, in days before today; null: up to now. */
  toDay: number | null;
  state: TradeState | null;
  minMinor: number | null;
  maxMinor: number | null;
  /** Part of a trade number; "" for any. */
  tradeNo: string;
}

export const TODAY: JournalQuery = { fromDay: 0, toDay: 0, state: null, minMinor: null, maxMinor: null, tradeNo: "" };

/** The date presets: which key names them and the days they cover. */
const PRESETS: { key: string; fromDay: number | null; toDay: number | null; testId: string }[] = [
  { key: "staff-date-today", fromDay: 0, toDay: 0, testId: "today" },
  { key: "staff-date-yesterday", fromDay: 1, toDay: 1, testId: "yesterday" },
  { key: "staff-date-week", fromDay: 6, toDay: 0, testId: "week" },
  { key: "staff-date-month", fromDay: 29, toDay: 0, testId: "month" },
  { key: "staff-date-any", fromDay: null, toDay: null, testId: "any" },
];

/** The backend filter for a query, with days turned into times at `now`. */
export function toFilter(q: JournalQuery, now: number = Date.now()): TradeFilter {
  const filter: TradeFilter = {};
  if (q.fromDay !== null) filter.fromMs = dayStart(q.fromDay, now).getTime();
  if (q.toDay !== null) filter.toMs = dayStart(q.toDay - 1, now).getTime();
  if (q.state !== null) filter.state = q.state;
  if (q.minMinor !== null) filter.minMinor = q.minMinor;
  if (q.maxMinor !== null) filter.maxMinor = q.maxMinor;
  if (q.tradeNo !== "") filter.tradeNo = q.tradeNo;
  return filter;
}

type FilterSheet = "date" | "status" | "amount" | "trade";

export function JournalPage(props: {
  env: StaffEnv;
  query: JournalQuery;
  setQuery: (q: JournalQuery) => void;
  open: string | null;
  setOpen: (no: string | null) => void;
}) {
  const { env, query, setQuery, open, setOpen } = props;
  const { c } = env;
  const [rows, setRows] = useState<TradeRow[] | null>(null);
  const [sheet, setSheet] = useState<FilterSheet | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    if (open !== null) return undefined;
    let live = true;
    setRows(null);
    void env.call(() => staffTrades(toFilter(query))).then((found) => {
      if (live) setRows(found ?? []);
    });
    return () => {
      live = false;
    };
  }, [query, reload, open]);

  if (open !== null) {
    return <TradeDetailPage env={env} outTradeNo={open} onBack={() => setOpen(null)} />;
  }

  const filtered = query.state !== null || query.minMinor !== null || query.maxMinor !== null || query.tradeNo !== "";
  return (
    <div class="staff-page journal" data-testid="staff-journal">
      <div class="filter-bar">
        <FilterButton
          testId="staff-filter-date"
          caption={c.t("staff-filter-date")}
          value={dateLabel(env, query)}
          onClick={() => setSheet("date")}
        />
        <FilterButton
          testId="staff-filter-status"
          caption={c.t("staff-filter-status")}
          value={query.state === null ? c.t("staff-status-all") : c.t(STATE_KEYS[query.state])}
          onClick={() => setSheet("status")}
        />
        <FilterButton
          testId="staff-filter-amount"
          caption={c.t("staff-filter-amount")}
          value={amountLabel(env, query)}
          onClick={() => setSheet("amount")}
        />
        <FilterButton
          testId="staff-filter-trade"
          caption={c.t("staff-filter-trade")}
          value={query.tradeNo === "" ? c.t("staff-any") : query.tradeNo}
          mono={query.tradeNo !== ""}
          onClick={() => setSheet("trade")}
        />
        <button
          type="button"
          class="touch secondary icon-button"
          data-testid="staff-filter-clear"
          aria-label={c.t("staff-filter-clear")}
          disabled={!filtered && query.fromDay === 0 && query.toDay === 0}
          onClick={() => setQuery(TODAY)}
        >
          <CloseIcon />
        </button>
        <button
          type="button"
          class="touch secondary icon-button"
          data-testid="staff-journal-refresh"
          aria-label={c.t("staff-refresh")}
          onClick={() => setReload((n) => n + 1)}
        >
          <RefreshIcon />
        </button>
      </div>

      <div class="list-head">
        <span data-testid="staff-trades-count">
          {rows === null ? c.t("staff-loading") : c.t("staff-trade-count", { count: rows.length })}
        </span>
      </div>

      <div class="trade-list scroll" data-testid="staff-trades">
        {rows !== null && rows.length === 0 && <p class="empty">{c.t("staff-trades-none")}</p>}
        {rows?.map((row) => (
          <TradeListRow
            key={row.outTradeNo}
            env={env}
            row={row}
            oneDay={query.fromDay !== null && query.fromDay === query.toDay}
            onOpen={() => setOpen(row.outTradeNo)}
          />
        ))}
      </div>

      {sheet === "date" && (
        <DateSheet env={env} query={query} onDone={(q) => (setQuery(q), setSheet(null))} onCancel={() => setSheet(null)} />
      )}
      {sheet === "status" && (
        <StatusSheet env={env} state={query.state} onPick={(state) => (setQuery({ ...query, state }), setSheet(null))} onCancel={() => setSheet(null)} />
      )}
      {sheet === "amount" && (
        <AmountSheet env={env} query={query} onDone={(q) => (setQuery(q), setSheet(null))} onCancel={() => setSheet(null)} />
      )}
      {sheet === "trade" && (
        <TradeNoSheet
          env={env}
          value={query.tradeNo}
          onDone={(tradeNo) => (setQuery({ ...query, tradeNo }), setSheet(null))}
          onCancel={() => setSheet(null)}
        />
      )}
    </div>
  );
}

function FilterButton(props: { testId: string; caption: string; value: string; mono?: boolean; onClick: () => void }) {
  return (
    <button type="button" class="touch filter-button" data-testid={props.testId} onClick={props.onClick}>
      <span class="filter-caption">
        <FilterIcon size={20} />
        {props.caption}
      </span>
      <span class={`filter-value${props.mono ? " mono" : ""}`}>{props.value}</span>
    </button>
  );
}

function dateLabel(env: StaffEnv, q: JournalQuery): string {
  const { c, day } = env;
  const preset = PRESETS.find((p) => p.fromDay === q.fromDay && p.toDay === q.toDay);
  if (preset) return c.t(preset.key);
  const from = q.fromDay === null ? "…" : day(dayStart(q.fromDay));
  const to = q.toDay === null ? "…" : day(dayStart(q.toDay));
  return q.fromDay === q.toDay ? from : c.t("staff-date-range", { from, to });
}

function amountLabel(env: StaffEnv, q: JournalQuery): string {
  const { c, money } = env;
  if (q.minMinor !== null && q.maxMinor !== null) {
    return c.t("staff-amount-range", { min: money(q.minMinor), max: money(q.maxMinor) });
  }
  if (q.minMinor !== null) return c.t("staff-amount-from", { min: money(q.minMinor) });
  if (q.maxMinor !== null) return c.t("staff-amount-up-to", { max: money(q.maxMinor) });
  return c.t("staff-any");
}

export function StateChip({ env, state }: { env: StaffEnv; state: TradeState }) {
  return (
    <span class={`chip state-chip state-${state}`} data-state={state}>
      {env.c.t(STATE_KEYS[state])}
    </span>
  );
}

/** A trade in the list; within one day the time alone says when. */
function TradeListRow(props: { env: StaffEnv; row: TradeRow; oneDay: boolean; onOpen: () => void }) {
  const { env, row, oneDay, onOpen } = props;
  const { c, money, when, clock } = env;
  return (
    <button
      type="button"
      class={`touch trade-row state-${row.state}`}
      data-testid={`staff-trade-${row.outTradeNo}`}
      data-state={row.state}
      onClick={onOpen}
    >
      <span class="trade-when">{oneDay ? clock(row.createdMs) : when(row.createdMs)}</span>
      <span class="trade-ids">
        <span class="mono trade-no" dir="ltr">
          {row.outTradeNo}
        </span>
        {row.flagReason && (
          <span class="trade-flag">
            <bdi>{row.flagReason}</bdi>
          </span>
        )}
        {row.receiptOwed && (
          <span class="trade-owed">
            <ReceiptIcon size={20} />
            {c.t("staff-receipt-owed")}
          </span>
        )}
      </span>
      <StateChip env={env} state={row.state} />
      <span class="trade-amount">
        <span class="amount">{money(row.amountMinor, row.currency)}</span>
        {row.refundedMinor > 0 && (
          <span class="refunded">{c.t("staff-refunded", { amount: money(row.refundedMinor, row.currency) })}</span>
        )}
      </span>
      <ChevronIcon />
    </button>
  );
}

/** A day stepper: [−] the day [+]. `value` counts days back from today. */
function DayStepper(props: {
  env: StaffEnv;
  caption: string;
  testId: string;
  value: number | null;
  min: number;
  max: number;
  onChange: (v: number) => void;
}) {
  const { env, value, min, max, onChange } = props;
  const { c, day } = env;
  const shown = value ?? max;
  return (
    <div class="day-stepper" data-testid={props.testId}>
      <span class="stepper-caption">{props.caption}</span>
      <button
        type="button"
        class="touch secondary step"
        data-testid={`${props.testId}-earlier`}
        aria-label={c.t("staff-day-earlier")}
        disabled={shown >= max}
        onClick={() => onChange(shown + 1)}
      >
        −
      </button>
      <span class="stepper-value">{value === null ? "…" : day(dayStart(value))}</span>
      <button
        type="button"
        class="touch secondary step"
        data-testid={`${props.testId}-later`}
        aria-label={c.t("staff-day-later")}
        disabled={value === null || shown <= min}
        onClick={() => onChange(shown - 1)}
      >
        +
      </button>
    </div>
  );
}

/** How far back the day steppers go. */
const MAX_DAYS_BACK = 400;

function DateSheet(props: { env: StaffEnv; query: JournalQuery; onDone: (q: JournalQuery) => void; onCancel: () => void }) {
  const { env } = props;
  const { c } = env;
  const [q, setQ] = useState(props.query);
  return (
    <Sheet testId="staff-date-sheet" title={c.t("staff-filter-date")}>
      <div class="chip-grid">
        {PRESETS.map((p) => (
          <button
            key={p.key}
            type="button"
            class={`touch choice${p.fromDay === q.fromDay && p.toDay === q.toDay ? " selected" : ""}`}
            data-testid={`staff-date-${p.testId}`}
            aria-pressed={p.fromDay === q.fromDay && p.toDay === q.toDay}
            onClick={() => setQ({ ...q, fromDay: p.fromDay, toDay: p.toDay })}
          >
            {c.t(p.key)}
          </button>
        ))}
      </div>
      <DayStepper
        env={env}
        caption={c.t("staff-date-from")}
        testId="staff-date-from"
        value={q.fromDay}
        min={q.toDay ?? 0}
        max={MAX_DAYS_BACK}
        onChange={(fromDay) => setQ({ ...q, fromDay, toDay: q.toDay === null ? 0 : Math.min(q.toDay, fromDay) })}
      />
      <DayStepper
        env={env}
        caption={c.t("staff-date-to")}
        testId="staff-date-to"
        value={q.toDay}
        min={0}
        max={q.fromDay ?? MAX_DAYS_BACK}
        onChange={(toDay) => setQ({ ...q, toDay, fromDay: q.fromDay === null ? toDay : Math.max(q.fromDay, toDay) })}
      />
      <div class="sheet-actions">
        <button type="button" class="touch secondary" data-testid="staff-sheet-cancel" onClick={props.onCancel}>
          {c.t("staff-cancel")}
        </button>
        <button type="button" class="touch primary" data-testid="staff-sheet-done" onClick={() => props.onDone(q)}>
          {c.t("staff-show")}
        </button>
      </div>
    </Sheet>
  );
}

function StatusSheet(props: {
  env: StaffEnv;
  state: TradeState | null;
  onPick: (state: TradeState | null) => void;
  onCancel: () => void;
}) {
  const { env, state } = props;
  const { c } = env;
  return (
    <Sheet testId="staff-status-sheet" title={c.t("staff-filter-status")}>
      <div class="chip-grid">
        <button
          type="button"
          class={`touch choice${state === null ? " selected" : ""}`}
          data-testid="staff-status-all"
          aria-pressed={state === null}
          onClick={() => props.onPick(null)}
        >
          {c.t("staff-status-all")}
        </button>
        {TRADE_STATES.map((s) => (
          <button
            key={s}
            type="button"
            class={`touch choice state-choice state-${s}${state === s ? " selected" : ""}`}
            data-testid={`staff-status-${s}`}
            aria-pressed={state === s}
            onClick={() => props.onPick(s)}
          >
            {c.t(STATE_KEYS[s])}
          </button>
        ))}
      </div>
      <div class="sheet-actions">
        <button type="button" class="touch secondary" data-testid="staff-sheet-cancel" onClick={props.onCancel}>
          {c.t("staff-cancel")}
        </button>
      </div>
    </Sheet>
  );
}

function AmountSheet(props: { env: StaffEnv; query: JournalQuery; onDone: (q: JournalQuery) => void; onCancel: () => void }) {
  const { env, query } = props;
  const { c, money } = env;
  const exponent = env.overview?.currencyExponent ?? env.info.currencyExponent;
  const [field, setField] = useState<"min" | "max">("min");
  const [min, setMin] = useState(query.minMinor === null ? "" : minorToAmount(query.minMinor, exponent));
  const [max, setMax] = useState(query.maxMinor === null ? "" : minorToAmount(query.maxMinor, exponent));
  const onKey = (key: KeypadKey) => (field === "min" ? setMin : setMax)((t) => typeAmount(t, key, exponent));
  const minMinor = amountToMinor(min, exponent);
  const maxMinor = amountToMinor(max, exponent);
  const bad = minMinor !== null && maxMinor !== null && minMinor > maxMinor;
  const box = (which: "min" | "max", caption: string, value: number | null) => (
    <button
      type="button"
      class={`touch amount-field${field === which ? " selected" : ""}`}
      data-testid={`staff-amount-${which}`}
      aria-pressed={field === which}
      onClick={() => setField(which)}
    >
      <span class="filter-caption">{caption}</span>
      <span class="amount-value">{value === null ? c.t("staff-any") : money(value)}</span>
    </button>
  );
  return (
    <Sheet testId="staff-amount-sheet" title={c.t("staff-filter-amount")} wide>
      <div class="keypad-sheet">
        <div class="keypad-side">
          {box("min", c.t("staff-amount-min"), minMinor)}
          {box("max", c.t("staff-amount-max"), maxMinor)}
          {bad && <p class="field-error">{c.t("staff-amount-order")}</p>}
        </div>
        <Keypad c={c} mode="amount" exponent={exponent} onKey={onKey} />
      </div>
      <div class="sheet-actions">
        <button type="button" class="touch secondary" data-testid="staff-sheet-cancel" onClick={props.onCancel}>
          {c.t("staff-cancel")}
        </button>
        <button
          type="button"
          class="touch primary"
          data-testid="staff-sheet-done"
          disabled={bad}
          onClick={() => props.onDone({ ...query, minMinor, maxMinor })}
        >
          {c.t("staff-show")}
        </button>
      </div>
    </Sheet>
  );
}

/** Longest trade number part one can type (out_trade_no is at most 64). */
const TRADE_NO_MAX = 64;

function TradeNoSheet(props: { env: StaffEnv; value: string; onDone: (v: string) => void; onCancel: () => void }) {
  const { env } = props;
  const { c } = env;
  const [text, setText] = useState(props.value);
  const onKey = (key: KeypadKey) =>
    setText((t) => {
      if (key === "clear") return "";
      if (key === "back") return t.slice(0, -1);
      return t.length < TRADE_NO_MAX ? t + key : t;
    });
  return (
    <Sheet testId="staff-tradeno-sheet" title={c.t("staff-filter-trade")} wide>
      <div class="keypad-sheet">
        <div class="keypad-side">
          <div class="text-field" data-testid="staff-tradeno-input" data-value={text}>
            <SearchIcon />
            <span class="mono" dir="ltr">
              {text}
            </span>
            <span class="caret" aria-hidden="true" />
          </div>
          <p class="hint">{c.t("staff-trade-hint")}</p>
        </div>
        <Keypad c={c} mode="alnum" onKey={onKey} />
      </div>
      <div class="sheet-actions">
        <button type="button" class="touch secondary" data-testid="staff-sheet-cancel" onClick={props.onCancel}>
          {c.t("staff-cancel")}
        </button>
        <button type="button" class="touch primary" data-testid="staff-sheet-done" onClick={() => props.onDone(text)}>
          {c.t("staff-search")}
        </button>
      </div>
    </Sheet>
  );
}

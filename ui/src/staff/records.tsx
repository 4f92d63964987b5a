// What the kiosk wrote down: the newest log lines, and the audit log of
// every staff action.
import { useEffect, useRef, useState } from "preact/hooks";
import { staffAudit, staffLogs, type AuditRow } from "../staff-backend";
import type { StaffEnv } from "./env";
import { RefreshIcon } from "./icons";

export const LOG_LINES = 200;
export const AUDIT_ROWS = 200;

function RefreshButton({ env, testId, busy, onClick }: { env: StaffEnv; testId: string; busy: boolean; onClick: () => void }) {
  return (
    <button type="button" class="touch secondary" data-testid={testId} disabled={busy} onClick={onClick}>
      <RefreshIcon />
      <span>{env.c.t("staff-refresh")}</span>
    </button>
  );
}

export function LogsPage({ env }: { env: StaffEnv }) {
  const { c } = env;
  const [lines, setLines] = useState<string[] | null>(null);
  const [reload, setReload] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    setLines(null);
    void env.call(() => staffLogs(LOG_LINES)).then((l) => live && setLines(l ?? []));
    return () => {
      live = false;
    };
  }, [reload]);
  // The newest line is at the bottom: show it.
  useEffect(() => {
    const el = box.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [lines]);
  return (
    <div class="staff-page records" data-testid="staff-logs">
      <div class="page-bar">
        <h2 class="page-title">{c.t("staff-logs-title")}</h2>
        {lines && <span class="hint">{c.t("staff-lines", { count: lines.length })}</span>}
        <RefreshButton env={env} testId="staff-logs-refresh" busy={lines === null} onClick={() => setReload((n) => n + 1)} />
      </div>
      <div class="log-box scroll" ref={box} dir="ltr" data-testid="staff-log-lines" data-count={lines?.length ?? 0}>
        {lines === null && <p class="log-line">{c.t("staff-loading")}</p>}
        {lines?.length === 0 && <p class="log-line">{c.t("staff-logs-empty")}</p>}
        {lines?.map((line, i) => (
          <p key={i} class="log-line">
            {line}
          </p>
        ))}
      </div>
    </div>
  );
}

export function AuditPage({ env }: { env: StaffEnv }) {
  const { c, when } = env;
  const [rows, setRows] = useState<AuditRow[] | null>(null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    let live = true;
    setRows(null);
    void env.call(() => staffAudit(AUDIT_ROWS)).then((r) => live && setRows(r ?? []));
    return () => {
      live = false;
    };
  }, [reload]);
  return (
    <div class="staff-page records" data-testid="staff-audit">
      <div class="page-bar">
        <h2 class="page-title">{c.t("staff-audit-title")}</h2>
        <RefreshButton env={env} testId="staff-audit-refresh" busy={rows === null} onClick={() => setReload((n) => n + 1)} />
      </div>
      <div class="card table-card">
        <div class="table-head audit-grid" aria-hidden="true">
          <span>{c.t("staff-col-when")}</span>
          <span>{c.t("staff-col-staff")}</span>
          <span>{c.t("staff-col-action")}</span>
          <span>{c.t("staff-col-result")}</span>
        </div>
        <div class="scroll audit-list" data-testid="staff-audit-rows" data-count={rows?.length ?? 0}>
          {rows === null && <p class="empty">{c.t("staff-loading")}</p>}
          {rows?.length === 0 && <p class="empty">{c.t("staff-audit-empty")}</p>}
          {rows?.map((r, i) => (
            <div key={`${r.atMs}-${i}`} class="audit-row audit-grid" data-action={r.action}>
              <span class="audit-when">{when(r.atMs)}</span>
              <span class="audit-staff">
                <bdi>{r.staff}</bdi>
              </span>
              <span class="audit-action">
                <span class="mono" dir="ltr">
                  {r.action}
                </span>
                {r.detail && (
                  <span class="audit-detail mono" dir="ltr">
                    {r.detail}
                  </span>
                )}
              </span>
              <span class={`audit-result ${r.result === "ok" ? "tone-good" : "tone-bad"}`}>
                {r.result === "ok" ? c.t("staff-result-ok") : <span class="mono" dir="ltr">{r.result}</span>}
              </span>
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

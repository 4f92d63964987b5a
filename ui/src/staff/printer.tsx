// The receipt printer: its status (from the polled overview), paper width,
// where it is connected, and a test page.
import { useState } from "preact/hooks";
import { staffTestPrint, type PrinterInfo } from "../staff-backend";
import { PRINTER_KEYS, label, printerTone, type StaffEnv } from "./env";
import { PrintIcon } from "./icons";
import { Loading } from "./overview";

export function PrinterPage({ env }: { env: StaffEnv }) {
  const { c } = env;
  const [tested, setTested] = useState<PrinterInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const polled = env.overview?.printer ?? null;
  // The test print's answer until the next poll brings news.
  const printer = polled ?? tested;
  if (!printer) return <Loading env={env} />;
  const tone = printerTone(printer.status);

  const test = () => {
    setBusy(true);
    void env.call(staffTestPrint).then((p) => {
      setBusy(false);
      if (!p) return;
      setTested(p);
      env.toast(c.t("staff-test-print-sent"));
    });
  };

  return (
    <div class="staff-page printer" data-testid="staff-printer">
      <section class={`card status-card tone-${tone}`} data-testid="staff-printer-status" data-status={printer.status}>
        <span class={`status-icon tone-${tone}`} aria-hidden="true">
          <PrintIcon size={56} />
        </span>
        <div class="status-text">
          <span class="status-big">{label(c, PRINTER_KEYS, printer.status)}</span>
          {printer.detail && (
            <span class="status-detail">
              <bdi>{printer.detail}</bdi>
            </span>
          )}
        </div>
      </section>
      <section class="card">
        <dl class="facts wide-facts">
          <div class="fact">
            <dt>{c.t("staff-printer-paper-width")}</dt>
            <dd data-testid="staff-printer-width">{c.t("staff-printer-width-mm", { mm: printer.paperWidthMm })}</dd>
          </div>
          <div class="fact">
            <dt>{c.t("staff-printer-target")}</dt>
            <dd class="mono" dir="ltr">
              {printer.target}
            </dd>
          </div>
        </dl>
      </section>
      <section class="card page-actions">
        <p class="hint">{c.t("staff-test-print-hint")}</p>
        <button
          type="button"
          class="touch primary"
          data-testid="staff-test-print"
          disabled={busy || printer.status === "none"}
          onClick={test}
        >
          <PrintIcon />
          <span>{c.t("staff-test-print")}</span>
        </button>
      </section>
    </div>
  );
}

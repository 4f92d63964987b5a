// Modal pieces of the staff screens: a sheet over the page, and a yes/no
// confirmation.
import type { ComponentChildren } from "preact";
import type { Catalog } from "../i18n";

/** A dialog over the staff page. */
export function Sheet(props: {
  testId: string;
  title: string;
  children: ComponentChildren;
  wide?: boolean;
  state?: string;
}) {
  return (
    <div class="staff-backdrop">
      <div
        class={`staff-sheet${props.wide ? " wide" : ""}`}
        role="dialog"
        aria-modal="true"
        aria-label={props.title}
        data-testid={props.testId}
        data-state={props.state}
      >
        <h2 class="sheet-title">{props.title}</h2>
        {props.children}
      </div>
    </div>
  );
}

export function ConfirmDialog(props: {
  c: Catalog;
  testId: string;
  title: string;
  body: string;
  yes: string;
  yesTestId: string;
  noTestId: string;
  danger?: boolean;
  busy?: boolean;
  onYes: () => void;
  onNo: () => void;
}) {
  const { c } = props;
  return (
    <div class="staff-backdrop">
      <div class="staff-sheet confirm" role="alertdialog" aria-modal="true" data-testid={props.testId}>
        <h2 class="sheet-title">{props.title}</h2>
        <p class="sheet-body">{props.body}</p>
        <div class="sheet-actions">
          <button
            type="button"
            class="touch secondary"
            data-testid={props.noTestId}
            disabled={props.busy}
            onClick={props.onNo}
          >
            {c.t("staff-cancel")}
          </button>
          <button
            type="button"
            class={`touch primary${props.danger ? " danger-fill" : ""}`}
            data-testid={props.yesTestId}
            disabled={props.busy}
            onClick={props.onYes}
          >
            {props.yes}
          </button>
        </div>
      </div>
    </div>
  );
}

import type { KioskInfo } from "../backend";
import type { Catalog } from "../i18n";

/** The idle screen: invites a passer-by to start. Any touch starts. */
export function Attract({ c, info, onStart }: { c: Catalog; info: KioskInfo; onStart: () => void }) {
  return (
    <main class="screen attract" data-screen="attract" onClick={onStart}>
      <div class="attract-store">{c.t("attract-lane-store", { store: info.storeName })}</div>
      <div class="attract-hero">
        <div class="attract-icon" aria-hidden="true">
          <span class="scan-line" />
        </div>
        <h1 class="attract-title">{c.t("attract-title")}</h1>
        <p class="attract-subtitle">{c.t("attract-subtitle")}</p>
      </div>
      <button class="touch primary attract-start" type="button" data-testid="start">
        {c.t("attract-start")}
      </button>
      <button
        class="touch secondary attract-language"
        type="button"
        data-testid="choose-language"
        onClick={(e) => {
          e.stopPropagation();
          onStart();
        }}
      >
        <GlobeIcon /> {c.t("attract-languages")} · {c.nativeName}
      </button>
    </main>
  );
}

/** A globe drawn inline: emoji depend on system fonts a kiosk may not have. */
function GlobeIcon() {
  return (
    <svg class="icon" viewBox="0 0 24 24" width="36" height="36" aria-hidden="true">
      <g fill="none" stroke="currentColor" stroke-width="2">
        <circle cx="12" cy="12" r="10" />
        <ellipse cx="12" cy="12" rx="4.5" ry="10" />
        <path d="M2 12h20M4 6.5h16M4 17.5h16" />
      </g>
    </svg>
  );
}

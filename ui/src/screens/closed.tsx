import type { Env } from "../env";
import { LargerTextToggle, NoEntryIcon } from "../parts";

/** Staff closed this lane. */
export function Closed({ env }: { env: Env }) {
  const { c, info } = env;
  return (
    <main class="screen dark closed" data-screen="closed">
      <div class="attract-top">
        <div class="attract-store">{c.t("attract-lane-store", { store: info.storeName })}</div>
        <LargerTextToggle env={env} />
      </div>
      <div class="closed-body" role="status">
        <div class="closed-icon" aria-hidden="true">
          <NoEntryIcon />
        </div>
        <h1 class="closed-title">{c.t("closed-title")}</h1>
        <p class="closed-text">{c.t("closed-body")}</p>
      </div>
    </main>
  );
}

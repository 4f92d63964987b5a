// The configuration in force: fleet updates, the bundle versions applied,
// where the catalog came from, and the last bundle the kiosk refused.
import type { StaffEnv } from "./env";
import { Loading } from "./overview";

export function ConfigPage({ env }: { env: StaffEnv }) {
  const { c, when } = env;
  const config = env.overview?.config;
  if (!config) return <Loading env={env} />;
  const version = (v: number | null) => (v === null ? c.t("staff-config-none") : c.t("staff-version", { version: v }));
  const rejected = config.lastRejected;
  return (
    <div class="staff-page config" data-testid="staff-config">
      <section class="card">
        <dl class="facts wide-facts">
          <div class="fact">
            <dt>{c.t("staff-config-fleet")}</dt>
            <dd>
              <span class={`chip tone-${config.fleetEnabled ? "good" : "neutral"}`} data-testid="staff-config-fleet">
                {c.t(config.fleetEnabled ? "staff-on" : "staff-off")}
              </span>
            </dd>
          </div>
          <div class="fact">
            <dt>{c.t("staff-config-fleet-version")}</dt>
            <dd data-testid="staff-config-fleet-version">{version(config.fleetVersion)}</dd>
          </div>
          <div class="fact">
            <dt>{c.t("staff-config-kiosk-version")}</dt>
            <dd data-testid="staff-config-kiosk-version">{version(config.kioskVersion)}</dd>
          </div>
          <div class="fact">
            <dt>{c.t("staff-config-catalog")}</dt>
            <dd class="mono" dir="ltr">
              {config.catalogOrigin}
            </dd>
          </div>
        </dl>
      </section>
      <section class={`card rejected-card${rejected ? " tone-warn" : ""}`} data-testid="staff-config-rejected">
        <h2 class="card-title">{c.t("staff-config-rejected")}</h2>
        {rejected ? (
          <dl class="facts wide-facts">
            <div class="fact">
              <dt>{c.t("staff-config-rejected-version")}</dt>
              <dd>{version(rejected.version)}</dd>
            </div>
            <div class="fact">
              <dt>{c.t("staff-config-rejected-at")}</dt>
              <dd>{when(rejected.atMs)}</dd>
            </div>
            <div class="fact">
              <dt>{c.t("staff-config-reason")}</dt>
              <dd class="mono" dir="ltr" data-testid="staff-config-reason">
                {rejected.reason}
              </dd>
            </div>
          </dl>
        ) : (
          <p class="empty small">{c.t("staff-config-rejected-none")}</p>
        )}
      </section>
    </div>
  );
}

import { startSession } from "../backend";
import type { Env } from "../env";
import { GlobeIcon, LargerTextToggle, PaymentMark } from "../parts";

/** The idle screen: invites a passer-by to start. Any touch starts (so does a scan). */
export function Attract({ env }: { env: Env }) {
  const { c, info } = env;
  const network = env.view.paymentNetwork;
  const start = () => env.run(startSession);
  return (
    <main class="screen dark attract" data-screen="attract" onClick={start}>
      <div class="attract-top">
        <div class="attract-store">{c.t("attract-lane-store", { store: info.storeName })}</div>
        <LargerTextToggle env={env} />
      </div>
      <div class="attract-hero">
        <div class="attract-icon" aria-hidden="true">
          <span class="scan-line" />
        </div>
        <h1 class="attract-title">{c.t("attract-title")}</h1>
        <p class="attract-subtitle">{c.t("attract-subtitle", { network })}</p>
        <button class="touch primary attract-start" type="button" data-testid="start">
          {c.t("attract-start")}
        </button>
      </div>
      <div class="attract-bottom">
        <div class="alipay-badge" data-testid="alipay-mark" data-network={network}>
          <PaymentMark network={network} size={64} label={c.t("common-alipay", { network })} />
          <div class="alipay-badge-text">
            <span class="alipay-badge-small">{c.t("attract-accepted")}</span>
            <span class="alipay-badge-big">{c.t("attract-alipay", { network })}</span>
          </div>
        </div>
        <button
          class="touch secondary attract-language"
          type="button"
          data-testid="choose-language"
          onClick={(e) => {
            e.stopPropagation();
            start();
          }}
        >
          <GlobeIcon /> <span>{c.t("attract-languages")}</span>
        </button>
      </div>
    </main>
  );
}

import { useEffect, useState } from "preact/hooks";
import { backToCart, onPreview, type PreviewFrame } from "../backend";
import type { Env } from "../env";
import { BackIcon, HelpButton, LargerTextToggle, PaymentMark, PhoneIcon, TopBar } from "../parts";

/** The customer shows the payment code (Alipay, or any Alipay+ wallet) to the camera. */
export function Paying({ env }: { env: Env }) {
  const { c, view, money, count } = env;
  const network = view.paymentNetwork;
  const [frame, setFrame] = useState<PreviewFrame | null>(null);

  useEffect(() => {
    let unlisten: (() => void) | null = null;
    let live = true;
    onPreview((f) => {
      if (live) setFrame(f);
    })
      .then((u) => {
        if (live) unlisten = u;
        else u();
      })
      .catch((e: unknown) => console.error("camera preview:", e));
    return () => {
      live = false;
      unlisten?.();
    };
  }, []);

  const steps = [c.t("pay-step-open", { network }), c.t("pay-step-code", { network }), c.t("pay-step-hold")];
  return (
    <main class="screen light paying" data-screen="paying">
      <TopBar
        tools={
          <>
            <LargerTextToggle env={env} />
            <HelpButton env={env} label={c.t("shop-help")} />
          </>
        }
      >
        <div class="brand-title">
          <PaymentMark network={network} size={64} label={c.t("common-alipay", { network })} />
          <h1 class="title">{c.t("pay-title", { network })}</h1>
        </div>
      </TopBar>

      <div class="pay-body">
        <h2 class="pay-instruction">
          <PhoneIcon />
          <span>{c.t("pay-instruction", { network })}</span>
        </h2>
        <section class="pay-info">
          <div class="amount-card">
            <span class="amount-label">{c.t("pay-amount")}</span>
            <span class="amount-big" data-testid="pay-amount">
              {money(view.cart.totalMinor)}
            </span>
          </div>
          <ol class="steps">
            {steps.map((text, i) => (
              <li key={i}>
                <span class="step-number" aria-hidden="true">
                  {count(i + 1)}
                </span>
                <span>{text}</span>
              </li>
            ))}
          </ol>
        </section>

        <section class="camera" aria-live="off">
          {frame ? (
            <img
              class="camera-frame"
              data-testid="camera-preview"
              src={`data:image/jpeg;base64,${frame.jpeg}`}
              width={frame.width}
              height={frame.height}
              alt=""
            />
          ) : (
            <div class="camera-waiting">{c.t("pay-camera-starting")}</div>
          )}
          <div class="guide" aria-hidden="true">
            <span class="corner tl" />
            <span class="corner tr" />
            <span class="corner bl" />
            <span class="corner br" />
            <span class="guide-scan" />
          </div>
          <div class="guide-label">{c.t("pay-guide")}</div>
        </section>
      </div>

      <footer class="pay-footer">
        <button type="button" class="touch secondary" data-testid="pay-back" onClick={() => env.run(backToCart)}>
          <BackIcon />
          <span>{c.t("pay-back")}</span>
        </button>
      </footer>
    </main>
  );
}

import { useEffect, useRef, useState } from "preact/hooks";
import {
  addProduct,
  cancel,
  chooseLanguage,
  pay,
  setQuantity,
  touchProducts,
  type CartLine,
  type TouchProduct,
} from "../backend";
import type { Env } from "../env";
import {
  GlobeIcon,
  HelpButton,
  LargerTextToggle,
  MinusIcon,
  PaymentMark,
  PlusIcon,
  TopBar,
  TrashIcon,
} from "../parts";
import { LanguagePicker } from "./language-picker";

/** The cart, items without a barcode, the total and Pay. */
export function Shopping({ env }: { env: Env }) {
  const { c, view, money } = env;
  const { cart } = view;
  const [products, setProducts] = useState<TouchProduct[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [picking, setPicking] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);

  // Product names come in the session's language: reload when it changes.
  useEffect(() => {
    let live = true;
    env.run(async () => {
      const found = await touchProducts();
      if (live) setProducts(found);
    });
    return () => {
      live = false;
    };
  }, [view.language]);

  // Bring the line just scanned into sight.
  useEffect(() => {
    if (view.lastLineId === null) return;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-line="${view.lastLineId}"]`);
    if (el && typeof el.scrollIntoView === "function") el.scrollIntoView({ block: "nearest" });
  }, [view.scanSeq, view.lastLineId]);

  return (
    <main class="screen light shopping" data-screen="shopping">
      <TopBar
        tools={
          <>
            <button
              type="button"
              class="touch tool"
              data-testid="choose-language"
              onClick={() => setPicking(true)}
            >
              <GlobeIcon />
              <span>{c.t("shop-language")}</span>
            </button>
            <LargerTextToggle env={env} />
            <HelpButton env={env} label={c.t("shop-help")} />
          </>
        }
      >
        <h1 class="title">{c.t("shop-title")}</h1>
        <p class="subtitle">{c.t("shop-scan-hint")}</p>
      </TopBar>

      <div class="shop-body">
        <section class="panel cart-panel">
          {cart.lines.length === 0 ? (
            <div class="cart-empty">
              <div class="barcode-art" aria-hidden="true" />
              <h2>{c.t("shop-empty-title")}</h2>
              <p>{c.t("shop-empty-hint")}</p>
            </div>
          ) : (
            <ol class="cart-lines" ref={listRef}>
              {cart.lines.map((line) => (
                <Line key={line.lineId} env={env} line={line} last={line.lineId === view.lastLineId} />
              ))}
            </ol>
          )}
        </section>

        {products.length > 0 && (
          <section class="panel touch-panel">
            <h2 class="panel-title">{c.t("shop-touch-title")}</h2>
            <div class="touch-grid">
              {products.map((p) => (
                <button
                  key={p.productId}
                  type="button"
                  class="touch product-tile"
                  data-testid={`touch-product-${p.productId}`}
                  onClick={() => env.run(() => addProduct(p.productId))}
                >
                  <span class="product-name">{p.name}</span>
                  <span class="product-price">{money(p.priceMinor)}</span>
                </button>
              ))}
            </div>
          </section>
        )}
      </div>

      <footer class="shop-footer">
        <button
          type="button"
          class="touch secondary danger"
          data-testid="cancel-order"
          onClick={() => setConfirming(true)}
        >
          {c.t("shop-cancel")}
        </button>
        <div class="total-block">
          <div class="total-count">{c.t("shop-items", { count: cart.itemCount })}</div>
          <div class="total-row">
            <span class="total-label">{c.t("shop-total")}</span>
            <span class="total-amount" data-testid="total">
              {money(cart.totalMinor)}
            </span>
          </div>
          <div class="total-tax">{c.t("shop-tax", { tax: money(cart.taxMinor) })}</div>
        </div>
        <button type="button" class="touch primary pay-button" data-testid="pay" onClick={() => env.run(pay)}>
          <PaymentMark network={view.paymentNetwork} size={56} />
          <span>{c.t("shop-pay", { network: view.paymentNetwork })}</span>
        </button>
      </footer>

      {confirming && (
        <div class="modal-backdrop">
          <div class="modal" role="alertdialog" aria-modal="true" data-testid="cancel-confirm">
            <h2>{c.t("shop-cancel-title")}</h2>
            <p>{c.t("shop-cancel-body")}</p>
            <div class="modal-actions">
              <button
                type="button"
                class="touch secondary"
                data-testid="cancel-no"
                onClick={() => setConfirming(false)}
              >
                {c.t("shop-cancel-no")}
              </button>
              <button
                type="button"
                class="touch primary danger-fill"
                data-testid="cancel-yes"
                onClick={() => {
                  setConfirming(false);
                  env.run(cancel);
                }}
              >
                {c.t("shop-cancel-yes")}
              </button>
            </div>
          </div>
        </div>
      )}

      {picking && (
        <LanguagePicker
          env={env}
          overlay
          onPick={(tag) => {
            setPicking(false);
            env.run(() => chooseLanguage(tag));
          }}
          onBack={() => setPicking(false)}
        />
      )}
    </main>
  );
}

function Line({ env, line, last }: { env: Env; line: CartLine; last: boolean }) {
  const { c, money, count } = env;
  const id = line.lineId;
  return (
    <li class={`line${last ? " last" : ""}`} data-testid={`line-${id}`} data-line={id}>
      <div class="line-name">
        {line.name}
        {last && <span class="line-added">{c.t("shop-just-added")}</span>}
      </div>
      <div class="line-unit">{c.t("shop-unit-price", { price: money(line.unitMinor) })}</div>
      <div class="line-total">{money(line.totalMinor)}</div>
      <div class="line-controls">
        <button
          type="button"
          class="touch qty"
          data-testid={`qty-minus-${id}`}
          aria-label={c.t("shop-decrease", { name: line.name })}
          disabled={line.quantity <= 1}
          onClick={() => env.run(() => setQuantity(id, line.quantity - 1))}
        >
          <MinusIcon />
        </button>
        <span class="line-qty" aria-label={c.t("shop-quantity")}>
          {count(line.quantity)}
        </span>
        <button
          type="button"
          class="touch qty"
          data-testid={`qty-plus-${id}`}
          aria-label={c.t("shop-increase", { name: line.name })}
          onClick={() => env.run(() => setQuantity(id, line.quantity + 1))}
        >
          <PlusIcon />
        </button>
        <button
          type="button"
          class="touch qty remove"
          data-testid={`remove-${id}`}
          aria-label={c.t("shop-remove", { name: line.name })}
          onClick={() => env.run(() => setQuantity(id, 0))}
        >
          <TrashIcon />
        </button>
      </div>
    </li>
  );
}

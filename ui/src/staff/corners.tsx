// The hidden way into maintenance mode: a press held for 3 s in a corner of
// any customer screen. The four corner zones (≥ 96 × 96 px, invisible) lie
// *under* the screen, so an ordinary tap still reaches whatever button is in
// the corner. Presses are watched at document level by position; only a
// press held LONG_PRESS_MS without leaving its zone counts, and the click that
// ends such a press is swallowed so it does not also press the button below.
import { useEffect, useRef } from "preact/hooks";

export const LONG_PRESS_MS = 3000;

export type Corner = "tl" | "tr" | "bl" | "br";
const CORNERS: readonly Corner[] = ["tl", "tr", "bl", "br"];

/** How long after the press ends a click still belongs to it. */
const SWALLOW_MS = 600;

function isCorner(value: string | null): value is Corner {
  return value !== null && (CORNERS as readonly string[]).includes(value);
}

/** The corner zone under a pointer event: the zone itself or one whose box holds the point. */
function cornerAt(e: PointerEvent): Corner | null {
  const target = e.target instanceof Element ? e.target.closest("[data-staff-corner]") : null;
  const own = target?.getAttribute("data-staff-corner") ?? null;
  if (isCorner(own)) return own;
  for (const zone of document.querySelectorAll<HTMLElement>("[data-staff-corner]")) {
    const r = zone.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) continue;
    if (e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom) {
      const corner = zone.getAttribute("data-staff-corner");
      if (isCorner(corner)) return corner;
    }
  }
  return null;
}

export function StaffCorners({ onLongPress }: { onLongPress: (corner: Corner) => void }) {
  const callback = useRef(onLongPress);
  callback.current = onLongPress;

  useEffect(() => {
    let press: { pointerId: number; corner: Corner; timer: ReturnType<typeof setTimeout> } | null = null;
    let swallowUntil = 0;
    let swallowing = false;
    const cancel = () => {
      if (press) clearTimeout(press.timer);
      press = null;
    };
    const onDown = (e: PointerEvent) => {
      cancel();
      swallowing = false;
      const corner = cornerAt(e);
      if (!corner) return;
      press = {
        pointerId: e.pointerId,
        corner,
        timer: setTimeout(() => {
          press = null;
          swallowing = true;
          swallowUntil = Number.POSITIVE_INFINITY;
          callback.current(corner);
        }, LONG_PRESS_MS),
      };
    };
    const onMove = (e: PointerEvent) => {
      if (press && e.pointerId === press.pointerId && cornerAt(e) !== press.corner) cancel();
    };
    const onEnd = (e: PointerEvent) => {
      if (press && e.pointerId === press.pointerId) cancel();
      if (swallowing) swallowUntil = Date.now() + SWALLOW_MS;
    };
    const onClick = (e: MouseEvent) => {
      if (!swallowing) return;
      swallowing = false;
      if (Date.now() > swallowUntil) return;
      e.stopPropagation();
      e.preventDefault();
    };
    const onLeave = (e: PointerEvent) => {
      if (press && e.pointerId === press.pointerId) cancel();
    };
    const options = { capture: true, passive: true } as const;
    document.addEventListener("pointerdown", onDown, options);
    document.addEventListener("pointermove", onMove, options);
    document.addEventListener("pointerup", onEnd, options);
    document.addEventListener("pointercancel", onEnd, options);
    document.addEventListener("click", onClick, { capture: true });
    // A zone that receives the press itself (nothing above it) also ends it by pointerleave.
    const zones = [...document.querySelectorAll<HTMLElement>("[data-staff-corner]")];
    for (const zone of zones) zone.addEventListener("pointerleave", onLeave);
    window.addEventListener("blur", cancel);
    return () => {
      cancel();
      document.removeEventListener("pointerdown", onDown, options);
      document.removeEventListener("pointermove", onMove, options);
      document.removeEventListener("pointerup", onEnd, options);
      document.removeEventListener("pointercancel", onEnd, options);
      document.removeEventListener("click", onClick, { capture: true });
      for (const zone of zones) zone.removeEventListener("pointerleave", onLeave);
      window.removeEventListener("blur", cancel);
    };
  }, []);

  return (
    <>
      {CORNERS.map((corner) => (
        <div
          key={corner}
          class={`staff-corner staff-corner-${corner}`}
          data-staff-corner={corner}
          data-testid={`staff-corner-${corner}`}
          aria-hidden="true"
        />
      ))}
    </>
  );
}

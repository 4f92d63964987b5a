// A keyboard-wedge handheld scanner "types" a code quickly and ends it with
// Enter. Keys are collected at document level; a pause of more than
// RESET_MS between keys starts a new code, so a stray key press long ago
// never prefixes the next scan.

export const RESET_MS = 300;

/** Digits and letters, and the "." "-" "_" of staff badge tokens (base64url). */
const CODE_CHAR = /^[0-9A-Za-z._-]$/;

/** The buffer, with time passed in so it can be tested without a clock. */
export class WedgeBuffer {
  private buffer = "";
  private last = Number.NEGATIVE_INFINITY;

  /**
   * Feeds one key (`KeyboardEvent.key`) at `now` ms. Returns the complete code
   * on Enter (null when there is none), otherwise null.
   */
  key(key: string, now: number): string | null {
    if (now - this.last > RESET_MS) this.buffer = "";
    this.last = now;
    if (key === "Enter") {
      const code = this.buffer;
      this.buffer = "";
      return code.length > 0 ? code : null;
    }
    if (CODE_CHAR.test(key)) this.buffer += key;
    return null;
  }

  /** True when `key` is one the scanner types (the page should not act on it). */
  static handles(key: string): boolean {
    return key === "Enter" || CODE_CHAR.test(key);
  }
}

/**
 * Listens for scanner input on `target` and calls `onCode` with each complete
 * code. Enter never reaches a focused button (it would press it). Returns the
 * function that stops listening.
 */
export function listenWedge(target: Document, onCode: (code: string) => void): () => void {
  const buffer = new WedgeBuffer();
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
    if (!WedgeBuffer.handles(e.key)) return;
    e.preventDefault();
    const code = buffer.key(e.key, e.timeStamp > 0 ? e.timeStamp : performance.now());
    if (code !== null) onCode(code);
  };
  target.addEventListener("keydown", onKey, { capture: true });
  return () => target.removeEventListener("keydown", onKey, { capture: true });
}

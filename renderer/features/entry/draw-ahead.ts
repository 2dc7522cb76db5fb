/**
 * Pages drawn before the clerk flips to them: which neighbours to draw, and a small cache of
 * drawings keyed by everything that shapes the picture (page, rotation, width, zoom), so a flip
 * swaps in a ready canvas. Pure apart from the drawings it is handed; the panel schedules them.
 */

/**
 * Drawing a page holds the main thread for a while (pdf.js paints the decoded scan there), so a
 * page is drawn ahead only once no key but the viewer's has been pressed for this long: never
 * between two keys of a clerk typing, only when they pause to read the page or flip on.
 */
export const QUIET_MS = 400;

/** How long to wait still before drawing ahead, the last key having been pressed at `lastKeyAt` (ms, same clock as `now`). */
export const quietLeft = (lastKeyAt: number, now: number): number => Math.max(0, lastKeyAt + QUIET_MS - now);

/** The neighbours worth drawing ahead, in order: the next page first (clerks mostly key forward), then the previous. */
export function neighbours<T>(pages: readonly T[], position: number): T[] {
  return [pages[position + 1], pages[position - 1]].filter((page): page is T => page !== undefined);
}

export interface DrawCache<T> {
  /** The drawing under `key`, started with `draw` if there is none yet; a drawing that fails is forgotten. */
  get(key: string, draw: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** The finished drawing under `key`, if there is one: a flip to a page drawn ahead shows it at once. */
  ready(key: string): T | undefined;
  /** Forgets every drawing not under one of `keys`, aborting those still under way. */
  keep(keys: readonly string[]): void;
  clear(): void;
}

export function createDrawCache<T>(): DrawCache<T> {
  const drawings = new Map<string, { drawing: Promise<T>; abort: AbortController; value?: T }>();
  const drop = (key: string) => {
    drawings.get(key)?.abort.abort();
    drawings.delete(key);
  };
  return {
    get(key, draw) {
      const hit = drawings.get(key);
      if (hit) return hit.drawing;
      const abort = new AbortController();
      const drawing = draw(abort.signal);
      const entry: { drawing: Promise<T>; abort: AbortController; value?: T } = { drawing, abort };
      drawings.set(key, entry);
      drawing.then(
        (value) => (entry.value = value),
        () => {
          if (drawings.get(key) === entry) drawings.delete(key);
        },
      );
      return drawing;
    },
    ready: (key) => drawings.get(key)?.value,
    keep(keys) {
      const wanted = new Set(keys);
      for (const key of [...drawings.keys()]) if (!wanted.has(key)) drop(key);
    },
    clear() {
      for (const key of [...drawings.keys()]) drop(key);
    },
  };
}

/**
 * A book's scanned pages as an ordered list: where each page sits (its position) and which page
 * number of the paper book that position carries. Numbers belong to positions, so moving a page
 * to fix the scanning order keeps the numbering, and "number from here" renumbers the rest.
 * Pure functions over small place records; storing them is the store's job.
 */

export type Rotation = 0 | 90 | 180 | 270;

export interface PagePlace {
  readonly id: string;
  /** 0-based position in the book's scan. */
  readonly order: number;
  /** The page number as written in the paper book. */
  readonly number: number;
}

const byOrder = (pages: readonly PagePlace[]): PagePlace[] => [...pages].sort((a, b) => a.order - b.order);

/** Turns a rotation by quarter turns (negative: counter-clockwise). */
export function rotated(rotation: Rotation, quarterTurns: number): Rotation {
  return ((((rotation / 90 + quarterTurns) % 4) + 4) % 4) * 90 as Rotation;
}

/** Places for `count` pages added after the existing ones, numbered on from the last page. */
export function appendedPlaces(existing: readonly PagePlace[], count: number): { order: number; number: number }[] {
  const last = byOrder(existing).at(-1);
  const order = last ? last.order + 1 : 0;
  const number = last ? last.number + 1 : 1;
  return Array.from({ length: count }, (_, i) => ({ order: order + i, number: number + i }));
}

/** Moves page `id` to position `to` (clamped); every page gets the number of its new position. */
export function movePage(pages: readonly PagePlace[], id: string, to: number): PagePlace[] {
  const sorted = byOrder(pages);
  const from = sorted.findIndex((p) => p.id === id);
  if (from < 0) return sorted;
  const target = Math.max(0, Math.min(sorted.length - 1, to));
  const ids = sorted.map((p) => p.id);
  ids.splice(target, 0, ...ids.splice(from, 1));
  return ids.map((pageId, i) => ({ id: pageId, order: sorted[i]?.order ?? i, number: sorted[i]?.number ?? i + 1 }));
}

/** Numbers page `id` as `first` and the pages after it consecutively; pages before it keep theirs. */
export function numberFrom(pages: readonly PagePlace[], id: string, first: number): PagePlace[] {
  const sorted = byOrder(pages);
  const from = sorted.findIndex((p) => p.id === id);
  if (from < 0) return sorted;
  return sorted.map((p, i) => (i < from ? p : { ...p, number: first + i - from }));
}

/**
 * The pages left after removing `ids`: they close up into consecutive positions but keep their
 * numbers. A number is what the paper page says, so removing a duplicate photo must not shift the
 * pages after it; removing a real page leaves a gap the clerk sees and fixes with "number from here".
 */
export function remainingPlaces(pages: readonly PagePlace[], ids: ReadonlySet<string>): PagePlace[] {
  return byOrder(pages)
    .filter((p) => !ids.has(p.id))
    .map((p, order) => (p.order === order ? p : { ...p, order }));
}

/** The places that differ from before: what a write must store. */
export function changedPlaces(before: readonly PagePlace[], after: readonly PagePlace[]): PagePlace[] {
  const old = new Map(before.map((p) => [p.id, p]));
  return after.filter((p) => {
    const was = old.get(p.id);
    return !was || was.order !== p.order || was.number !== p.number;
  });
}

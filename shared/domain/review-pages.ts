/**
 * Which scanned page an entry awaiting review is approved with: the first of its linked pages
 * in the book's scan order (an entry running over two pages belongs to the page it starts on).
 * Entries linked to no page the scan still holds stay out, for review one by one. Pages come
 * in scan order, each page's entries by registration number as the book writes them. Pure.
 */
import { soKey } from './validation';

export interface PageOrder {
  id: string;
  /** 0-based position in the book's scan. */
  order: number;
  /** The page number written in the paper book. */
  number: number;
}

export interface LinkedEntry<Id extends string> {
  id: Id;
  so: string;
  pages: readonly string[];
}

export interface EntriesOfPage<Id extends string> {
  pageId: string;
  number: number;
  entries: Id[];
}

export interface ReviewPages<Id extends string> {
  pages: EntriesOfPage<Id>[];
  unlinked: Id[];
}

/** "12/2008" → 12; a number the book does not write as digits sorts last. */
const soNumber = (so: string): number => {
  const digits = /^\d+/u.exec(soKey(so))?.[0];
  return digits === undefined ? Number.POSITIVE_INFINITY : Number(digits);
};

export function reviewPages<Id extends string>(entries: readonly LinkedEntry<Id>[], scan: readonly PageOrder[]): ReviewPages<Id> {
  const ordered = [...scan].sort((a, b) => a.order - b.order);
  const position = new Map(ordered.map((page, at) => [page.id, at]));
  const byPage = new Map<string, LinkedEntry<Id>[]>();
  const unlinked: Id[] = [];
  for (const entry of entries) {
    const first = entry.pages.flatMap((id) => position.get(id) ?? []).sort((a, b) => a - b)[0];
    const page = first === undefined ? undefined : ordered[first];
    if (!page) {
      unlinked.push(entry.id);
      continue;
    }
    byPage.set(page.id, [...(byPage.get(page.id) ?? []), entry]);
  }
  const bySo = (a: LinkedEntry<Id>, b: LinkedEntry<Id>) => soNumber(a.so) - soNumber(b.so) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    pages: ordered.flatMap((page) => {
      const listed = byPage.get(page.id);
      return listed ? [{ pageId: page.id, number: page.number, entries: [...listed].sort(bySo).map((e) => e.id) }] : [];
    }),
    unlinked,
  };
}

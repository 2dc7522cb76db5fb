/**
 * The in-memory search index of one unlocked session: blind-index tokens → entry ids, plus
 * each entry's plaintext filter columns. Loaded once from the small `entryIndex` table (no
 * IndexedDB index over tokens: every token would be an index write on every save), then kept
 * current by the store after each committed write. Holds tokens and ids only, never plaintext
 * citizen data; the store drops it on lock.
 */
import type { EntryIndexRow } from './db';

export interface IndexFilter {
  bookId?: string;
  type?: string;
  status?: string;
  createdBy?: string;
}

export const TOKEN_HEX = 16;

export const packTokens = (tokens: readonly string[]): string => tokens.join('');

export function unpackTokens(packed: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < packed.length; i += TOKEN_HEX) out.push(packed.slice(i, i + TOKEN_HEX));
  return out;
}

export class SearchIndex {
  private readonly postings = new Map<string, Set<string>>();
  private readonly rows = new Map<string, EntryIndexRow>();

  constructor(rows: readonly EntryIndexRow[] = []) {
    this.apply(rows);
  }

  /** Inserts or replaces rows (the same id replaces its previous tokens and columns). */
  apply(rows: readonly EntryIndexRow[]): void {
    for (const row of rows) {
      const previous = this.rows.get(row.id);
      if (previous) for (const token of unpackTokens(previous.tokens)) this.postings.get(token)?.delete(row.id);
      this.rows.set(row.id, row);
      for (const token of unpackTokens(row.tokens)) {
        let set = this.postings.get(token);
        if (!set) {
          set = new Set();
          this.postings.set(token, set);
        }
        set.add(row.id);
      }
    }
  }

  columns(id: string): EntryIndexRow | undefined {
    return this.rows.get(id);
  }

  /** Ids holding every token and matching every filter, newest first (ids are time-ordered). */
  query(tokens: readonly string[], filter: IndexFilter): string[] {
    const sets = tokens.map((t) => this.postings.get(t) ?? new Set<string>());
    sets.sort((a, b) => a.size - b.size);
    const [smallest, ...others] = sets;
    const candidates = smallest ?? this.rows.keys();
    const matches = (row: EntryIndexRow) =>
      (!filter.bookId || row.bookId === filter.bookId) &&
      (!filter.type || row.type === filter.type) &&
      (!filter.status || row.status === filter.status) &&
      (!filter.createdBy || row.createdBy === filter.createdBy);
    const out: string[] = [];
    for (const id of candidates) {
      const row = this.rows.get(id);
      if (row && matches(row) && others.every((set) => set.has(id))) out.push(id);
    }
    return out.sort().reverse();
  }
}

/**
 * All books with their entry counts, for the books table and the search filters. Reloads on
 * demand (after a book is saved); keeps only what the store returned, decrypted book fields
 * included, for as long as the screen is mounted.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useCitizen } from '../../app/citizen-context';
import type { BookId, BookStats, BookView, UserId } from '../../store/types';
import { useAction } from '../../ui/use-action';

export interface BooksOverview {
  books: readonly BookView[];
  stats: ReadonlyMap<BookId, BookStats>;
  /** Everyone who created an entry in any book, for the "keyed by" filter. */
  clerks: readonly UserId[];
  loaded: boolean;
  error: string | null;
  reload: () => Promise<boolean>;
}

export function useBooksOverview(): BooksOverview {
  const citizen = useCitizen();
  const [books, setBooks] = useState<readonly BookView[]>([]);
  const [stats, setStats] = useState<ReadonlyMap<BookId, BookStats>>(new Map());
  const [loaded, setLoaded] = useState(false);
  const { run, error } = useAction();

  const reload = useCallback(
    () =>
      run(async () => {
        const list = await citizen.books.list();
        const counts = await Promise.all(list.map(async (book) => [book.id, await citizen.books.stats(book.id)] as const));
        setBooks(list);
        setStats(new Map(counts));
        setLoaded(true);
      }),
    [citizen, run],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  const clerks = useMemo(() => [...new Set([...stats.values()].flatMap((s) => s.clerks))], [stats]);
  return { books, stats, clerks, loaded, error, reload };
}

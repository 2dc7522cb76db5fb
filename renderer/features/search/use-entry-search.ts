/**
 * Runs an entry query as the clerk types: waits for a pause (debounce), then asks the store for
 * matching ids. A newer query makes any answer still on its way stale, and stale answers are
 * dropped, so the list never jumps back to an older search. Ids only; nothing is decrypted here.
 */
import { useEffect, useState } from 'react';
import { useCitizen } from '../../app/citizen-context';
import type { EntryId, EntryQuery } from '../../store/types';
import { useErrorText } from '../../i18n/use-error-text';

export interface EntrySearch {
  /** null while no query is asked; the ids of the latest answered query otherwise. */
  ids: readonly EntryId[] | null;
  busy: boolean;
  error: string | null;
}

export const SEARCH_DEBOUNCE_MS = 150;

export function useEntrySearch(query: EntryQuery | null, debounceMs = SEARCH_DEBOUNCE_MS): EntrySearch {
  const citizen = useCitizen();
  const errorText = useErrorText();
  const [state, setState] = useState<EntrySearch>({ ids: null, busy: query !== null, error: null });
  // A string key, so a query object rebuilt on every render does not restart the search.
  const key = query ? JSON.stringify(query) : null;

  useEffect(() => {
    if (key === null) {
      setState({ ids: null, busy: false, error: null });
      return;
    }
    let stale = false;
    setState((s) => ({ ...s, busy: true }));
    const timer = setTimeout(() => {
      citizen.entries.find(JSON.parse(key) as EntryQuery).then(
        (ids) => {
          if (!stale) setState({ ids, busy: false, error: null });
        },
        (error: unknown) => {
          if (!stale) setState({ ids: [], busy: false, error: errorText(error) });
        },
      );
    }, debounceMs);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [key, citizen, errorText, debounceMs]);

  return state;
}

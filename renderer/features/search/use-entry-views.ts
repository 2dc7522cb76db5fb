/**
 * Decrypted entries for a result list, loaded only for the rows on screen: the list reports its
 * rendered range, missing ids are opened in small batches, and views are cached by id (bounded,
 * oldest dropped first) for as long as the screen is mounted, which ends on lock.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useCitizen } from '../../app/citizen-context';
import type { EntryId, EntryView } from '../../store/types';

const BATCH = 40;
const CACHE_LIMIT = 5_000;

export interface EntryViews {
  view: (id: EntryId) => EntryView | undefined;
  /** Make sure these ids get opened; cheap to call on every scroll. */
  request: (ids: readonly EntryId[]) => void;
  failed: boolean;
}

export function useEntryViews(): EntryViews {
  const citizen = useCitizen();
  const cache = useRef(new Map<EntryId, EntryView>());
  const inFlight = useRef(new Set<EntryId>());
  const mounted = useRef(true);
  const [, setVersion] = useState(0);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const request = useCallback(
    (ids: readonly EntryId[]) => {
      const missing = ids.filter((id) => !cache.current.has(id) && !inFlight.current.has(id));
      for (let start = 0; start < missing.length; start += BATCH) {
        const batch = missing.slice(start, start + BATCH);
        batch.forEach((id) => inFlight.current.add(id));
        citizen.entries.open(batch).then(
          (views) => {
            for (const view of views) cache.current.set(view.id, view);
            for (const id of cache.current.keys()) {
              if (cache.current.size <= CACHE_LIMIT) break;
              cache.current.delete(id);
            }
            batch.forEach((id) => inFlight.current.delete(id));
            if (mounted.current) setVersion((v) => v + 1);
          },
          () => {
            batch.forEach((id) => inFlight.current.delete(id));
            if (mounted.current) setFailed(true);
          },
        );
      }
    },
    [citizen],
  );

  const view = useCallback((id: EntryId) => cache.current.get(id), []);

  return { view, request, failed };
}

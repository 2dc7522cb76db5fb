/**
 * Names for the user ids stored on books and entries ("who keyed"). Only the lead may list
 * accounts; everyone else sees their own name and a short id for the others, never an error.
 */
import { useCallback, useEffect, useState } from 'react';
import { can } from '../../../shared/auth/roles';
import { useServices } from '../../app/use-services';
import type { SessionInfo, UserId } from '../../store/types';

/** Enough of a random user id to tell people apart on one laptop's team. */
export const shortUserId = (id: string): string => `#${id.slice(0, 8)}`;

export function useUserNames(session: SessionInfo): (id: UserId) => string {
  const { store } = useServices();
  const [names, setNames] = useState<ReadonlyMap<string, string>>(() => new Map([[session.user.id, session.user.displayName]]));
  const mayList = can(session.user.roles, 'manageUsers');

  useEffect(() => {
    if (!mayList) return;
    let live = true;
    store.users.list().then(
      (users) => {
        if (live) setNames(new Map(users.map((u) => [u.id, u.displayName])));
      },
      // Without the list the short ids still tell people apart; nothing to report.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [mayList, store]);

  return useCallback((id: UserId) => names.get(id) ?? shortUserId(id), [names]);
}

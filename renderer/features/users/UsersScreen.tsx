/**
 * The lead's account management: the list, one selected account's editor, and the create form.
 * Keeps the list in sync with what the store returns; never caches passwords.
 */
import { useCallback, useEffect, useState } from 'react';
import type { SessionInfo, UserId, UserView } from '../../store/types';
import { useServices } from '../../app/use-services';
import { useT } from '../../i18n/use-t';
import { ErrorNotice, StatusNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { useAction } from '../../ui/use-action';
import { CreateUserForm } from './CreateUserForm';
import { UserEditor } from './UserEditor';
import { UserTable } from './UserTable';

export function UsersScreen({ session }: { session: SessionInfo }) {
  const t = useT();
  const { store } = useServices();
  const [users, setUsers] = useState<UserView[]>([]);
  const [selected, setSelected] = useState<UserId | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const loading = useAction();
  const { run } = loading;

  const load = useCallback(() => run(async () => setUsers(await store.users.list())), [run, store]);

  useEffect(() => {
    void load();
  }, [load]);

  const replace = (user: UserView, message: string) => {
    setUsers((list) => list.map((u) => (u.id === user.id ? user : u)));
    setStatus(message);
  };

  const selectedUser = users.find((u) => u.id === selected);

  return (
    <section data-testid="screen-users">
      <ScreenHeading>{t('nav.users')}</ScreenHeading>
      <ErrorNotice message={loading.error} />
      <StatusNotice message={status} />
      <UserTable
        users={users}
        selected={selected}
        onSelect={(id) => {
          setSelected(id);
          setStatus(null);
        }}
      />
      {selectedUser ? <UserEditor key={selectedUser.id} user={selectedUser} isSelf={selectedUser.id === session.user.id} onChanged={replace} /> : null}
      <CreateUserForm
        onCreated={(user) => {
          setUsers((list) => [...list, user]);
          setStatus(t('users.created', { name: user.displayName }));
        }}
      />
    </section>
  );
}

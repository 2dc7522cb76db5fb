/**
 * The list of accounts with a "manage" button per row. Presentational; selection is owned by
 * UsersScreen.
 */
import type { UserId, UserView } from '../../store/types';
import { useT } from '../../i18n/use-t';
import { RoleList } from './RoleList';

export function UserTable({ users, selected, onSelect }: { users: readonly UserView[]; selected: UserId | null; onSelect: (id: UserId) => void }) {
  const t = useT();
  return (
    <table className="data-table" data-testid="users-table">
      <caption className="visually-hidden">{t('users.listCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('user.displayName')}</th>
          <th scope="col">{t('user.username')}</th>
          <th scope="col">{t('user.roles')}</th>
          <th scope="col">{t('user.status')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('users.manage')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id} className={user.id === selected ? 'selected' : undefined} data-testid={`user-row-${user.username}`}>
            <th scope="row">{user.displayName}</th>
            <td>{user.username}</td>
            <td>
              <RoleList roles={user.roles} />
            </td>
            <td>{user.active ? t('user.active') : t('user.inactive')}</td>
            <td>
              <button
                type="button"
                className="secondary"
                data-testid={`user-manage-${user.username}`}
                aria-pressed={user.id === selected}
                aria-label={t('users.manageWho', { name: user.displayName })}
                onClick={() => onSelect(user.id)}
              >
                {t('users.manage')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

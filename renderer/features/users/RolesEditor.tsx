/**
 * Changes one person's roles. When the change moves the account across the technician-only
 * boundary the store refuses with needs_password_reset (its key slot must be rebuilt), and this
 * editor then asks for a new temporary password and retries with it.
 */
import { useState } from 'react';
import type { Role } from '../../../shared/auth/roles';
import { StoreError, type UserView } from '../../store/types';
import { useServices } from '../../app/use-services';
import { useT } from '../../i18n/use-t';
import { NewPasswordForm } from '../../ui/NewPasswordForm';
import { ErrorNotice } from '../../ui/Notice';
import { useAction } from '../../ui/use-action';
import { RoleCheckboxes } from './RoleCheckboxes';

export function RolesEditor({ user, onSaved }: { user: UserView; onSaved: (user: UserView) => void }) {
  const t = useT();
  const { store } = useServices();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [needsPassword, setNeedsPassword] = useState(false);
  const action = useAction();

  const save = async () => {
    if (roles.length === 0) return action.setError(t('users.roles.none'));
    await action.run(
      async () => onSaved(await store.users.setRoles(user.id, roles)),
      (e) => {
        const needs = e instanceof StoreError && e.code === 'needs_password_reset';
        setNeedsPassword(needs);
        return needs;
      },
    );
  };

  return (
    <div className="panel">
      <RoleCheckboxes
        value={roles}
        onChange={(next) => {
          setRoles(next);
          setNeedsPassword(false);
        }}
      />
      <ErrorNotice message={action.error} />
      {needsPassword ? (
        <NewPasswordForm
          username={user.username}
          title={t('users.roles.needsPassword')}
          submitLabel={t('users.roles.saveWithPassword')}
          testId="roles-password-form"
          onSubmit={async (password) => {
            onSaved(await store.users.setRoles(user.id, roles, password));
            setNeedsPassword(false);
          }}
          onCancel={() => setNeedsPassword(false)}
        />
      ) : (
        <div className="actions">
          <button type="button" data-testid="roles-save" disabled={action.busy} onClick={() => void save()}>
            {t('users.roles.save')}
          </button>
        </div>
      )}
    </div>
  );
}

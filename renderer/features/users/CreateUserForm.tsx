/**
 * The lead creates an account: username, full name, roles and a temporary password the person
 * must be told in person. Clears itself after success; must not keep the password.
 */
import { useState, type FormEvent } from 'react';
import type { Role } from '../../../shared/auth/roles';
import type { UserView } from '../../store/types';
import { useServices } from '../../app/use-services';
import { useT } from '../../i18n/use-t';
import { checkNewPassword } from '../../ui/new-password';
import { NewPasswordFields } from '../../ui/NewPasswordFields';
import { ErrorNotice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';
import { RoleCheckboxes } from './RoleCheckboxes';

export function CreateUserForm({ onCreated }: { onCreated: (user: UserView) => void }) {
  const t = useT();
  const { store } = useServices();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const action = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (username.trim() === '' || displayName.trim() === '') return action.setError(t('form.required'));
    if (roles.length === 0) return action.setError(t('users.roles.none'));
    if (!checkNewPassword(password, confirm, username).ok) return action.setError(t('password.notAccepted'));
    await action.run(async () => {
      const user = await store.users.create({ username: username.trim(), displayName: displayName.trim(), roles, password });
      setUsername('');
      setDisplayName('');
      setRoles([]);
      setPassword('');
      setConfirm('');
      onCreated(user);
    });
  };

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate data-testid="create-user-form">
      <h2>{t('users.create.title')}</h2>
      <TextField label={t('user.username')} name="username" autoComplete="off" hint={t('user.usernameHint')} value={username} onChange={setUsername} required />
      <TextField label={t('user.displayName')} name="displayName" autoComplete="off" value={displayName} onChange={setDisplayName} required />
      <RoleCheckboxes value={roles} onChange={setRoles} />
      <NewPasswordFields
        username={username}
        password={password}
        confirm={confirm}
        onPassword={setPassword}
        onConfirm={setConfirm}
        label={t('password.temporary')}
        confirmLabel={t('password.confirm')}
      />
      <ErrorNotice message={action.error} />
      <div className="actions">
        <button type="submit" data-testid="create-user-submit" disabled={action.busy}>
          {t('users.create.submit')}
        </button>
      </div>
    </form>
  );
}

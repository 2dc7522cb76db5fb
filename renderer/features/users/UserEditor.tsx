/**
 * Manage one account: roles, deactivate / reactivate (with a new password), reset password.
 * Reports every change upward with a confirmation sentence; holds no list state itself.
 */
import { useState } from 'react';
import type { UserView } from '../../store/types';
import { useServices } from '../../app/use-services';
import { useT } from '../../i18n/use-t';
import { NewPasswordForm } from '../../ui/NewPasswordForm';
import { ErrorNotice } from '../../ui/Notice';
import { useAction } from '../../ui/use-action';
import { RolesEditor } from './RolesEditor';

export interface UserEditorProps {
  user: UserView;
  isSelf: boolean;
  onChanged: (user: UserView, message: string) => void;
}

export function UserEditor({ user, isSelf, onChanged }: UserEditorProps) {
  const t = useT();
  const { store } = useServices();
  const [resetting, setResetting] = useState(false);
  const action = useAction();

  const deactivate = () =>
    action.run(async () => onChanged(await store.users.deactivate(user.id), t('users.deactivated', { name: user.displayName })));

  return (
    <section className="editor" aria-labelledby="user-editor-title" data-testid="user-editor">
      <h2 id="user-editor-title">{t('users.editTitle', { name: user.displayName })}</h2>
      <h3>{t('user.roles')}</h3>
      <RolesEditor user={user} onSaved={(saved) => onChanged(saved, t('users.rolesSaved', { name: saved.displayName }))} />

      <h3>{t('user.status')}</h3>
      {user.active ? (
        <div className="panel">
          <p>{isSelf ? t('users.selfActive') : t('users.activeNote')}</p>
          <ErrorNotice message={action.error} />
          <div className="actions">
            <button type="button" className="danger" data-testid="user-deactivate" disabled={isSelf || action.busy} onClick={() => void deactivate()}>
              {t('users.deactivate')}
            </button>
          </div>
        </div>
      ) : (
        <NewPasswordForm
          username={user.username}
          title={t('users.reactivateTitle')}
          submitLabel={t('users.reactivate')}
          testId="reactivate-form"
          onSubmit={async (password) => onChanged(await store.users.reactivate(user.id, password), t('users.reactivated', { name: user.displayName }))}
        />
      )}

      <h3>{t('password.password')}</h3>
      {resetting ? (
        <NewPasswordForm
          username={user.username}
          title={t('users.resetTitle')}
          submitLabel={t('users.reset')}
          testId="reset-password-form"
          onSubmit={async (password) => {
            await store.users.resetPassword(user.id, password);
            setResetting(false);
            onChanged(user, t('users.resetDone', { name: user.displayName }));
          }}
          onCancel={() => setResetting(false)}
        />
      ) : (
        <div className="actions">
          <button type="button" className="secondary" data-testid="user-reset-password" onClick={() => setResetting(true)}>
            {t('users.reset')}
          </button>
        </div>
      )}
    </section>
  );
}

/**
 * Any signed-in person changes their own password (current one, new one twice). The store
 * rewraps that person's key slot; this form must not keep either password after submitting.
 */
import { useState, type FormEvent } from 'react';
import { useServices } from '../../app/use-services';
import { useT } from '../../i18n/use-t';
import { checkNewPassword } from '../../ui/new-password';
import { NewPasswordFields } from '../../ui/NewPasswordFields';
import { ErrorNotice, StatusNotice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';

export function ChangePasswordForm({ username }: { username: string }) {
  const t = useT();
  const { store } = useServices();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState(false);
  const action = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    if (current === '') {
      action.setError(t('form.required'));
      return;
    }
    if (!checkNewPassword(password, confirm, username).ok) {
      action.setError(t('password.notAccepted'));
      return;
    }
    const ok = await action.run(() => store.users.changeOwnPassword(current, password));
    setCurrent('');
    if (ok) {
      setPassword('');
      setConfirm('');
      setDone(true);
    }
  };

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate data-testid="change-password-form">
      <h2>{t('settings.password.title')}</h2>
      <TextField label={t('password.current')} name="currentPassword" type="password" autoComplete="current-password" value={current} onChange={setCurrent} required />
      <NewPasswordFields
        username={username}
        password={password}
        confirm={confirm}
        onPassword={setPassword}
        onConfirm={setConfirm}
        label={t('password.new')}
        confirmLabel={t('password.confirm')}
      />
      <ErrorNotice message={action.error} />
      <StatusNotice message={done ? t('settings.password.changed') : null} />
      <div className="actions">
        <button type="submit" data-testid="change-password-submit" disabled={action.busy}>
          {t('settings.password.submit')}
        </button>
      </div>
    </form>
  );
}

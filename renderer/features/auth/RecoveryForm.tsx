/**
 * Sets a new password with the paper recovery code (username, code, new password twice) and
 * signs in on success. Must not keep the code after the attempt.
 */
import { useState, type FormEvent } from 'react';
import type { SessionInfo } from '../../store/types';
import { useServices } from '../../app/use-services';
import { useT } from '../../i18n/use-t';
import { checkNewPassword } from '../../ui/new-password';
import { NewPasswordFields } from '../../ui/NewPasswordFields';
import { ErrorNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';

export function RecoveryForm({ onSession, onBack }: { onSession: (session: SessionInfo) => void; onBack: () => void }) {
  const t = useT();
  const { store } = useServices();
  const [username, setUsername] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const action = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (username.trim() === '' || recoveryCode.trim() === '') {
      action.setError(t('form.required'));
      return;
    }
    if (!checkNewPassword(password, confirm, username).ok) {
      action.setError(t('password.notAccepted'));
      return;
    }
    await action.run(async () => {
      const session = await store.recover({ username: username.trim(), recoveryCode: recoveryCode.trim(), newPassword: password });
      onSession(session);
    });
    setRecoveryCode('');
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ScreenHeading>{t('recover.title')}</ScreenHeading>
      <p>{t('recover.intro')}</p>
      <TextField label={t('user.username')} name="username" autoComplete="username" value={username} onChange={setUsername} required />
      <TextField
        label={t('recover.code')}
        name="recoveryCode"
        autoComplete="off"
        spellCheck={false}
        className="mono"
        value={recoveryCode}
        onChange={setRecoveryCode}
        required
      />
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
      <div className="actions">
        <button type="button" className="secondary" onClick={onBack}>
          {t('recover.back')}
        </button>
        <button type="submit" data-testid="recover-submit" disabled={action.busy}>
          {t('recover.submit')}
        </button>
      </div>
    </form>
  );
}

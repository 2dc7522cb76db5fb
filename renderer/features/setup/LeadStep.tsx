/**
 * Wizard step 2: the team lead's account. Validates locally for fast feedback and then hands
 * the account to SetupWizard, which provisions; must not keep the password after submitting.
 */
import { useState, type FormEvent } from 'react';
import type { NewUser } from '../../store/app-store-api';
import { useT } from '../../i18n/use-t';
import { checkNewPassword } from '../../ui/new-password';
import { NewPasswordFields } from '../../ui/NewPasswordFields';
import { ErrorNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';

export interface LeadStepProps {
  communeName: string;
  onBack: () => void;
  onSubmit: (lead: Omit<NewUser, 'roles'>) => Promise<void>;
}

export function LeadStep({ communeName, onBack, onSubmit }: LeadStepProps) {
  const t = useT();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const action = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (username.trim() === '' || displayName.trim() === '') {
      action.setError(t('form.required'));
      return;
    }
    if (!checkNewPassword(password, confirm, username).ok) {
      action.setError(t('password.notAccepted'));
      return;
    }
    await action.run(() => onSubmit({ username: username.trim(), displayName: displayName.trim(), password }));
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ScreenHeading>{t('setup.lead.title')}</ScreenHeading>
      <p>{t('setup.lead.intro', { commune: communeName })}</p>
      <TextField label={t('user.username')} name="username" autoComplete="username" hint={t('user.usernameHint')} value={username} onChange={setUsername} required />
      <TextField label={t('user.displayName')} name="displayName" value={displayName} onChange={setDisplayName} required />
      <NewPasswordFields
        username={username}
        password={password}
        confirm={confirm}
        onPassword={setPassword}
        onConfirm={setConfirm}
        label={t('password.password')}
        confirmLabel={t('password.confirm')}
      />
      <ErrorNotice message={action.error} />
      <div className="actions">
        <button type="button" className="secondary" onClick={onBack} disabled={action.busy}>
          {t('common.back')}
        </button>
        <button type="submit" data-testid="setup-create" disabled={action.busy}>
          {action.busy ? t('setup.lead.creating') : t('setup.lead.submit')}
        </button>
      </div>
    </form>
  );
}

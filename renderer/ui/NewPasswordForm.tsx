/**
 * A small self-contained form that asks for one new password (twice) and hands it to
 * `onSubmit`: used for resets, reactivation and role changes that need a fresh password.
 * It must not decide what the password is for; the caller's action does.
 */
import { useState, type FormEvent } from 'react';
import { useT } from '../i18n/use-t';
import { checkNewPassword } from './new-password';
import { NewPasswordFields } from './NewPasswordFields';
import { ErrorNotice } from './Notice';
import { useAction } from './use-action';

export interface NewPasswordFormProps {
  username: string;
  title: string;
  submitLabel: string;
  onSubmit: (password: string) => Promise<void>;
  onCancel?: () => void;
  testId?: string;
}

export function NewPasswordForm({ username, title, submitLabel, onSubmit, onCancel, testId }: NewPasswordFormProps) {
  const t = useT();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const action = useAction();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!checkNewPassword(password, confirm, username).ok) {
      action.setError(t('password.notAccepted'));
      return;
    }
    await action.run(() => onSubmit(password));
  };

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} data-testid={testId} noValidate>
      <fieldset>
        <legend>{title}</legend>
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
          <button type="submit" disabled={action.busy}>
            {submitLabel}
          </button>
          {onCancel ? (
            <button type="button" className="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}

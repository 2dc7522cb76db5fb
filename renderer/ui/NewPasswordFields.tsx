/**
 * New password + confirmation with the policy rules listed live under the field (met / not
 * met), so nobody has to guess why a password is refused. The caller owns both values.
 */
import { useId } from 'react';
import { useT } from '../i18n/use-t';
import { checkNewPassword, passwordRules } from './new-password';
import { TextField } from './TextField';

export interface NewPasswordFieldsProps {
  username: string;
  password: string;
  confirm: string;
  onPassword: (value: string) => void;
  onConfirm: (value: string) => void;
  label: string;
  confirmLabel: string;
}

export function NewPasswordFields({ username, password, confirm, onPassword, onConfirm, label, confirmLabel }: NewPasswordFieldsProps) {
  const t = useT();
  const rulesId = useId();
  const check = checkNewPassword(password, confirm, username);
  const showMismatch = confirm !== '' && check.mismatch;
  return (
    <>
      <TextField
        label={label}
        name="password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={onPassword}
        describedBy={rulesId}
        required
      />
      <ul id={rulesId} className="password-rules" aria-label={t('password.rulesLabel')}>
        {passwordRules.map((rule) => {
          const met = password !== '' && !check.problems.includes(rule);
          return (
            <li key={rule} className={met ? 'rule-met' : 'rule-unmet'} data-testid={`password-rule-${rule}`} data-met={met}>
              <span aria-hidden="true">{met ? '✓' : '•'}</span> {t(`password.rule.${rule}`)}
              <span className="visually-hidden">{met ? t('password.met') : t('password.unmet')}</span>
            </li>
          );
        })}
      </ul>
      <TextField
        label={confirmLabel}
        name="passwordConfirm"
        type="password"
        autoComplete="new-password"
        value={confirm}
        onChange={onConfirm}
        error={showMismatch ? t('password.mismatch') : null}
        required
      />
    </>
  );
}

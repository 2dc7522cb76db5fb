/**
 * Username + password sign-in with the store's answers shown as plain sentences, including a
 * live countdown while throttled (submit disabled until it ends). Clears the password after
 * every attempt; must not remember credentials anywhere.
 */
import { useState, type FormEvent } from 'react';
import type { LoginFailure, SessionInfo } from '../../store/types';
import { useServices } from '../../app/use-services';
import { useT } from '../../i18n/use-t';
import { ErrorNotice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';
import { loginFailureMessages } from './login-failure';
import { useCountdown } from './use-countdown';

interface Failure {
  reason: LoginFailure['reason'];
  until: number | null;
}

export function LoginForm({ onSession, onForgot }: { onSession: (session: SessionInfo) => void; onForgot: () => void }) {
  const t = useT();
  const { store } = useServices();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const action = useAction();
  const secondsLeft = useCountdown(failure?.until ?? null);
  const waiting = secondsLeft > 0;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (waiting || action.busy) return;
    if (username.trim() === '' || password === '') {
      action.setError(t('form.required'));
      return;
    }
    setFailure(null);
    await action.run(async () => {
      const result = await store.login(username.trim(), password);
      setPassword('');
      if (result.ok) {
        onSession(result.session);
        return;
      }
      setFailure({ reason: result.reason, until: result.retryAfterMs > 0 ? Date.now() + result.retryAfterMs : null });
    });
  };

  const messages = failure ? loginFailureMessages(failure.reason, secondsLeft) : [];

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <TextField label={t('user.username')} name="username" autoComplete="username" autoFocus value={username} onChange={setUsername} required />
      <TextField label={t('password.password')} name="password" type="password" autoComplete="current-password" value={password} onChange={setPassword} required />
      {messages.length > 0 ? (
        <div className="notice notice-error" role="alert" data-testid="login-error">
          {messages.map((m) => (
            <p key={m.key}>{t(m.key, m.params)}</p>
          ))}
        </div>
      ) : null}
      <ErrorNotice message={action.error} />
      <div className="actions">
        <button type="submit" data-testid="login-submit" disabled={waiting || action.busy}>
          {t('login.submit')}
        </button>
        <button type="button" className="link" data-testid="forgot-password" onClick={onForgot}>
          {t('login.forgot')}
        </button>
      </div>
    </form>
  );
}

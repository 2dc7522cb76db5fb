/**
 * Judges a new password and its confirmation against the shared policy. Pure; the UI uses it
 * for live feedback and to block submitting, the store enforces the same policy again.
 */
import { checkPassword, type PasswordProblem } from '../../shared/auth/password-policy';

export const passwordRules: readonly PasswordProblem[] = ['too_short', 'too_common', 'same_as_username'];

export interface NewPasswordCheck {
  problems: PasswordProblem[];
  mismatch: boolean;
  ok: boolean;
}

export function checkNewPassword(password: string, confirm: string, username: string): NewPasswordCheck {
  const problems = checkPassword(password, username);
  const mismatch = password !== confirm;
  return { problems, mismatch, ok: problems.length === 0 && !mismatch };
}

/**
 * Password rules for team accounts: length, a small list of common passwords (Vietnamese
 * and international) and "not the username". Pure; returns reasons as codes so the UI can
 * translate them.
 */
import { foldForSearch } from '../domain/text';

export const MIN_PASSWORD_LENGTH = 10;

const common = new Set(
  [
    '123456789', '1234567890', '12345678910', '0123456789', '1234567890a', '123456789a',
    'a123456789', '123456789abc', 'qwertyuiop', 'qwerty123456', '1q2w3e4r5t', '1qaz2wsx3edc',
    'password', 'password1', 'password123', 'password1234', 'passw0rd123', 'iloveyou123',
    'abc123456789', 'abcd123456', 'aa123456789', 'admin12345', 'administrator', 'welcome123',
    'matkhau123', 'matkhau1234', 'matkhau12345', 'matkhaumoi', 'matkhau2024', 'matkhau2025',
    'matkhau2026', 'anhyeuem123', 'emyeuanh123', 'vietnam123', 'vietnam1234', 'hanoi12345',
    'saigon12345', 'hotich12345', 'hotich2025', 'hotich2026', 'sohoa12345', 'sohoa2025',
    'sohoa2026', 'tuphap12345', 'congan12345', 'ubndxa12345', '11111111111', '0000000000',
    '1111111111', '2222222222', '8888888888', '6666666666', '9999999999', '1234512345',
    '1122334455', '0987654321', '9876543210', 'asdfghjkl1', 'zxcvbnm123', 'qwertyuiop1',
  ].map((p) => p.toLowerCase()),
);

export type PasswordProblem = 'too_short' | 'too_common' | 'same_as_username';

export function checkPassword(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const normalized = password.normalize('NFC');
  if ([...normalized].length < MIN_PASSWORD_LENGTH) problems.push('too_short');
  if (common.has(normalized.toLowerCase())) problems.push('too_common');
  const folded = foldForSearch(normalized).replace(/\s+/g, '');
  if (folded !== '' && folded === foldForSearch(username).replace(/\s+/g, '')) {
    problems.push('same_as_username');
  }
  return problems;
}

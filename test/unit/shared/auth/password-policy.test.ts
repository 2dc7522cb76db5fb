import { describe, expect, it } from 'vitest';
import { checkPassword } from '../../../../shared/auth/password-policy';

describe('password policy', () => {
  it('accepts a long uncommon password', () => {
    expect(checkPassword('Cây đa đầu làng 1975', 'lan.nt')).toEqual([]);
  });
  it('requires at least 10 characters (counted as characters, not bytes)', () => {
    expect(checkPassword('ngắn12345', 'lan.nt')).toContain('too_short');
    expect(checkPassword('đđđđđđđđđđ', 'lan.nt')).not.toContain('too_short');
  });
  it('refuses common passwords in any case', () => {
    expect(checkPassword('MatKhau123', 'lan.nt')).toContain('too_common');
    expect(checkPassword('1234567890', 'lan.nt')).toContain('too_common');
  });
  it('refuses the username as password, ignoring case and diacritics', () => {
    expect(checkPassword('Nguyen.Lan.2026', 'nguyen.lan.2026')).toContain('same_as_username');
  });
});

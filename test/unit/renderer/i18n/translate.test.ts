import { describe, expect, it } from 'vitest';
import { translate } from '../../../../renderer/i18n/translate';
import { vi } from '../../../../renderer/i18n/vi';

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate(vi, 'login.throttled', { n: 8 })).toBe('Đăng nhập sai quá nhiều lần. Vui lòng chờ 8 giây.');
    expect(translate(vi, 'setup.step', { n: 1 })).toBe('Bước 1/{total}');
  });
});

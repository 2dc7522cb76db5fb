import { describe, expect, it } from 'vitest';
import { loginFailureMessages } from '../../../../../renderer/features/auth/login-failure';

describe('loginFailureMessages', () => {
  it('counts down while throttled and says so when the wait is over', () => {
    expect(loginFailureMessages('throttled', 12)).toEqual([{ key: 'login.throttled', params: { n: 12 } }]);
    expect(loginFailureMessages('throttled', 0)).toEqual([{ key: 'login.canRetry' }]);
  });

  it('says wrong credentials, with the wait when the store imposed one', () => {
    expect(loginFailureMessages('bad_credentials', 0)).toEqual([{ key: 'login.badCredentials' }]);
    expect(loginFailureMessages('bad_credentials', 2)).toEqual([{ key: 'login.badCredentials' }, { key: 'login.throttled', params: { n: 2 } }]);
  });

  it('says the account is locked', () => {
    expect(loginFailureMessages('inactive', 0)).toEqual([{ key: 'login.inactive' }]);
  });
});

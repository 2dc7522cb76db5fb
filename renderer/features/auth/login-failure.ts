/**
 * Which sentence the login screen shows for a failed attempt at a given moment. Pure, so the
 * throttle wording can be tested without a clock.
 */
import type { LoginFailure } from '../../store/types';
import type { MessageParams } from '../../i18n/translate';
import type { MessageKey } from '../../i18n/vi';

export interface FailureMessage {
  key: MessageKey;
  params?: MessageParams;
}

export function loginFailureMessages(reason: LoginFailure['reason'], secondsLeft: number): FailureMessage[] {
  // The store also imposes a wait on the failure that crosses the free-attempt limit.
  const wait: FailureMessage[] = secondsLeft > 0 ? [{ key: 'login.throttled', params: { n: secondsLeft } }] : [];
  switch (reason) {
    case 'inactive':
      return [{ key: 'login.inactive' }];
    case 'throttled':
      return secondsLeft > 0 ? wait : [{ key: 'login.canRetry' }];
    case 'bad_credentials':
      return [{ key: 'login.badCredentials' }, ...wait];
  }
}

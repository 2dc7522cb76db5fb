import { describe, expect, it } from 'vitest';
import { delayAfter, retryAfterMs } from '../../../../renderer/store/login-throttle';

describe('login throttle', () => {
  it('is free for five failures, then doubles, capped at 15 minutes', () => {
    expect([0, 1, 4].map(delayAfter)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map(delayAfter)).toEqual([1000, 2000, 4000, 8000]);
    expect(delayAfter(40)).toBe(15 * 60 * 1000);
  });
  it('counts down from the last failure', () => {
    expect(retryAfterMs(6, 10_000, 10_500)).toBe(1500);
    expect(retryAfterMs(6, 10_000, 20_000)).toBe(0);
  });
});

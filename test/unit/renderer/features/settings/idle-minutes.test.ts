import { describe, expect, it } from 'vitest';
import { parseIdleMinutes } from '../../../../../renderer/features/settings/idle-minutes';

describe('parseIdleMinutes', () => {
  it('accepts whole minutes from 1 to 120 only', () => {
    expect(parseIdleMinutes('1')).toBe(1);
    expect(parseIdleMinutes(' 120 ')).toBe(120);
    expect(parseIdleMinutes('0')).toBeNull();
    expect(parseIdleMinutes('121')).toBeNull();
    expect(parseIdleMinutes('1.5')).toBeNull();
    expect(parseIdleMinutes('')).toBeNull();
  });
});

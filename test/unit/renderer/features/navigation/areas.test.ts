import { describe, expect, it } from 'vitest';
import { areaForDigit, visibleAreas } from '../../../../../renderer/features/navigation/areas';

describe('visibleAreas', () => {
  it('shows a technician-only session nothing but settings and diagnostics', () => {
    expect(visibleAreas(['technician'], false)).toEqual(['settings', 'diagnostics']);
  });

  it('hides citizen-data areas from any session without the data key', () => {
    expect(visibleAreas(['lead', 'police'], false)).toEqual(['users', 'settings', 'diagnostics']);
  });

  it('filters by role', () => {
    expect(visibleAreas(['clerk'], true)).toEqual(['books', 'entry', 'verification', 'search', 'settings']);
    expect(visibleAreas(['police'], true)).toEqual(['books', 'search', 'security', 'sync', 'audit', 'settings']);
    expect(visibleAreas(['lead'], true)).toEqual(['books', 'verification', 'search', 'reports', 'sync', 'audit', 'users', 'settings', 'diagnostics']);
    expect(visibleAreas(['justice', 'lead', 'police'], true)).toHaveLength(12);
  });

  it('maps Alt+1..9 and Alt+0 onto the visible areas', () => {
    const all = visibleAreas(['justice', 'lead', 'police'], true);
    expect(areaForDigit(all, 1)).toBe('books');
    expect(areaForDigit(all, 0)).toBe('users');
    expect(areaForDigit(['settings'], 2)).toBeUndefined();
  });
});

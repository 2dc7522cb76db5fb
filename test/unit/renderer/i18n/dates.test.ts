import { describe, expect, it } from 'vitest';
import { endOfDay, formatDate, formatDateTime, parseDate } from '../../../../renderer/i18n/dates';

describe('dates', () => {
  it('formats as dd/mm/yyyy and dd/mm/yyyy HH:mm:ss in local time', () => {
    const at = new Date(2025, 2, 5, 7, 8, 9).getTime();
    expect(formatDate(at)).toBe('05/03/2025');
    expect(formatDateTime(at)).toBe('05/03/2025 07:08:09');
  });

  it('parses d/m/yyyy to the local start of day and rejects impossible dates', () => {
    expect(parseDate('5/3/2025')).toBe(new Date(2025, 2, 5).getTime());
    expect(parseDate(' 29/02/2024 ')).toBe(new Date(2024, 1, 29).getTime());
    expect(parseDate('29/02/2025')).toBeNull();
    expect(parseDate('2025-03-05')).toBeNull();
    expect(parseDate('')).toBeNull();
  });

  it('endOfDay is the last millisecond of that day', () => {
    const start = new Date(2025, 11, 31).getTime();
    expect(endOfDay(start)).toBe(new Date(2026, 0, 1).getTime() - 1);
  });
});

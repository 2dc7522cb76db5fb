import { describe, expect, it } from 'vitest';
import { formatVnDate, formatVnDateTime, lastDayOf, parseVnDate, periodFromDates, startOfVnWeek, vnWeek, weeksEnding } from '../../../../../shared/domain/report/vn-calendar';

const at = (iso: string) => Date.parse(iso);

describe('Vietnam calendar', () => {
  it('starts the week on Monday 00:00 Vietnam time, whatever the UTC day', () => {
    // Sunday 23:30 in Hà Nội is still the week that began on Monday 1 December 2025.
    expect(startOfVnWeek(at('2025-12-07T16:30:00Z'))).toBe(at('2025-11-30T17:00:00Z'));
    // Monday 00:10 in Hà Nội (Sunday 17:10 UTC) is already the next week.
    expect(startOfVnWeek(at('2025-12-07T17:10:00Z'))).toBe(at('2025-12-07T17:00:00Z'));
    expect(formatVnDate(startOfVnWeek(at('2025-12-07T17:10:00Z')))).toBe('08/12/2025');
  });

  it('gives the current week as Monday to Sunday', () => {
    const week = vnWeek(at('2025-12-03T05:00:00Z'));
    expect(formatVnDate(week.from)).toBe('01/12/2025');
    expect(formatVnDate(lastDayOf(week))).toBe('07/12/2025');
    expect(week.to - week.from).toBe(7 * 86_400_000);
  });

  it('crosses a year end on the right Monday', () => {
    const week = vnWeek(at('2026-01-01T03:00:00Z'));
    expect(formatVnDate(week.from)).toBe('29/12/2025');
    expect(formatVnDate(lastDayOf(week))).toBe('04/01/2026');
  });

  it('reads dd/mm/yyyy as midnight in Vietnam and refuses dates that do not exist', () => {
    expect(parseVnDate('05/03/2025')).toBe(at('2025-03-04T17:00:00Z'));
    expect(parseVnDate(' 5/3/2025 ')).toBe(at('2025-03-04T17:00:00Z'));
    expect(parseVnDate('29/02/2025')).toBeNull();
    expect(parseVnDate('2025-03-05')).toBeNull();
    expect(formatVnDate(at('2025-03-04T17:00:00Z'))).toBe('05/03/2025');
    expect(formatVnDateTime(at('2025-03-04T23:07:59Z'))).toBe('05/03/2025 06:07');
  });

  it('makes a period of the days written, both included, and refuses a reversed one', () => {
    const period = periodFromDates('01/12/2025', '03/12/2025');
    expect(period).toEqual({ from: at('2025-11-30T17:00:00Z'), to: at('2025-12-03T17:00:00Z') });
    expect(periodFromDates('03/12/2025', '01/12/2025')).toBeNull();
    expect(periodFromDates('03/12/2025', '31/11/2025')).toBeNull();
    expect(periodFromDates('03/12/2025', '03/12/2025')?.to).toBe(at('2025-12-03T17:00:00Z'));
  });

  it('lists the weeks ending with the week of the period’s last day, oldest first', () => {
    const weeks = weeksEnding(periodFromDates('01/12/2025', '03/12/2025') ?? { from: 0, to: 0 }, 3);
    expect(weeks.map((w) => formatVnDate(w.from))).toEqual(['17/11/2025', '24/11/2025', '01/12/2025']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeTime, PAUSE_MS, statsPerPerson, statsPerSession, type WorkSample } from '../../../../../shared/domain/verification';

const sample = (over: Partial<WorkSample>): WorkSample => ({
  userId: 'a',
  sessionId: 's1',
  kind: 'keying',
  at: 0,
  keystrokes: 0,
  activeMs: 0,
  entries: 1,
  fieldsChecked: 0,
  errors: 0,
  fieldsWithErrors: 0,
  ...over,
});

describe('activeTime', () => {
  it.each([
    ['no keystroke', [], 0],
    ['one keystroke', [1000], 0],
    ['steady typing', [0, 200, 400, 1000], 1000],
    ['a pause is cut out', [0, 1000, 1000 + PAUSE_MS + 1, 1000 + PAUSE_MS + 501], 1500],
    ['a gap of exactly the pause still counts', [0, PAUSE_MS], PAUSE_MS],
  ])('%s', (_name, times, expected) => {
    expect(activeTime(times)).toBe(expected);
  });

  it('never exceeds the span and never counts more than the pause per gap', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000_000 })), (raw) => {
        const times = [...raw].sort((x, y) => x - y);
        const total = activeTime(times);
        const span = times.length > 1 ? (times.at(-1) ?? 0) - (times[0] ?? 0) : 0;
        expect(total).toBeLessThanOrEqual(span);
        expect(total).toBeLessThanOrEqual(Math.max(0, times.length - 1) * PAUSE_MS);
      }),
    );
  });
});

describe('operator statistics', () => {
  const samples = [
    sample({ userId: 'a', sessionId: 's1', keystrokes: 600, activeMs: 1_800_000, fieldsChecked: 10, errors: 2, fieldsWithErrors: 2 }),
    sample({ userId: 'a', sessionId: 's2', keystrokes: 400, activeMs: 1_800_000, fieldsChecked: 10, errors: 0 }),
    sample({ userId: 'b', sessionId: 's3', kind: 'verifying', keystrokes: 500, activeMs: 900_000, fieldsChecked: 20, errors: 1, fieldsWithErrors: 1 }),
  ];

  it('per person: rates per active hour and per 1,000 keystrokes of the same kind of work', () => {
    expect(statsPerPerson(samples)).toEqual([
      {
        userId: 'a',
        sessionId: null,
        activeMs: 3_600_000,
        entries: 2,
        keystrokes: 1000,
        entriesPerHour: 2,
        keystrokesPerHour: 1000,
        keyerErrors: 2,
        verifierErrors: 0,
        keyerErrorsPer1000: 2,
        verifierErrorsPer1000: null,
        fieldsChecked: 20,
        errorFieldShare: 0.1,
      },
      {
        userId: 'b',
        sessionId: null,
        activeMs: 900_000,
        entries: 1,
        keystrokes: 500,
        entriesPerHour: 4,
        keystrokesPerHour: 2000,
        keyerErrors: 0,
        verifierErrors: 1,
        keyerErrorsPer1000: null,
        verifierErrorsPer1000: 2,
        fieldsChecked: 20,
        errorFieldShare: 0.05,
      },
    ]);
  });

  it('per session keeps sessions apart', () => {
    expect(statsPerSession(samples).map((s) => [s.userId, s.sessionId, s.keystrokes])).toEqual([
      ['a', 's1', 600],
      ['a', 's2', 400],
      ['b', 's3', 500],
    ]);
  });

  it('rates are null ("no data yet"), not zero or NaN, without time, keystrokes or any check', () => {
    const [row] = statsPerPerson([sample({})]);
    expect(row).toEqual(expect.objectContaining({ entriesPerHour: null, keystrokesPerHour: null, keyerErrorsPer1000: null, verifierErrorsPer1000: null, errorFieldShare: null }));
  });

  it('gives no keyer error rate for keying nobody has checked yet, and zero once a check found nothing', () => {
    const keyed = sample({ keystrokes: 500, activeMs: 600_000 });
    expect(statsPerPerson([keyed])[0]?.keyerErrorsPer1000).toBeNull();
    const checked = sample({ entries: 0, fieldsChecked: 5 });
    expect(statsPerPerson([keyed, checked])[0]?.keyerErrorsPer1000).toBe(0);
    expect(statsPerPerson([keyed, { ...checked, errors: 1, fieldsWithErrors: 1 }])[0]?.keyerErrorsPer1000).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { WorkMeter } from '../../../../../renderer/features/verification/work-meter';
import { PAUSE_MS } from '../../../../../shared/domain/verification';
import { hoursMinutes, percent, rate, whole } from '../../../../../renderer/features/verification/stats-format';

describe('WorkMeter', () => {
  it('counts keys but not modifiers, cuts pauses, and starts afresh after a take', () => {
    const meter = new WorkMeter();
    meter.stroke('a', 0);
    meter.stroke('Shift', 100);
    meter.stroke('b', 500);
    meter.stroke('Enter', 500 + PAUSE_MS + 1);
    meter.stroke('c', 1000 + PAUSE_MS + 1);
    expect(meter.take()).toEqual({ keystrokes: 4, activeMs: 1000 });
    expect(meter.take()).toEqual({ keystrokes: 0, activeMs: 0 });
  });
});

describe('stats format', () => {
  it('writes time, rates and shares the Vietnamese way', () => {
    expect(hoursMinutes(3_900_000)).toBe('1:05');
    expect(rate(1.25, '—')).toBe('1,3');
    expect(whole(1999.5, '—')).toBe('2000');
    expect(percent(0.05, '—')).toBe('5,0 %');
  });

  it('writes the given text where a rate has no base', () => {
    expect([rate(null, 'chưa có dữ liệu'), whole(null, '—'), percent(null, '—')]).toEqual(['chưa có dữ liệu', '—', '—']);
    expect(rate(0, '—')).toBe('0,0');
  });
});

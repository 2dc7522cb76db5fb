import { describe, expect, it } from 'vitest';
import { checkAcceptance, type CheckedEntry } from '../../../../shared/domain/acceptance';
import type { EntryStatus } from '../../../../shared/domain/lifecycle';
import { getRegisterType } from '../../../../shared/domain/register-types';
import fixtures from '../../../fixtures/standard-entries.json';

const def = getRegisterType('KS');
const today = { year: 2026, month: 1, day: 15 };

const entry = (n: number, status: EntryStatus, extra: Partial<CheckedEntry> = {}): CheckedEntry => ({
  id: `e${n}`,
  status,
  values: status === 'damaged' ? {} : fixtures.KS[n]!,
  notInBook: [],
  pageLinked: status !== 'damaged',
  ...extra,
});

const check = (surveyedCount: number, entries: CheckedEntry[]) => checkAcceptance({ def, surveyedCount, entries, today });

describe('acceptance check', () => {
  it('passes a book whose approved and damaged entries match the survey', () => {
    const result = check(3, [entry(0, 'approved'), entry(1, 'approved'), entry(2, 'damaged')]);
    expect(result.count).toEqual({ level: 'ok', surveyed: 3, keyed: 2, damaged: 1, difference: 0 });
    expect([result.unsettled.level, result.invalid.level]).toEqual(['ok', 'ok']);
    expect(result).toMatchObject({ blocked: false, needsNote: false });
  });

  it('asks for an explanation of a shortfall or an excess against the survey, without blocking', () => {
    const short = check(5, [entry(0, 'approved'), entry(1, 'damaged')]);
    expect(short.count).toMatchObject({ level: 'explain', keyed: 1, damaged: 1, difference: -3 });
    expect(short).toMatchObject({ blocked: false, needsNote: true });
    expect(check(1, [entry(0, 'approved'), entry(1, 'approved')]).count).toMatchObject({ level: 'explain', difference: 1 });
  });

  it('blocks on entries not approved yet, listing them; drafts are not counted as keyed', () => {
    const result = check(4, [entry(0, 'approved'), entry(1, 'keyed'), entry(2, 'returned'), entry(3, 'draft')]);
    expect(result.unsettled.level).toBe('block');
    expect(result.unsettled.entries).toEqual([
      { id: 'e1', so: fixtures.KS[1]!.so, status: 'keyed' },
      { id: 'e2', so: fixtures.KS[2]!.so, status: 'returned' },
      { id: 'e3', so: fixtures.KS[3]!.so, status: 'draft' },
    ]);
    expect(result.count).toMatchObject({ keyed: 3, difference: -1 });
    expect(result.blocked).toBe(true);
  });

  it('blocks on entries with validation errors, the same number twice in the book included', () => {
    const twice = entry(1, 'approved', { values: { ...fixtures.KS[1]!, so: fixtures.KS[0]!.so } });
    const missingName = entry(2, 'approved', { values: { ...fixtures.KS[2]!, nksHoTen: '' } });
    const result = check(3, [entry(0, 'approved'), twice, missingName]);
    expect(result.invalid.level).toBe('block');
    expect(result.invalid.entries.map((e) => [e.id, e.errors.map((i) => i.code)])).toEqual([
      ['e0', ['duplicate-so']],
      ['e1', ['duplicate-so']],
      ['e2', ['required']],
    ]);
    expect(result.blocked).toBe(true);
  });

  it('leaves drafts and damaged entries out of validation', () => {
    const result = check(2, [entry(0, 'draft', { values: { so: '1' } }), entry(1, 'damaged')]);
    expect(result.invalid).toEqual({ level: 'ok', entries: [] });
  });

  it('asks to explain keyed entries without a linked page scan, without blocking; damaged entries need none', () => {
    const linked = check(3, [entry(0, 'approved'), entry(1, 'approved', { pageLinked: false }), entry(2, 'damaged', { pageLinked: false })]);
    expect(linked.unlinked).toEqual({ level: 'explain', entries: [{ id: 'e1', so: fixtures.KS[1]!.so, status: 'approved' }] });
    expect(linked).toMatchObject({ blocked: false, needsNote: true });
    expect(check(1, [entry(0, 'approved')]).unlinked).toEqual({ level: 'ok', entries: [] });
  });
});

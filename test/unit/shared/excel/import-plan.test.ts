/**
 * Planning an import into a book: a team's file of the book's type is read tolerantly and
 * split into keyed rows and drafts with every problem; a file of another type is refused as a
 * whole with a Vietnamese reason before any row is read.
 */
import { describe, expect, it } from 'vitest';
import { exportSheet, getProfile, planImport } from '../../../../shared/excel';
import { readWorkbook } from '../../../../shared/xlsx';
import { teamKsWorkbook } from '../../../support/team-workbook';
import { fixtureEntries, TODAY } from '../xlsx/workbooks';

const ks = fixtureEntries('KS').slice(0, 12);

async function model(bytes: Uint8Array) {
  const read = await readWorkbook(bytes);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

describe('planImport', () => {
  it('keys clean rows, drafts rows with errors and lists each problem by Excel row and column', async () => {
    const file = await teamKsWorkbook(ks);
    const progress: [number, number][] = [];
    const plan = planImport(await model(file.bytes), { type: 'KS', today: TODAY, onProgress: (done, total) => progress.push([done, total]) });
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.profileId).toBe('moj-ks-70');
    expect(plan.value.rows).toHaveLength(file.rows);
    const drafts = plan.value.rows.filter((r) => r.status === 'draft').map((r) => r.row);
    expect(drafts).toEqual(file.mistakes.map((m) => m.row));
    const errors = plan.value.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.row, p.column])).toEqual(file.mistakes.map((m) => [m.row, m.column]));
    for (const [i, mistake] of file.mistakes.entries()) {
      expect(errors[i]?.message).toMatch(new RegExp(`^Dòng ${mistake.row}, cột [A-Z]+ "${mistake.column}": `, 'u'));
      expect(errors[i]?.message.endsWith(`: ${errors[i]?.reason}`)).toBe(true);
      expect(errors[i]?.reason).toContain(mistake.reason);
    }
    // Typed cells and decomposed text arrive as the stored forms.
    expect(plan.value.rows[0]?.values).toMatchObject({ ngayDangKy: ks[0]?.ngayDangKy, nksHoTen: ks[0]?.nksHoTen, trangSo: ks[0]?.trangSo });
    expect(progress.at(-1)?.[0]).toBe(progress.at(-1)?.[1]);
    expect(progress.every(([done], i) => i === 0 || done >= (progress[i - 1]?.[0] ?? 0))).toBe(true);
  });

  it('refuses a file of another register type before reading its rows', async () => {
    const kt = exportSheet(getProfile('KT'), fixtureEntries('KT').slice(0, 3));
    let calls = 0;
    const plan = planImport(kt, { type: 'KS', today: TODAY, onProgress: () => calls++ });
    expect(plan).toMatchObject({ ok: false, error: { code: 'wrong-type' } });
    if (!plan.ok) expect(plan.error.message).toMatch(/sổ KT .*không phải sổ KS/u);
    expect(calls).toBe(0);
  });

  it('refuses a header that fits no known template of the book type', () => {
    const plan = planImport({ sheets: [{ name: 'DL Import', rows: [['so', 'ghiChu'], ['01/2008', '']] }] }, { type: 'KS', today: TODAY });
    expect(plan).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
  });
});

/**
 * Export then import: the standard KS, KT and KH entries written to xlsx come back with the
 * same values, every cell is a text cell formatted '@', and the rows validate clean.
 */
import { describe, expect, it } from 'vitest';
import { exportSheet, getProfile, readEntries } from '../../../../shared/excel';
import { readWorkbook, TEXT_FORMAT, writeWorkbook } from '../../../../shared/xlsx';
import { FIXTURE_TYPES, fixtureEntries, loadWithExcelJs, TODAY } from './workbooks';

describe('xlsx round trip', () => {
  it.each(FIXTURE_TYPES)('%s entries come back identical', async (type) => {
    const profile = getProfile(type);
    const entries = fixtureEntries(type);
    const bytes = await writeWorkbook(exportSheet(profile, entries));

    const model = await readWorkbook(bytes);
    if (!model.ok) throw new Error(model.error.message);
    const read = readEntries(model.value, { today: TODAY });
    if (!read.ok) throw new Error(read.error.message);

    expect(read.value.profile.id).toBe(profile.id);
    expect(read.value.sheetName).toBe('DL Import');
    expect(read.value.headerProblems).toEqual([]);
    expect(read.value.rows.map((r) => r.row)).toEqual(entries.map((_, i) => i + 2));
    // The fixtures are in stored form, so what comes back is exactly what went in.
    const fields = profile.definition.fields.map((f) => f.key);
    const expected = entries.map((e) => Object.fromEntries(fields.map((k) => [k, e[k] ?? ''])));
    expect(read.value.rows.map((r) => r.values)).toEqual(expected);
    expect(read.value.rows.flatMap((r) => r.problems.filter((p) => p.severity === 'error'))).toEqual([]);
  });

  it('writes every value as a string, every cell and column formatted as text, STT numbered 1..n', async () => {
    const profile = getProfile('KS');
    const entries = fixtureEntries('KS').slice(0, 5);
    const workbook = await loadWithExcelJs(await writeWorkbook(exportSheet(profile, entries)));
    const sheet = workbook.getWorksheet('DL Import');
    if (!sheet) throw new Error('no DL Import sheet');
    expect(sheet.rowCount).toBe(6);
    for (let r = 1; r <= 6; r++) {
      const row = sheet.getRow(r);
      for (let c = 1; c <= profile.columns.length; c++) {
        const cell = row.getCell(c);
        // Empty cells are not written; they show their column's text format.
        expect(cell.value === null || typeof cell.value === 'string').toBe(true);
        expect(cell.numFmt).toBe(TEXT_FORMAT);
      }
    }
    for (let c = 1; c <= profile.columns.length; c++) expect(sheet.getColumn(c).numFmt).toBe(TEXT_FORMAT);
    expect(sheet.getRow(2).getCell(profile.columns.indexOf('nksHoTen') + 1).value).toBe(entries[0]?.nksHoTen);
    expect([2, 3, 4, 5, 6].map((r) => sheet.getRow(r).getCell(1).value)).toEqual(['1', '2', '3', '4', '5']);
  });
});

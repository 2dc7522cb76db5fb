/**
 * Test helpers for the Excel tests: the standard fixture entries, a fixed "today", and raw
 * workbooks built directly with exceljs (typed cells, formulas, odd headers) the way other
 * tools produce them. Helpers only; no assertions here.
 */
import ExcelJS from 'exceljs';
import fixtures from '../../../fixtures/standard-entries.json';
import type { EntryValues } from '../../../../shared/domain/entry-values';
import type { FullDate } from '../../../../shared/domain/partial-date';

export const TODAY: FullDate = { year: 2026, month: 11, day: 22 };

export type FixtureType = 'KS' | 'KT' | 'KH';
export const FIXTURE_TYPES: readonly FixtureType[] = ['KS', 'KT', 'KH'];

export function fixtureEntries(type: FixtureType): EntryValues[] {
  return fixtures[type].map((entry) => ({ ...entry }) as EntryValues);
}

export type RawCell = ExcelJS.CellValue;

/** A workbook as another tool would write it: cells keep the type they are given. */
export async function rawWorkbook(sheets: readonly { name: string; rows: readonly (readonly RawCell[])[] }[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((cells, r) => {
      if (cells.length === 0) return;
      const row = worksheet.getRow(r + 1);
      cells.forEach((value, c) => {
        if (value !== null && value !== undefined) row.getCell(c + 1).value = value;
      });
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Loads bytes with exceljs itself, to inspect what we wrote (types and number formats). */
export async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

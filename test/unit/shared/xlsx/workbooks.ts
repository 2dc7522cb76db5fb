/**
 * Test helpers for the Excel tests: the standard fixture entries, a fixed "today", and raw
 * workbooks as other tools produce them (test/support/raw-workbook). Helpers only; no assertions here.
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

export { rawWorkbook, type RawCell } from '../../../support/raw-workbook';

/** Loads bytes with exceljs itself, to inspect what we wrote (types and number formats). */
export async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

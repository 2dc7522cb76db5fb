/**
 * Export side: entry values → rows in a profile's column order, all text, with the row counter
 * numbered 1..n, and the sheet model of a whole file (header row + rows). Values are written
 * in their stored form (normalizeEntryValues: canonical dates, NFC, Ministry spellings).
 * Must not write bytes (shared/xlsx does) and must not decide which entries are exported.
 */
import type { ExcelProfile } from './profiles';
import type { SheetModel } from './sheet-model';
import { normalizeEntryValues, type EntryValues } from '../domain/entry-values';

/** Values placed by column, unchanged: also used to write a rejected row back as it was read. */
export function profileRow(profile: ExcelProfile, values: EntryValues, counter: number): string[] {
  return profile.columns.map((column) => (column === profile.rowCounter ? String(counter) : (values[column] ?? '')));
}

/** One exported row: the entry's values normalised, then placed by column. */
export function exportRow(profile: ExcelProfile, values: EntryValues, counter: number): string[] {
  return profileRow(profile, normalizeEntryValues(profile.definition, values), counter);
}

/** A file in the profile's shape from rows already placed by column. */
export function profileSheet(profile: ExcelProfile, rows: readonly (readonly string[])[]): SheetModel {
  return { sheets: [{ name: profile.sheetName, rows: [profile.columns, ...rows] }] };
}

export function exportSheet(profile: ExcelProfile, entries: readonly EntryValues[]): SheetModel {
  return profileSheet(
    profile,
    entries.map((values, i) => exportRow(profile, values, i + 1)),
  );
}

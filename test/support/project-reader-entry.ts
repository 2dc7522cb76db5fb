/**
 * What e2e tests read exported files with: the project's own xlsx reader and sheet reader,
 * bundled by project-reader.ts, plus the date in words the entry form fills in.
 */
import { dateInWords } from '../../shared/domain/date-in-words';
import { parsePartialDate } from '../../shared/domain/partial-date';

export { readWorkbook } from '../../shared/xlsx';
export { getProfile, readEntries } from '../../shared/excel';

export function birthDateInWords(date: string): string {
  const parsed = parsePartialDate(date);
  return parsed.ok ? dateInWords(parsed.date) : '';
}

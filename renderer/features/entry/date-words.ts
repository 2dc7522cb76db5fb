/**
 * Keeps "date in words" fields in step with their date: when the source date is committed,
 * the words are (re)generated if the clerk left them empty or they still hold the text generated
 * from the previous date. Text the clerk typed is never overwritten. Pure.
 */
import type { RegisterTypeDef } from '../../../shared/domain/field-kinds';
import { dateInWords } from '../../../shared/domain/date-in-words';
import { parsePartialDate } from '../../../shared/domain/partial-date';

const wordsOf = (date: string): string => {
  const parsed = parsePartialDate(date);
  return parsed.ok ? dateInWords(parsed.date) : '';
};

/** Changes to the words fields fed by `changedKey`, given its value before and after. */
export function wordsPatch(
  def: RegisterTypeDef,
  values: Readonly<Record<string, string>>,
  changedKey: string,
  previousDate: string,
): Record<string, string> {
  const patch: Record<string, string> = {};
  const before = wordsOf(previousDate);
  const after = wordsOf(values[changedKey] ?? '');
  for (const f of def.fields) {
    if (f.wordsFrom !== changedKey) continue;
    const current = values[f.key] ?? '';
    if ((current === '' || current === before) && current !== after) patch[f.key] = after;
  }
  return patch;
}

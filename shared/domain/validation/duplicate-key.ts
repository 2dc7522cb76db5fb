/**
 * The key under which callers index entries to find the same event keyed twice across books:
 * type, folded name and birth date of the main person, and the first known name of a related
 * person (a parent, the other spouse). Pure; the index itself lives with the caller.
 */
import type { RegisterTypeDef } from '../field-kinds';
import type { EntryValues } from '../entry-values';
import { formatPartialDate, parsePartialDate } from '../partial-date';
import { foldForSearch } from '../text';

/** Undefined when the main person's name is empty: nothing to match on. */
export function duplicateKey(type: RegisterTypeDef, values: EntryValues): string | undefined {
  const personOf = (prefix: string) => type.people.find((p) => p.prefix === prefix);
  const nameOf = (prefix: string): string => {
    const p = personOf(prefix);
    return p ? foldForSearch(values[p.nameKey] ?? '') : '';
  };
  const main = personOf(type.duplicateKey.person);
  const name = nameOf(type.duplicateKey.person);
  if (!main || name === '') return undefined;
  const parsed = parsePartialDate(main.birthKey ? (values[main.birthKey] ?? '') : '');
  const birth = parsed.ok ? formatPartialDate(parsed.date) : '';
  const related = type.duplicateKey.related.map(nameOf).find((n) => n !== '') ?? '';
  return [type.code, name, birth, related].join('|');
}

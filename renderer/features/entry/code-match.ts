/**
 * Matching what a clerk types in a coded field against the field's code list: the code itself
 * ("2"), the shown form ("2 – Nữ"), or the first letters of the label ("nu" → Nữ, "dkl" →
 * Đăng kí lại), diacritic- and case-insensitive. Pure; the stored value is always the code.
 */
import type { CodeList } from '../../../shared/domain/field-kinds';
import { foldForSearch } from '../../../shared/domain/text';

export interface CodeOption {
  readonly code: string;
  readonly label: string;
}

export type CodeMatch =
  | { readonly status: 'exact'; readonly code: string }
  | { readonly status: 'ambiguous'; readonly options: readonly CodeOption[] }
  | { readonly status: 'none' };

/** How a stored code is shown in its input. */
export const codeDisplay = (list: CodeList, code: string): string => {
  const label = list.codes[code];
  return label === undefined ? code : `${code} – ${label}`;
};

export const codeOptions = (list: CodeList): CodeOption[] =>
  Object.entries(list.codes).map(([code, label]) => ({ code, label }));

const initials = (folded: string): string =>
  folded
    .split(' ')
    .map((w) => w.charAt(0))
    .join('');

function labelMatches(label: string, typed: string): boolean {
  const folded = foldForSearch(label);
  const compact = typed.replace(/ /gu, '');
  return folded.startsWith(typed) || (compact.length > 1 && initials(folded).startsWith(compact));
}

export function matchCode(list: CodeList, text: string): CodeMatch {
  const trimmed = text.trim();
  if (trimmed === '') return { status: 'none' };
  if (list.codes[trimmed] !== undefined) return { status: 'exact', code: trimmed };
  const shown = codeOptions(list).find((o) => codeDisplay(list, o.code) === trimmed.normalize('NFC'));
  if (shown) return { status: 'exact', code: shown.code };
  const typed = foldForSearch(trimmed);
  if (typed === '') return { status: 'none' };
  const sameLabel = codeOptions(list).filter((o) => foldForSearch(o.label) === typed);
  if (sameLabel.length === 1 && sameLabel[0]) return { status: 'exact', code: sameLabel[0].code };
  const options = codeOptions(list).filter((o) => labelMatches(o.label, typed));
  if (options.length === 1 && options[0]) return { status: 'exact', code: options[0].code };
  return options.length === 0 ? { status: 'none' } : { status: 'ambiguous', options };
}

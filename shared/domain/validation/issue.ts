/**
 * The shape every validation rule reports in, and the context callers pass. Messages are
 * Vietnamese first and always name the field and the reason; warnings never block saving.
 */
import type { DateOrderCode, FieldDef } from '../field-kinds';
import type { FullDate } from '../partial-date';

export type Severity = 'error' | 'warning';

export type IssueCode =
  | 'required'
  | 'not-in-book-has-value'
  | 'format'
  | 'date-format'
  | 'date-impossible'
  | 'date-too-early'
  | 'date-future'
  | 'registration-number-year'
  | 'code-unknown'
  | 'reference-respell'
  | 'reference-alias'
  | 'reference-unknown'
  | 'name-not-normalized'
  | 'date-words-mismatch'
  | DateOrderCode
  | 'parent-born-after-child'
  | 'parent-too-young'
  | 'spouse-born-after-marriage'
  | 'under-marriage-age'
  | 'guardian-minor'
  | 'personal-id-format'
  | 'personal-id-place'
  | 'personal-id-birth-year'
  | 'personal-id-sex'
  | 'cmnd-format'
  | 'so-year-mismatch'
  | 'duplicate-so'
  | 'probable-duplicate'
  /** Not a rule: a blind re-key that disagreed with the first keying, shown on the field like an issue. */
  | 'rekey-mismatch';

export interface Issue {
  readonly path: string;
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly message: string;
  readonly messageEn?: string;
  /** Values the form may offer to replace the current one. */
  readonly suggestions?: readonly string[];
}

export interface ProbableDuplicate {
  readonly entryId: string;
  /** Where it is, e.g. "Sổ KS 01/2008, số 12/2008", shown to the clerk. */
  readonly description?: string;
}

export interface ValidationContext {
  readonly today: FullDate;
  /** `so` of the other entries of the same book, this entry excluded. */
  readonly sameBookSo?: readonly string[];
  /** Entries in other books with the same duplicateKey, found by the caller's index. */
  readonly probableDuplicates?: readonly ProbableDuplicate[];
}

export function issue(
  field: FieldDef,
  code: IssueCode,
  severity: Severity,
  reason: { vi: string; en: string },
  suggestions?: readonly string[],
): Issue {
  return {
    path: field.key,
    code,
    severity,
    message: `${field.label}: ${reason.vi}`,
    messageEn: `${field.labelEn}: ${reason.en}`,
    ...(suggestions && suggestions.length > 0 ? { suggestions } : {}),
  };
}

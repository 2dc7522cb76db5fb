/**
 * Test helper: validate a sample entry of a type with some values replaced.
 */
import type { EntryValues } from '../../../../../shared/domain/entry-values';
import { getRegisterType, type RegisterTypeCode } from '../../../../../shared/domain/register-types';
import { validateEntry, type Issue, type ValidationContext } from '../../../../../shared/domain/validation';
import { SAMPLES, TODAY } from '../samples';

export function check(
  code: RegisterTypeCode,
  patch: EntryValues = {},
  options: { notInBook?: string[]; context?: Partial<ValidationContext> } = {},
): Issue[] {
  return validateEntry(
    getRegisterType(code),
    { values: { ...SAMPLES[code], ...patch }, notInBook: options.notInBook ?? [] },
    { today: TODAY, ...options.context },
  );
}

export const codesAt = (issues: readonly Issue[], path: string): string[] =>
  issues.filter((i) => i.path === path).map((i) => i.code);

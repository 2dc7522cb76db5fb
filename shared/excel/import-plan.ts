/**
 * What importing a sheet into one book would do: checks the file's register type against the
 * book's, reads and validates every row, and sorts rows into those saved as keyed (no error;
 * warnings never block what the book says) and those saved as drafts (at least one error),
 * with every problem for the preview. Pure: decides nothing is written and writes nothing.
 */
import { getRegisterType, type RegisterTypeCode } from '../domain/register-types';
import type { FullDate } from '../domain/partial-date';
import { detectSheetProfile, readEntries, type Problem, type SheetReadErrorCode } from './read-entries';
import type { SheetModel } from './sheet-model';

export type ImportRowStatus = 'keyed' | 'draft';

export interface ImportRow {
  /** Excel row number (header = 1). */
  readonly row: number;
  readonly values: Readonly<Record<string, string>>;
  readonly status: ImportRowStatus;
}

export interface ImportPlan {
  readonly type: RegisterTypeCode;
  readonly profileId: string;
  readonly sheetName: string;
  readonly rows: readonly ImportRow[];
  /** Header problems first, then every row's, in row order. */
  readonly problems: readonly Problem[];
}

export type ImportPlanErrorCode = SheetReadErrorCode | 'wrong-type';

export interface ImportPlanError {
  readonly code: ImportPlanErrorCode;
  /** Vietnamese, for the clerk. */
  readonly message: string;
}

export type ImportPlanResult = { readonly ok: true; readonly value: ImportPlan } | { readonly ok: false; readonly error: ImportPlanError };

export interface ImportPlanOptions {
  /** The book's register type: a file of another type is refused as a whole. */
  readonly type: RegisterTypeCode;
  readonly today: FullDate;
  readonly onProgress?: (done: number, total: number) => void;
}

const typeName = (type: RegisterTypeCode): string => `${type} (${getRegisterType(type).name})`;

export function planImport(model: SheetModel, options: ImportPlanOptions): ImportPlanResult {
  // Detection first, from the header alone: a file of another type is refused before any row is read.
  const detected = detectSheetProfile(model);
  if (detected.ok && detected.profile.type !== options.type) {
    return {
      ok: false,
      error: {
        code: 'wrong-type',
        message: `Tệp này theo mẫu sổ ${typeName(detected.profile.type)}, không phải sổ ${typeName(options.type)} của quyển đang chọn. Hãy chọn đúng tệp hoặc đúng sổ; chưa có gì được nhập.`,
      },
    };
  }
  // A header that fits several types equally (or none well) is read as the book's type.
  const read = readEntries(model, {
    type: options.type,
    ...(detected.ok ? { layout: detected.profile.layout } : {}),
    today: options.today,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  if (!read.ok) return read;
  const { profile, sheetName, headerProblems, rows } = read.value;
  return {
    ok: true,
    value: {
      type: profile.type,
      profileId: profile.id,
      sheetName,
      rows: rows.map((r) => ({ row: r.row, values: r.values, status: r.hasErrors ? 'draft' : 'keyed' })),
      problems: [...headerProblems, ...rows.flatMap((r) => r.problems)],
    },
  };
}

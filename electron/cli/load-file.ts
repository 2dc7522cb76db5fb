/**
 * Reads an .xlsx file from disk into checked entries, with the same reading and validation
 * code as the app (shared/xlsx, shared/excel). Every way the file can be unusable ends in one
 * Vietnamese message (exit code 2); must not print or decide exit codes itself.
 */
import { readFile, stat } from 'node:fs/promises';
import type { FullDate } from '../../shared/domain/partial-date';
import type { RegisterTypeCode } from '../../shared/domain/register-types';
import { readEntries, type SheetRead } from '../../shared/excel';
import { DEFAULT_XLSX_LIMITS, formatBytes, readWorkbook } from '../../shared/xlsx';

export type LoadResult = { readonly ok: true; readonly read: SheetRead } | { readonly ok: false; readonly message: string };

/** The clerk's calendar day: validation refuses dates after it. */
export function today(): FullDate {
  const now = new Date();
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

export async function loadFile(path: string, type: RegisterTypeCode | undefined): Promise<LoadResult> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return { ok: false, message: 'Không mở được tệp (không có tệp hoặc không có quyền đọc).' };
  if (!info.isFile()) return { ok: false, message: 'Đây không phải là một tệp.' };
  // Checked before reading so a huge file is never loaded into memory.
  if (info.size > DEFAULT_XLSX_LIMITS.maxBytes) {
    return { ok: false, message: `Tệp ${formatBytes(info.size)}, vượt giới hạn ${formatBytes(DEFAULT_XLSX_LIMITS.maxBytes)}.` };
  }
  const bytes = await readFile(path).catch(() => undefined);
  if (!bytes) return { ok: false, message: 'Không đọc được tệp.' };
  const model = await readWorkbook(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!model.ok) return { ok: false, message: model.error.message };
  const read = readEntries(model.value, { today: today(), ...(type ? { type } : {}) });
  if (!read.ok) return { ok: false, message: read.error.message };
  return { ok: true, read: read.value };
}

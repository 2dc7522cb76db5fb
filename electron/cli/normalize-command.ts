/**
 * `sohoa normalize`: rewrites a team's file into the exact template of its profile. Rows
 * without errors are written normalised; rows with errors are written back as read (as text)
 * and listed, so nothing is lost or silently changed. Never overwrites its input, refuses an
 * existing output without --force, and writes atomically.
 */
import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RegisterTypeCode } from '../../shared/domain/register-types';
import { exportRow, profileRow, profileSheet } from '../../shared/excel';
import { writeWorkbook } from '../../shared/xlsx';
import { writeFileAtomic } from './atomic-write';
import { EXIT, type ExitCode } from './exit-codes';
import { loadFile } from './load-file';

export interface NormalizeOptions {
  readonly input: string;
  readonly output: string;
  readonly type?: RegisterTypeCode;
  readonly force: boolean;
}

/** Same file by path, by symbolic link or by hard link. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [realA, realB] = await Promise.all([realpath(a).catch(() => resolve(a)), realpath(b).catch(() => resolve(b))]);
  if (realA === realB) return true;
  const [statA, statB] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return statA !== undefined && statB !== undefined && statA.dev === statB.dev && statA.ino === statB.ino;
}

function refuse(message: string): ExitCode {
  process.stderr.write(`sohoa: ${message}\n`);
  return EXIT.unusable;
}

export async function normalizeCommand(options: NormalizeOptions): Promise<ExitCode> {
  const { input, output } = options;
  if (await sameFile(input, output)) return refuse(`không ghi đè tệp vào ${input}; hãy chọn tệp ra khác.`);
  if (!options.force && (await stat(output).catch(() => undefined))) {
    return refuse(`${output} đã có; dùng --force để ghi đè.`);
  }
  const loaded = await loadFile(input, options.type);
  if (!loaded.ok) return refuse(`${input}: ${loaded.message}`);
  const { read } = loaded;
  const { profile } = read;

  const rows = read.rows.map((r, i) => (r.hasErrors ? profileRow(profile, r.shown, i + 1) : exportRow(profile, r.values, i + 1)));
  try {
    await writeFileAtomic(output, await writeWorkbook(profileSheet(profile, rows)));
  } catch (error) {
    return refuse(`không ghi được ${output}: ${error instanceof Error ? error.message : String(error)}`);
  }

  const rejected = read.rows.flatMap((r, i) => (r.hasErrors ? [{ r, outputRow: i + profile.headerRow + 1 }] : []));
  const headerErrors = read.headerProblems.filter((p) => p.severity === 'error');
  const lines = [
    `Đã ghi ${output} theo mẫu ${profile.id} (${profile.type} — ${profile.definition.name}): ${read.rows.length} dòng, ` +
      `${read.rows.length - rejected.length} dòng đã chuẩn hóa, ${rejected.length} dòng có lỗi giữ nguyên.`,
    ...read.headerProblems.map((p) => `  ${p.message}`),
  ];
  if (rejected.length > 0) {
    lines.push('', 'Dòng có lỗi (giữ nguyên như đã đọc):');
    for (const { r, outputRow } of rejected) {
      lines.push(`  Dòng ${r.row} (tệp ra: dòng ${outputRow}):`);
      lines.push(...r.problems.filter((p) => p.severity === 'error').map((p) => `    ${p.message}`));
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return rejected.length === 0 && headerErrors.length === 0 ? EXIT.ok : EXIT.errors;
}

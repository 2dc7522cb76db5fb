/**
 * Excel benchmarks, in Node: a 10,000-entry KS book written as the Ministry file (the export
 * writer), the same file read and validated as the import reads it, and `sohoa validate` run on
 * it as a user runs it. Synthetic entries only, so the file may sit in the temp folder briefly.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { today } from '../../../electron/cli/load-file';
import { exportSheet, getProfile, readEntries } from '../../../shared/excel';
import { readWorkbook, writeWorkbook } from '../../../shared/xlsx';
import { round, type Metric } from '../metrics';
import { syntheticKsEntries } from '../synthetic-entries';

const seconds = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now();
  const value = await work();
  return [value, (performance.now() - started) / 1000];
};

export async function runExcelBench(options: { rows: number; cli: string }): Promise<Metric[]> {
  const entries = syntheticKsEntries(options.rows);
  const [bytes, exportS] = await seconds(() => writeWorkbook(exportSheet(getProfile('KS'), entries)));

  const [read, importS] = await seconds(async () => {
    const model = await readWorkbook(bytes);
    if (!model.ok) throw new Error(`bench file unreadable: ${model.error.message}`);
    return readEntries(model.value, { today: today() });
  });
  if (!read.ok || read.value.rows.length !== options.rows) throw new Error('bench file did not read back whole');

  const dir = await mkdtemp(join(os.tmpdir(), 'sohoa-bench-'));
  try {
    const file = join(dir, 'KS.xlsx');
    await writeFile(file, bytes);
    const [run, cliS] = await seconds(() => spawnSync(process.execPath, [options.cli, 'validate', file, '--json'], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 }));
    if (run.status === 2) throw new Error(`sohoa validate could not read the bench file: ${run.stderr}`);

    const label = `s (${options.rows} KS entries, ${(bytes.byteLength / 2 ** 20).toFixed(1)} MB)`;
    return [
      { name: `export.book${options.rows / 1000}k.s`, value: round(exportS), unit: `${label}: entries → Ministry xlsx bytes`, target: 5, better: 'lower' },
      { name: `import.validate${options.rows / 1000}k.s`, value: round(importS), unit: `${label}: read + validate every row`, target: 10, better: 'lower' },
      { name: `cli.validate${options.rows / 1000}k.s`, value: round(cliS), unit: `${label}: whole \`sohoa validate --json\` process`, target: 8, better: 'lower' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

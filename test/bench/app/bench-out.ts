/**
 * Where an app suite leaves its figures for run.mjs: one JSON file per suite in the folder the
 * runner names (SOHOA_BENCH_OUT_DIR), so suites run in one Playwright run do not overwrite
 * each other; test-results/bench-app when a suite is run by hand.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Metric } from '../metrics';

export async function writeSuiteMetrics(suite: string, metrics: readonly Metric[]): Promise<void> {
  const dir = process.env.SOHOA_BENCH_OUT_DIR ?? 'test-results/bench-app';
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${suite}.json`), JSON.stringify(metrics));
}

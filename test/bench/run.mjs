/**
 * `npm run bench [-- --quick | --quick-app] [--only store,excel,keying,scans] [--note "…"]`: runs
 * the benchmark suites in Debian Chromium (real IndexedDB, real WebCrypto), writes
 * test/bench/results/latest.json and prints a table. Every figure is either a ratio against a
 * baseline measured in the same run or an absolute figure with its target; nothing here is a
 * pass/fail test. With --only, the figures of the suites not run stay in latest.json as they
 * were, and `runs` there says which run (mode, date, machine load, note) measured which metric.
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, 'dist', 'bench');
const resultFile = join(root, 'test/bench/results/latest.json');
const argument = (flag) => {
  const at = process.argv.indexOf(flag);
  return at < 0 ? undefined : process.argv[at + 1];
};
const SUITES = ['store', 'excel', 'keying', 'scans'];
/** The app suites are Playwright tests in test/bench/app, one file each. */
const APP_SUITES = { keying: 'keying.bench.ts', scans: 'scans.bench.ts' };
const only = argument('--only')?.split(',');
const unknown = only?.filter((name) => !SUITES.includes(name)) ?? [];
if (unknown.length > 0) throw new Error(`sohoa bench: unknown suite ${unknown.join(', ')} (suites: ${SUITES.join(', ')})`);
const suites = only ?? SUITES;
const note = argument('--note');
const quick = process.argv.includes('--quick');
// The app suites (every standard entry keyed key by key, a 300-page scan) take the longest; --quick-app shortens only them.
const quickApp = quick || process.argv.includes('--quick-app');
const sizes = quick ? { entries: 10_000, singleSaves: 100, searches: 50 } : { entries: 100_000, singleSaves: 300, searches: 200 };
const excelRows = quick ? 2_000 : 10_000;
const loadBefore = os.loadavg();

await build({
  entryPoints: [join(root, 'test/bench/browser/main.ts')],
  bundle: true,
  format: 'esm',
  target: 'es2023',
  outfile: join(outDir, 'bench.js'),
  logLevel: 'warning',
});
await build({
  entryPoints: [join(root, 'test/bench/node/excel-bench.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: join(outDir, 'excel-bench.mjs'),
  banner: { js: "import { createRequire as __sohoaCreateRequire } from 'node:module'; const require = __sohoaCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
await writeFile(join(outDir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>sohoa bench</title><script type="module" src="bench.js"></script>');

/** The app suites (through the real app) run under Playwright's test runner with the e2e harness; each writes its own JSON. */
async function appMetrics(names) {
  if (names.length === 0) return [];
  const out = join(root, 'test-results', 'bench-app');
  await rm(out, { recursive: true, force: true });
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/@playwright/test/cli.js'), 'test', '--config', 'build/playwright.bench.config.ts', ...names.map((name) => APP_SUITES[name])],
    { cwd: root, stdio: 'inherit', env: { ...process.env, SOHOA_BENCH_OUT_DIR: out, SOHOA_BENCH_QUICK: quickApp ? '1' : '0' } },
  );
  // Figures of the suites that finished are still worth writing; the run ends as failed.
  if (run.status !== 0) {
    console.error('sohoa bench: an app suite failed; its metrics are missing from this run');
    process.exitCode = 1;
  }
  return names.flatMap((name) => {
    const file = join(out, `${name}.json`);
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  });
}

const server = createServer(async (req, res) => {
  const name = req.url === '/' ? 'index.html' : (req.url ?? '').slice(1);
  if (!['index.html', 'bench.js'].includes(name)) return void res.writeHead(404).end();
  res.writeHead(200, { 'Content-Type': name.endsWith('.js') ? 'text/javascript' : 'text/html' });
  res.end(await readFile(join(outDir, name)));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
/** Metrics of an earlier run kept in place, this run's replacing those of the same name, new ones after them. */
function merged(previous, metrics) {
  const fresh = new Map(metrics.map((m) => [m.name, m]));
  const kept = previous.map((m) => fresh.get(m.name) ?? m);
  const keptNames = new Set(kept.map((m) => m.name));
  return [...kept, ...metrics.filter((m) => !keptNames.has(m.name))];
}

/** Which run measured which metric; a file from before `runs` existed counts as one run of the suites it then had. */
function earlierRuns(previous) {
  if (previous.runs) return previous.runs;
  return [{ suites: ['store', 'excel', 'keying'], mode: previous.machine.mode, date: previous.machine.date, metrics: previous.metrics.map((m) => m.name) }];
}

try {
  const metrics = [];
  if (suites.includes('store')) {
    const page = await browser.newPage();
    page.setDefaultTimeout(0);
    await page.goto(origin);
    await page.waitForFunction(() => 'sohoaBench' in globalThis);
    metrics.push(...(await page.evaluate((options) => globalThis.sohoaBench.runStoreBench(options), sizes)));
  }
  if (suites.includes('excel')) {
    const { runExcelBench } = await import(join(outDir, 'excel-bench.mjs'));
    metrics.push(...(await runExcelBench({ rows: excelRows, cli: join(root, 'dist', 'cli', 'sohoa.mjs') })));
  }
  metrics.push(...(await appMetrics(suites.filter((name) => name in APP_SUITES))));

  const previous = only && existsSync(resultFile) ? JSON.parse(readFileSync(resultFile, 'utf8')) : null;
  const measured = new Set(metrics.map((m) => m.name));
  const run = {
    suites,
    mode: quick ? 'quick' : quickApp ? 'full, app suites quick' : 'full',
    date: new Date().toISOString(),
    // The machine may be shared: its load average (1, 5, 15 min) before and after the run.
    load: { before: loadBefore.map((n) => Math.round(n * 100) / 100), after: os.loadavg().map((n) => Math.round(n * 100) / 100) },
    ...(note ? { note } : {}),
    metrics: [...measured],
  };
  const runs = previous ? earlierRuns(previous).map((r) => ({ ...r, metrics: r.metrics.filter((name) => !measured.has(name)) })).filter((r) => r.metrics.length > 0) : [];
  const result = {
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      chromium: browser.version(),
    },
    runs: [...runs, run],
    metrics: previous ? merged(previous.metrics, metrics) : metrics,
  };
  await mkdir(join(root, 'test/bench/results'), { recursive: true });
  await writeFile(resultFile, `${JSON.stringify(result, null, 2)}\n`);
  console.table(
    metrics.map((m) => ({
      metric: m.name,
      value: m.value,
      unit: m.unit,
      target: `${m.better === 'lower' ? '≤' : '≥'} ${m.target}`,
      met: (m.better === 'lower' ? m.value <= m.target : m.value >= m.target) ? 'yes' : 'NO',
    })),
  );
} finally {
  await browser.close();
  server.close();
}

/**
 * `npm run bench [-- --quick | --quick-app]`: runs the benchmark suites in Debian Chromium (real IndexedDB,
 * real WebCrypto), writes test/bench/results/latest.json and prints a table. Every figure is
 * either a ratio against a baseline measured in the same run or an absolute time with its
 * target; nothing here is a pass/fail test.
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, 'dist', 'bench');
const quick = process.argv.includes('--quick');
// Keying all standard entries key by key takes the longest; --quick-app shortens only that suite.
const quickApp = quick || process.argv.includes('--quick-app');
const sizes = quick ? { entries: 10_000, singleSaves: 100, searches: 50 } : { entries: 100_000, singleSaves: 300, searches: 200 };
const excelRows = quick ? 2_000 : 10_000;

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

/** The app suites (keying through the real form) run under Playwright's test runner with the e2e harness. */
function appMetrics() {
  const out = join(root, 'test-results', 'bench-app.json');
  const run = spawnSync(process.execPath, [join(root, 'node_modules/@playwright/test/cli.js'), 'test', '--config', 'build/playwright.bench.config.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, SOHOA_BENCH_OUT: out, SOHOA_BENCH_QUICK: quickApp ? '1' : '0' },
  });
  // The store and Excel figures of this run are still worth writing; the run ends as failed.
  if (run.status !== 0) {
    console.error('sohoa bench: the app suite failed; its metrics are missing from latest.json');
    process.exitCode = 1;
    return [];
  }
  return JSON.parse(readFileSync(out, 'utf8'));
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
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(0);
  await page.goto(origin);
  await page.waitForFunction(() => 'sohoaBench' in globalThis);
  const storeMetrics = await page.evaluate((options) => globalThis.sohoaBench.runStoreBench(options), sizes);
  const { runExcelBench } = await import(join(outDir, 'excel-bench.mjs'));
  const excelMetrics = await runExcelBench({ rows: excelRows, cli: join(root, 'dist', 'cli', 'sohoa.mjs') });
  const metrics = [...storeMetrics, ...excelMetrics, ...appMetrics()];

  const result = {
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      chromium: browser.version(),
      mode: quick ? 'quick' : quickApp ? 'full, app suite quick' : 'full',
      date: new Date().toISOString(),
    },
    metrics,
  };
  await mkdir(join(root, 'test/bench/results'), { recursive: true });
  await writeFile(join(root, 'test/bench/results/latest.json'), `${JSON.stringify(result, null, 2)}\n`);
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

/**
 * Builds everything with esbuild (no vite): the renderer bundle and its static files into
 * dist/renderer, the Electron main and preload into dist/electron, the web host into
 * dist/web-host, the `sohoa` command line into dist/cli. By default it builds what ships
 * (React production mode, minified, no sourcemaps): `npm start`, the tests and the benchmarks
 * run that. `--dev` keeps React's development checks and sourcemaps for debugging. It must stay fast and must not copy anything from outside renderer/ into
 * dist/renderer (the web host serves it all).
 */
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, readdir, rm, writeFile, access } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const production = !process.argv.includes('--dev');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

const common = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: 'none',
  logLevel: 'warning',
  define: {
    __SOHOA_VERSION__: JSON.stringify(pkg.version),
    'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development'),
  },
};

async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return nested.flat();
}

const exists = (path) => access(path).then(() => true, () => false);

const started = Date.now();
await rm(dist, { recursive: true, force: true });
await mkdir(join(dist, 'renderer'), { recursive: true });

const rendererDir = join(root, 'renderer');
const rendererFiles = await walk(rendererDir);
for (const file of rendererFiles.filter((f) => f.endsWith('.css') || f === join(rendererDir, 'index.html'))) {
  const target = join(dist, 'renderer', relative(rendererDir, file));
  await mkdir(dirname(target), { recursive: true });
  await copyFile(file, target);
}
// Workers are separate entry points: renderer/workers/<name>.worker.ts → dist/renderer/workers/<name>.js.
const workerEntries = rendererFiles.filter((f) => /[\\/]workers[\\/][^\\/]+\.worker\.ts$/.test(f));

await Promise.all([
  build({
    ...common,
    entryPoints: { app: join(rendererDir, 'main.tsx') },
    outdir: join(dist, 'renderer'),
    platform: 'browser',
    format: 'esm',
    target: 'chrome130',
    jsx: 'automatic',
    loader: { '.png': 'file', '.svg': 'file', '.woff2': 'file' },
  }),
  workerEntries.length > 0 &&
    build({
      ...common,
      entryPoints: Object.fromEntries(workerEntries.map((f) => [f.replace(/^.*[\\/]/, '').replace(/\.worker\.ts$/, ''), f])),
      outdir: join(dist, 'renderer', 'workers'),
      platform: 'browser',
      format: 'esm',
      target: 'chrome130',
    }),
  build({
    ...common,
    entryPoints: [join(root, 'electron', 'main.ts')],
    outfile: join(dist, 'electron', 'main.cjs'),
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: [join(root, 'electron', 'preload.ts')],
    outfile: join(dist, 'electron', 'preload.cjs'),
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: [join(root, 'electron', 'web-host', 'server.ts')],
    outfile: join(dist, 'web-host', 'server.mjs'),
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __sohoaCreateRequire } from 'node:module'; const require = __sohoaCreateRequire(import.meta.url);" },
  }),
  // The `sohoa` command line (package.json "bin"): same shared code as the app, Node only.
  build({
    ...common,
    entryPoints: [join(root, 'electron', 'cli', 'sohoa.ts')],
    outfile: join(dist, 'cli', 'sohoa.mjs'),
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __sohoaCreateRequire } from 'node:module'; const require = __sohoaCreateRequire(import.meta.url);" },
  }),
]);

// index.html always links app.css; keep it resolvable when no CSS is imported yet.
const css = join(dist, 'renderer', 'app.css');
if (!(await exists(css))) await writeFile(css, '');

console.log(`sohoa build: dist/ in ${Date.now() - started} ms${production ? ' (production)' : ''}`);

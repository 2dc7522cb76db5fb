/**
 * Scan benchmarks through the real app: a generated 300-page A3 register of about 100 MB is
 * chosen in the book's scans screen and timed until its pages stand in the grid, usable, and on
 * until the background has drawn every thumbnail, while the Chromium processes' resident memory
 * is sampled over both; then, beside the entry form, pages are flipped
 * with Alt+PageDown and timed until the next page is drawn: first as a clerk flips, keying fields
 * between flips (Enter advances, timed too, right after each flip), then back to back as when
 * browsing, timed both until the page is drawn and until its first picture (the thumbnail
 * standing in) is painted. Baselines from the same page: reading the file alone in the import's
 * 1 MiB slices, and swapping in each page's own JPEG on a canvas.
 */
import type { Page } from '@playwright/test';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '../../e2e/fixtures/harness';
import { createBook, createUser, login, logout, openBookForKeying, setupCommune } from '../../e2e/pages/books-page';
import { EntryPage } from '../../e2e/pages/entry-page';
import { ScansPage } from '../../e2e/pages/scans-page';
import { percentile, round, SCAN_TARGETS, type Metric } from '../metrics';
import { writeSuiteMetrics } from './bench-out';
import { generateScanBook } from '../scan-book';
import { sampleMemory } from './process-memory';

const quick = process.env.SOHOA_BENCH_QUICK === '1';
const PAGES = quick ? 30 : 300;
const FLIPS = quick ? 10 : 50;
/** Between two flips a clerk keys the entries of the page shown: several seconds; 1.5 s is a fast clerk. */
const DWELL_MS = 1_500;
/**
 * Field advances (Enter) keyed right after each flip, when the neighbouring pages would be drawn
 * ahead: they show whether drawing ahead ever holds up typing (it waits for a pause in typing).
 */
const ADVANCES_PER_FLIP = 3;
const SEED = 2026;
const MB = 1024 * 1024;
const QUYEN_SO = '01/2008';

const lead = { username: 'bench.lead', displayName: 'TỔ TRƯỞNG ĐO', password: 'Đo hiệu năng 2026!' };
const clerk = { username: 'bench.clerk', displayName: 'NHẬP LIỆU ĐO', password: 'Nhập liệu nhanh 2026' };

/** Seconds to read the file through a plain file input in 1 MiB slices, as the import reads it. */
async function readAlone(page: Page, path: string): Promise<number> {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.hidden = true;
    input.dataset['testid'] = 'bench-read';
    document.body.append(input);
  });
  const input = page.getByTestId('bench-read');
  await input.setInputFiles(path);
  const ms = await input.evaluate(async (element) => {
    const file = (element as HTMLInputElement).files?.[0];
    if (!file) throw new Error('bench: no file chosen');
    const started = performance.now();
    let read = 0;
    for (let at = 0; at < file.size; at += 1024 * 1024) read += (await file.slice(at, at + 1024 * 1024).arrayBuffer()).byteLength;
    if (read !== file.size) throw new Error('bench: short read');
    const ms = performance.now() - started;
    element.remove();
    return ms;
  });
  return ms / 1000;
}

interface ImportMarks {
  chosen?: number;
  /** The progress showed the whole file sealed and stored: the pages are being counted. */
  storedAt?: number;
  shown?: number;
  thumbnails?: number;
}

/** Page-side marks: the file chosen (change), stored, all `pages` cells in the grid, then every thumbnail drawn in the background. */
async function installImportMarks(page: Page, pages: number): Promise<void> {
  await page.evaluate((pages) => {
    const w = window as unknown as { benchImport: ImportMarks };
    const marks: ImportMarks = {};
    w.benchImport = marks;
    document.addEventListener('change', () => (marks.chosen ??= performance.now()), { capture: true, once: true });
    // A page without its thumbnail shows a placeholder; a canvas not drawn yet is 300×150. The
    // grid draws only the thumbnails near the screen, so those on screen must all be drawn.
    const onScreen = (c: HTMLCanvasElement) => {
      const box = c.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    };
    const thumbnailsDrawn = () => {
      const drawn =
        !document.querySelector('[data-testid="scan-thumb-pending"]') &&
        [...document.querySelectorAll<HTMLCanvasElement>('[data-testid="scan-grid"] canvas')].filter(onScreen).every((c) => c.width !== 300 || c.height !== 150);
      if (drawn) marks.thumbnails = performance.now();
      else requestAnimationFrame(thumbnailsDrawn);
    };
    const observer = new MutationObserver(() => {
      const [, done, total] = /([\d.]+)\/([\d.]+) MB/.exec(document.querySelector('[data-testid="scan-progress"] [role="status"]')?.textContent ?? '') ?? [];
      if (done !== undefined && done === total) marks.storedAt ??= performance.now();
      if (document.querySelectorAll('[data-testid="scan-page"]').length < pages) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        marks.shown = performance.now();
        thumbnailsDrawn();
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, pages);
}

interface FlipMarks {
  benchFlips: number[];
  /** Alt+PageDown → the first picture of the new page, the thumbnail preview or the page itself. */
  benchFirst: number[];
  benchAdvance: number[];
}

/**
 * Alt+PageDown → the viewer's new canvas in place, after a frame; one figure per flip. Enter →
 * focus in the next field, after a frame, as the keying suite times a field advance.
 */
async function installFlipTimer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as FlipMarks;
    w.benchFlips = [];
    w.benchFirst = [];
    w.benchAdvance = [];
    let pressed: number | null = null;
    let unseen: number | null = null;
    let entered: number | null = null;
    document.addEventListener('keydown', (e) => {
      if (e.altKey && e.key === 'PageDown') pressed = unseen = performance.now();
      entered = e.key === 'Enter' && !e.ctrlKey ? performance.now() : null;
    }, true);
    document.addEventListener('focusin', (e) => {
      if (entered === null || !(e.target as HTMLElement).matches('input[name]')) return;
      const started = entered;
      entered = null;
      requestAnimationFrame(() => w.benchAdvance.push(performance.now() - started));
    });
    const picture = document.querySelector('.viewer-picture');
    if (!picture) throw new Error('bench: no page viewer');
    new MutationObserver(() => {
      if (unseen !== null) {
        const started = unseen;
        unseen = null;
        requestAnimationFrame(() => w.benchFirst.push(performance.now() - started));
      }
      if (pressed === null || !picture.querySelector('[data-testid="viewer-canvas"]')) return;
      const started = pressed;
      pressed = null;
      requestAnimationFrame(() => w.benchFlips.push(performance.now() - started));
    }).observe(picture, { childList: true });
  });
}

/** The baseline of a flip: the page's own JPEG decoded and drawn on a fresh canvas of the viewer canvas's size, after a frame. */
async function imageSwap(page: Page, jpeg: Uint8Array, size: { width: number; height: number }): Promise<number> {
  return page.evaluate(
    async ({ base64, size }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      let holder = document.querySelector<HTMLElement>('[data-bench="swap"]');
      if (!holder) {
        holder = document.createElement('div');
        holder.dataset['bench'] = 'swap';
        holder.style.cssText = 'position:fixed;top:0;left:0;z-index:1000';
        document.body.append(holder);
      }
      const target = holder;
      const started = performance.now();
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
      const canvas = document.createElement('canvas');
      canvas.width = size.width;
      canvas.height = size.height;
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0, size.width, size.height);
      bitmap.close();
      target.replaceChildren(canvas);
      return new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now() - started)));
    },
    { base64: Buffer.from(jpeg).toString('base64'), size },
  );
}

test('a 300-page scanned register: import through the scans screen and flipping beside the form', async ({ sohoa }) => {
  const { page } = sohoa;
  const book = await generateScanBook({ pages: PAGES, seed: SEED });
  const path = join(sohoa.dirs.root, 'so-khai-sinh-01-2008.pdf');
  await writeFile(path, book.pdf);
  const fileMB = book.pdf.byteLength / MB;

  await setupCommune(page, lead);
  await createUser(page, { ...clerk, roles: ['clerk'] });
  await createBook(page, { type: 'KS', quyenSo: QUYEN_SO, yearFrom: 2008, yearTo: 2008, registeringBody: 'UBND xã Ba Đình', paperSize: 'A3', pageCount: PAGES, surveyedCount: PAGES * 7 });
  await logout(page);
  await login(page, clerk.username, clerk.password);

  const scans = new ScansPage(page);
  await scans.open(QUYEN_SO);
  await expect(page.getByTestId('scans-empty')).toBeVisible();
  const readS = await readAlone(page, path);

  // Let the screen settle so the memory baseline is the idle app with the scans screen open.
  await page.waitForTimeout(2_000);
  await installImportMarks(page, PAGES);
  const memory = sampleMemory(sohoa.dirs.profile);
  await scans.fileInput.setInputFiles(path);
  await page.waitForFunction(() => (window as unknown as { benchImport: ImportMarks }).benchImport.thumbnails !== undefined, null, { polling: 500, timeout: 30 * 60_000 });
  const peak = memory.stop();
  const marks = await page.evaluate(() => (window as unknown as { benchImport: Required<ImportMarks> }).benchImport);
  await expect(scans.pages).toHaveCount(PAGES);
  const importS = (marks.shown - marks.chosen) / 1000;
  const storedS = (marks.storedAt - marks.chosen) / 1000;
  const thumbnailsS = (marks.thumbnails - marks.chosen) / 1000;

  await page.getByTestId('scans-back').click();
  await openBookForKeying(page, QUYEN_SO);
  const entry = new EntryPage(page);
  await entry.ready();
  const canvas = page.getByTestId('viewer-canvas');
  await expect(canvas).toHaveAttribute('data-page', '1', { timeout: 5 * 60_000 });
  await expect(entry.field('so')).toBeFocused();
  await installFlipTimer(page);
  /** Flips to page `n`, waiting for its figure: the `timed`th of the phase. */
  const flipTo = async (n: number, timed: number) => {
    await page.keyboard.press('Alt+PageDown');
    await expect(canvas).toHaveAttribute('data-page', String(n), { timeout: 60_000 });
    await page.waitForFunction((timed) => (window as unknown as FlipMarks).benchFlips.length >= timed, timed, { polling: 20 });
  };
  const taken = () => page.evaluate(() => (window as unknown as FlipMarks).benchFlips.splice(0));
  const takenFirst = () => page.evaluate(() => (window as unknown as FlipMarks).benchFirst.splice(0));
  const flipMemory = sampleMemory(sohoa.dirs.profile);
  // The clerk keys the first page's entries before flipping on, as between every two flips.
  await page.waitForTimeout(DWELL_MS);
  for (let flip = 1; flip <= FLIPS; flip++) {
    const pressed = Date.now();
    await flipTo(flip + 1, flip);
    for (let n = 0; n < ADVANCES_PER_FLIP; n++) {
      await page.waitForTimeout(100);
      await page.keyboard.press('Enter');
    }
    await entry.field('so').focus();
    await page.waitForTimeout(Math.max(0, DWELL_MS - (Date.now() - pressed)));
  }
  const flips = await taken();
  await takenFirst();
  const advances = await page.evaluate(() => (window as unknown as FlipMarks).benchAdvance);
  for (let flip = 1; flip <= FLIPS; flip++) await flipTo(FLIPS + flip + 1, flip);
  const rapid = await taken();
  const rapidFirst = await takenFirst();
  const flipPeak = flipMemory.stop();
  const size = await canvas.evaluate((c) => ({ width: (c as HTMLCanvasElement).width, height: (c as HTMLCanvasElement).height }));
  const swaps: number[] = [];
  for (let flip = 1; flip <= FLIPS; flip++) swaps.push(await imageSwap(page, book.pageJpegs[flip]!, size));

  const flipP95 = percentile(flips, 95);
  const rapidP95 = percentile(rapid, 95);
  const swapP95 = percentile(swaps, 95);
  const label = `${PAGES} pages, ${fileMB.toFixed(1)} MB PDF of A3 JPEG scans`;
  const renderer = peak.rendererHwmAboveMB === null ? '' : `; renderer VmHWM ${Math.round(peak.rendererHwmAboveMB)} MB above its start`;
  const metrics: Metric[] = [
    {
      name: 'scan.import.300pages.s',
      value: round(importS),
      unit: `s (${label}: file chosen → all pages listed in the grid and usable, of which ${round(storedS)} s sealing and storing the file, the rest counting its pages; thumbnails drawn afterwards in the background, the last at ${round(thumbnailsS)} s after choosing; reading the file alone ${round(readS, 3)} s, ratio ${round(importS / readS)})`,
      target: SCAN_TARGETS.importS,
      better: 'lower',
    },
    {
      name: 'scan.import.peakMemory.MB',
      value: Math.round(peak.peakAboveMB),
      unit: `MB (${label}: peak of summed VmRSS over every Chromium process, ${peak.samples} samples every 25 ms from choosing the file until the last thumbnail is drawn, above ${Math.round(peak.baselineMB)} MB before it${renderer}; target ${SCAN_TARGETS.peakMemoryPerFileSize} × file size)`,
      target: Math.round(SCAN_TARGETS.peakMemoryPerFileSize * fileMB),
      better: 'lower',
    },
    {
      name: 'scan.pageFlip.p95.ms',
      value: round(flipP95),
      unit: `ms (Alt+PageDown → next page drawn by pdf.js at ${size.width}×${size.height} px and painted, ${flips.length} flips ${DWELL_MS / 1000} s apart with ${ADVANCES_PER_FLIP} field advances keyed after each, neighbours drawn ahead meanwhile; the same pages' JPEGs swapped on a canvas p95 ${round(swapP95)} ms, ratio ${round(flipP95 / swapP95)})`,
      target: SCAN_TARGETS.pageFlipP95Ms,
      better: 'lower',
    },
    {
      name: 'scan.pageFlip.rapid.p95.ms',
      value: round(rapidP95),
      unit: `ms (the same, ${rapid.length} flips back to back, each pressed as soon as the page before is painted: browsing, the next page's drawing ahead only just begun)`,
      target: SCAN_TARGETS.pageFlipP95Ms,
      better: 'lower',
    },
    {
      name: 'scan.pageFlip.rapid.firstPaint.p95.ms',
      value: round(percentile(rapidFirst, 95)),
      unit: `ms (the same back-to-back flips, Alt+PageDown → the new page's first picture painted: its thumbnail stretched to the page's size while pdf.js draws it, or the page itself when drawn first; ${rapidFirst.length} flips)`,
      target: SCAN_TARGETS.pageFlipP95Ms,
      better: 'lower',
    },
    {
      name: 'scan.pageFlip.peakMemory.MB',
      value: Math.round(flipPeak.peakAboveMB),
      unit: `MB (peak of summed VmRSS over every Chromium process while flipping both ways above, ${flipPeak.samples} samples every 25 ms, above ${Math.round(flipPeak.baselineMB)} MB with the first page shown; held to the import's bound, ${SCAN_TARGETS.peakMemoryPerFileSize} × file size)`,
      target: Math.round(SCAN_TARGETS.peakMemoryPerFileSize * fileMB),
      better: 'lower',
    },
    {
      name: 'scan.fieldAdvance.afterFlip.p95.ms',
      value: round(percentile(advances, 95)),
      unit: `ms (Enter → focus in next field, painted, keyed 100 ms apart right after each flip of the first run, while drawing the neighbours ahead waits for typing to pause; ${advances.length} advances; the keying suite's entry.fieldAdvance target)`,
      target: 16,
      better: 'lower',
    },
  ];
  await writeSuiteMetrics('scans', metrics);
});

/**
 * The streamed ZIP unzipped again with fflate (and, where installed, listed by Info-ZIP's
 * unzip): one stored member per entry with its pages, each source loaded once however many
 * entries use it, progress per entry, and a broken source failing the whole ZIP.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../../../shared/crypto/bytes';
import { EntryPdfError } from '../../../../shared/export/entry-pdf';
import { streamScanZip, type EntryPdfPlan } from '../../../../shared/export/scan-zip';
import { grayPng, sizedPdf } from './scan-fixtures';


const plans: EntryPdfPlan[] = [
  { name: 'KS.2008.01.2008-01-02.001.pdf', pages: [{ sourceId: 'book', pageIndex: 0, rotation: 0 }] },
  {
    name: 'KS.2008.01.2008-01-03.002.pdf',
    pages: [
      { sourceId: 'book', pageIndex: 1, rotation: 0 },
      { sourceId: 'photo', pageIndex: 0, rotation: 90 },
    ],
  },
  { name: 'KS.2008.01.2008-01-03.003.pdf', pages: [{ sourceId: 'book', pageIndex: 2, rotation: 0 }] },
];

async function zipOf(entries: EntryPdfPlan[]) {
  const files: Record<string, Uint8Array> = { book: await sizedPdf(3), photo: grayPng(30, 20) };
  const loads: string[] = [];
  const chunks: Uint8Array[] = [];
  const progress: number[] = [];
  const result = await streamScanZip(
    entries,
    {
      load: async (id) => {
        loads.push(id);
        return files[id] as Uint8Array;
      },
      data: (chunk) => chunks.push(chunk),
      progress: (done, total) => progress.push(done / total),
    },
    new Date(2026, 0, 2, 3, 4, 6),
  );
  return { result, loads, progress, zip: concatBytes(...chunks) };
}

describe('streamScanZip', () => {
  it('stores one PDF per entry with its pages, loading each source once', async () => {
    const { result, loads, progress, zip } = await zipOf(plans);
    expect(result).toEqual({ pdfs: 3 });
    expect(loads).toEqual(['book', 'photo']);
    expect(progress).toEqual([1 / 3, 2 / 3, 1]);
    const members = unzipSync(zip);
    expect(Object.keys(members)).toEqual(plans.map((p) => p.name));
    const counts = await Promise.all(Object.values(members).map(async (pdf) => (await PDFDocument.load(pdf)).getPageCount()));
    expect(counts).toEqual([1, 2, 1]);
    const second = await PDFDocument.load(members[plans[1]!.name]!);
    expect(second.getPage(1).getRotation().angle).toBe(90);
  });

  it('waits for the caller to be ready after each entry', async () => {
    const steps: string[] = [];
    const files: Record<string, Uint8Array> = { book: await sizedPdf(3), photo: grayPng(30, 20) };
    await streamScanZip(
      plans,
      {
        load: async (id) => files[id] as Uint8Array,
        data: () => undefined,
        progress: (done) => steps.push(`built ${done}`),
        ready: async () => {
          await new Promise((r) => setTimeout(r, 1));
          steps.push('ready');
        },
      },
      new Date(),
    );
    expect(steps).toEqual(['built 1', 'ready', 'built 2', 'ready', 'built 3', 'ready']);
  });

  it('is read by Info-ZIP unzip as stored members', async (context) => {
    let unzip = true;
    try {
      execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    } catch {
      unzip = false;
    }
    if (!unzip) {
      context.skip('unzip is not installed (apt package unzip)');
      return;
    }
    const { zip } = await zipOf(plans);
    const dir = await mkdtemp(join(tmpdir(), 'sohoa-zip-'));
    try {
      await writeFile(join(dir, 'scans.zip'), zip);
      execFileSync('unzip', ['-tq', join(dir, 'scans.zip')]);
      const listing = execFileSync('unzip', ['-Z', '-1', join(dir, 'scans.zip')], { encoding: 'utf8' });
      expect(listing.trim().split('\n')).toEqual(plans.map((p) => p.name));
      const verbose = execFileSync('unzip', ['-v', join(dir, 'scans.zip')], { encoding: 'utf8' });
      expect(verbose.match(/ Stored /gu)).toHaveLength(3);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('fails as a whole when a source is no scan', async () => {
    const chunks: Uint8Array[] = [];
    await expect(
      streamScanZip(plans, { load: async () => new TextEncoder().encode('not a scan'), data: (c) => chunks.push(c) }, new Date()),
    ).rejects.toEqual(new EntryPdfError('source_unreadable'));
  });
});

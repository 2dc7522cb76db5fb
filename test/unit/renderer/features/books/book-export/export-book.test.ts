/**
 * The export's sequence with the real workbook writer, the real PDF/ZIP builder and fakes for
 * the store, the scans and the host: names from the pattern, the chosen layout, a ZIP of one PDF
 * per entry with linked pages staged in pieces and placed with the other files, entries without
 * pages listed, a manifest whose hashes are the files', the store's commit only after the host
 * wrote everything, the stage aborted when anything fails, nothing written when there is nothing
 * to export, and a commit refused after the write said as such.
 */
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../../../../../shared/crypto/bytes';
import { streamScanZip } from '../../../../../../shared/export/scan-zip';
import { BOOK_FILE_PATTERN, exportSheet, getProfile } from '../../../../../../shared/excel';
import type { RegisterTypeCode } from '../../../../../../shared/domain/register-types';
import { writeWorkbook } from '../../../../../../shared/xlsx';
import { exportBook, ExportFailure, type ExportDeps } from '../../../../../../renderer/features/books/book-export/export-book';
import type { BookExportBatch, BookExports, ExportRecord } from '../../../../../../renderer/store/book-export';
import type { PageId, ScanPageView, ScanSourceId } from '../../../../../../renderer/store/scan-types';
import type { BookId, BookView, EntryId } from '../../../../../../renderer/store/types';
import fixtures from '../../../../../fixtures/standard-entries.json';
import { sizedPdf } from '../../../../shared/export/scan-fixtures';

const book = {
  id: 'b1' as BookId,
  type: 'KS',
  quyenSo: '01/2008',
  yearFrom: 2008,
  registeringBody: 'UBND xã Thanh Ngọc, huyện Thanh Chương, tỉnh Nghệ An',
  status: 'accepted',
} as BookView;

const request = {
  book,
  layout: 'older',
  folder: '/x/Xuất dữ liệu',
  pattern: BOOK_FILE_PATTERN,
  place: { commune: 'Xã Ba Đình', district: null, province: 'Thành phố Hà Nội' },
  person: { id: 'u1', name: 'LÊ THỊ TƯ PHÁP' },
};

const scanPages: ScanPageView[] = [0, 1, 2].map((i) => ({
  id: `p${i}` as PageId,
  bookId: book.id,
  sourceId: 's1' as ScanSourceId,
  kind: 'pdf',
  pageIndex: i,
  order: i,
  number: i + 1,
  rotation: i === 2 ? 90 : 0,
  thumbnail: true,
}));

interface FakeOptions {
  failWrite?: boolean;
  failCommit?: boolean;
  failAppend?: boolean;
  /** Page ids per entry; default: none. */
  pages?: string[][];
}

function fakes(entries = fixtures.KS.slice(0, 2), options: FakeOptions = {}) {
  const steps: string[] = [];
  const written: { name: string; data: Uint8Array }[] = [];
  const pieces: Uint8Array[] = [];
  const commits: ExportRecord[] = [];
  const progress: string[] = [];
  const batch: BookExportBatch = {
    bookId: book.id,
    counts: { approved: entries.length, damaged: 1, notApproved: 0, exportedBefore: 0 },
    entries: entries.map((values, i) => ({ id: `e${i}` as EntryId, values, pages: options.pages?.[i] ?? [], updatedAt: 1 })),
  };
  const exports = {
    counts: async () => batch.counts,
    collect: async () => batch,
    commit: async (_batch: BookExportBatch, record: ExportRecord) => {
      steps.push('commit');
      if (options.failCommit) throw new Error('conflict');
      commits.push(record);
    },
  } satisfies BookExports;
  const deps: ExportDeps = {
    exports,
    buildWorkbook: ({ type, layout, rows }) => writeWorkbook(exportSheet(getProfile(type as RegisterTypeCode, layout), rows)),
    scans: {
      pages: async () => scanPages,
      read: async () => new Uint8Array(await sizedPdf(3)),
      // In process, as the worker client does it: a refused piece ends the build through the writer, not this promise.
      zip: (plan, modified, sink) => streamScanZip(plan, { ...sink, data: (chunk) => void sink.data(chunk).catch(() => undefined) }, new Date(modified)),
    },
    stage: {
      async begin(_folder, name) {
        steps.push(`begin ${name}`);
        return 'stage-1';
      },
      async append(_stage, seq) {
        if (options.failAppend) throw new ExportFailure('host.write_failed');
        steps.push(`append ${seq}`);
      },
      async finish(_stage, bytes) {
        steps.push('finish');
        const zip = concatBytes(...pieces);
        expect(zip.length).toBe(bytes);
        return { bytes, sha256: sha256(zip) };
      },
      async abort() {
        steps.push('abort');
      },
    },
    async write(folder, files, staged) {
      steps.push(`write ${staged.join(',')}`);
      if (options.failWrite) throw new ExportFailure('host.file_exists');
      written.push(...files);
      return { folder };
    },
    now: () => Date.UTC(2026, 11, 2, 8),
    progress: (p) => progress.push(p.step === 'scans' ? `scans ${p.done}/${p.total}` : p.step),
  };
  const append = deps.stage.append;
  deps.stage.append = async (stage, seq, bytes) => {
    await append(stage, seq, bytes);
    pieces.push(bytes.slice());
  };
  return { deps, steps, written, commits, progress, zip: () => concatBytes(...pieces) };
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('exportBook', () => {
  it('writes the Excel file and its manifest under the pattern, then commits with both hashes', async () => {
    const { deps, steps, written, commits } = fakes();
    const done = await exportBook(deps, request);
    expect(steps).toEqual(['write ', 'commit']);
    expect(written.map((f) => f.name)).toEqual(['Thanh Ngọc_TC_NA.KS.2008.01.xlsx', 'Thanh Ngọc_TC_NA.KS.2008.01.json']);
    const [excel, manifest] = written;
    if (!excel || !manifest) throw new Error('files missing');
    expect(done.manifest).toMatchObject({
      layout: { id: 'moj-ks-60', columns: 60 },
      counts: { approved: 2, exported: 2, damaged: 1, notApproved: 0 },
      files: [{ name: excel.name, bytes: excel.data.byteLength, sha256: sha256(excel.data) }],
      withoutScan: [fixtures.KS[0]!.so, fixtures.KS[1]!.so],
      createdAt: '2026-12-02T08:00:00.000Z',
      createdBy: request.person,
    });
    expect(JSON.parse(new TextDecoder().decode(manifest.data))).toEqual(done.manifest);
    expect(commits).toEqual([
      {
        layout: 'moj-ks-60',
        files: [...done.manifest.files, { name: manifest.name, bytes: manifest.data.byteLength, sha256: sha256(manifest.data) }],
        withoutScan: done.manifest.withoutScan,
      },
    ]);
    // No entry has a linked page: no empty ZIP.
    expect(done.manifest.files.map((f) => f.name)).toEqual(['Thanh Ngọc_TC_NA.KS.2008.01.xlsx']);
  });

  it('stages the ZIP of one PDF per entry with pages and places it with the Excel file and the manifest', async () => {
    const three = fixtures.KS.slice(0, 3);
    const { deps, steps, written, commits, progress, zip } = fakes(three, { pages: [['p0'], [], ['p1', 'gone', 'p2']] });
    const done = await exportBook(deps, request);
    expect(steps).toEqual(['begin Thanh Ngọc_TC_NA.KS.2008.01.zip', 'append 0', 'finish', 'write stage-1', 'commit']);
    expect(progress).toEqual(['excel', 'scans 0/2', 'scans 1/2', 'scans 2/2', 'writing']);
    const zipName = 'Thanh Ngọc_TC_NA.KS.2008.01.zip';
    const bytes = zip();
    const members = unzipSync(bytes);
    const pdfName = (e: (typeof three)[number]) => `KS.2008.01.${e.ngayDangKy.split('.').reverse().join('-')}.${e.so.split('/')[0]!.padStart(3, '0')}.pdf`;
    expect(Object.keys(members)).toEqual([pdfName(three[0]!), pdfName(three[2]!)]);
    const last = await PDFDocument.load(Object.values(members)[1]!);
    expect(last.getPages().map((p) => p.getRotation().angle)).toEqual([0, 90]);
    expect(done.manifest.files[1]).toEqual({ name: zipName, bytes: bytes.length, sha256: sha256(bytes), pdfs: 2 });
    expect(done.manifest.withoutScan).toEqual([three[1]!.so]);
    expect(written.map((f) => f.name)).toEqual(['Thanh Ngọc_TC_NA.KS.2008.01.xlsx', 'Thanh Ngọc_TC_NA.KS.2008.01.json']);
    expect(commits[0]?.files.map((f) => f.name)).toEqual(['Thanh Ngọc_TC_NA.KS.2008.01.xlsx', zipName, 'Thanh Ngọc_TC_NA.KS.2008.01.json']);
  });

  it('aborts the stage when a piece or the final write is refused, and commits nothing', async () => {
    const append = fakes(undefined, { pages: [['p0'], []], failAppend: true });
    await expect(exportBook(append.deps, request)).rejects.toMatchObject({ code: 'host.write_failed' });
    expect(append.steps).toEqual(['begin Thanh Ngọc_TC_NA.KS.2008.01.zip', 'abort']);
    const write = fakes(undefined, { pages: [['p0'], []], failWrite: true });
    await expect(exportBook(write.deps, request)).rejects.toMatchObject({ code: 'host.file_exists' });
    expect(write.steps).toEqual(['begin Thanh Ngọc_TC_NA.KS.2008.01.zip', 'append 0', 'finish', 'write stage-1', 'abort']);
  });

  it('refuses before writing anything when an entry with pages has no number to name its PDF', async () => {
    const noNumber = { ...fixtures.KS[0]!, so: '' };
    const { deps, steps } = fakes([noNumber, fixtures.KS[1]!], { pages: [['p0'], ['p1']] });
    await expect(exportBook(deps, request)).rejects.toMatchObject({ code: 'entry_pdf_name', entries: ['#1'] });
    expect(steps).toEqual([]);
  });

  it('commits nothing when the host could not write, and writes nothing when there is nothing to export', async () => {
    const failing = fakes(undefined, { failWrite: true });
    await expect(exportBook(failing.deps, request)).rejects.toMatchObject({ code: 'host.file_exists' });
    expect(failing.steps).toEqual(['write ']);
    const empty = fakes([]);
    await expect(exportBook(empty.deps, request)).rejects.toMatchObject({ code: 'nothing_to_export' });
    expect(empty.steps).toEqual([]);
  });

  it('says the files were written when the store then refuses the commit', async () => {
    const { deps } = fakes(undefined, { failCommit: true });
    await expect(exportBook(deps, request)).rejects.toMatchObject({ code: 'not_recorded' });
  });

  it('refuses a pattern the book cannot fill before reading anything', async () => {
    const { deps, steps } = fakes();
    await expect(exportBook(deps, { ...request, pattern: '{commune}.{huyen}.{ext}' })).rejects.toMatchObject({ code: 'file_name' });
    expect(steps).toEqual([]);
  });
});

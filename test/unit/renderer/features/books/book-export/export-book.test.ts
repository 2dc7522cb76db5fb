/**
 * The export's sequence with the real workbook writer and fakes for the store and the host:
 * names from the pattern, the chosen layout, a manifest whose hash is the file's, the store's
 * commit only after the host wrote both files, nothing written when there is nothing to export,
 * and a commit refused after the write said as such.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BOOK_FILE_PATTERN, exportSheet, getProfile } from '../../../../../../shared/excel';
import type { RegisterTypeCode } from '../../../../../../shared/domain/register-types';
import { writeWorkbook } from '../../../../../../shared/xlsx';
import { exportBook, ExportFailure, type ExportDeps } from '../../../../../../renderer/features/books/book-export/export-book';
import type { BookExportBatch, BookExports, ExportRecord } from '../../../../../../renderer/store/book-export';
import type { BookId, BookView, EntryId } from '../../../../../../renderer/store/types';
import fixtures from '../../../../../fixtures/standard-entries.json';

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

function fakes(entries = fixtures.KS.slice(0, 2), options: { failWrite?: boolean; failCommit?: boolean } = {}) {
  const steps: string[] = [];
  const written: { name: string; data: Uint8Array }[] = [];
  const commits: ExportRecord[] = [];
  const batch: BookExportBatch = {
    bookId: book.id,
    counts: { approved: entries.length, damaged: 1, notApproved: 0, exportedBefore: 0 },
    entries: entries.map((values, i) => ({ id: `e${i}` as EntryId, values, updatedAt: 1 })),
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
    async write(folder, files) {
      steps.push('write');
      if (options.failWrite) throw new ExportFailure('host.file_exists');
      written.push(...files);
      return { folder };
    },
    now: () => Date.UTC(2026, 11, 2, 8),
  };
  return { deps, steps, written, commits };
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('exportBook', () => {
  it('writes the Excel file and its manifest under the pattern, then commits with both hashes', async () => {
    const { deps, steps, written, commits } = fakes();
    const done = await exportBook(deps, request);
    expect(steps).toEqual(['write', 'commit']);
    expect(written.map((f) => f.name)).toEqual(['Thanh Ngọc_TC_NA.KS.2008.01.xlsx', 'Thanh Ngọc_TC_NA.KS.2008.01.json']);
    const [excel, manifest] = written;
    if (!excel || !manifest) throw new Error('files missing');
    expect(done.manifest).toMatchObject({
      layout: { id: 'moj-ks-60', columns: 60 },
      counts: { approved: 2, exported: 2, damaged: 1, notApproved: 0 },
      files: [{ name: excel.name, bytes: excel.data.byteLength, sha256: sha256(excel.data) }],
      createdAt: '2026-12-02T08:00:00.000Z',
      createdBy: request.person,
    });
    expect(JSON.parse(new TextDecoder().decode(manifest.data))).toEqual(done.manifest);
    expect(commits).toEqual([{ layout: 'moj-ks-60', files: [...done.manifest.files, { name: manifest.name, bytes: manifest.data.byteLength, sha256: sha256(manifest.data) }] }]);
  });

  it('commits nothing when the host could not write, and writes nothing when there is nothing to export', async () => {
    const failing = fakes(undefined, { failWrite: true });
    await expect(exportBook(failing.deps, request)).rejects.toMatchObject({ code: 'host.file_exists' });
    expect(failing.steps).toEqual(['write']);
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

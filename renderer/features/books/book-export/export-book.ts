/**
 * One export of an accepted book for the Ministry, start to end: the store's approved entries
 * in register order, the Excel file in the chosen layout, the ZIP of one PDF per entry built
 * from its linked scan pages and streamed into a host stage, the manifest with each file's
 * SHA-256, all placed by the host into the chosen folder in one all-or-none write, and only
 * then the store's commit (entries → exported, one audit entry). Entries without a linked page
 * (the acceptance already had the officer explain them) are exported without a PDF and listed
 * in the manifest and the result; an entry with pages but no number or date to name its PDF
 * stops the export before anything is written. Every dependency comes in, so the sequence is
 * tested without a browser; it holds no UI state.
 */
import {
  bookFileFields,
  exportManifest,
  fileName,
  FileNamePatternError,
  getProfile,
  manifestBytes,
  sha256Hex,
  type BookNameSource,
  type ExportManifest,
  type ManifestFile,
} from '../../../../shared/excel';
import { entryPdfNames } from '../../../../shared/export/entry-pdf-names';
import type { EntryPdfPlan } from '../../../../shared/export/scan-zip';
import type { RegisterTypeCode } from '../../../../shared/domain/register-types';
import type { BookExports, ExportEntry } from '../../../store/book-export';
import type { ScanPageView } from '../../../store/scan-types';
import type { BookView } from '../../../store/types';
import { stageWriter } from './stage-writer';

/** Host pieces of 6 MiB: 8 MiB of Base64, under the contract's bound. */
export const STAGE_PIECE_BYTES = 6 * 1024 * 1024;

export type ExportProgress = { step: 'excel' } | { step: 'scans'; done: number; total: number } | { step: 'writing' };

export interface ExportDeps {
  exports: BookExports;
  buildWorkbook(request: { type: RegisterTypeCode; layout: string; rows: Record<string, string>[] }): Promise<Uint8Array>;
  scans: {
    pages(bookId: string): Promise<readonly ScanPageView[]>;
    /** Builds the ZIP (in a worker), asking `load` for each source once and giving its pieces to `data` in order, no faster than `data` resolves. */
    zip(
      entries: readonly EntryPdfPlan[],
      modified: number,
      sink: { load(sourceId: string): Promise<Uint8Array<ArrayBuffer>>; data(chunk: Uint8Array): Promise<void>; progress(done: number, total: number): void },
    ): Promise<{ pdfs: number }>;
    /** A source's decrypted bytes. */
    read(sourceId: string): Promise<Uint8Array<ArrayBuffer>>;
  };
  /** The host's staging of a large file in the export folder (files.stage*). */
  stage: {
    begin(folder: string, name: string): Promise<string>;
    append(stage: string, seq: number, bytes: Uint8Array): Promise<void>;
    finish(stage: string, bytes: number): Promise<{ bytes: number; sha256: string }>;
    abort(stage: string): Promise<void>;
  };
  /** The host's all-or-none write of the small files and the finished stages; resolves with the folder as the host resolved it. */
  write(folder: string, files: { name: string; data: Uint8Array }[], staged: string[]): Promise<{ folder: string }>;
  now(): number;
  progress?(progress: ExportProgress): void;
}

export interface ExportRequest {
  book: BookView;
  layout: string;
  folder: string;
  /** The file-name pattern setting. */
  pattern: string;
  place: Pick<BookNameSource, 'commune' | 'district' | 'province'>;
  person: { id: string; name: string };
}

export interface ExportDone {
  folder: string;
  excelName: string;
  manifestName: string;
  manifest: ExportManifest;
}

export type ExportFailureCode =
  | 'not_settled'
  | 'nothing_to_export'
  | 'file_name'
  | 'entry_pdf_name'
  | 'workbook'
  | 'scans'
  | 'not_recorded'
  | `host.${string}`;

/** An expected refusal the screen explains; store refusals stay StoreErrors. */
export class ExportFailure extends Error {
  constructor(
    readonly code: ExportFailureCode,
    /** Register numbers of the entries concerned, where the refusal is about some. */
    readonly entries: readonly string[] = [],
  ) {
    super(`export: ${code}`);
  }
}

export interface ExportFileNames {
  excel: string;
  manifest: string;
  zip: string;
}

export function exportFileNames(request: Pick<ExportRequest, 'book' | 'pattern' | 'place'>): ExportFileNames {
  const { book, pattern, place } = request;
  const fields = bookFileFields({ ...place, registeringBody: book.registeringBody, type: book.type, quyenSo: book.quyenSo, yearFrom: book.yearFrom });
  try {
    return {
      excel: fileName(pattern, { ...fields, ext: 'xlsx' }),
      manifest: fileName(pattern, { ...fields, ext: 'json' }),
      zip: fileName(pattern, { ...fields, ext: 'zip' }),
    };
  } catch (error) {
    if (error instanceof FileNamePatternError) throw new ExportFailure('file_name');
    throw error;
  }
}

/** How the officer finds an entry again: its number, or its place in register order when it has none. */
const registerNo = (entry: ExportEntry, index: number) => entry.values.so || `#${index + 1}`;

/** Each entry's PDF (its linked pages that still exist, in link order) and the entries with none. */
export function scanPlan(book: BookView, entries: readonly ExportEntry[], pages: readonly ScanPageView[]): { plan: EntryPdfPlan[]; withoutScan: string[] } {
  const byId = new Map(pages.map((p) => [p.id as string, p]));
  const linked = entries.map((entry, index) => ({
    entry,
    label: registerNo(entry, index),
    pages: entry.pages.flatMap((id) => {
      const page = byId.get(id);
      return page ? [{ sourceId: page.sourceId as string, pageIndex: page.pageIndex, rotation: page.rotation }] : [];
    }),
  }));
  const scanned = linked.filter((l) => l.pages.length > 0);
  const { names, unnamed } = entryPdfNames(
    book,
    scanned.map((l) => ({ id: l.entry.id, values: l.entry.values })),
  );
  if (unnamed.length > 0) {
    throw new ExportFailure('entry_pdf_name', scanned.filter((l) => unnamed.includes(l.entry.id)).map((l) => l.label));
  }
  return {
    plan: scanned.map((l) => ({ name: names.get(l.entry.id) as string, pages: l.pages })),
    withoutScan: linked.filter((l) => l.pages.length === 0).map((l) => l.label),
  };
}

/** Streams the ZIP into a host stage and finishes it; the caller aborts the stage on any failure. */
async function stageZip(deps: ExportDeps, stage: string, plan: readonly EntryPdfPlan[], modified: number): Promise<{ bytes: number; sha256: string; pdfs: number }> {
  const writer = stageWriter((seq, bytes) => deps.stage.append(stage, seq, bytes), STAGE_PIECE_BYTES);
  const { pdfs } = await deps.scans.zip(plan, modified, {
    load: deps.scans.read,
    data: writer.push,
    progress: (done, total) => deps.progress?.({ step: 'scans', done, total }),
  });
  return { ...(await deps.stage.finish(stage, await writer.end())), pdfs };
}

export async function exportBook(deps: ExportDeps, request: ExportRequest): Promise<ExportDone> {
  const { book, layout } = request;
  const names = exportFileNames(request);
  const batch = await deps.exports.collect(book.id);
  // The lifecycle keeps unsettled entries out of an accepted book; this is the belt to its braces.
  if (batch.counts.notApproved > 0) throw new ExportFailure('not_settled');
  if (batch.entries.length === 0) throw new ExportFailure('nothing_to_export');
  const { plan, withoutScan } = scanPlan(book, batch.entries, await deps.scans.pages(book.id));
  const profile = getProfile(book.type as RegisterTypeCode, layout);
  deps.progress?.({ step: 'excel' });
  const excel = await deps
    .buildWorkbook({ type: profile.type, layout, rows: batch.entries.map((e) => e.values) })
    .catch(() => Promise.reject(new ExportFailure('workbook')));
  const now = deps.now();
  let stage: string | null = null;
  let manifest: ExportManifest;
  let manifestData: Uint8Array;
  let written: { folder: string };
  try {
    let zip: ManifestFile | null = null;
    if (plan.length > 0) {
      deps.progress?.({ step: 'scans', done: 0, total: plan.length });
      stage = await deps.stage.begin(request.folder, names.zip);
      const staged = await stageZip(deps, stage, plan, now).catch((error: unknown) =>
        Promise.reject(error instanceof ExportFailure ? error : new ExportFailure('scans')),
      );
      zip = { name: names.zip, ...staged };
    }
    manifest = await exportManifest({
      book: { id: book.id, type: book.type, quyenSo: book.quyenSo, registeringBody: book.registeringBody },
      layout: { id: profile.id, version: profile.version, columns: profile.columns.length },
      counts: { approved: batch.counts.approved, exported: batch.entries.length, damaged: batch.counts.damaged, notApproved: batch.counts.notApproved },
      files: [{ name: names.excel, data: excel }],
      hashed: zip ? [zip] : [],
      withoutScan,
      createdAt: now,
      createdBy: request.person,
    });
    manifestData = manifestBytes(manifest);
    deps.progress?.({ step: 'writing' });
    written = await deps.write(
      request.folder,
      [
        { name: names.excel, data: excel },
        { name: names.manifest, data: manifestData },
      ],
      stage ? [stage] : [],
    );
  } catch (error) {
    // The stage's temp file must not outlive a failed export; once written, the host has already let it go.
    if (stage) await deps.stage.abort(stage).catch(() => undefined);
    throw error;
  }
  const files = [...manifest.files, { name: names.manifest, bytes: manifestData.byteLength, sha256: await sha256Hex(manifestData) }];
  // The files are on disk now: a refusal here must say so, or the officer would not know to remove them.
  await deps.exports.commit(batch, { layout: profile.id, files, withoutScan }).catch(() => Promise.reject(new ExportFailure('not_recorded')));
  return { folder: written.folder, excelName: names.excel, manifestName: names.manifest, manifest };
}

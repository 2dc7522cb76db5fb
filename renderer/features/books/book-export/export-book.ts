/**
 * One export of an accepted book for the Ministry, start to end: the store's approved entries
 * in register order, the Excel file in the chosen layout, the manifest with each file's
 * SHA-256, both written by the host into the chosen folder, and only then the store's commit
 * (entries → exported, one audit entry). Every dependency comes in, so the sequence is tested
 * without a browser; it holds no UI state.
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
} from '../../../../shared/excel';
import type { RegisterTypeCode } from '../../../../shared/domain/register-types';
import type { BookExports } from '../../../store/book-export';
import type { BookView } from '../../../store/types';

export interface ExportDeps {
  exports: BookExports;
  buildWorkbook(request: { type: RegisterTypeCode; layout: string; rows: Record<string, string>[] }): Promise<Uint8Array>;
  /** The host's all-or-none write into the folder; resolves with the folder as the host resolved it. */
  write(folder: string, files: { name: string; data: Uint8Array }[]): Promise<{ folder: string }>;
  now(): number;
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

export type ExportFailureCode = 'not_settled' | 'nothing_to_export' | 'file_name' | 'workbook' | 'not_recorded' | `host.${string}`;

/** An expected refusal the screen explains; store refusals stay StoreErrors. */
export class ExportFailure extends Error {
  constructor(readonly code: ExportFailureCode) {
    super(`export: ${code}`);
  }
}

export function exportFileNames(request: Pick<ExportRequest, 'book' | 'pattern' | 'place'>): { excel: string; manifest: string } {
  const { book, pattern, place } = request;
  const fields = bookFileFields({ ...place, registeringBody: book.registeringBody, type: book.type, quyenSo: book.quyenSo, yearFrom: book.yearFrom });
  try {
    return { excel: fileName(pattern, { ...fields, ext: 'xlsx' }), manifest: fileName(pattern, { ...fields, ext: 'json' }) };
  } catch (error) {
    if (error instanceof FileNamePatternError) throw new ExportFailure('file_name');
    throw error;
  }
}

export async function exportBook(deps: ExportDeps, request: ExportRequest): Promise<ExportDone> {
  const { book, layout } = request;
  const names = exportFileNames(request);
  const batch = await deps.exports.collect(book.id);
  // The lifecycle keeps unsettled entries out of an accepted book; this is the belt to its braces.
  if (batch.counts.notApproved > 0) throw new ExportFailure('not_settled');
  if (batch.entries.length === 0) throw new ExportFailure('nothing_to_export');
  const profile = getProfile(book.type as RegisterTypeCode, layout);
  const excel = await deps
    .buildWorkbook({ type: profile.type, layout, rows: batch.entries.map((e) => e.values) })
    .catch(() => Promise.reject(new ExportFailure('workbook')));
  const manifest = await exportManifest({
    book: { id: book.id, type: book.type, quyenSo: book.quyenSo, registeringBody: book.registeringBody },
    layout: { id: profile.id, version: profile.version, columns: profile.columns.length },
    counts: { approved: batch.counts.approved, exported: batch.entries.length, damaged: batch.counts.damaged, notApproved: batch.counts.notApproved },
    files: [{ name: names.excel, data: excel }],
    createdAt: deps.now(),
    createdBy: request.person,
  });
  const manifestData = manifestBytes(manifest);
  const written = await deps.write(request.folder, [
    { name: names.excel, data: excel },
    { name: names.manifest, data: manifestData },
  ]);
  const files = [...manifest.files, { name: names.manifest, bytes: manifestData.byteLength, sha256: await sha256Hex(manifestData) }];
  // The files are on disk now: a refusal here must say so, or the officer would not know to remove them.
  await deps.exports.commit(batch, { layout: profile.id, files }).catch(() => Promise.reject(new ExportFailure('not_recorded')));
  return { folder: written.folder, excelName: names.excel, manifestName: names.manifest, manifest };
}

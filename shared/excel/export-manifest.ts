/**
 * The manifest that travels with a book's export: what was exported (book, type, layout),
 * the counts the officer saw, each file's name, size and SHA-256 (WebCrypto, so it runs in the
 * renderer and in Node alike; the ZIP's comes from the host that wrote it), the register numbers
 * of entries without a scan, when and by whom. Names no citizen. Must not decide which
 * entries are exported nor write anything.
 */
import { toHex, utf8 } from '../crypto/bytes';

export interface ExportCounts {
  /** Approved entries of the book when the export started. */
  readonly approved: number;
  /** Rows written to the Excel file. */
  readonly exported: number;
  /** Counted as damaged (not enterable): never exported. */
  readonly damaged: number;
  /** Draft, keyed, verified or returned: would block the export. */
  readonly notApproved: number;
}

export interface ManifestFile {
  readonly name: string;
  readonly bytes: number;
  readonly sha256: string;
  /** For the ZIP of scans: how many per-entry PDFs it holds. */
  readonly pdfs?: number;
}

export interface ExportManifest {
  readonly format: 'sohoa.book-export';
  readonly version: 1;
  readonly book: { readonly id: string; readonly type: string; readonly quyenSo: string; readonly registeringBody: string };
  readonly layout: { readonly id: string; readonly version: number; readonly columns: number };
  readonly counts: ExportCounts;
  readonly files: readonly ManifestFile[];
  /** Register numbers (`so`) of exported entries with no linked scan page, so no PDF in the ZIP. */
  readonly withoutScan: readonly string[];
  /** ISO 8601, UTC. */
  readonly createdAt: string;
  readonly createdBy: { readonly id: string; readonly name: string };
}

export type ManifestInput = Omit<ExportManifest, 'format' | 'version' | 'files' | 'createdAt'> & {
  readonly files: readonly { readonly name: string; readonly data: Uint8Array }[];
  /** Files hashed where they were written (the ZIP, streamed to the host): listed after `files`. */
  readonly hashed?: readonly ManifestFile[];
  readonly createdAt: number;
};

export async function sha256Hex(data: Uint8Array): Promise<string> {
  // WebCrypto wants an ArrayBuffer-backed view; a copy also leaves the caller's bytes alone.
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(data))));
}

export async function exportManifest(input: ManifestInput): Promise<ExportManifest> {
  const inline = await Promise.all(input.files.map(async (f) => ({ name: f.name, bytes: f.data.byteLength, sha256: await sha256Hex(f.data) })));
  const files = [...inline, ...(input.hashed ?? [])];
  return {
    format: 'sohoa.book-export',
    version: 1,
    book: input.book,
    layout: input.layout,
    counts: input.counts,
    files,
    withoutScan: input.withoutScan,
    createdAt: new Date(input.createdAt).toISOString(),
    createdBy: input.createdBy,
  };
}

/** Indented UTF-8 JSON with a final newline: read by people as much as by programs. */
export function manifestBytes(manifest: ExportManifest): Uint8Array {
  return utf8(`${JSON.stringify(manifest, null, 2)}\n`);
}

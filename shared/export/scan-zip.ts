/**
 * The book's ZIP of per-entry PDFs, streamed: each entry's PDF is built, handed to the ZIP as
 * one stored member (PDF scans are compressed already, deflating them again costs time for
 * nothing) and the ZIP's bytes go to `data` as fflate produces them, so the caller can write
 * them on while the next PDF is built and the archive is never assembled in memory; `ready` lets
 * the caller hold the next PDF back while it is behind with writing. Each source
 * is opened once, when the first entry needs it, and dropped after the last entry that uses it.
 */
import { Zip, ZipPassThrough } from 'fflate';
import { buildEntryPdf, openSource, type EntryPdfPage, type OpenSource } from './entry-pdf';

export interface EntryPdfPlan {
  /** The member's name in the ZIP (entry-pdf-names). */
  readonly name: string;
  /** At least one: entries without a linked page have no PDF. */
  readonly pages: readonly EntryPdfPage[];
}

export interface ScanZipIo {
  /** The decrypted bytes of a source; asked once per source. */
  load(sourceId: string): Promise<Uint8Array>;
  /** The next bytes of the ZIP, in order. */
  data(chunk: Uint8Array): void;
  progress?(done: number, total: number): void;
  /** Awaited after each entry: resolves when the caller can take more. */
  ready?(): Promise<void>;
}

/** For each source, the index of the last entry using it. */
function lastUses(entries: readonly EntryPdfPlan[]): Map<string, number> {
  const last = new Map<string, number>();
  entries.forEach((entry, i) => entry.pages.forEach((p) => last.set(p.sourceId, i)));
  return last;
}

/** Writes the whole ZIP through `io.data`; `modified` is every member's date (the export's). */
export async function streamScanZip(entries: readonly EntryPdfPlan[], io: ScanZipIo, modified: Date): Promise<{ pdfs: number }> {
  let failure: Error | null = null;
  let ended = false;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else io.data(chunk);
    if (final) ended = true;
  });
  const open = new Map<string, OpenSource>();
  const last = lastUses(entries);
  for (const [i, entry] of entries.entries()) {
    for (const { sourceId } of entry.pages) {
      if (!open.has(sourceId)) open.set(sourceId, await openSource(await io.load(sourceId)));
    }
    const pdf = await buildEntryPdf(entry.pages, (id) => open.get(id) as OpenSource);
    const member = new ZipPassThrough(entry.name);
    member.mtime = modified;
    zip.add(member);
    member.push(pdf, true);
    for (const [id, lastEntry] of last) if (lastEntry === i) open.delete(id);
    if (failure) throw failure;
    io.progress?.(i + 1, entries.length);
    await io.ready?.();
  }
  zip.end();
  if (failure || !ended) throw failure ?? new Error('scan zip: not finished');
  return { pdfs: entries.length };
}

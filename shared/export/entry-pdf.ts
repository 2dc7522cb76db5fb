/**
 * One entry's PDF from the scanned pages it is linked to, in link order: a page of a PDF source
 * is copied as it is (no re-encoding, so the scan keeps its quality and size), a photo becomes
 * one page the size of the image. The page's stored rotation is added to the page's own (a PDF
 * page's /Rotate, a JPEG's EXIF orientation), as the viewer shows it. Pure: bytes in, bytes out, nothing written or logged.
 */
import { degrees, PDFDocument } from 'pdf-lib';
import type { Rotation } from '../domain/scan-pages';
import { scanKindOf } from '../domain/scan-files';
import { jpegRotation } from './jpeg-orientation';

export interface EntryPdfPage {
  readonly sourceId: string;
  /** Page within a PDF source (0-based); 0 for an image. */
  readonly pageIndex: number;
  readonly rotation: Rotation;
}

/** A decrypted scan source, opened once for every entry that uses it. */
export type OpenSource = { readonly kind: 'pdf'; readonly doc: PDFDocument } | { readonly kind: 'image'; readonly bytes: Uint8Array };

export class EntryPdfError extends Error {
  override readonly name = 'EntryPdfError';
  constructor(readonly code: 'source_unreadable' | 'page_missing') {
    super(`entry pdf: ${code}`);
  }
}

/** Parses a source's bytes: a PDF once into a document, an image kept as bytes (embedded per entry). */
export async function openSource(bytes: Uint8Array): Promise<OpenSource> {
  const kind = scanKindOf(bytes);
  if (kind === 'image') return { kind, bytes };
  if (kind !== 'pdf') throw new EntryPdfError('source_unreadable');
  // Scanners sometimes mark files as encrypted with an empty owner password; pages still copy.
  try {
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false });
    // pdf-lib opens some broken files rather than failing; one without pages is no scan.
    if (doc.getPageCount() > 0) return { kind, doc };
  } catch {
    // Reported below as unreadable: pdf-lib's own message says nothing the officer can act on.
  }
  throw new EntryPdfError('source_unreadable');
}

const isPng = (bytes: Uint8Array) => bytes[0] === 0x89 && bytes[1] === 0x50;
const turned = (own: number, stored: number) => (((own + stored) % 360) + 360) % 360;

export async function buildEntryPdf(pages: readonly EntryPdfPage[], source: (id: string) => OpenSource): Promise<Uint8Array> {
  // No producer or dates: the same pages give the same file, so a re-export can be compared.
  const out = await PDFDocument.create({ updateMetadata: false });
  for (const link of pages) {
    const from = source(link.sourceId);
    if (from.kind === 'pdf') {
      if (link.pageIndex < 0 || link.pageIndex >= from.doc.getPageCount()) throw new EntryPdfError('page_missing');
      const [page] = await out.copyPages(from.doc, [link.pageIndex]);
      if (!page) throw new EntryPdfError('page_missing');
      page.setRotation(degrees(turned(page.getRotation().angle, link.rotation)));
      out.addPage(page);
    } else {
      const image = await (isPng(from.bytes) ? out.embedPng(from.bytes) : out.embedJpg(from.bytes)).catch(() => {
        throw new EntryPdfError('source_unreadable');
      });
      const page = out.addPage([image.width, image.height]);
      page.drawImage(image, { x: 0, y: 0, width: image.width, height: image.height });
      page.setRotation(degrees(turned(isPng(from.bytes) ? 0 : jpegRotation(from.bytes), link.rotation)));
    }
  }
  return out.save();
}

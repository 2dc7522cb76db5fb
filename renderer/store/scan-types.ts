/**
 * The scan side's public shapes: a book's pages as the UI sees them, import progress, and the
 * port that counts a file's pages and draws their thumbnails (pdf.js and canvas live outside the store).
 * Views only: decrypted bytes are handed to callers and never kept here.
 */
import type { ScanKind } from '../../shared/domain/scan-files';
import type { Rotation } from '../../shared/domain/scan-pages';
import type { BookId } from './types';

export type { Rotation, ScanKind };

export type PageId = string & { readonly __brand: 'PageId' };
export type ScanSourceId = string & { readonly __brand: 'ScanSourceId' };

export interface ScanPageView {
  id: PageId;
  bookId: BookId;
  sourceId: ScanSourceId;
  kind: ScanKind;
  /** Page within a PDF source (0-based); 0 for an image. */
  pageIndex: number;
  /** 0-based position in the book's scan. */
  order: number;
  /** The page number as written in the paper book. */
  number: number;
  rotation: Rotation;
  /** Whether its thumbnail is drawn yet: a page is listed and usable before, and drawn in the background. */
  thumbnail: boolean;
}

/** A page to remove, alone or with every other page of the file it came from. */
export interface ScanRemovalTarget {
  scope: 'page' | 'source';
  pageId: PageId;
}

export interface ScanRemoval {
  pages: number;
  /** Files left without pages, removed with their sealed chunks. */
  files: number;
  /** Entries linked to a page being removed: while any are, the removal is refused. */
  linkedEntries: number;
}

/** Bytes of the chosen files sealed into the store so far. */
export interface ScanImportProgress {
  done: number;
  total: number;
}

export interface ScanImportOptions {
  onProgress?: (progress: ScanImportProgress) => void;
  signal?: AbortSignal;
}

/** One opened file: its page count, and small JPEGs of its pages drawn one at a time; close() frees what it decoded. */
export interface PageThumbnails {
  readonly pageCount: number;
  draw(pageIndex: number): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** SECURITY: implementations decode in memory only: no object URLs left alive, no temp files. */
export interface PageImages {
  /** Opens a chosen file or a stored one's bytes (handed over: they may be detached); refuses one that does not open (`unsupported_file`). */
  open(kind: ScanKind, file: Blob | Uint8Array<ArrayBuffer>): Promise<PageThumbnails>;
}

/**
 * The scan side's public shapes: a book's pages as the UI sees them, import progress, and the
 * port that turns a file into page thumbnails (pdf.js and canvas live outside the store).
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

export interface ScanImportProgress {
  /** 'storing': bytes sealed into the store; 'thumbnails': pages drawn. */
  phase: 'storing' | 'thumbnails';
  done: number;
  total: number;
}

export interface ScanImportOptions {
  onProgress?: (progress: ScanImportProgress) => void;
  signal?: AbortSignal;
}

/** SECURITY: implementations decode in memory only: no object URLs left alive, no temp files. */
export interface PageImages {
  /** One small JPEG per page of the file, in page order. */
  thumbnails(kind: ScanKind, file: Blob, onPage: (done: number, total: number) => void, signal?: AbortSignal): Promise<Uint8Array[]>;
}

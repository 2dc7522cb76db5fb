/**
 * The decoded scan files the page viewer is showing: a pdf.js document or a decoded image per
 * source, the last few kept so flipping between neighbouring pages does not decrypt and parse a
 * file again. Evicted and cleared sources are destroyed (worker memory freed, bitmap closed).
 */
import type { ScanKind, ScanSourceId } from '../store/scan-types';
import { openPdf, type PdfDocument } from './pdf-document';

export type LoadedSource = { kind: 'pdf'; pdf: PdfDocument } | { kind: 'image'; bitmap: ImageBitmap };

export interface SourceCache {
  get(sourceId: ScanSourceId): Promise<LoadedSource>;
  clear(): void;
}

type Read = (sourceId: ScanSourceId) => Promise<{ kind: ScanKind; bytes: Uint8Array<ArrayBuffer> }>;

/** SECURITY: decoded from bytes in memory only: a Blob for images, never an object URL. */
async function load(read: Read, sourceId: ScanSourceId): Promise<LoadedSource> {
  const { kind, bytes } = await read(sourceId);
  if (kind === 'pdf') return { kind, pdf: await openPdf(bytes) };
  return { kind, bitmap: await createImageBitmap(new Blob([bytes])) };
}

const release = (loading: Promise<LoadedSource>) =>
  void loading.then(
    (source) => (source.kind === 'pdf' ? source.pdf.destroy() : source.bitmap.close()),
    () => undefined,
  );

export function createSourceCache(read: Read, capacity = 2): SourceCache {
  const loaded = new Map<ScanSourceId, Promise<LoadedSource>>();
  return {
    get(sourceId) {
      const hit = loaded.get(sourceId);
      if (hit) {
        // Most recently used last: Map keeps insertion order.
        loaded.delete(sourceId);
        loaded.set(sourceId, hit);
        return hit;
      }
      const loading = load(read, sourceId);
      loaded.set(sourceId, loading);
      loading.catch(() => loaded.delete(sourceId));
      for (const [id, old] of loaded) {
        if (loaded.size <= capacity) break;
        loaded.delete(id);
        release(old);
      }
      return loading;
    },
    clear() {
      for (const old of loaded.values()) release(old);
      loaded.clear();
    },
  };
}

/**
 * State of one book's scans screen: the page list (watched, so another window's changes show),
 * the running import (progress, cancel) and the page changes (rotate, move, number, remove),
 * each followed by the store's fresh page list. Opening the screen resumes the store's background
 * drawing of missing thumbnails (an import starts it itself), which goes on when the screen closes.
 * Keeps page facts only; thumbnails are decrypted by each cell as it draws.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useScans } from '../../../app/scan-context';
import { useErrorText } from '../../../i18n/use-error-text';
import { useT } from '../../../i18n/use-t';
import type { PageId, ScanImportProgress, ScanPageView, ScanRemoval, ScanRemovalTarget } from '../../../store/scan-types';
import type { BookId } from '../../../store/types';

/** Files in the order their names sort as people read numbers (IMG_2 before IMG_10). */
export const inPageOrder = (files: readonly File[]): File[] =>
  [...files].sort((a, b) => a.name.localeCompare(b.name, 'vi', { numeric: true, sensitivity: 'base' }));

export function useBookScans(bookId: BookId) {
  const t = useT();
  const scans = useScans();
  const errorText = useErrorText();
  const [pages, setPages] = useState<ScanPageView[] | null>(null);
  const [progress, setProgress] = useState<ScanImportProgress | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);

  /** The grid shows which thumbnails are still missing; a drawing stopped by a lock resumes with the next call. */
  const drawThumbnails = useCallback(() => void scans.drawThumbnails(bookId).catch(() => undefined), [scans, bookId]);

  useEffect(() => {
    drawThumbnails();
    const stop = scans.watchPages(bookId, setPages, (e: unknown) => setError(errorText(e)));
    return () => {
      stop();
      running.current?.abort();
    };
  }, [scans, bookId, errorText, drawThumbnails]);

  const change = useCallback(
    async (work: () => Promise<ScanPageView[]>, done: (list: ScanPageView[]) => string): Promise<ScanPageView[] | null> => {
      setError(null);
      try {
        const list = await work();
        setPages(list);
        setStatus(done(list));
        return list;
      } catch (e) {
        setError(errorText(e));
        return null;
      }
    },
    [errorText],
  );

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (running.current || files.length === 0) return;
      const controller = new AbortController();
      running.current = controller;
      setError(null);
      setStatus(null);
      setProgress({ done: 0, total: files.reduce((n, f) => n + f.size, 0) });
      try {
        const added = await scans.importFiles(bookId, inPageOrder(files), { signal: controller.signal, onProgress: setProgress });
        setPages(await scans.pages(bookId));
        setStatus(t('scans.imported', { pages: added.length }));
      } catch (e) {
        if (controller.signal.aborted) setStatus(t('scans.cancelled'));
        else setError(errorText(e));
      } finally {
        running.current = null;
        setProgress(null);
      }
    },
    [scans, bookId, t, errorText],
  );

  const find = (id: PageId, list: readonly ScanPageView[]) => list.find((p) => p.id === id);

  return {
    pages,
    progress,
    status,
    error,
    importFiles,
    cancel: () => running.current?.abort(),
    rotate: (id: PageId, quarterTurns: number) =>
      change(
        () => scans.rotate(id, quarterTurns),
        (list) => t('scans.rotated', { n: find(id, list)?.number ?? '' }),
      ),
    move: (id: PageId, to: number) =>
      change(
        () => scans.move(id, to),
        (list) => t('scans.moved', { position: (find(id, list)?.order ?? 0) + 1 }),
      ),
    numberFrom: (id: PageId, first: number) =>
      change(
        () => scans.numberFrom(id, first),
        () => t('scans.numbered', { n: first }),
      ),
    /** What the removal would take away, for the confirm dialog; null (with the error shown) when it cannot be told. */
    removal: async (target: ScanRemovalTarget): Promise<ScanRemoval | null> => {
      setError(null);
      try {
        return await scans.removal(target);
      } catch (e) {
        setError(errorText(e));
        return null;
      }
    },
    remove: (target: ScanRemovalTarget, removal: ScanRemoval) =>
      change(
        () => scans.remove(target),
        () => t('scans.removed', { pages: removal.pages }),
      ),
  };
}

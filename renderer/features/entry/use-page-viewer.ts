/**
 * State of the scanned page beside the entry form: the book's pages (live), which one is shown, its
 * zoom and pan, and whether the panel is open. Zoom and pan are remembered per page, and the
 * page last shown per book, for as long as the app is open: they are page ids and numbers, no
 * citizen data. Flip, zoom and pan come from the form's keys; the panel only draws.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useScans } from '../../app/scan-context';
import type { ScanPageView } from '../../store/scan-types';
import type { BookId } from '../../store/types';
import { FIT, panned, zoomed, type PageView } from './page-view';

const remembered = { views: new Map<string, PageView>(), pageOfBook: new Map<string, string>(), open: true };

export interface PageViewer {
  /** null while loading (or when the pages could not be read). */
  pages: readonly ScanPageView[] | null;
  current: ScanPageView | null;
  position: number;
  view: PageView;
  /** How page `pageId` will be shown when flipped to, so it can be drawn ahead at that zoom. */
  viewOf(pageId: string): PageView;
  open: boolean;
  /** The panel's picture area, measured for panning. */
  viewport: RefObject<HTMLDivElement | null>;
  flip(delta: number): void;
  goTo(pageId: string | undefined): void;
  zoom(step: -1 | 0 | 1): void;
  pan(dx: number, dy: number): void;
  toggle(): void;
}

export function usePageViewer(bookId: BookId, startPage: string | undefined): PageViewer {
  const scans = useScans();
  const [pages, setPages] = useState<readonly ScanPageView[] | null>(null);
  const [currentId, setCurrentId] = useState<string | undefined>(startPage ?? remembered.pageOfBook.get(bookId));
  const [views, setViews] = useState<ReadonlyMap<string, PageView>>(remembered.views);
  const [open, setOpen] = useState(remembered.open);
  const viewport = useRef<HTMLDivElement>(null);

  // Watched, so pages imported, reordered or removed in another window show here at once.
  useEffect(() => scans.watchPages(bookId, setPages, () => setPages(null)), [scans, bookId]);

  const position = Math.max(0, pages?.findIndex((p) => p.id === currentId) ?? 0);
  const current = pages?.[position] ?? null;

  useEffect(() => {
    if (current) remembered.pageOfBook.set(bookId, current.id);
  }, [bookId, current]);

  const viewOf = useCallback((pageId: string) => views.get(pageId) ?? FIT, [views]);

  const setView = useCallback(
    (change: (view: PageView) => PageView) => {
      if (!current) return;
      const next = new Map(views).set(current.id, change(views.get(current.id) ?? FIT));
      remembered.views = next;
      setViews(next);
    },
    [current, views],
  );

  return {
    pages,
    current,
    position,
    view: (current && views.get(current.id)) ?? FIT,
    viewOf,
    open,
    viewport,
    flip: (delta) => {
      const next = pages?.[Math.max(0, Math.min(pages.length - 1, position + delta))];
      if (next) setCurrentId(next.id);
    },
    goTo: (pageId) => {
      if (pageId) setCurrentId(pageId);
    },
    zoom: (step) => setView((view) => zoomed(view, step)),
    pan: (dx, dy) => {
      const box = viewport.current;
      if (box) setView((view) => panned(view, dx, dy, { width: box.clientWidth, height: box.clientHeight }));
    },
    toggle: () => {
      remembered.open = !open;
      setOpen(!open);
    },
  };
}

/**
 * The scanned page beside the entry form: which page it is, its zoom, the pages the entry is
 * linked to, and the page itself drawn on a canvas (pdf.js or a decoded photo), panned by CSS;
 * the pages either side are drawn ahead while the clerk keys, and a page flipped to before it
 * is drawn shows its thumbnail meanwhile.
 * Collapses to a thin bar so the form keeps the screen at 1366×768. Draws only: the viewer
 * state and its keys live in use-page-viewer and the form's keymap.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useScans } from '../../app/scan-context';
import { useT } from '../../i18n/use-t';
import { drawPage, drawPreview } from '../../scans/draw-page';
import { createSourceCache } from '../../scans/source-cache';
import type { ScanPageView } from '../../store/scan-types';
import { createDrawCache, neighbours, quietLeft } from './draw-ahead';
import type { PageViewer } from './use-page-viewer';
import { viewerKeyAction } from './viewer-keys';

export interface PagePanelProps {
  viewer: PageViewer;
  /** The pages the entry is linked to. */
  linked: readonly string[];
  /** Removes one link; absent, the links are shown read-only and no default link is announced. */
  onUnlink?: (pageId: string) => void;
}

export function PagePanel({ viewer, linked, onUnlink }: PagePanelProps) {
  const t = useT();
  const scans = useScans();
  const cache = useMemo(() => createSourceCache((id) => scans.readSource(id)), [scans]);
  useEffect(() => () => cache.clear(), [cache]);
  const [width, setWidth] = useState(0);
  const [state, setState] = useState<'loading' | 'shown' | 'failed'>('loading');
  const { current, view, viewOf, pages, position, viewport, open } = viewer;

  useEffect(() => {
    const box = viewport.current;
    if (!box) return;
    const observer = new ResizeObserver(() => setWidth(box.clientWidth));
    observer.observe(box);
    return () => observer.disconnect();
  }, [viewport, open]);

  // Once the page is shown, its neighbours are drawn off screen when typing has paused and
  // the main thread idle, one at a time, so a flip swaps in a ready canvas; drawings of pages no
  // longer next to the shown one are dropped.
  const drawings = useMemo(() => createDrawCache<HTMLCanvasElement>(), []);
  useEffect(() => () => drawings.clear(), [drawings]);
  const lastKey = useRef(0);
  /** The page whose sharp drawing is in the viewer. */
  const placed = useRef<string | null>(null);
  useEffect(() => {
    // Flipping is not typing: a clerk browsing wants the next page drawn ahead at once.
    const pressed = (e: KeyboardEvent) => {
      if (!viewerKeyAction(e)) lastKey.current = performance.now();
    };
    window.addEventListener('keydown', pressed, true);
    return () => window.removeEventListener('keydown', pressed, true);
  }, []);

  useEffect(() => {
    const box = viewport.current;
    if (!current || !pages || !box || width === 0) return;
    let live = true;
    let idle: number | undefined;
    let quiet: number | undefined;
    const density = window.devicePixelRatio || 1;
    const keyOf = (page: ScanPageView, zoom: number) => [page.sourceId, page.pageIndex, page.rotation, width, zoom, density].join('|');
    const drawn = (page: ScanPageView, zoom: number) =>
      drawings.get(keyOf(page, zoom), (signal) =>
        cache.get(page.sourceId).then((source) => drawPage(source, page.pageIndex, page.rotation, width, zoom, signal)),
      );
    const ahead = neighbours(pages, position).map((page) => ({ page, zoom: viewOf(page.id).zoom }));
    const key = keyOf(current, view.zoom);
    drawings.keep([key, ...ahead.map(({ page, zoom }) => keyOf(page, zoom))]);

    const place = (canvas: HTMLCanvasElement, testId: 'viewer-canvas' | 'viewer-preview') => {
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', t('viewer.canvas', { n: current.number }));
      canvas.dataset['testid'] = testId;
      canvas.dataset['page'] = String(current.number);
      box.firstElementChild?.replaceChildren(canvas);
    };
    const show = (canvas: HTMLCanvasElement) => {
      placed.current = current.id;
      place(canvas, 'viewer-canvas');
      setState('shown');
    };
    // Flipped to a page not drawn ahead (browsing faster than pdf.js decodes), its thumbnail
    // stands in until the page is drawn; a page merely zoomed keeps its sharp drawing meanwhile.
    const preview = () => {
      if (!current.thumbnail || placed.current === current.id) return;
      scans
        .thumbnail(current.id)
        .then((jpeg) => drawPreview(jpeg, current.rotation, width, view.zoom))
        .then(
          (canvas) => live && placed.current !== current.id && place(canvas, 'viewer-preview'),
          () => undefined,
        );
    };
    const whenQuiet = async () => {
      for (let left = quietLeft(lastKey.current, performance.now()); live && left > 0; left = quietLeft(lastKey.current, performance.now())) {
        await new Promise<void>((resolve) => (quiet = window.setTimeout(resolve, left)));
      }
      await new Promise<void>((resolve) => (idle = requestIdleCallback(() => resolve())));
    };
    const drawAhead = async () => {
      for (const { page, zoom } of ahead) {
        await whenQuiet();
        if (!live) return;
        // A neighbour that fails is drawn again, and its failure shown, when flipped to.
        await drawn(page, zoom).catch(() => undefined);
      }
    };

    const ready = drawings.ready(key);
    if (ready) {
      show(ready);
      void drawAhead();
    } else {
      setState('loading');
      preview();
      drawn(current, view.zoom).then(
        (canvas) => {
          if (!live) return;
          show(canvas);
          void drawAhead();
        },
        () => live && setState('failed'),
      );
    }
    return () => {
      live = false;
      if (idle !== undefined) cancelIdleCallback(idle);
      window.clearTimeout(quiet);
    };
  }, [cache, drawings, scans, current, pages, position, view.zoom, viewOf, width, viewport, t]);

  const numbers = new Map<string, number>((pages ?? []).map((p) => [p.id, p.number]));
  const links = linked.flatMap((id) => {
    const number = numbers.get(id);
    return number === undefined ? [] : [{ id, number }];
  });

  if (!open) {
    return (
      <aside className="entry-scan entry-scan-closed" data-testid="scan-panel" aria-label={t('viewer.title')}>
        <button type="button" className="link" data-testid="viewer-show" aria-keyshortcuts="F8" onClick={viewer.toggle}>
          {t('viewer.show')} (F8)
        </button>
      </aside>
    );
  }
  return (
    <aside className="entry-scan" data-testid="scan-panel" aria-labelledby="entry-scan-title">
      <div className="viewer-head">
        <h2 id="entry-scan-title">{t('viewer.title')}</h2>
        <button type="button" className="link" data-testid="viewer-hide" aria-keyshortcuts="F8" onClick={viewer.toggle}>
          {t('viewer.hide')} (F8)
        </button>
      </div>
      {pages && pages.length === 0 ? <p data-testid="viewer-none">{t('viewer.none')}</p> : null}
      {current && pages ? (
        <p className="viewer-line" role="status" data-testid="viewer-page">
          <span>{t('viewer.page', { n: current.number, position: position + 1, total: pages.length })}</span>
          <span>{t('viewer.zoom', { percent: Math.round(view.zoom * 100) })}</span>
          {state === 'loading' ? <span>{t('viewer.loading')}</span> : null}
        </p>
      ) : null}
      {links.length > 0 ? (
        <div className="viewer-line viewer-links" data-testid="viewer-linked">
          <span id="entry-scan-links">{t('viewer.linkedLabel')}</span>
          <ul aria-labelledby="entry-scan-links">
            {links.map(({ id, number }) => (
              <li key={id} data-testid="viewer-link" data-page={number}>
                {t('scans.page', { n: number })}
                {onUnlink ? (
                  <button type="button" className="link" aria-keyshortcuts="Alt+Delete" onClick={() => onUnlink(id)}>
                    {t('viewer.unlink')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : onUnlink && current ? (
        <p className="viewer-line" data-testid="viewer-link-default">
          {t('viewer.linkDefault', { n: current.number })}
        </p>
      ) : null}
      {state === 'failed' ? <p className="notice notice-error">{t('viewer.failed')}</p> : null}
      <div ref={viewport} className="viewer-viewport" hidden={!current}>
        <div className="viewer-picture" style={{ transform: `translate(${view.x}px, ${view.y}px)` }} />
      </div>
    </aside>
  );
}

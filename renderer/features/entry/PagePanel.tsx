/**
 * The scanned page beside the entry form: which page it is, its zoom, the pages the entry is
 * linked to, and the page itself drawn on a canvas (pdf.js or a decoded photo), panned by CSS.
 * Collapses to a thin bar so the form keeps the screen at 1366×768. Draws only: the viewer
 * state and its keys live in use-page-viewer and the form's keymap.
 */
import { useEffect, useMemo, useState } from 'react';
import { useScans } from '../../app/scan-context';
import { useT } from '../../i18n/use-t';
import { drawPage } from '../../scans/draw-page';
import { createSourceCache } from '../../scans/source-cache';
import type { PageViewer } from './use-page-viewer';

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
  const { current, view, pages, viewport, open } = viewer;

  useEffect(() => {
    const box = viewport.current;
    if (!box) return;
    const observer = new ResizeObserver(() => setWidth(box.clientWidth));
    observer.observe(box);
    return () => observer.disconnect();
  }, [viewport, open]);

  useEffect(() => {
    const box = viewport.current;
    if (!current || !box || width === 0) return;
    let live = true;
    setState('loading');
    cache
      .get(current.sourceId)
      .then((source) => drawPage(source, current.pageIndex, current.rotation, width, view.zoom))
      .then(
        (canvas) => {
          if (!live) return;
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', t('viewer.canvas', { n: current.number }));
          canvas.dataset['testid'] = 'viewer-canvas';
          canvas.dataset['page'] = String(current.number);
          box.firstElementChild?.replaceChildren(canvas);
          setState('shown');
        },
        () => live && setState('failed'),
      );
    return () => {
      live = false;
    };
  }, [cache, current, view.zoom, width, viewport, t]);

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
          <span>{t('viewer.page', { n: current.number, position: viewer.position + 1, total: pages.length })}</span>
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

/**
 * The book's pages as a grid of thumbnails with their page numbers, driven by the keyboard
 * (grid-keys.ts) as one focusable listbox whose selected option follows the arrows. Reports
 * the selection and the requested changes; the screen does the writes.
 */
import { useEffect, useId, type KeyboardEvent, type RefObject } from 'react';
import { useT } from '../../../i18n/use-t';
import type { PageId, ScanPageView } from '../../../store/scan-types';
import { gridAction } from './grid-keys';
import { PageThumbnail } from './PageThumbnail';

export interface ScanGridProps {
  pages: readonly ScanPageView[];
  selected: PageId | null;
  onSelect: (id: PageId) => void;
  onRotate: (id: PageId, quarterTurns: number) => void;
  onMove: (id: PageId, to: number) => void;
  onRemove: (id: PageId, scope: 'page' | 'source') => void;
  /** The grid's element, for the screen to give focus back to after a dialog. */
  list: RefObject<HTMLOListElement | null>;
}

/** Pages per row as laid out now: those on the first row's line. */
function columnsOf(list: HTMLElement | null): number {
  const items = list ? Array.from(list.children) : [];
  const top = items[0]?.getBoundingClientRect().top;
  return Math.max(1, items.filter((item) => item.getBoundingClientRect().top === top).length);
}

export function ScanGrid({ pages, selected, onSelect, onRotate, onMove, onRemove, list }: ScanGridProps) {
  const t = useT();
  const id = useId();
  const index = Math.max(0, pages.findIndex((p) => p.id === selected));
  const current = pages[index];

  useEffect(() => {
    if (current) document.getElementById(`${id}-${current.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [id, current]);

  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const action = gridAction(e, columnsOf(list.current));
    if (!action || !current) return;
    e.preventDefault();
    const pick = (i: number) => {
      const page = pages[Math.max(0, Math.min(pages.length - 1, i))];
      if (page) onSelect(page.id);
    };
    switch (action.type) {
      case 'select':
        pick(index + action.delta);
        break;
      case 'first':
        pick(0);
        break;
      case 'last':
        pick(pages.length - 1);
        break;
      case 'rotate':
        onRotate(current.id, action.quarterTurns);
        break;
      case 'move':
        if (index + action.delta >= 0 && index + action.delta < pages.length) onMove(current.id, index + action.delta);
        break;
      case 'remove':
        onRemove(current.id, action.scope);
        break;
    }
  };

  return (
    <ol
      ref={list}
      className="scan-grid"
      role="listbox"
      tabIndex={0}
      aria-label={t('scans.grid')}
      aria-activedescendant={current ? `${id}-${current.id}` : undefined}
      data-testid="scan-grid"
      onKeyDown={onKeyDown}
    >
      {pages.map((page, i) => {
        const label = t('scans.pageLabel', { n: page.number, position: i + 1 });
        return (
          <li
            key={page.id}
            id={`${id}-${page.id}`}
            role="option"
            aria-selected={page.id === current?.id}
            className="scan-cell"
            data-testid="scan-page"
            data-number={page.number}
            data-kind={page.kind}
            data-rotation={page.rotation}
            onClick={() => onSelect(page.id)}
          >
            <PageThumbnail page={page} label={label} />
            <span className="scan-number">{t('scans.page', { n: page.number })}</span>
          </li>
        );
      })}
    </ol>
  );
}

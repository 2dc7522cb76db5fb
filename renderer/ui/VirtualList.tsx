/**
 * A virtualised, keyboard-driven table of fixed-height rows (ARIA grid) for lists of any length:
 * only the rows in view plus overscan are in the DOM. Arrow keys, Page Up/Down, Home and End move
 * a roving focus; Enter (or a double click) opens the focused row. Knows nothing about what rows
 * hold: the caller renders the cells and loads data for the range it is told about.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface VirtualColumn {
  label: string;
  className?: string;
}

export interface VirtualListProps {
  count: number;
  columns: readonly VirtualColumn[];
  /** CSS grid-template-columns shared by the header and every row, so they line up. */
  template: string;
  label: string;
  /** One node per column for the row at `index`. */
  renderRow: (index: number) => readonly ReactNode[];
  rowTestId?: (index: number) => string | undefined;
  onOpen: (index: number) => void;
  /** The indexes rendered (visible plus overscan), for loading just their data. */
  onRange?: (first: number, last: number) => void;
  rowHeight?: number;
  overscan?: number;
  testId?: string;
}

export function VirtualList({ count, columns, template, label, renderRow, rowTestId, onOpen, onRange, rowHeight = 34, overscan = 12, testId }: VirtualListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActiveState] = useState(0);
  // Keys can arrive faster than React re-renders; moves count from the latest target, not the last render.
  const activeRef = useRef(0);
  const setActive = (index: number) => {
    activeRef.current = index;
    setActiveState(index);
  };
  // Set when a key moved the focus: the target row may only exist after the scroll re-renders.
  const pendingFocus = useRef(false);
  const current = Math.min(active, Math.max(count - 1, 0));

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    // The sticky header occupies the first row's height inside the scroll area.
    paddingStart: rowHeight,
    scrollPaddingStart: rowHeight,
    // React 19 warns about flushSync during render; plain re-renders keep scrolling smooth enough.
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? -1;
  const last = items[items.length - 1]?.index ?? -1;

  useEffect(() => {
    if (first >= 0) onRange?.(first, last);
  }, [first, last, onRange]);

  // A layout effect reading the ref: a passive effect of an older render could focus a row the keys already left.
  useLayoutEffect(() => {
    if (!pendingFocus.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${activeRef.current}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      pendingFocus.current = false;
    }
  });

  const moveTo = (index: number) => {
    const next = Math.min(Math.max(index, 0), count - 1);
    if (next < 0) return;
    setActive(next);
    pendingFocus.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const pageSize = () => Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 2);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const from = Math.min(activeRef.current, Math.max(count - 1, 0));
    const moves: Record<string, () => number> = {
      ArrowDown: () => from + 1,
      ArrowUp: () => from - 1,
      PageDown: () => from + pageSize(),
      PageUp: () => from - pageSize(),
      Home: () => 0,
      End: () => count - 1,
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      moveTo(move());
    } else if (e.key === 'Enter' && count > 0) {
      e.preventDefault();
      onOpen(from);
    }
  };

  const activeRendered = items.some((item) => item.index === current);

  return (
    <div
      ref={scrollRef}
      className="vlist"
      role="grid"
      aria-label={label}
      aria-rowcount={count + 1}
      data-testid={testId}
      // With the focused row scrolled away, the list itself takes Tab and hands focus back to it.
      tabIndex={activeRendered || count === 0 ? -1 : 0}
      onFocus={(e) => {
        if (e.target === e.currentTarget && count > 0) moveTo(current);
      }}
      onKeyDown={onKeyDown}
    >
      <div className="vlist-body" style={{ height: virtualizer.getTotalSize() }}>
        <div role="row" aria-rowindex={1} className="vlist-row vlist-head" style={{ gridTemplateColumns: template, height: rowHeight }}>
          {columns.map((column) => (
            <span key={column.label} role="columnheader" className={column.className}>
              {column.label}
            </span>
          ))}
        </div>
        {items.map((item) => (
          <div
            key={item.key}
            role="row"
            aria-rowindex={item.index + 2}
            aria-selected={item.index === current}
            data-index={item.index}
            data-testid={rowTestId?.(item.index)}
            tabIndex={item.index === current ? 0 : -1}
            className="vlist-row"
            style={{ gridTemplateColumns: template, height: rowHeight, transform: `translateY(${item.start}px)` }}
            onFocus={() => {
              // A click or Tab chooses the row; focus we moved ourselves is already the target.
              if (!pendingFocus.current) setActive(item.index);
            }}
            onDoubleClick={() => onOpen(item.index)}
          >
            {renderRow(item.index).map((cell, column) => (
              <span key={column} role="gridcell" className={columns[column]?.className}>
                {cell}
              </span>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}

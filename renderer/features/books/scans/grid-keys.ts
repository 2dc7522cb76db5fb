/**
 * The page grid's keys as one pure function: arrows (and Home/End) move the selection, R turns
 * the selected page right (Shift+R left), Alt+←/→ moves the page itself earlier or later,
 * Delete asks to remove the page and Shift+Delete its whole file.
 * Matched on physical key codes so Vietnamese input methods do not change them.
 */
export type GridAction =
  | { readonly type: 'select'; readonly delta: number }
  | { readonly type: 'first' }
  | { readonly type: 'last' }
  | { readonly type: 'rotate'; readonly quarterTurns: 1 | -1 }
  | { readonly type: 'move'; readonly delta: 1 | -1 }
  | { readonly type: 'remove'; readonly scope: 'page' | 'source' };

export interface GridKey {
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly metaKey: boolean;
}

/** `columns`: how many pages one row of the grid shows, for ↑ and ↓. */
export function gridAction(e: GridKey, columns: number): GridAction | null {
  if (e.ctrlKey || e.metaKey) return null;
  if (e.altKey) {
    if (e.shiftKey) return null;
    if (e.code === 'ArrowLeft') return { type: 'move', delta: -1 };
    if (e.code === 'ArrowRight') return { type: 'move', delta: 1 };
    return null;
  }
  if (e.code === 'KeyR') return { type: 'rotate', quarterTurns: e.shiftKey ? -1 : 1 };
  if (e.code === 'Delete') return { type: 'remove', scope: e.shiftKey ? 'source' : 'page' };
  if (e.shiftKey) return null;
  switch (e.code) {
    case 'ArrowLeft':
      return { type: 'select', delta: -1 };
    case 'ArrowRight':
      return { type: 'select', delta: 1 };
    case 'ArrowUp':
      return { type: 'select', delta: -Math.max(1, columns) };
    case 'ArrowDown':
      return { type: 'select', delta: Math.max(1, columns) };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    default:
      return null;
  }
}

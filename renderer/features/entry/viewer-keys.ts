/**
 * The page viewer's share of the entry keymap (flip, zoom, pan, hide/show), for every screen
 * that shows a scanned page with a PagePanel: the entry form, the review and the arbitration.
 * One map, so the keys are the same wherever a page is shown.
 */
import type { KeyboardEvent } from 'react';
import { keyAction, type KeyAction, type KeyInput } from './keymap';
import type { PageViewer } from './use-page-viewer';

export type ViewerAction = Extract<KeyAction, { type: 'page' | 'zoom' | 'pan' | 'togglePanel' }>;

/** React's key event or the DOM's own, as a listener on the window gets it. */
type AnyKeyEvent = KeyboardEvent<HTMLElement> | globalThis.KeyboardEvent;

export const keyInputOf = (e: AnyKeyEvent): KeyInput => ({
  key: e.key,
  code: e.code,
  ctrlKey: e.ctrlKey,
  altKey: e.altKey,
  shiftKey: e.shiftKey,
  metaKey: e.metaKey,
  isComposing: 'nativeEvent' in e ? e.nativeEvent.isComposing : e.isComposing,
  keyCode: e.keyCode,
});

const isViewerAction = (action: KeyAction): action is ViewerAction =>
  action.type === 'page' || action.type === 'zoom' || action.type === 'pan' || action.type === 'togglePanel';

/** The viewer action of a key on a screen without a form to key into; null for any other key. */
export function viewerKeyAction(e: AnyKeyEvent): ViewerAction | null {
  const action = keyAction(keyInputOf(e), { inField: false, gotoPending: false });
  return action && isViewerAction(action) ? action : null;
}

export function applyViewerAction(viewer: PageViewer, action: ViewerAction): void {
  switch (action.type) {
    case 'page':
      viewer.flip(action.delta);
      break;
    case 'zoom':
      viewer.zoom(action.step);
      break;
    case 'pan':
      viewer.pan(action.dx, action.dy);
      break;
    case 'togglePanel':
      viewer.toggle();
      break;
  }
}

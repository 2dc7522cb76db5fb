import type { KeyboardEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { PageViewer } from '../../../../../renderer/features/entry/use-page-viewer';
import { applyViewerAction, viewerKeyAction } from '../../../../../renderer/features/entry/viewer-keys';

/** The fields of a React key event the keymap reads. */
const key = (code: string, keyName: string, mods: { alt?: boolean; ctrl?: boolean } = {}) =>
  ({
    key: keyName,
    code,
    ctrlKey: mods.ctrl ?? false,
    altKey: mods.alt ?? false,
    shiftKey: false,
    metaKey: false,
    keyCode: 0,
    nativeEvent: { isComposing: false },
  }) as unknown as KeyboardEvent<HTMLElement>;

describe('viewer keys outside the entry form', () => {
  it("takes the entry form's flip, zoom, pan and hide keys and nothing else", () => {
    expect(viewerKeyAction(key('PageDown', 'PageDown', { alt: true }))).toEqual({ type: 'page', delta: 1 });
    expect(viewerKeyAction(key('Equal', '=', { alt: true }))).toEqual({ type: 'zoom', step: 1 });
    expect(viewerKeyAction(key('ArrowLeft', 'ArrowLeft', { alt: true }))).toEqual({ type: 'pan', dx: -1, dy: 0 });
    expect(viewerKeyAction(key('F8', 'F8'))).toEqual({ type: 'togglePanel' });
    // Linking pages and saving belong to the entry form; plain letters to the screen.
    expect(viewerKeyAction(key('KeyL', 'l', { alt: true }))).toBeNull();
    expect(viewerKeyAction(key('Enter', 'Enter', { ctrl: true }))).toBeNull();
    expect(viewerKeyAction(key('KeyA', 'a'))).toBeNull();
  });

  it('applies an action to the viewer', () => {
    const viewer = { flip: vi.fn(), zoom: vi.fn(), pan: vi.fn(), toggle: vi.fn() } as unknown as PageViewer;
    applyViewerAction(viewer, { type: 'page', delta: -1 });
    applyViewerAction(viewer, { type: 'zoom', step: 0 });
    applyViewerAction(viewer, { type: 'pan', dx: 0, dy: 1 });
    applyViewerAction(viewer, { type: 'togglePanel' });
    expect(viewer.flip).toHaveBeenCalledWith(-1);
    expect(viewer.zoom).toHaveBeenCalledWith(0);
    expect(viewer.pan).toHaveBeenCalledWith(0, 1);
    expect(viewer.toggle).toHaveBeenCalledOnce();
  });
});

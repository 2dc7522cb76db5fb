import { describe, expect, it } from 'vitest';
import { keyAction, type KeyInput } from '../../../../../renderer/features/entry/keymap';

const key = (over: Partial<KeyInput>): KeyInput => ({
  key: '',
  code: '',
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  isComposing: false,
  keyCode: 0,
  ...over,
});
const inField = { inField: true, gotoPending: false };
const outside = { inField: false, gotoPending: false };

describe('keyAction', () => {
  it('moves with Enter and Shift+Enter inside fields and leaves Tab to the browser', () => {
    expect(keyAction(key({ key: 'Enter', code: 'Enter' }), inField)).toEqual({ type: 'next' });
    expect(keyAction(key({ key: 'Enter', code: 'Enter', shiftKey: true }), inField)).toEqual({ type: 'prev' });
    expect(keyAction(key({ key: 'Tab', code: 'Tab' }), inField)).toBeNull();
    expect(keyAction(key({ key: 'Enter', code: 'Enter' }), outside)).toBeNull();
  });

  it('saves with Ctrl+Enter and Ctrl+S, marks damaged with Ctrl+D', () => {
    expect(keyAction(key({ key: 'Enter', code: 'Enter', ctrlKey: true }), inField)).toEqual({ type: 'saveNext' });
    expect(keyAction(key({ key: 's', code: 'KeyS', ctrlKey: true }), outside)).toEqual({ type: 'save' });
    expect(keyAction(key({ key: 'd', code: 'KeyD', ctrlKey: true }), inField)).toEqual({ type: 'damaged' });
  });

  it('matches physical keys, whatever the layout or input method writes', () => {
    expect(keyAction(key({ key: 'ß', code: 'KeyS', ctrlKey: true }), inField)).toEqual({ type: 'save' });
    expect(keyAction(key({ key: '!', code: 'Digit1', altKey: true, shiftKey: true }), inField)).toEqual({ type: 'section', section: 1 });
  });

  it('ignores every key while an input method composes', () => {
    expect(keyAction(key({ key: 'Enter', code: 'Enter', isComposing: true }), inField)).toBeNull();
    expect(keyAction(key({ key: 'Process', code: 'Enter', keyCode: 229 }), inField)).toBeNull();
    expect(keyAction(key({ key: 'Enter', code: 'Enter', ctrlKey: true, keyCode: 229 }), inField)).toBeNull();
  });

  it('jumps to a section with Alt+Shift+digit or Ctrl+G then a digit', () => {
    expect(keyAction(key({ key: 'g', code: 'KeyG', ctrlKey: true }), inField)).toEqual({ type: 'gotoPrefix' });
    const pending = { inField: true, gotoPending: true };
    expect(keyAction(key({ key: '3', code: 'Digit3' }), pending)).toEqual({ type: 'section', section: 3 });
    expect(keyAction(key({ key: '3', code: 'Digit3', ctrlKey: true }), pending)).toEqual({ type: 'section', section: 3 });
    expect(keyAction(key({ key: '0', code: 'Numpad0' }), pending)).toEqual({ type: 'section', section: 10 });
    expect(keyAction(key({ key: 'Control', code: 'ControlLeft', ctrlKey: true }), pending)).toBeNull();
    expect(keyAction(key({ key: 'Escape', code: 'Escape' }), pending)).toEqual({ type: 'cancelGoto' });
    expect(keyAction(key({ key: '5', code: 'Digit5', altKey: true, shiftKey: true }), outside)).toEqual({ type: 'section', section: 5 });
    expect(keyAction(key({ key: '5', code: 'Digit5', altKey: true }), inField)).toBeNull();
  });

  it('toggles "not in the book" with F4 or Ctrl+Space, only on a field', () => {
    expect(keyAction(key({ key: 'F4', code: 'F4' }), inField)).toEqual({ type: 'toggleNotInBook' });
    expect(keyAction(key({ key: ' ', code: 'Space', ctrlKey: true }), inField)).toEqual({ type: 'toggleNotInBook' });
    expect(keyAction(key({ key: 'F4', code: 'F4' }), outside)).toBeNull();
    expect(keyAction(key({ key: ' ', code: 'Space' }), inField)).toBeNull();
  });

  it('opens help with F1 anywhere and with ? only outside fields', () => {
    expect(keyAction(key({ key: 'F1', code: 'F1' }), inField)).toEqual({ type: 'help' });
    expect(keyAction(key({ key: '?', code: 'Slash', shiftKey: true }), outside)).toEqual({ type: 'help' });
    expect(keyAction(key({ key: '?', code: 'Slash', shiftKey: true }), inField)).toBeNull();
  });

  it('flips, zooms and pans the scanned page with Alt keys a field never types, F8 hides it', () => {
    expect(keyAction(key({ key: 'PageDown', code: 'PageDown', altKey: true }), inField)).toEqual({ type: 'page', delta: 1 });
    expect(keyAction(key({ key: 'PageUp', code: 'PageUp', altKey: true }), outside)).toEqual({ type: 'page', delta: -1 });
    expect(keyAction(key({ key: '=', code: 'Equal', altKey: true }), inField)).toEqual({ type: 'zoom', step: 1 });
    expect(keyAction(key({ key: 'Home', code: 'Home', altKey: true }), inField)).toEqual({ type: 'zoom', step: 0 });
    expect(keyAction(key({ key: 'ArrowUp', code: 'ArrowUp', altKey: true }), inField)).toEqual({ type: 'pan', dx: 0, dy: -1 });
    expect(keyAction(key({ key: 'F8', code: 'F8' }), inField)).toEqual({ type: 'togglePanel' });
    // Plain PageDown and Alt+digit stay with the browser and the frame.
    expect(keyAction(key({ key: 'PageDown', code: 'PageDown' }), inField)).toBeNull();
    expect(keyAction(key({ key: '3', code: 'Digit3', altKey: true }), inField)).toBeNull();
  });

  it('links the page being viewed with Alt+Insert or Alt+L and unlinks it with Alt+Delete, also from a field', () => {
    expect(keyAction(key({ key: 'Insert', code: 'Insert', altKey: true }), inField)).toEqual({ type: 'linkPage' });
    expect(keyAction(key({ key: 'l', code: 'KeyL', altKey: true }), outside)).toEqual({ type: 'linkPage' });
    expect(keyAction(key({ key: 'Delete', code: 'Delete', altKey: true }), inField)).toEqual({ type: 'unlinkPage' });
    // Plain Delete edits the field's text.
    expect(keyAction(key({ key: 'Delete', code: 'Delete' }), inField)).toBeNull();
  });

  it('leaves ordinary typing alone', () => {
    expect(keyAction(key({ key: 'a', code: 'KeyA' }), inField)).toBeNull();
    expect(keyAction(key({ key: 'A', code: 'KeyA', shiftKey: true }), inField)).toBeNull();
    expect(keyAction(key({ key: 'l', code: 'KeyL', ctrlKey: true }), inField)).toBeNull();
  });
});

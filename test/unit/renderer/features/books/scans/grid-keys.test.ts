import { describe, expect, it } from 'vitest';
import { gridAction, type GridKey } from '../../../../../../renderer/features/books/scans/grid-keys';

const key = (code: string, mods: Partial<GridKey> = {}): GridKey => ({ code, ctrlKey: false, altKey: false, shiftKey: false, metaKey: false, ...mods });

describe('scan grid keys', () => {
  it('moves the selection by one, by a row, or to either end', () => {
    expect(gridAction(key('ArrowRight'), 5)).toEqual({ type: 'select', delta: 1 });
    expect(gridAction(key('ArrowUp'), 5)).toEqual({ type: 'select', delta: -5 });
    expect(gridAction(key('ArrowDown'), 0)).toEqual({ type: 'select', delta: 1 });
    expect(gridAction(key('End'), 5)).toEqual({ type: 'last' });
  });

  it('rotates with R either way and moves the page with Alt+arrows', () => {
    expect(gridAction(key('KeyR'), 5)).toEqual({ type: 'rotate', quarterTurns: 1 });
    expect(gridAction(key('KeyR', { shiftKey: true }), 5)).toEqual({ type: 'rotate', quarterTurns: -1 });
    expect(gridAction(key('ArrowLeft', { altKey: true }), 5)).toEqual({ type: 'move', delta: -1 });
    expect(gridAction(key('ArrowLeft', { ctrlKey: true }), 5)).toBeNull();
    expect(gridAction(key('KeyR', { ctrlKey: true }), 5)).toBeNull();
  });

  it('asks to remove the page with Delete and its whole file with Shift+Delete', () => {
    expect(gridAction(key('Delete'), 5)).toEqual({ type: 'remove', scope: 'page' });
    expect(gridAction(key('Delete', { shiftKey: true }), 5)).toEqual({ type: 'remove', scope: 'source' });
    expect(gridAction(key('Delete', { altKey: true }), 5)).toBeNull();
    expect(gridAction(key('Delete', { ctrlKey: true }), 5)).toBeNull();
  });
});

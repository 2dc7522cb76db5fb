import { describe, expect, it } from 'vitest';
import { FIT, panned, zoomed } from '../../../../../renderer/features/entry/page-view';

describe('page view', () => {
  it('steps the zoom within its levels and fits again', () => {
    expect(zoomed(FIT, 1).zoom).toBe(1.25);
    expect(zoomed(zoomed(FIT, -1), -1).zoom).toBe(0.5);
    expect(zoomed({ zoom: 4, x: 0, y: 0 }, 1).zoom).toBe(4);
    expect(zoomed({ zoom: 2, x: 10, y: 10 }, 0)).toEqual(FIT);
  });

  it('keeps the middle of the panel on the same spot when zooming', () => {
    expect(zoomed({ zoom: 1, x: -40, y: -20 }, 1)).toEqual({ zoom: 1.25, x: -50, y: -25 });
  });

  it('pans by a share of the panel, the picture moving against the key', () => {
    expect(panned(FIT, 1, 0, { width: 500, height: 800 })).toEqual({ zoom: 1, x: -100, y: 0 });
    expect(panned(FIT, 0, -1, { width: 500, height: 800 })).toEqual({ zoom: 1, x: 0, y: 160 });
  });
});

import { describe, expect, it } from 'vitest';
import { createDrawCache, neighbours, QUIET_MS, quietLeft } from '../../../../../renderer/features/entry/draw-ahead';

describe('pages drawn ahead', () => {
  it('are the next page, then the previous, within the book', () => {
    expect(neighbours(['a', 'b', 'c'], 1)).toEqual(['c', 'a']);
    expect(neighbours(['a', 'b', 'c'], 0)).toEqual(['b']);
    expect(neighbours(['a', 'b', 'c'], 2)).toEqual(['b']);
    expect(neighbours(['a'], 0)).toEqual([]);
  });
});

describe('waiting for a quiet keyboard', () => {
  it('waits out the rest of the quiet time after the last key, and not at all once it has passed', () => {
    expect(quietLeft(1_000, 1_000)).toBe(QUIET_MS);
    expect(quietLeft(1_000, 1_100)).toBe(QUIET_MS - 100);
    expect(quietLeft(1_000, 1_000 + QUIET_MS + 1)).toBe(0);
  });
});

describe('draw cache', () => {
  it('draws a page once and hands the same drawing to a later flip', async () => {
    const cache = createDrawCache<string>();
    let draws = 0;
    const draw = () => Promise.resolve(`drawn ${++draws}`);
    const ahead = cache.get('p2', draw);
    expect(cache.ready('p2')).toBeUndefined();
    await expect(cache.get('p2', draw)).resolves.toBe('drawn 1');
    expect(await ahead).toBe('drawn 1');
    expect(cache.ready('p2')).toBe('drawn 1');
    expect(draws).toBe(1);
  });

  it('forgets and aborts drawings outside the kept keys, and keeps the rest', async () => {
    const cache = createDrawCache<string>();
    const signals = new Map<string, AbortSignal>();
    for (const key of ['p1', 'p2', 'p3']) {
      void cache.get(key, (signal) => {
        signals.set(key, signal);
        return Promise.resolve(key);
      });
    }
    await Promise.resolve();
    cache.keep(['p2', 'p3', 'p4']);
    expect(signals.get('p1')?.aborted).toBe(true);
    expect(signals.get('p2')?.aborted).toBe(false);
    expect(cache.ready('p1')).toBeUndefined();
    expect(cache.ready('p2')).toBe('p2');
    cache.clear();
    expect(signals.get('p3')?.aborted).toBe(true);
    expect(cache.ready('p3')).toBeUndefined();
  });

  it('draws a page again after its drawing failed', async () => {
    const cache = createDrawCache<string>();
    await expect(cache.get('p1', () => Promise.reject(new Error('damaged')))).rejects.toThrow('damaged');
    let draws = 0;
    await expect(cache.get('p1', () => Promise.resolve(`drawn ${++draws}`))).resolves.toBe('drawn 1');
  });
});

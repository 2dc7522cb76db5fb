import { describe, expect, it } from 'vitest';
import { scanKindOf } from '../../../../shared/domain/scan-files';
import { appendedPlaces, changedPlaces, movePage, numberFrom, remainingPlaces, rotated } from '../../../../shared/domain/scan-pages';

const pages = [
  { id: 'a', order: 0, number: 5 },
  { id: 'b', order: 1, number: 6 },
  { id: 'c', order: 2, number: 7 },
];

describe('scan pages', () => {
  it('moves a page while numbers stay with positions', () => {
    expect(movePage(pages, 'c', 0)).toEqual([
      { id: 'c', order: 0, number: 5 },
      { id: 'a', order: 1, number: 6 },
      { id: 'b', order: 2, number: 7 },
    ]);
    expect(movePage(pages, 'a', 99).map((p) => p.id)).toEqual(['b', 'c', 'a']);
    expect(changedPlaces(pages, movePage(pages, 'b', 1))).toEqual([]);
  });

  it('numbers from a page on and appends after the last page', () => {
    expect(numberFrom(pages, 'b', 20).map((p) => p.number)).toEqual([5, 20, 21]);
    expect(appendedPlaces(pages, 2)).toEqual([
      { order: 3, number: 8 },
      { order: 4, number: 9 },
    ]);
    expect(appendedPlaces([], 1)).toEqual([{ order: 0, number: 1 }]);
  });

  it('closes up positions after a removal and keeps every page its number', () => {
    const five = [...pages, { id: 'd', order: 3, number: 8 }, { id: 'e', order: 4, number: 9 }];
    const left = remainingPlaces(five, new Set(['b', 'd']));
    expect(left).toEqual([
      { id: 'a', order: 0, number: 5 },
      { id: 'c', order: 1, number: 7 },
      { id: 'e', order: 2, number: 9 },
    ]);
    // Only the pages that moved up are written.
    expect(changedPlaces(five, left).map((p) => p.id)).toEqual(['c', 'e']);
    expect(remainingPlaces(pages, new Set(['c']))).toEqual(pages.slice(0, 2));
    expect(remainingPlaces(pages, new Set(['a', 'b', 'c']))).toEqual([]);
    // A page appended afterwards follows the last one left.
    expect(appendedPlaces(left, 1)).toEqual([{ order: 3, number: 10 }]);
  });

  it('rotates by quarter turns both ways', () => {
    expect(rotated(0, 1)).toBe(90);
    expect(rotated(0, -1)).toBe(270);
    expect(rotated(270, 2)).toBe(90);
  });

  it('tells PDF and images by their first bytes', () => {
    expect(scanKindOf(new TextEncoder().encode('%PDF-1.7'))).toBe('pdf');
    expect(scanKindOf(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0))).toBe('image');
    expect(scanKindOf(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image');
    expect(scanKindOf(new TextEncoder().encode('PK\u0003\u0004'))).toBeNull();
  });
});

/**
 * Realistic synthetic KS entries at any count: the fixture entries with names recombined
 * from the fixtures' own family, middle and given names, and fresh registration numbers, so
 * sizes, field fill and token counts match real books.
 */
import fixtures from '../fixtures/standard-entries.json';

const words = (names: string[], pick: (parts: string[]) => string[]) => [...new Set(names.flatMap((n) => pick(n.split(' '))))];

export function syntheticKsEntries(count: number): Record<string, string>[] {
  const names = fixtures.KS.map((e) => e.nksHoTen);
  const families = words(names, (p) => p.slice(0, 1));
  const middles = words(names, (p) => p.slice(1, -1));
  const givens = words(names, (p) => p.slice(-1));
  return Array.from({ length: count }, (_, i) => {
    const base = fixtures.KS[i % fixtures.KS.length]!;
    const name = `${families[i % families.length]} ${middles[(i * 7) % middles.length]} ${givens[(i * 13) % givens.length]}`;
    return { ...base, so: `${(i % 9999) + 1}/${base.quyenSo.slice(-4)}`, nksHoTen: name };
  });
}

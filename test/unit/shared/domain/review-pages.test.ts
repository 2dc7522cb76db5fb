import { describe, expect, it } from 'vitest';
import { reviewPages } from '../../../../shared/domain/review-pages';

// Scan order differs from insertion order and page numbers start at 5, as a renumbered scan may.
const scan = [
  { id: 'p-b', order: 1, number: 6 },
  { id: 'p-a', order: 0, number: 5 },
  { id: 'p-c', order: 2, number: 7 },
];

describe('reviewPages', () => {
  it('puts each entry on its first linked page in scan order, pages in scan order, entries by number', () => {
    const grouped = reviewPages(
      [
        { id: 'e1', so: '12/2008', pages: ['p-b'] },
        { id: 'e2', so: '10/2008', pages: ['p-a'] },
        // Runs over pages 6 and 5 as linked: it starts on page 5.
        { id: 'e3', so: '9/2008', pages: ['p-b', 'p-a'] },
        { id: 'e4', so: '011/2008', pages: ['p-b'] },
      ],
      scan,
    );
    expect(grouped).toEqual({
      pages: [
        { pageId: 'p-a', number: 5, entries: ['e3', 'e2'] },
        { pageId: 'p-b', number: 6, entries: ['e4', 'e1'] },
      ],
      unlinked: [],
    });
  });

  it('leaves entries without a page the scan holds for review one by one', () => {
    const grouped = reviewPages(
      [
        { id: 'e1', so: '1/2008', pages: [] },
        { id: 'e2', so: '2/2008', pages: ['deleted-page'] },
        { id: 'e3', so: '3/2008', pages: ['deleted-page', 'p-c'] },
      ],
      scan,
    );
    expect(grouped).toEqual({ pages: [{ pageId: 'p-c', number: 7, entries: ['e3'] }], unlinked: ['e1', 'e2'] });
  });

  it('sorts entries without a written number after the numbered ones, then by id', () => {
    const grouped = reviewPages(
      [
        { id: 'e2', so: '', pages: ['p-a'] },
        { id: 'e1', so: '', pages: ['p-a'] },
        { id: 'e3', so: '4/2008', pages: ['p-a'] },
      ],
      scan,
    );
    expect(grouped.pages[0]?.entries).toEqual(['e3', 'e1', 'e2']);
  });
});

import { describe, expect, it } from 'vitest';
import { mayDecide, nextToReview, pageAfter, pageApproval, queuePage } from '../../../../../renderer/features/review/review-queue';
import type { EntryId, UserId } from '../../../../../renderer/store/types';

const ids = (...n: number[]) => n.map((i) => `e${i}` as EntryId);
const officer = { id: 'officer' as UserId, roles: ['justice' as const] };
const byClerk = { status: 'keyed' as const, createdBy: 'clerk' as UserId, updatedBy: 'clerk' as UserId };

describe('review queue', () => {
  it('pages the queue and clamps the page', () => {
    const queue = ids(1, 2, 3, 4, 5);
    expect(queuePage(queue, 0, 2)).toEqual({ ids: ids(1, 2), page: 0, pages: 3 });
    expect(queuePage(queue, 7, 2)).toEqual({ ids: ids(5), page: 2, pages: 3 });
    expect(queuePage([], 3, 2)).toEqual({ ids: [], page: 0, pages: 1 });
  });

  it('offers approve and return only where the lifecycle allows them', () => {
    const open = { status: 'keying' as const };
    expect(mayDecide('approve', byClerk, open, officer)).toBe(true);
    expect(mayDecide('return', byClerk, open, officer)).toBe(true);
    expect(mayDecide('approve', { ...byClerk, updatedBy: officer.id }, open, officer)).toBe(false);
    expect(mayDecide('approve', byClerk, open, { id: 'other' as UserId, roles: ['clerk'] })).toBe(false);
    expect(mayDecide('approve', { ...byClerk, status: 'returned' }, open, officer)).toBe(false);
    expect(mayDecide('approve', byClerk, { status: 'accepted' }, officer)).toBe(false);
  });

  it('moves on to the next entry that still waits after a decision', () => {
    expect(nextToReview(ids(1, 2, 3), ids(1)[0]!, ids(2, 3))).toBe('e2');
    expect(nextToReview(ids(1, 2, 3), ids(2)[0]!, ids(1, 3))).toBe('e3');
    expect(nextToReview(ids(1, 2, 3), ids(3)[0]!, ids(1))).toBeNull();
  });
});

describe('approving a scanned page', () => {
  const open = { status: 'keying' as const };
  const entry = (id: string, updatedBy: string, hasErrors = false) => ({ id, view: { ...byClerk, updatedBy: updatedBy as UserId }, hasErrors });

  it('takes only entries the officer may approve that have no validation errors', () => {
    const clean = entry('clean', 'clerk');
    const invalid = entry('invalid', 'clerk', true);
    const own = entry('own', officer.id, true);
    expect(pageApproval([clean, invalid, own], open, officer)).toEqual({ approve: [clean], withErrors: [invalid], notApprovable: [own] });
    expect(pageApproval([clean], { status: 'accepted' }, officer)).toEqual({ approve: [], withErrors: [], notApprovable: [clean] });
  });

  it('stays on a page while entries of it wait, else moves to the next page that has some', () => {
    expect(pageAfter(['p1', 'p2', 'p3'], 'p2', ['p1', 'p2', 'p3'])).toBe('p2');
    expect(pageAfter(['p1', 'p2', 'p3'], 'p2', ['p1', 'p3'])).toBe('p3');
    expect(pageAfter(['p1', 'p2'], 'p2', ['p1'])).toBeNull();
  });
});

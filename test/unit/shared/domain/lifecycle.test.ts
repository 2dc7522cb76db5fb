import { describe, expect, it } from 'vitest';
import { roles, type Role } from '../../../../shared/auth/roles';
import {
  bookActions,
  bookStatuses,
  decideBook,
  decideEntry,
  entryActions,
  entryOrigins,
  entryStatuses,
  type BookFacts,
  type BookStatus,
  type EntryFacts,
} from '../../../../shared/domain/lifecycle';

/*
 * The expected lifecycle, written out by hand and independently of the table: one line per
 * allowed move, `from > to action roles… [guards]`. Every from × to × action × role × facts
 * combination is checked against it, so a row added to, dropped from or changed in the table
 * without changing this spec fails.
 */
const KEYERS = 'clerk justice';
const ENTRY_SPEC = `
new > draft saveDraft ${KEYERS} [open]
draft > draft saveDraft ${KEYERS} [open]
new > keyed key ${KEYERS} [open]
draft > keyed key ${KEYERS} [open]
keyed > keyed key ${KEYERS} [open]
verified > keyed key ${KEYERS} [open]
returned > keyed key ${KEYERS} [open]
approved > keyed key ${KEYERS} [open]
exported > keyed key ${KEYERS} [open]
damaged > keyed key ${KEYERS} [open]
new > damaged markDamaged ${KEYERS} [open]
draft > damaged markDamaged ${KEYERS} [open]
keyed > damaged markDamaged ${KEYERS} [open]
verified > damaged markDamaged ${KEYERS} [open]
returned > damaged markDamaged ${KEYERS} [open]
damaged > damaged markDamaged ${KEYERS} [open]
keyed > verified verify ${KEYERS} [open notOwn needsVerification]
keyed > approved approve justice [open notOwn noVerification]
verified > approved approve justice [open notOwn]
keyed > returned return justice [open notOwn reason]
verified > returned return justice [open notOwn reason]
approved > returned return justice [open notOwn reason]
approved > exported export justice [accepted]
`;

const BOOK_SPEC = `
registered > keying startKeying ${KEYERS} []
keying > keyed finishKeying justice lead []
keyed > accepted accept justice [settled valid explained]
keyed > keying reopen justice lead [reason]
accepted > keying reopen justice [reason]
`;

interface SpecRow {
  from: string;
  to: string;
  action: string;
  roles: Role[];
  guards: string[];
}

function parseSpec(spec: string): SpecRow[] {
  return spec
    .trim()
    .split('\n')
    .map((line) => {
      const match = /^(\S+) > (\S+) (\S+) ([a-z ]+) \[([a-zA-Z ]*)\]$/.exec(line.trim());
      if (!match) throw new Error(`bad spec line: ${line}`);
      const [, from, to, action, who, guards] = match as unknown as [string, string, string, string, string, string];
      return { from, to, action, roles: who.trim().split(' ') as Role[], guards: guards.split(' ').filter(Boolean) };
    });
}

const ME = 'u-me';
const OTHER = 'u-other';

/** Every combination of the facts the guards read, with the spec's meaning of each guard. */
const entryVariants = bookStatuses.flatMap((bookStatus) =>
  [true, false].flatMap((requiresVerification) =>
    [true, false].flatMap((own) =>
      ['', '  ', 'Sai tên cha'].map((reason) => ({
        facts: (roles: Role[]): EntryFacts => ({
          actor: { id: ME, roles },
          keyedBy: own ? [OTHER, ME] : [OTHER],
          book: { status: bookStatus, requiresVerification },
          reason,
        }),
        holds: {
          open: bookStatus !== 'accepted',
          accepted: bookStatus === 'accepted',
          notOwn: !own,
          needsVerification: requiresVerification,
          noVerification: !requiresVerification,
          reason: reason.trim() !== '',
        } as Record<string, boolean>,
        label: `book ${bookStatus}, verification ${requiresVerification}, own ${own}, reason "${reason}"`,
      })),
    ),
  ),
);

const bookVariants = [0, 3].flatMap((unsettled) =>
  [0, 2].flatMap((invalid) =>
    [false, true].flatMap((needsExplanation) =>
      ['', 'Thiếu 2 trang'].map((reason) => ({
        facts: (roles: Role[]): BookFacts => ({ actor: { id: ME, roles }, unsettledEntries: unsettled, invalidEntries: invalid, needsExplanation, reason }),
        holds: { settled: unsettled === 0, valid: invalid === 0, explained: !needsExplanation || reason !== '', reason: reason !== '' } as Record<string, boolean>,
        label: `unsettled ${unsettled}, invalid ${invalid}, needs explanation ${needsExplanation}, reason "${reason}"`,
      })),
    ),
  ),
);

const roleSets: Role[][] = [...roles.map((r) => [r]), ['clerk', 'police'], ['lead', 'clerk'], ['justice', 'lead']];

function mismatches<F>(
  spec: SpecRow[],
  froms: readonly string[],
  tos: readonly string[],
  actions: readonly string[],
  variants: { facts: (roles: Role[]) => F; holds: Record<string, boolean>; label: string }[],
  decide: (from: string, action: string, facts: F) => { ok: boolean; to?: string },
): string[] {
  const wrong: string[] = [];
  for (const from of froms)
    for (const to of tos)
      for (const action of actions)
        for (const who of roleSets)
          for (const variant of variants) {
            const row = spec.find((r) => r.from === from && r.to === to && r.action === action);
            const expected = !!row && who.some((r) => row.roles.includes(r)) && row.guards.every((g) => variant.holds[g] === true);
            const decision = decide(from, action, variant.facts(who));
            const actual = decision.ok && decision.to === to;
            if (expected !== actual) wrong.push(`${from} > ${to} ${action} as ${who.join('+')} (${variant.label}): expected ${expected ? 'allowed' : 'refused'}`);
          }
  return wrong;
}

describe('entry lifecycle', () => {
  const spec = parseSpec(ENTRY_SPEC);

  it('allows exactly the moves of the spec, for exactly its roles and guards', () => {
    const wrong = mismatches(spec, entryOrigins, entryStatuses, entryActions, entryVariants, (from, action, facts: EntryFacts) =>
      decideEntry(from as (typeof entryOrigins)[number], action as (typeof entryActions)[number], facts),
    );
    expect(wrong.slice(0, 20)).toEqual([]);
  });

  it('names why a move is refused', () => {
    const base: EntryFacts = { actor: { id: ME, roles: ['justice'] }, keyedBy: [OTHER], book: { status: 'keying', requiresVerification: false } };
    expect(decideEntry('draft', 'approve', base)).toEqual({ ok: false, refusal: 'no_transition' });
    expect(decideEntry('keyed', 'approve', { ...base, actor: { id: ME, roles: ['clerk'] } })).toEqual({ ok: false, refusal: 'forbidden_role' });
    expect(decideEntry('keyed', 'approve', { ...base, keyedBy: [ME] })).toEqual({ ok: false, refusal: 'notOwnEntry' });
    expect(decideEntry('keyed', 'return', base)).toEqual({ ok: false, refusal: 'reason' });
    expect(decideEntry('keyed', 'key', { ...base, book: { status: 'accepted', requiresVerification: false } })).toEqual({ ok: false, refusal: 'bookOpen' });
    expect(decideEntry('keyed', 'approve', base)).toEqual({ ok: true, to: 'approved' });
  });

  it('has one target per from-state and action', () => {
    const keys = spec.map((r) => `${r.from} ${r.action}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('book lifecycle', () => {
  const spec = parseSpec(BOOK_SPEC);

  it('allows exactly the moves of the spec, for exactly its roles and guards', () => {
    const wrong = mismatches(spec, bookStatuses, bookStatuses, bookActions, bookVariants, (from, action, facts: BookFacts) =>
      decideBook(from as BookStatus, action as (typeof bookActions)[number], facts),
    );
    expect(wrong).toEqual([]);
  });

  it('refuses acceptance while entries wait, are invalid or a shortfall is unexplained, and re-opening without a reason', () => {
    const facts: BookFacts = { actor: { id: ME, roles: ['justice'] }, unsettledEntries: 1, invalidEntries: 0, needsExplanation: false };
    expect(decideBook('keyed', 'accept', facts)).toEqual({ ok: false, refusal: 'allEntriesSettled' });
    expect(decideBook('keyed', 'accept', { ...facts, unsettledEntries: 0, invalidEntries: 1 })).toEqual({ ok: false, refusal: 'entriesValid' });
    expect(decideBook('keyed', 'accept', { ...facts, unsettledEntries: 0, needsExplanation: true, reason: ' ' })).toEqual({ ok: false, refusal: 'explained' });
    expect(decideBook('keyed', 'accept', { ...facts, unsettledEntries: 0, needsExplanation: true, reason: 'Mất trang 7' })).toEqual({ ok: true, to: 'accepted' });
    expect(decideBook('accepted', 'reopen', { ...facts, reason: ' ' })).toEqual({ ok: false, refusal: 'reason' });
    expect(decideBook('accepted', 'reopen', { ...facts, actor: { id: ME, roles: ['lead'] }, reason: 'Sót trang 12' })).toEqual({ ok: false, refusal: 'forbidden_role' });
  });
});

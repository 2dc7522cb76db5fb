/**
 * Operator statistics per person (and per session): keying time without pauses, speed and
 * error rates. Built from small work samples the store keeps (one per keyed save or
 * verification: who, which session, keystrokes, active time, fields checked, errors); never
 * from values. The form measures active time with `activeTime` so pauses are cut the same way
 * everywhere.
 */

/**
 * A gap between two keystrokes longer than this is a pause (phone call, turning pages of a
 * damaged book, lunch) and counts for nothing: two minutes is well above the time to read a
 * hard entry from the book, and below any real break.
 */
export const PAUSE_MS = 2 * 60_000;

/** Time spent keying, from the keystroke times: the gaps between them, pauses excluded. */
export function activeTime(keystrokeTimes: readonly number[], pauseMs = PAUSE_MS): number {
  let total = 0;
  for (let i = 1; i < keystrokeTimes.length; i++) {
    const gap = (keystrokeTimes[i] ?? 0) - (keystrokeTimes[i - 1] ?? 0);
    if (gap > 0 && gap <= pauseMs) total += gap;
  }
  return total;
}

export type WorkKind = 'keying' | 'verifying';

/** One save's worth of work by one person. */
export interface WorkSample {
  userId: string;
  sessionId: string;
  kind: WorkKind;
  at: number;
  keystrokes: number;
  activeMs: number;
  /** Entries this sample completed (1 for a keyed save or a verification). */
  entries: number;
  /** Fields of this person's work that someone else checked. */
  fieldsChecked: number;
  /** Errors charged to this person by that check: keyer errors for keying, verifier errors for verifying. */
  errors: number;
  fieldsWithErrors: number;
}

/**
 * A rate is null where it has no base: no active time, no keystrokes of that kind of work, or
 * none of that work checked yet. Zero would claim "no errors" for work nobody has checked; the
 * screens show null as "no data yet".
 */
export interface OperatorStats {
  userId: string;
  /** null for the person's totals over every session. */
  sessionId: string | null;
  activeMs: number;
  entries: number;
  keystrokes: number;
  entriesPerHour: number | null;
  keystrokesPerHour: number | null;
  keyerErrors: number;
  verifierErrors: number;
  keyerErrorsPer1000: number | null;
  verifierErrorsPer1000: number | null;
  fieldsChecked: number;
  /** Share (0..1) of checked fields that had an error. */
  errorFieldShare: number | null;
}

const HOUR = 3_600_000;
const rate = (count: number, per: number): number | null => (per > 0 ? count / per : null);

function summarise(userId: string, sessionId: string | null, samples: readonly WorkSample[]): OperatorStats {
  const sum = (pick: (s: WorkSample) => number, kind?: WorkKind) =>
    samples.filter((s) => !kind || s.kind === kind).reduce((n, s) => n + pick(s), 0);
  const activeMs = sum((s) => s.activeMs);
  const keystrokes = sum((s) => s.keystrokes);
  const keyerErrors = sum((s) => s.errors, 'keying');
  const verifierErrors = sum((s) => s.errors, 'verifying');
  const fieldsChecked = sum((s) => s.fieldsChecked);
  const entries = sum((s) => s.entries);
  // Errors are counted against keystrokes of the same kind of work, and only once some of that work was checked.
  const errorsPer1000 = (errors: number, kind: WorkKind) =>
    sum((s) => s.fieldsChecked, kind) > 0 ? rate(errors * 1000, sum((s) => s.keystrokes, kind)) : null;
  return {
    userId,
    sessionId,
    activeMs,
    entries,
    keystrokes,
    entriesPerHour: rate(entries * HOUR, activeMs),
    keystrokesPerHour: rate(keystrokes * HOUR, activeMs),
    keyerErrors,
    verifierErrors,
    keyerErrorsPer1000: errorsPer1000(keyerErrors, 'keying'),
    verifierErrorsPer1000: errorsPer1000(verifierErrors, 'verifying'),
    fieldsChecked,
    errorFieldShare: rate(sum((s) => s.fieldsWithErrors), fieldsChecked),
  };
}

const groupBy = <K>(samples: readonly WorkSample[], key: (s: WorkSample) => K): Map<K, WorkSample[]> => {
  const groups = new Map<K, WorkSample[]>();
  for (const s of samples) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  return groups;
};

/** Totals per person, in first-seen order. */
export const statsPerPerson = (samples: readonly WorkSample[]): OperatorStats[] =>
  [...groupBy(samples, (s) => s.userId)].map(([userId, own]) => summarise(userId, null, own));

/** One row per person and session. */
export const statsPerSession = (samples: readonly WorkSample[]): OperatorStats[] =>
  [...groupBy(samples, (s) => `${s.userId}\u0000${s.sessionId}`)].map(([, own]) => summarise(own[0]?.userId ?? '', own[0]?.sessionId ?? '', own));

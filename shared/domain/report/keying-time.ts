/**
 * How long a person spent keying, from the times of their saves alone (the app keeps no
 * clock of its own): the sum of the gaps between consecutive saves, counting a gap only when
 * it is at most five minutes. A longer gap is a pause (a break, a meeting, another task) and
 * counts nothing, so does the time before the first save after a pause. The result slightly
 * under-counts (the first entry of each sitting adds no time), which keeps entries per hour
 * on the honest side rather than flattering it.
 */
export const MAX_KEYING_GAP_MS = 5 * 60_000;

export function keyingMs(times: readonly number[], maxGapMs = MAX_KEYING_GAP_MS): number {
  const sorted = [...times].sort((a, b) => a - b);
  let total = 0;
  for (let n = 1; n < sorted.length; n++) {
    const gap = (sorted[n] ?? 0) - (sorted[n - 1] ?? 0);
    if (gap <= maxGapMs) total += gap;
  }
  return total;
}

/**
 * Growing delay after repeated failed logins: free for the first five failures, then 2^(n-5)
 * seconds, capped at 15 minutes. Pure; the counter itself is persisted by the store so a
 * restart does not reset it.
 */
export const FREE_FAILURES = 5;
const MAX_DELAY_MS = 15 * 60 * 1000;

export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(1000 * 2 ** (failures - FREE_FAILURES), MAX_DELAY_MS);
}

export function retryAfterMs(failures: number, lastFailureAt: number, now: number): number {
  return Math.max(0, lastFailureAt + delayAfter(failures) - now);
}

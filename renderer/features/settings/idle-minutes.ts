/**
 * The allowed idle-lock range and parsing of what the user typed. Pure.
 */
export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 120;

export function parseIdleMinutes(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const minutes = Number(text);
  return minutes >= MIN_IDLE_MINUTES && minutes <= MAX_IDLE_MINUTES ? minutes : null;
}

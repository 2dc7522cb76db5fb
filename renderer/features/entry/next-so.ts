/**
 * The registration number the next entry of a book probably has: the previous number plus one,
 * same zero padding, same "/year" suffix. Pure; only a suggestion the clerk confirms, so it
 * must not guess when the previous number is not a plain number.
 */
const SO = /^(\d+)(\/.*)?$/u;

/** `01/2008` → `02/2008`, `9` → `10`, `099/2008` → `100/2008`; '' when there is nothing to add to. */
export function nextSo(previous: string): string {
  const match = SO.exec(previous.trim());
  const digits = match?.[1];
  if (!match || digits === undefined) return '';
  const next = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
  return `${next}${match[2] ?? ''}`;
}

/**
 * How operator statistics read in the table: keying time as h:mm, rates with one decimal in
 * the Vietnamese way (comma), shares as percentages, and `none` where a rate has no base yet.
 * Pure.
 */
const one = (n: number): string => n.toFixed(1).replace('.', ',');

export const hoursMinutes = (ms: number): string => {
  const minutes = Math.round(ms / 60_000);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
};

export const rate = (n: number | null, none: string): string => (n === null ? none : one(n));

export const whole = (n: number | null, none: string): string => (n === null ? none : String(Math.round(n)));

export const percent = (share: number | null, none: string): string => (share === null ? none : `${one(share * 100)} %`);

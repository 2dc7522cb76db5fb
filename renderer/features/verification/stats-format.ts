/**
 * How operator statistics read in the table: keying time as h:mm, rates with one decimal in
 * the Vietnamese way (comma), shares as percentages. Pure.
 */
const one = (n: number): string => n.toFixed(1).replace('.', ',');

export const hoursMinutes = (ms: number): string => {
  const minutes = Math.round(ms / 60_000);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
};

export const rate = (n: number): string => one(n);

export const percent = (share: number): string => `${one(share * 100)} %`;

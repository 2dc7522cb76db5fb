/**
 * Dates written in Vietnamese words, as on birth and death certificates ("ngày sinh bằng chữ",
 * "ngày chết ghi bằng chữ"). Owns the number reading used there; must not parse free text.
 *
 * Reading conventions (the common northern written form): "mốt" for a final 1 after "mươi",
 * "lăm" for a final 5 after "mười"/"mươi", "tư" for a final 4 after "mươi", "lẻ" (not "linh")
 * for an empty tens place, "nghìn" (not "ngàn"), "không trăm" for an empty hundreds place
 * inside a year. Months are "tháng một" … "tháng mười hai", except the conventional "tháng tư";
 * days carry no "mùng"/"mồng".
 */
import type { PartialDate } from './partial-date';
import { foldForSearch } from './text';

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;

const digit = (n: number): string => DIGITS[n] ?? '';

/** 0–99 as read after a hundreds place or on its own. */
function belowHundred(n: number): string {
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  if (tens === 0) return digit(unit);
  const head = tens === 1 ? 'mười' : `${digit(tens)} mươi`;
  if (unit === 0) return head;
  if (unit === 5) return `${head} lăm`;
  if (tens >= 2 && unit === 1) return `${head} mốt`;
  if (tens >= 2 && unit === 4) return `${head} tư`;
  return `${head} ${digit(unit)}`;
}

/** Reads the last two digits after an (explicit or implied) hundreds place. */
function afterHundreds(n: number): string {
  return n < 10 ? `lẻ ${digit(n)}` : belowHundred(n);
}

/** Non-negative integers below 10,000, enough for days, months and years. */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`not readable: ${n}`);
  if (n < 100) return belowHundred(n);
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor((n % 1000) / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (thousands > 0) parts.push(`${digit(thousands)} nghìn`);
  if (thousands > 0 && hundreds === 0 && rest === 0) return parts.join(' ');
  parts.push(`${digit(hundreds)} trăm`);
  if (rest > 0) parts.push(afterHundreds(rest));
  return parts.join(' ');
}

export function monthInWords(month: number): string {
  return month === 4 ? 'tư' : belowHundred(month);
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "Ngày hai mươi bảy tháng mười năm hai nghìn không trăm lẻ tám"; partial dates drop parts. */
export function dateInWords(d: PartialDate): string {
  const year = `năm ${numberInWords(d.year)}`;
  if (d.month === undefined) return capitalise(year);
  const month = `tháng ${monthInWords(d.month)} ${year}`;
  if (d.day === undefined) return capitalise(month);
  return `Ngày ${belowHundred(d.day)} ${month}`;
}

/** Folded spellings that books use interchangeably with the ones generated above. */
const WORD_VARIANTS: Readonly<Record<string, string>> = {
  linh: 'le',
  ngan: 'nghin',
  tu: 'bon',
  lam: 'nam',
  gieng: 'mot',
  chap: 'muoi hai',
  mong: '',
  mung: '',
};

function canonicalWords(s: string): string {
  return foldForSearch(s)
    .split(' ')
    .map((w) => WORD_VARIANTS[w] ?? w)
    .filter((w) => w !== '')
    .join(' ');
}

/** Whether a date written in words says the same date, tolerating regional spellings. */
export function dateWordsMatch(written: string, d: PartialDate): boolean {
  return canonicalWords(written) === canonicalWords(dateInWords(d));
}

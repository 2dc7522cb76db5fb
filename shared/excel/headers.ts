/**
 * Reading the header row of real files: cleaning headers (spaces, case, the `i=[1,2,3]` code
 * hint some templates append), mapping file columns to a profile's keys, and detecting which
 * profile a header row belongs to. Knows no register type by name: every key comes from the
 * profiles. Must not read data cells.
 */
import { PROFILES, type ExcelProfile } from './profiles';
import type { SheetCell } from './sheet-model';

/** `loaiDangKy \ni=[1,2,3,4,5,6]`: the suffix lists allowed codes and is not part of the key. */
const CODE_HINT = /\s*i\s*=\s*\[[^\]]*\]?\s*$/su;
/** Non-breaking and zero-width spaces come with headers pasted from the web or Word. */
const INVISIBLE = /[\u00a0\u200b-\u200d\u2060\ufeff]/gu;

/** The header as a person reads it: NFC, single spaces, without the code hint. */
function headerText(cell: SheetCell | undefined): string {
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (typeof cell !== 'string') return '';
  return cell.normalize('NFC').replace(INVISIBLE, ' ').replace(CODE_HINT, '').replace(/\s+/gu, ' ').trim();
}

/** The key a header stands for: keys are camelCase, so no space inside one is meaningful. */
export function cleanHeader(cell: SheetCell | undefined): string {
  return headerText(cell).replace(/ /gu, '');
}

const headerKey = (s: string): string => s.toLowerCase();

/** A row counter (`STT`) is no field and says nothing about the type: some teams add one to every file. */
const ROW_COUNTERS = new Set(PROFILES.flatMap((p) => (p.rowCounter ? [headerKey(p.rowCounter)] : [])));

export interface HeaderMatch {
  readonly profile: ExcelProfile;
  /** For each file column (0-based), the profile key it holds, if any (first occurrence wins). */
  readonly keys: readonly (string | undefined)[];
  /** Profile columns absent from the file (the row counter is never reported). */
  readonly missing: readonly string[];
  /** File headers that are not columns of the profile, with their 0-based column. */
  readonly unknown: readonly { readonly index: number; readonly header: string }[];
  /** Later columns repeating a key already seen. */
  readonly duplicates: readonly { readonly index: number; readonly key: string }[];
}

export function matchHeaders(header: readonly SheetCell[], profile: ExcelProfile): HeaderMatch {
  const byKey = new Map(profile.columns.map((c) => [headerKey(c), c]));
  const seen = new Set<string>();
  const keys: (string | undefined)[] = [];
  const unknown: { index: number; header: string }[] = [];
  const duplicates: { index: number; key: string }[] = [];
  header.forEach((cell, index) => {
    const cleaned = cleanHeader(cell);
    const key = byKey.get(headerKey(cleaned));
    if (key === undefined) {
      keys.push(undefined);
      if (cleaned !== '' && !ROW_COUNTERS.has(headerKey(cleaned))) unknown.push({ index, header: headerText(cell) });
    } else if (seen.has(key)) {
      keys.push(undefined);
      duplicates.push({ index, key });
    } else {
      seen.add(key);
      keys.push(key);
    }
  });
  const missing = profile.columns.filter((c) => !seen.has(c) && c !== profile.rowCounter);
  return { profile, keys, missing, unknown, duplicates };
}

const fieldCount = (profile: ExcelProfile): number => profile.columns.length - (profile.rowCounter ? 1 : 0);

/** Found columns minus (twice) missing ones and foreign ones: an exact header scores its field count. */
function score(match: HeaderMatch): number {
  return fieldCount(match.profile) - 2 * match.missing.length - match.unknown.length;
}

/** Below this share of its columns a profile is not considered a match at all. */
const MIN_COVERAGE = 0.5;

export type DetectResult =
  | { readonly ok: true; readonly match: HeaderMatch }
  | { readonly ok: false; readonly code: 'unknown-type' | 'ambiguous-type'; readonly candidates: readonly ExcelProfile[] };

/**
 * Best profile for a header row among the candidates: the highest score, provided it covers
 * at least half of its columns and no profile of another type scores the same.
 */
export function detectProfile(header: readonly SheetCell[], candidates: readonly ExcelProfile[] = PROFILES): DetectResult {
  const ranked = candidates
    .map((profile) => matchHeaders(header, profile))
    .filter((m) => fieldCount(m.profile) - m.missing.length >= MIN_COVERAGE * fieldCount(m.profile))
    .map((match) => ({ match, score: score(match) }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (!best) return { ok: false, code: 'unknown-type', candidates: [] };
  if (second && second.score === best.score && second.match.profile.type !== best.match.profile.type) {
    return { ok: false, code: 'ambiguous-type', candidates: ranked.filter((r) => r.score === best.score).map((r) => r.match.profile) };
  }
  return { ok: true, match: best.match };
}

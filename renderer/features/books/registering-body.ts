/**
 * The registering body's name as books and the Ministry template write it ("UBND xã Lạc Long,
 * thị xã Kinh Môn, tỉnh Hải Dương"), built from administrative-unit names as the data spells
 * them ("Xã Lạc Long"). Pure text: must not look units up; the picker does that.
 */
import { normalizeText } from '../../../shared/domain/text';
import { levelsOf, resolvePath, type UnitLevel } from '../setup/admin-units';
import type { Era } from '../../store/types';

/** Unit-type words that open a unit's name; longest first so "Thị xã" wins over nothing shorter. */
const UNIT_TYPES = ['Thành phố', 'Thị trấn', 'Thị xã', 'Đặc khu', 'Phường', 'Huyện', 'Quận', 'Tỉnh', 'Xã'] as const;

/** "Thị xã Kinh Môn" → "thị xã Kinh Môn": inside the phrase the type word is lower case. */
export function unitInPhrase(name: string): string {
  const text = normalizeText(name);
  const type = UNIT_TYPES.find((word) => text.startsWith(`${word} `));
  return type ? `${type.toLowerCase()}${text.slice(type.length)}` : text;
}

/** `path` runs province first, down to the body itself; the phrase names the body first. */
export function registeringBodyPhrase(path: readonly string[]): string {
  const parts = [...path].reverse().map(unitInPhrase).filter((part) => part !== '');
  return parts.length === 0 ? '' : `UBND ${parts.join(', ')}`;
}

/**
 * The phrase for a body at `level` from the codes chosen so far, or null while a level down to
 * it is still missing. Levels below the body are ignored, so a district-level body needs no commune.
 */
export function phraseForChoice(era: Era, codes: readonly string[], level: UnitLevel): string | null {
  const depth = levelsOf(era).indexOf(level) + 1;
  if (depth === 0) return null;
  const nodes = resolvePath(era, codes.slice(0, depth));
  return nodes.length === depth ? registeringBodyPhrase(nodes.map((n) => n.name)) : null;
}

/**
 * Record ids: creation time (base 36, fixed width) then 64 random bits, so primary-key order
 * is creation order and lists need no sort by reading rows. Kept short because every index
 * entry of a row repeats its primary key.
 */
import { randomBytes } from '../../shared/crypto/bytes';

export function newId(now: number): string {
  const random = Array.from(randomBytes(8), (b) => b.toString(36).padStart(2, '0')).join('');
  return `${now.toString(36).padStart(9, '0')}${random}`;
}

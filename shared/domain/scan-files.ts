/**
 * What kind of scan a file is, told by its first bytes rather than its name or the type the
 * browser guessed (phone photos often carry the wrong extension). Pure.
 */

export type ScanKind = 'pdf' | 'image';

/** Bytes needed by scanKindOf. */
export const SCAN_HEAD_BYTES = 8;

const startsWith = (head: Uint8Array, magic: readonly number[]): boolean => magic.every((byte, i) => head[i] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function scanKindOf(head: Uint8Array): ScanKind | null {
  if (startsWith(head, PDF)) return 'pdf';
  if (startsWith(head, JPEG) || startsWith(head, PNG)) return 'image';
  return null;
}

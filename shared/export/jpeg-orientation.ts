/**
 * The turn a JPEG's EXIF orientation asks for. Browsers apply it when they decode a photo (so
 * the clerk saw, and rotated, the photo upright), PDF readers never do: the page must carry it.
 * Only the header is read, never the picture. Mirrored orientations (2, 4, 5, 7: selfie
 * cameras, not document photos) are taken as unturned. Pure.
 */
import type { Rotation } from '../domain/scan-pages';

const TURNS: Readonly<Record<number, Rotation>> = { 3: 180, 6: 90, 8: 270 };

/** Reads IFD0's Orientation tag (0x0112) of the TIFF block at `tiff`; 1 when there is none. */
function orientationTag(view: DataView, tiff: number, end: number): number {
  const little = view.getUint16(tiff) === 0x4949;
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return 1;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return 1;
    if (view.getUint16(entry, little) === 0x0112) return view.getUint16(entry + 8, little);
  }
  return 1;
}

export function jpegRotation(bytes: Uint8Array): Rotation {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 4 <= bytes.length && bytes[at] === 0xff) {
    const marker = bytes[at + 1] ?? 0;
    // Start of scan: the picture follows, no more headers.
    if (marker === 0xda) break;
    const length = view.getUint16(at + 2);
    const start = at + 4;
    const end = Math.min(at + 2 + length, bytes.length);
    const exif = marker === 0xe1 && end - start > 14 && String.fromCharCode(...bytes.subarray(start, start + 6)) === 'Exif\0\0';
    if (exif) return TURNS[orientationTag(view, start + 6, end)] ?? 0;
    at += 2 + length;
  }
  return 0;
}

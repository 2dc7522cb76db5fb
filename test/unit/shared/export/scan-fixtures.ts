/**
 * Scan files made in the test: a PDF of pages of distinct sizes (one already turned by the
 * scanner), a PNG of a given size and the header of a baseline JPEG, optionally with an EXIF
 * orientation (what pdf-lib reads to embed one: markers and the frame's size; it never decodes
 * the picture).
 */
import { deflateSync } from 'node:zlib';
import { degrees, PDFDocument } from 'pdf-lib';

/** Page i is (100 + i) × (200 + i) points; `turned` pages carry their own /Rotate 90. */
export async function sizedPdf(pages: number, turned: readonly number[] = []): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) {
    const page = doc.addPage([100 + i, 200 + i]);
    if (turned.includes(i)) page.setRotation(degrees(90));
  }
  return doc.save();
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function pngChunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

export function grayPng(width: number, height: number): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.of(0), Buffer.alloc(width, 128)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', pixels), pngChunk('IEND', Buffer.alloc(0))]),
  );
}

/** An APP1 segment with IFD0 holding only the Orientation tag, in either TIFF byte order. */
export function exifSegment(orientation: number, order: 'II' | 'MM'): number[] {
  const u16 = (n: number) => (order === 'II' ? [n & 0xff, n >> 8] : [n >> 8, n & 0xff]);
  const u32 = (n: number) => (order === 'II' ? [...u16(n & 0xffff), ...u16(n >>> 16)] : [...u16(n >>> 16), ...u16(n & 0xffff)]);
  const tiff = [...[...order].map((c) => c.charCodeAt(0)), ...u16(42), ...u32(8), ...u16(1), ...u16(0x0112), ...u16(3), ...u32(1), ...u16(orientation), 0, 0, ...u32(0)];
  const body = [...'Exif\0\0'].map((c) => c.charCodeAt(0)).concat(tiff);
  return [0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 0xff, ...body];
}

/** `segments` (e.g. an EXIF block) go before the frame header, as cameras write them. */
export function jpegHeader(width: number, height: number, segments: readonly number[] = []): Uint8Array {
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0];
  return new Uint8Array([0xff, 0xd8, ...segments, ...sof, 0xff, 0xd9]);
}

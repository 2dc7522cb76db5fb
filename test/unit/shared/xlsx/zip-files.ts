/**
 * A minimal zip reader and writer for tests that need to forge xlsx packages (zip bombs, lying
 * sizes, hand-edited XML). Test helper only: no checks beyond what the tests need.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipItem {
  readonly name: string;
  readonly data: Uint8Array;
  /** Unpacked size to write in the headers instead of the real one (to forge a lying entry). */
  readonly declaredSize?: number;
  /** Already deflated data to store as is (with `declaredSize`). */
  readonly deflated?: Uint8Array;
}

export function unzip(bytes: Uint8Array): ZipItem[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = bytes.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const items: ZipItem[] = [];
  for (let i = 0; i < count; i++) {
    const method = view.getUint16(at + 10, true);
    const packed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(start, start + packed);
    items.push({ name, data: method === 8 ? new Uint8Array(inflateRawSync(raw)) : raw.slice() });
    at += 46 + skip;
  }
  return items;
}

export function zip(items: readonly ZipItem[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const item of items) {
    const name = Buffer.from(item.name, 'utf8');
    const packed = item.deflated ?? deflateRawSync(item.data);
    const size = item.declaredSize ?? item.data.length;
    const crc = crc32(item.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(items.length, 8);
  end.writeUInt16LE(items.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** Replaces one entry's text; the rest of the package is kept. */
export function editEntry(bytes: Uint8Array, name: string, edit: (xml: string) => string): Uint8Array {
  return zip(
    unzip(bytes).map((item) => (item.name === name ? { name, data: new TextEncoder().encode(edit(new TextDecoder().decode(item.data))) } : item)),
  );
}

/**
 * Sealing a scan file as chunks and reading it back. Each chunk is its own envelope whose AAD
 * binds the source id and the chunk's index, so a chunk moved to another place or source does
 * not open; the source row's size and count catch a missing or dropped tail. Needs keys and the
 * database, never writes anything but the chunk rows it is given to write.
 */
import { open, seal } from '../../shared/crypto/envelope';
import type { ScanChunkRow, ScanSourceRow, SohoaDb } from './db';
import { StoreError } from './types';

/** 1 MiB: small enough that one chunk at a time is all an import holds besides the file handle. */
export const CHUNK_SIZE = 1024 * 1024;
const CHUNK_SCHEMA_VERSION = 1;

export const chunkId = (sourceId: string, index: number): string => `${sourceId}:${index}`;

const context = (sourceId: string, index: number, keyId: string) => ({
  table: 'scanChunks',
  recordId: chunkId(sourceId, index),
  schemaVersion: CHUNK_SCHEMA_VERSION,
  keyId,
});

/** SECURITY: the plaintext slice is sealed before it is stored; the caller drops it afterwards. */
export async function sealChunk(key: CryptoKey, keyId: string, sourceId: string, index: number, bytes: Uint8Array<ArrayBuffer>): Promise<ScanChunkRow> {
  return { id: chunkId(sourceId, index), sourceId, index, size: bytes.length, keyId, sealed: await seal(key, context(sourceId, index, keyId), bytes) };
}

export async function openChunk(key: CryptoKey, row: ScanChunkRow, sourceId: string, index: number): Promise<Uint8Array> {
  return open(key, context(sourceId, index, row.keyId), row.sealed);
}

/**
 * The whole file, decrypted into one buffer of its size, reading one chunk row at a time so
 * ciphertext and plaintext of the whole file are never held together.
 */
export async function readSourceBytes(db: SohoaDb, key: CryptoKey, source: ScanSourceRow): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Uint8Array(source.size);
  let offset = 0;
  for (let index = 0; index < source.chunkCount; index++) {
    const row = await db.scanChunks.get(chunkId(source.id, index));
    if (!row) throw new StoreError('not_found');
    const bytes = await openChunk(key, row, source.id, index);
    if (offset + bytes.length > out.length) throw new StoreError('not_found');
    out.set(bytes, offset);
    offset += bytes.length;
  }
  if (offset !== source.size) throw new StoreError('not_found');
  return out;
}

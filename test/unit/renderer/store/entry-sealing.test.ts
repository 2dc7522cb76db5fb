import { describe, expect, it } from 'vitest';
import { openJson } from '../../../../shared/crypto/envelope';
import { registerTypes } from '../../../../shared/domain/register-types';
import { cleanValues, EntryRecord, sealEntry } from '../../../../renderer/store/entry-sealing';
import { unpackTokens } from '../../../../renderer/store/search-index';
import type { BookId } from '../../../../renderer/store/types';
import fixtures from '../../../fixtures/standard-entries.json';

const keys = async () => ({
  keyId: 'k1k1k1k1',
  data: await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']),
  search: await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
});
const context = { userId: 'u1', now: 1_700_000_000_000, id: 'e1', existing: null };
const bookId = 'b1' as BookId;

describe('entry sealing', () => {
  it('keeps known, non-empty fields in NFC', () => {
    expect(cleanValues({ nksHoTen: ' NGUYỄN VĂN AN '.normalize('NFD'), ghiChu: '', bogus: 'x' }, registerTypes.KS)).toEqual({ nksHoTen: 'NGUYỄN VĂN AN' });
  });

  it('seals the whole record under its id and indexes it with blind tokens only', async () => {
    const k = await keys();
    const values = fixtures.KS[0]!;
    const { row, indexRow, record } = await sealEntry(k, registerTypes.KS, context, { bookId, values, notInBook: ['nksNoiSinh', 'unknown'], status: 'keyed' });
    expect(record.notInBook).toEqual(['nksNoiSinh']);
    expect(Buffer.from(row.sealed).includes(Buffer.from(values.nksHoTen))).toBe(false);
    expect(indexRow.tokens.includes(values.nksHoTen)).toBe(false);
    expect(unpackTokens(indexRow.tokens).length).toBeGreaterThan(5);
    const opened = await openJson(k.data, { table: 'entries', recordId: 'e1', schemaVersion: row.schemaVersion, keyId: 'k1k1k1k1' }, row.sealed, EntryRecord);
    expect(opened.values.nksHoTen).toBe(values.nksHoTen);
  });

  it('links scanned pages, keeps them when a save leaves them out, and reads older records as linked to none', async () => {
    const k = await keys();
    const values = fixtures.KS[0]!;
    const first = await sealEntry(k, registerTypes.KS, context, { bookId, values, notInBook: [], pages: ['p7'], status: 'keyed' });
    expect(first.record.pages).toEqual(['p7']);
    const again = await sealEntry(k, registerTypes.KS, { ...context, existing: first.record }, { bookId, values, notInBook: [], status: 'keyed' });
    expect(again.record.pages).toEqual(['p7']);
    const { pages: _dropped, ...older } = first.record;
    expect(EntryRecord.parse(older).pages).toEqual([]);
  });

  it('gives damaged entries no search tokens', async () => {
    const { indexRow } = await sealEntry(await keys(), registerTypes.KS, context, { bookId, values: {}, notInBook: [], status: 'damaged', damage: { reason: 'faded', page: '3', note: '' } });
    expect(indexRow.tokens).toBe('');
  });
});

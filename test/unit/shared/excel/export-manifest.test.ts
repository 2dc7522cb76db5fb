/**
 * The export manifest: WebCrypto SHA-256 equals node:crypto's, files hashed elsewhere (the ZIP)
 * listed after, sizes, counts and entries without a scan as given, readable JSON.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exportManifest, manifestBytes } from '../../../../shared/excel';

describe('exportManifest', () => {
  it('lists every file with its size and SHA-256, the counts, time and person', async () => {
    const data = new TextEncoder().encode('NGUYỄN VĂN A');
    const manifest = await exportManifest({
      book: { id: 'b1', type: 'KS', quyenSo: '01/2008', registeringBody: 'UBND xã Thanh Ngọc' },
      layout: { id: 'moj-ks-70', version: 1, columns: 70 },
      counts: { approved: 2, exported: 2, damaged: 1, notApproved: 0 },
      files: [{ name: 'a.xlsx', data }],
      hashed: [{ name: 'a.zip', bytes: 9, sha256: 'f'.repeat(64), pdfs: 1 }],
      withoutScan: ['2/2008'],
      createdAt: Date.UTC(2026, 0, 2, 3, 4, 5),
      createdBy: { id: 'u1', name: 'Lê Thị Tư Pháp' },
    });
    expect(manifest.files).toEqual([
      { name: 'a.xlsx', bytes: data.byteLength, sha256: createHash('sha256').update(data).digest('hex') },
      { name: 'a.zip', bytes: 9, sha256: 'f'.repeat(64), pdfs: 1 },
    ]);
    expect(manifest).toMatchObject({ format: 'sohoa.book-export', version: 1, createdAt: '2026-01-02T03:04:05.000Z', counts: { damaged: 1 }, withoutScan: ['2/2008'] });
    expect(JSON.parse(new TextDecoder().decode(manifestBytes(manifest)))).toEqual(manifest);
  });
});

/**
 * Interop with a second implementation: LibreOffice converts our exported KS file to CSV
 * (headless, throwaway profile) and must see exactly the text we wrote (leading zeros kept,
 * dates as text, Vietnamese intact). Skipped, with the reason printed, when soffice is absent.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRow, exportSheet, getProfile } from '../../../../shared/excel';
import { writeWorkbook } from '../../../../shared/xlsx';
import { findOffice, officeCsv } from '../../../fixtures/libreoffice';
import { fixtureEntries } from './workbooks';

const office = findOffice();
if (!office) console.log('LibreOffice interop test skipped: neither soffice nor libreoffice is on PATH (CI installs libreoffice-calc-nogui).');

describe('LibreOffice reads our export as we wrote it', () => {
  it.skipIf(!office)('KS export → CSV keeps every cell text', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sohoa-lo-'));
    try {
      const profile = getProfile('KS');
      const entries = fixtureEntries('KS').slice(0, 6);
      const [first] = entries;
      if (!first) throw new Error('fixtures missing');
      // Leading zeros a number cell would lose, and a CMND starting with 0.
      entries[0] = { ...first, nksSoDinhDanh: '040307012345', meLoaiGiayToTuyThan: '1', meSoGiayToTuyThan: '012345678' };
      const xlsx = join(dir, 'KS.xlsx');
      await writeFile(xlsx, await writeWorkbook(exportSheet(profile, entries)));
      const csv = await officeCsv(office ?? 'soffice', xlsx, dir);
      const expected = [profile.columns.slice(), ...entries.map((e, i) => exportRow(profile, e, i + 1))];
      expect(csv).toEqual(expected);
      expect(csv[1]?.[profile.columns.indexOf('nksSoDinhDanh')]).toBe('040307012345');
      expect(csv[1]?.[profile.columns.indexOf('ngayDangKy')]).toBe(first.ngayDangKy);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

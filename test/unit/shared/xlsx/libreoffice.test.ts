/**
 * Interop with a second implementation: LibreOffice converts our exported KS file to CSV
 * (headless, throwaway profile) and must see exactly the text we wrote (leading zeros kept,
 * dates as text, Vietnamese intact). Skipped, with the reason printed, when soffice is absent.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportRow, exportSheet, getProfile } from '../../../../shared/excel';
import { writeWorkbook } from '../../../../shared/xlsx';
import { fixtureEntries } from './workbooks';

function findOffice(): string | undefined {
  for (const name of ['soffice', 'libreoffice']) {
    const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (found.status === 0 && found.stdout.trim() !== '') return found.stdout.trim();
  }
  return undefined;
}

/** RFC 4180 CSV, enough for LibreOffice's output. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

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
      execFileSync(
        office ?? 'soffice',
        [
          `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
          '--headless',
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1',
          '--outdir',
          dir,
          xlsx,
        ],
        { stdio: 'pipe', timeout: 110_000 },
      );
      const csv = parseCsv((await readFile(join(dir, 'KS.csv'), 'utf8')).replace(/^\ufeff/u, ''));
      const expected = [profile.columns.slice(), ...entries.map((e, i) => exportRow(profile, e, i + 1))];
      expect(csv).toEqual(expected);
      expect(csv[1]?.[profile.columns.indexOf('nksSoDinhDanh')]).toBe('040307012345');
      expect(csv[1]?.[profile.columns.indexOf('ngayDangKy')]).toBe(first.ngayDangKy);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

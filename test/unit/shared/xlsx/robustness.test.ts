/**
 * Hostile and broken inputs: 500 xlsx files derived from a valid one (seeded RNG: truncations,
 * byte flips, overwritten spans; plus wrong types, huge cells, formulas, 10,000 columns, many
 * sheets, empty files, zip bombs honest and lying, names and merges over the whole sheet).
 * Every read must return within its time budget with either rows or ONE typed error, and the
 * rows must go through readEntries without throwing.
 */
import { deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportSheet, getProfile, readEntries } from '../../../../shared/excel';
import { readWorkbook, writeWorkbook, type XlsxErrorCode } from '../../../../shared/xlsx';
import { fixtureEntries, rawWorkbook, TODAY } from './workbooks';
import { editEntry, unzip, zip } from './zip-files';

const TOTAL = 500;
const BUDGET_MS = 5_000;
const CODES: readonly XlsxErrorCode[] = [
  'empty', 'too-big', 'not-xlsx', 'corrupt', 'too-many-sheets', 'too-many-rows', 'too-many-columns', 'cell-too-long', 'too-complex', 'timeout',
];

/** mulberry32: small, seeded, reproducible. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Expected outcome when it is certain. */
  readonly expect?: XlsxErrorCode | 'rows';
}

const named: Case[] = [];
let bases: Uint8Array[] = [];

beforeAll(async () => {
  const ks = getProfile('KS');
  const valid = await writeWorkbook(exportSheet(ks, fixtureEntries('KS').slice(0, 8)));
  const formulas = await rawWorkbook([
    { name: 'DL Import', rows: [ks.columns.slice(), ks.columns.map((_, i) => (i % 7 === 0 ? { formula: `A${i + 1}&"x"`, result: 'x' } : 'x'))] },
  ]);
  const zeros = new Uint8Array(64 * 1024 * 1024);
  const bombData = deflateRawSync(zeros, { level: 9 });
  const items = unzip(valid);
  const withShared = (declaredSize: number) =>
    zip([...items.filter((i) => i.name !== 'xl/sharedStrings.xml'), { name: 'xl/sharedStrings.xml', data: zeros, deflated: bombData, declaredSize }]);

  named.push(
    { name: 'valid', bytes: valid, expect: 'rows' },
    { name: 'formulas', bytes: formulas, expect: 'rows' },
    { name: 'empty', bytes: new Uint8Array(0), expect: 'empty' },
    { name: 'text', bytes: new TextEncoder().encode('so;quyenSo\n1;01/2008\n'), expect: 'not-xlsx' },
    { name: 'pdf', bytes: new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'), expect: 'not-xlsx' },
    { name: 'zip, not xlsx', bytes: zip([{ name: 'readme.txt', data: new TextEncoder().encode('hello') }]), expect: 'not-xlsx' },
    { name: 'huge cell', bytes: await rawWorkbook([{ name: 'DL Import', rows: [['so', 'ghiChu'], ['1', 'x'.repeat(40_000)]] }]), expect: 'cell-too-long' },
    { name: '10k columns', bytes: await rawWorkbook([{ name: 'DL Import', rows: [Array.from({ length: 10_000 }, (_, i) => `c${i}`)] }]), expect: 'too-many-columns' },
    {
      name: 'many sheets',
      bytes: await rawWorkbook(Array.from({ length: 60 }, (_, i) => ({ name: `S${i}`, rows: [['so']] }))),
      expect: 'too-many-sheets',
    },
    { name: 'honest bomb', bytes: withShared(300 * 1024 * 1024), expect: 'too-big' },
    { name: 'lying bomb', bytes: withShared(1024), expect: 'too-big' },
    {
      name: 'name over the whole sheet',
      bytes: editEntry(valid, 'xl/workbook.xml', (xml) =>
        xml.replace('</workbook>', `<definedNames><definedName name="all">'DL Import'!$A$1:$XFD$1048576</definedName></definedNames></workbook>`),
      ),
      expect: 'too-complex',
    },
    {
      name: 'merge over the whole sheet',
      bytes: editEntry(valid, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')),
      expect: 'rows',
    },
    {
      name: 'row far down',
      bytes: editEntry(valid, 'xl/worksheets/sheet1.xml', (xml) => xml.replace('</sheetData>', '<row r="900000"><c r="A900000" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')),
      expect: 'too-many-rows',
    },
  );
  bases = [valid, formulas, ...named.filter((c) => c.expect === 'rows' || c.expect === 'too-complex').map((c) => c.bytes)];
});

/** Characters that turn XML into other plausible XML: digits, letters of cell refs, markup. */
const XML_NOISE = '0123456789ABXZ:<>/="$ -';

function mutate(base: Uint8Array, random: () => number, i: number): Case {
  const bytes = base.slice();
  const pick = (n: number): number => Math.floor(random() * n);
  switch (i % 6) {
    case 0:
      return { name: `truncated #${i}`, bytes: bytes.subarray(0, pick(bytes.length)) };
    case 1: {
      const flips = 1 + pick(16);
      for (let k = 0; k < flips; k++) {
        const at = pick(bytes.length);
        bytes[at] = (bytes[at] ?? 0) ^ (1 << pick(8));
      }
      return { name: `${flips} bit flips #${i}`, bytes };
    }
    case 2: {
      // The central directory and end record live in the last few hundred bytes.
      const tail = Math.min(bytes.length, 2048);
      for (let k = 0; k < 1 + pick(6); k++) bytes[bytes.length - 1 - pick(tail)] = pick(256);
      return { name: `directory damage #${i}`, bytes };
    }
    case 3: {
      const start = pick(bytes.length);
      const end = Math.min(bytes.length, start + 1 + pick(512));
      for (let k = start; k < end; k++) bytes[k] = pick(256);
      return { name: `random span #${i}`, bytes };
    }
    case 4:
      return { name: `random bytes #${i}`, bytes: Uint8Array.from({ length: pick(4096) }, () => pick(256)) };
    default: {
      // Well-formed zip, damaged XML inside: this is what reaches the Excel library's parser.
      const items = unzip(base);
      const target = items[pick(items.length)];
      const edited = items.map((item) => {
        if (item !== target) return item;
        const text = [...new TextDecoder().decode(item.data)];
        for (let k = 0; k < 1 + pick(12); k++) text[pick(text.length)] = XML_NOISE[pick(XML_NOISE.length)] ?? '';
        return { name: item.name, data: new TextEncoder().encode(text.join('')) };
      });
      return { name: `xml damage in ${target?.name ?? '?'} #${i}`, bytes: zip(edited) };
    }
  }
}

describe('reading hostile xlsx files', () => {
  it(`${TOTAL} broken or hostile files: rows or one typed error each, within the budget`, async () => {
    const random = rng(20240601);
    const cases = [...named];
    for (let i = 0; cases.length < TOTAL; i++) cases.push(mutate(bases[i % bases.length] ?? new Uint8Array(), random, i));

    const outcomes = new Map<string, number>();
    let slowest = 0;
    const started = Date.now();
    for (const c of cases) {
      const t0 = Date.now();
      const result = await readWorkbook(c.bytes, { timeBudgetMs: BUDGET_MS });
      const elapsed = Date.now() - t0;
      slowest = Math.max(slowest, elapsed);
      expect(elapsed, c.name).toBeLessThan(BUDGET_MS + 1_000);
      if (result.ok) {
        expect(Array.isArray(result.value.sheets), c.name).toBe(true);
        const read = readEntries(result.value, { today: TODAY });
        expect(typeof read.ok, c.name).toBe('boolean');
      } else {
        expect(CODES, c.name).toContain(result.error.code);
        expect(result.error.message.length, c.name).toBeGreaterThan(10);
      }
      const outcome = result.ok ? 'rows' : result.error.code;
      if (c.expect) expect(outcome, c.name).toBe(c.expect);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    console.log(`robustness: ${cases.length} files in ${Date.now() - started} ms, slowest ${slowest} ms`, Object.fromEntries(outcomes));
    expect(cases.length).toBe(TOTAL);
  });

  it('gives up with a timeout error when the time budget runs out', async () => {
    const ks = getProfile('KS');
    const entries = Array.from({ length: 300 }, (_, i) => fixtureEntries('KS')[i % 50] ?? {});
    const bytes = await writeWorkbook(exportSheet(ks, entries));
    const t0 = Date.now();
    const result = await readWorkbook(bytes, { timeBudgetMs: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'timeout' } });
    expect(Date.now() - t0).toBeLessThan(500);
  });
});

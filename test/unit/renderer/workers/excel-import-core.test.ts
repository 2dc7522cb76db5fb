/**
 * The import worker's message handling, run in Node without a Worker: requests and events are
 * checked against the protocol, a file gives progress then its preview, a wrong file or a bad
 * message gives one failure, and a cancel is honoured.
 */
import { describe, expect, it } from 'vitest';
import { createImportHandler } from '../../../../renderer/workers/excel-import-core';
import { ImportEvent } from '../../../../renderer/workers/excel-import-protocol';
import { exportSheet, getProfile } from '../../../../shared/excel';
import { writeWorkbook } from '../../../../shared/xlsx';
import { teamKsWorkbook } from '../../../support/team-workbook';
import { fixtureEntries, TODAY } from '../../shared/xlsx/workbooks';

function worker() {
  const events: ImportEvent[] = [];
  // Every event must pass the schema the renderer parses it with.
  const handle = createImportHandler((event) => events.push(ImportEvent.parse(event)));
  return { events, handle };
}

const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer;
const read = (bytes: Uint8Array, type = 'KS') => ({ kind: 'read', bytes: buffer(bytes), type, today: TODAY });

describe('excel import worker', () => {
  it('reports progress, then the preview with every row and problem', async () => {
    const file = await teamKsWorkbook(fixtureEntries('KS').slice(0, 10));
    const { events, handle } = worker();
    await handle(read(file.bytes));
    const last = events.at(-1);
    if (last?.kind !== 'done') throw new Error(`expected done, got ${JSON.stringify(last)}`);
    expect(events[0]).toMatchObject({ kind: 'progress', phase: 'reading' });
    const checking = events.filter((e) => e.kind === 'progress' && e.phase === 'checking');
    expect(checking.length).toBeGreaterThan(0);
    expect(last.preview.rows).toHaveLength(file.rows);
    expect(last.preview.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.column])).toEqual(file.mistakes.map((m) => [m.row, m.column]));
  });

  it('refuses a file of another type with a Vietnamese reason', async () => {
    const kt = await writeWorkbook(exportSheet(getProfile('KT'), fixtureEntries('KT').slice(0, 2)));
    const { events, handle } = worker();
    await handle(read(kt));
    expect(events.at(-1)).toMatchObject({ kind: 'failed', code: 'wrong-type', message: expect.stringContaining('không phải sổ KS') });
  });

  it('refuses bytes that are not a workbook and messages that break the protocol', async () => {
    const { events, handle } = worker();
    await handle(read(new TextEncoder().encode('STT;so;quyenSo\n1;01/2008;01/2008')));
    expect(events.at(-1)).toMatchObject({ kind: 'failed', code: 'not-xlsx' });
    await handle({ kind: 'read', bytes: 'not bytes', type: 'KS', today: TODAY });
    await handle(read(new Uint8Array(4), 'XX'));
    expect(events.slice(-2)).toMatchObject([
      { kind: 'failed', code: 'bad-message' },
      { kind: 'failed', code: 'bad-message' },
    ]);
  });

  it('honours a cancel that arrives while the workbook is read, and refuses a second file meanwhile', async () => {
    const file = await teamKsWorkbook(fixtureEntries('KS').slice(0, 5));
    const { events, handle } = worker();
    const running = handle(read(file.bytes));
    await handle(read(file.bytes));
    await handle({ kind: 'cancel' });
    await running;
    expect(events.filter((e) => e.kind !== 'progress')).toEqual([{ kind: 'failed', code: 'busy', message: expect.any(String) }, { kind: 'cancelled' }]);
  });
});

/**
 * The scan ZIP worker's message handling, run in Node without a Worker: every event passes the
 * protocol the renderer parses it with; a start asks for each source once, waits for it, and
 * streams a ZIP that unzips to the entries' PDFs, with progress and the end; it builds nothing
 * further while too much of what it posted is not reported written; a source that is no scan
 * or a bad message gives one failure.
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createScanZipHandler } from '../../../../renderer/workers/scan-zip-core';
import { ScanZipEvent, type ScanZipRequest } from '../../../../renderer/workers/scan-zip-protocol';
import { sizedPdf } from '../../shared/export/scan-fixtures';

const start: ScanZipRequest = {
  kind: 'start',
  entries: [
    { name: 'KS.2008.01.2008-01-04.001.pdf', pages: [{ sourceId: 's1', pageIndex: 0, rotation: 0 }] },
    { name: 'KS.2008.01.2008-01-12.002.pdf', pages: [{ sourceId: 's1', pageIndex: 1, rotation: 90 }] },
  ],
  modified: Date.UTC(2026, 0, 2),
};

function worker(source: () => Promise<Uint8Array>, options: { aheadBytes?: number; acks?: boolean } = {}) {
  const events: ScanZipEvent[] = [];
  let written = 0;
  let handle: (data: unknown) => Promise<void> = async () => undefined;
  handle = createScanZipHandler((event) => {
    events.push(ScanZipEvent.parse(event));
    // The renderer answers a need with the source's bytes and each piece with the bytes written so far, as separate messages.
    if (event.kind === 'need') void source().then((bytes) => handle({ kind: 'source', sourceId: event.sourceId, bytes: bytes.slice().buffer }));
    if (event.kind === 'data') {
      written += event.bytes.byteLength;
      const bytes = written;
      if (options.acks !== false) setTimeout(() => void handle({ kind: 'written', bytes }), 0);
    }
  }, options.aheadBytes);
  return { events, handle, options };
}

describe('scan ZIP worker', () => {
  it('asks for the source once and streams the ZIP of both entries', async () => {
    const { events, handle } = worker(async () => sizedPdf(2));
    await handle(start);
    expect(events.filter((e) => e.kind === 'need')).toEqual([{ kind: 'need', sourceId: 's1' }]);
    expect(events.filter((e) => e.kind === 'progress')).toEqual([
      { kind: 'progress', done: 1, total: 2 },
      { kind: 'progress', done: 2, total: 2 },
    ]);
    expect(events.at(-1)).toEqual({ kind: 'done', pdfs: 2 });
    const pieces = events.flatMap((e) => (e.kind === 'data' ? [new Uint8Array(e.bytes)] : []));
    const zip = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
    pieces.reduce((at, p) => (zip.set(p, at), at + p.length), 0);
    expect(Object.keys(unzipSync(zip))).toEqual(start.entries.map((e) => e.name));
  });

  it('waits with the next PDF until what it posted is reported written', async () => {
    const { events, handle, options } = worker(async () => sizedPdf(2), { aheadBytes: 1, acks: false });
    const run = handle(start);
    await new Promise((r) => setTimeout(r, 50));
    expect(events.filter((e) => e.kind === 'progress')).toEqual([{ kind: 'progress', done: 1, total: 2 }]);
    // From here on every piece is reported written as it comes.
    options.acks = true;
    const posted = events.reduce((n, e) => n + (e.kind === 'data' ? e.bytes.byteLength : 0), 0);
    await handle({ kind: 'written', bytes: posted });
    await run;
    expect(events.at(-1)).toEqual({ kind: 'done', pdfs: 2 });
  });

  it('fails once for a source that is no scan and for a message outside the protocol', async () => {
    const broken = worker(async () => new TextEncoder().encode('not a scan'));
    await broken.handle(start);
    expect(broken.events.filter((e) => e.kind !== 'need')).toEqual([{ kind: 'failed', code: 'source_unreadable' }]);
    const bad = worker(async () => new Uint8Array());
    await bad.handle({ kind: 'start', entries: [{ name: 'x.pdf', pages: [] }], modified: 0 });
    expect(bad.events).toEqual([{ kind: 'failed', code: 'failed' }]);
  });
});

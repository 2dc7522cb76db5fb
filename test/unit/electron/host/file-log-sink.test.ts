/**
 * The JSON-lines log file on a real temp directory: contract-only events, rotation to one
 * `.1` generation, and tails that span the rotation.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../../shared/host/contract';
import { createFileLogSink } from '../../../../electron/host/file-log-sink';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sohoa-log-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const event = (n: number): LogEvent => ({ level: 'info', event: 'test.event', fields: { n } });

describe('createFileLogSink', () => {
  it('writes JSON lines with a timestamp, private to this user', async () => {
    const sink = createFileLogSink({ dir, now: () => new Date('2025-01-02T03:04:05.000Z') });
    await sink.write(event(1));
    const text = await readFile(sink.file, 'utf8');
    expect(JSON.parse(text.trim())).toEqual({ t: '2025-01-02T03:04:05.000Z', ...event(1) });
    expect((await stat(sink.file)).mode & 0o777).toBe(0o600);
  });

  it('refuses free text that the contract does not allow', async () => {
    const sink = createFileLogSink({ dir });
    const withName = { level: 'info', event: 'x', fields: { name: 'Nguyễn Văn An' } } as const;
    await expect(sink.write(withName)).rejects.toThrow();
    await expect(sink.tail(10)).resolves.toEqual([]);
  });

  it('rotates at the size limit and tails across the rotation', async () => {
    const sink = createFileLogSink({ dir, maxBytes: 400 });
    await Promise.all(Array.from({ length: 20 }, (_, n) => sink.write(event(n))));
    expect((await stat(sink.file)).size).toBeLessThanOrEqual(400);
    expect((await stat(`${sink.file}.1`)).size).toBeLessThanOrEqual(400);
    const tail = await sink.tail(5);
    expect(tail.map((line) => (JSON.parse(line) as { fields: { n: number } }).fields.n)).toEqual([15, 16, 17, 18, 19]);
    const wide = await sink.tail(1000);
    expect(wide.length).toBeGreaterThan(5);
    expect(wide.length).toBeLessThan(20);
  });
});

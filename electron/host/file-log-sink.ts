/**
 * JSON-lines log file in the data directory, rotated to one `.1` generation at ~5 MB. It only
 * accepts contract LogEvents (codes, numbers, booleans) and re-validates them, so nothing
 * free-form (names, ID numbers, key material) can be written even by host code. Uses node:fs;
 * must not import 'electron'.
 */
import { appendFile, mkdir, readFile, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LogEvent } from '../../shared/host/contract';
import type { LogSink } from './ports';

export const DEFAULT_MAX_LOG_BYTES = 5 * 1024 * 1024;

export interface FileLogSinkOptions {
  dir: string;
  maxBytes?: number;
  now?: () => Date;
}

export function createFileLogSink(options: FileLogSinkOptions): LogSink & { readonly file: string } {
  const file = join(options.dir, 'host.log');
  const rotated = `${file}.1`;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_LOG_BYTES;
  const now = options.now ?? (() => new Date());
  // Writes are chained so rotation and appends never interleave.
  let queue: Promise<void> = mkdir(options.dir, { recursive: true, mode: 0o700 }).then(() => undefined);

  const append = async (line: string): Promise<void> => {
    const size = await stat(file).then((s) => s.size, () => 0);
    if (size > 0 && size + Buffer.byteLength(line) > maxBytes) await rename(file, rotated);
    await appendFile(file, line, { mode: 0o600 });
  };

  return {
    file,
    async write(event) {
      const parsed = LogEvent.parse(event);
      const line = `${JSON.stringify({ t: now().toISOString(), ...parsed })}\n`;
      const next = queue.then(() => append(line));
      queue = next.catch(() => undefined);
      await next;
    },
    async tail(maxLines) {
      await queue;
      const read = (path: string) => readFile(path, 'utf8').then((text) => lines(text), () => []);
      const current = await read(file);
      const all = current.length >= maxLines ? current : [...(await read(rotated)), ...current];
      return all.slice(-maxLines);
    },
  };
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.length > 0);
}

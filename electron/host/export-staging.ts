/**
 * Large export files (the book's ZIP of scans) written in pieces: each stage is a dot-named
 * temp file in the chosen folder itself, opened exclusively and only by this host, filled in
 * order with every piece checked against its SHA-256, then flushed. A finished stage is not in
 * place yet: writeExportFiles renames it together with the small files, or removes it with
 * them, so the export stays all or none. Aborts, failed pieces, stages left idle (a renderer
 * that crashed or was closed) and the host's exit delete their temp file; a temp file of the same
 * name left by a host that crashed mid-write is deleted when the export is tried again. Errors
 * carry codes, never paths.
 */
import { createHash, randomBytes, type Hash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { open, readdir, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { HostFailure } from './host-failure';
import { errnoOf, exists, usableFolder } from './export-files';

/** A stage untouched this long is given up: nobody will finish it. */
export const STAGE_IDLE_MS = 10 * 60 * 1000;
/** More than one export at a time makes no sense; this bounds what a hostile caller can open. */
const MAX_STAGES = 4;

interface Stage {
  folder: string;
  name: string;
  temp: string;
  handle: FileHandle | null;
  hash: Hash;
  bytes: number;
  seq: number;
  sha256: string | null;
  busy: boolean;
  touched: number;
}

/** A finished stage handed over to be renamed into place; its temp file is the taker's now. */
export interface StagedFile {
  name: string;
  temp: string;
  bytes: number;
}

export interface ExportStaging {
  begin(folder: string, name: string): Promise<string>;
  append(id: string, seq: number, data: Uint8Array, sha256: string): Promise<number>;
  finish(id: string, bytes: number): Promise<{ bytes: number; sha256: string }>;
  abort(id: string): Promise<void>;
  /** Removes finished stages from the staging for writeExportFiles; refused unless all are finished into `folder`. */
  take(ids: readonly string[], folder: string): StagedFile[];
}

/** Temp files of unfinished stages in this process: plaintext the host must not leave behind when it quits. */
const liveTemps = new Set<string>();

/** Synchronous, for process 'exit' (no promise runs there); exported for its test. */
export function removeLiveTemps(): void {
  for (const temp of liveTemps) {
    try {
      rmSync(temp, { force: true });
    } catch {
      // Nothing more can be done while the process ends; the next export of that file removes it.
    }
  }
  liveTemps.clear();
}
process.once('exit', removeLiveTemps);

export const tempNameFor = (name: string): string => `.${name}.${randomBytes(6).toString('hex')}.part`;

/** Whether `file` is a temp file tempNameFor made for `name`. */
const isTempOf = (file: string, name: string): boolean =>
  file.startsWith(`.${name}.`) && /^[0-9a-f]{12}\.part$/u.test(file.slice(name.length + 2));

export function createExportStaging(now: () => number = Date.now): ExportStaging {
  const stages = new Map<string, Stage>();

  const drop = async (id: string): Promise<void> => {
    const stage = stages.get(id);
    if (!stage) return;
    stages.delete(id);
    await stage.handle?.close().catch(() => undefined);
    await rm(stage.temp, { force: true }).catch(() => undefined);
    liveTemps.delete(stage.temp);
  };

  const expire = async () => {
    const idle = [...stages].filter(([, s]) => !s.busy && now() - s.touched > STAGE_IDLE_MS).map(([id]) => id);
    await Promise.all(idle.map(drop));
  };

  /** Runs one step on a stage no other call is using; a failed step gives the whole stage up. */
  const step = async <T>(id: string, work: (stage: Stage) => Promise<T>): Promise<T> => {
    const stage = stages.get(id);
    if (!stage) throw new HostFailure('stage_unknown', 'no such export stage (finished, aborted or expired)');
    if (stage.busy) throw new HostFailure('stage_busy', 'the export stage is busy with another piece');
    stage.busy = true;
    try {
      const result = await work(stage);
      stage.touched = now();
      return result;
    } catch (error) {
      await drop(id);
      if (error instanceof HostFailure) throw error;
      throw new HostFailure('write_failed', `the export file could not be written (${errnoOf(error) ?? 'error'})`);
    } finally {
      stage.busy = false;
    }
  };

  return {
    async begin(folder, name) {
      await expire();
      if (stages.size >= MAX_STAGES) throw new HostFailure('stage_limit', 'too many export files are being written at once');
      const dir = await usableFolder(folder);
      if (await exists(join(dir, name))) throw new HostFailure('file_exists', 'a file of that name is already in the export folder');
      const active = new Set([...stages.values()].map((s) => s.temp));
      const leftovers = (await readdir(dir).catch(() => [] as string[])).filter((f) => isTempOf(f, name) && !active.has(join(dir, f)));
      await Promise.all(leftovers.map((f) => rm(join(dir, f), { force: true }).catch(() => undefined)));
      const temp = join(dir, tempNameFor(name));
      let handle: FileHandle;
      try {
        // SECURITY: 'wx' never follows or reuses a planted file; 0600 keeps other OS users out.
        handle = await open(temp, 'wx', 0o600);
      } catch (error) {
        throw new HostFailure('write_failed', `the export file could not be started (${errnoOf(error) ?? 'error'})`);
      }
      liveTemps.add(temp);
      const id = randomBytes(16).toString('hex');
      stages.set(id, { folder: dir, name, temp, handle, hash: createHash('sha256'), bytes: 0, seq: 0, sha256: null, busy: false, touched: now() });
      return id;
    },

    append: (id, seq, data, sha256) =>
      step(id, async (stage) => {
        if (!stage.handle || stage.sha256 !== null) throw new HostFailure('stage_finished', 'the export stage is already finished');
        if (seq !== stage.seq) throw new HostFailure('stage_out_of_order', 'a piece of the export file is missing or repeated');
        if (createHash('sha256').update(data).digest('hex') !== sha256) throw new HostFailure('stage_corrupt', 'a piece of the export file arrived damaged');
        await stage.handle.write(data, 0, data.byteLength, stage.bytes);
        stage.hash.update(data);
        stage.bytes += data.byteLength;
        stage.seq += 1;
        return stage.bytes;
      }),

    finish: (id, bytes) =>
      step(id, async (stage) => {
        if (!stage.handle || stage.sha256 !== null) throw new HostFailure('stage_finished', 'the export stage is already finished');
        if (bytes !== stage.bytes) throw new HostFailure('stage_incomplete', 'the export file is not as long as expected');
        await stage.handle.sync();
        await stage.handle.close();
        stage.handle = null;
        stage.sha256 = stage.hash.digest('hex');
        return { bytes: stage.bytes, sha256: stage.sha256 };
      }),

    abort: drop,

    take(ids, folder) {
      if (new Set(ids).size !== ids.length) throw new HostFailure('duplicate_name', 'an export file is named twice');
      const taken = ids.map((id) => {
        const stage = stages.get(id);
        if (!stage || stage.sha256 === null || stage.busy) throw new HostFailure('stage_unfinished', 'an export file is not finished');
        if (stage.folder !== folder) throw new HostFailure('stage_elsewhere', 'an export file was staged in another folder');
        return { id, file: { name: stage.name, temp: stage.temp, bytes: stage.bytes } };
      });
      for (const { id, file } of taken) {
        stages.delete(id);
        liveTemps.delete(file.temp);
      }
      return taken.map((t) => t.file);
    },
  };
}

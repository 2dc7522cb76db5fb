/**
 * The one host contract: every channel the renderer may call on the host (Electron main
 * or the loopback web host), with zod schemas for input and output, plus the events the
 * host may push. Both sides validate against these schemas; nothing else crosses.
 * Citizen data never crosses this contract in plaintext except where a channel says so.
 */
import { z } from 'zod';

/** Base64 of raw bytes; bounded so a hostile caller cannot make the host buffer gigabytes. */
export const Base64 = z
  .string()
  .max(16 * 1024 * 1024)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64');

export const HostMode = z.enum(['electron', 'web']);
export type HostMode = z.infer<typeof HostMode>;

/** Log fields are codes and numbers only: free text could carry a citizen's name into a log file. */
export const LogField = z.union([z.number(), z.boolean(), z.string().regex(/^[A-Za-z0-9_.:\-/]{0,80}$/)]);
export const LogEvent = z.object({
  level: z.enum(['debug', 'info', 'warn', 'error']),
  event: z.string().regex(/^[a-z][a-zA-Z0-9_.-]{0,79}$/),
  fields: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/), LogField).default({}),
});
export type LogEvent = z.infer<typeof LogEvent>;

/**
 * One file the host may create in the export folder: a single path segment, nothing Windows
 * refuses in a name, no leading dot (the host's own temp files start with one).
 */
export const ExportFileName = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex
  .regex(/^[^<>:"/\\|?*\u0000-\u001f.][^<>:"/\\|?*\u0000-\u001f]*(?<![. ])$/u, 'not a plain file name');

/** A folder as the user gave or chose it; the host checks it is absolute and usable. */
export const FolderPath = z.string().min(1).max(1000);

/** One piece of a staged export file: 8 MiB of Base64 (6 MiB of bytes) fits the web host's body limit. */
export const ChunkBase64 = Base64.max(8 * 1024 * 1024);
export const STAGE_CHUNK_BYTES = 6 * 1024 * 1024;

/** A staged export file's session, as the host gave it out. */
export const StageId = z.string().regex(/^[0-9a-f]{32}$/u, 'not a stage id');
export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/u, 'not a sha-256');

export const contract = {
  'app.info': {
    input: z.object({}),
    output: z.object({
      version: z.string(),
      mode: HostMode,
      platform: z.string(),
      /** Whether slots are additionally bound to this OS account (Electron safeStorage). */
      deviceBinding: z.enum(['os-keychain', 'device-file']),
    }),
  },
  /**
   * SECURITY: binds a key slot to this device. Input is an already-wrapped key slot, never
   * key material in the clear; the host adds a second layer (safeStorage / device key).
   */
  'vault.seal': {
    input: z.object({ data: Base64 }),
    output: z.object({ sealed: Base64 }),
  },
  'vault.unseal': {
    input: z.object({ sealed: Base64 }),
    output: z.object({ data: Base64 }),
  },
  'log.write': {
    input: LogEvent,
    output: z.object({}),
  },
  'diagnostics.read': {
    input: z.object({ maxLines: z.number().int().min(1).max(2000).default(200) }),
    output: z.object({
      version: z.string(),
      mode: HostMode,
      platform: z.string(),
      arch: z.string(),
      node: z.string(),
      chrome: z.string().optional(),
      electron: z.string().optional(),
      logTail: z.array(z.string()),
    }),
  },
  /** Where an export goes by default (not created until written) and whether a native dialog exists. */
  'files.exportFolder': {
    input: z.object({}),
    output: z.object({ folder: z.string(), canChoose: z.boolean() }),
  },
  /** The native folder dialog (Electron only; the web host answers `not_supported`); null when cancelled. */
  'files.chooseFolder': {
    input: z.object({ start: z.string().max(1000) }),
    output: z.object({ folder: z.string().nullable() }),
  },
  /**
   * Citizen data in plaintext, by the user's choice: the Ministry export files, written into
   * the folder the user chose, each atomically, never elsewhere. All or none: an existing file
   * of the same name is refused, and a failure leaves none of them. Small files come inline
   * (each bounded by Base64, the call by the web host's body limit); a file too large for that
   * (the book's ZIP of scans) is staged first (files.stage*) and named here by its stage id, so
   * it is renamed into place together with the others or removed with them.
   */
  'files.writeExport': {
    input: z.object({
      folder: FolderPath,
      files: z.array(z.object({ name: ExportFileName, data: Base64 })).min(1).max(4),
      staged: z.array(StageId).max(2).default([]),
    }),
    output: z.object({
      /** The folder as the host resolved it. */
      folder: z.string(),
      files: z.array(z.object({ name: z.string(), bytes: z.number().int().min(0) })),
    }),
  },
  /**
   * Staging a large export file: a dot-named temp file in the chosen folder itself (never the
   * system temp folder), filled in order by stageAppend, each piece checked against its
   * SHA-256 so nothing is lost or garbled on the way. Refused when the final name exists.
   */
  'files.stageBegin': {
    input: z.object({ folder: FolderPath, name: ExportFileName }),
    output: z.object({ stage: StageId }),
  },
  'files.stageAppend': {
    input: z.object({ stage: StageId, seq: z.number().int().min(0), data: ChunkBase64, sha256: Sha256Hex }),
    output: z.object({ bytes: z.number().int().min(0) }),
  },
  /** Flushed to disk, checked for the expected size; the host's SHA-256 of the whole file for the manifest. */
  'files.stageFinish': {
    input: z.object({ stage: StageId, bytes: z.number().int().min(0) }),
    output: z.object({ bytes: z.number().int().min(0), sha256: Sha256Hex }),
  },
  /** Removes the temp file; a stage already gone (finished into place, expired) is no error. */
  'files.stageAbort': {
    input: z.object({ stage: StageId }),
    output: z.object({}),
  },
} as const;

export const hostEvents = {
  /** The OS is suspending or the screen was locked: the renderer must lock at once. */
  'system.lock': z.object({ reason: z.enum(['suspend', 'lock-screen']) }),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
export type HostEventName = keyof typeof hostEvents;
export type HostEventPayload<E extends HostEventName> = z.infer<(typeof hostEvents)[E]>;

export const channels = Object.keys(contract) as Channel[];
export const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);

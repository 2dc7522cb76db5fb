/**
 * The ports the host core depends on. Electron and the web host each provide their own
 * implementations; the core never learns which. Nothing here may import 'electron' or touch
 * the file system directly.
 */
import type { HostMode, LogEvent } from '../../shared/host/contract';

/**
 * SECURITY: binds already-wrapped key slots to this device. `unseal` must reject with a
 * HostFailure (code `vault_unseal_failed`) for anything it did not seal itself, never return
 * partial or unauthenticated bytes.
 */
export interface KeyVault {
  seal(data: Uint8Array): Promise<Uint8Array>;
  unseal(sealed: Uint8Array): Promise<Uint8Array>;
}

export type DeviceBinding = 'os-keychain' | 'device-file';

/** Accepts only contract LogEvents (codes and numbers), so free text cannot reach the log file. */
export interface LogSink {
  write(event: LogEvent): Promise<void>;
  /** The newest `maxLines` lines, oldest first. */
  tail(maxLines: number): Promise<string[]>;
}

export interface HostInfo {
  version: string;
  mode: HostMode;
  platform: string;
  arch: string;
  deviceBinding: DeviceBinding;
  versions: { node: string; chrome?: string; electron?: string };
}

/** Where export files go: the default folder and, in Electron, the native folder dialog. */
export interface ExportFolders {
  /** Absolute; not created until something is written there. */
  defaultFolder(): string;
  /** The native dialog, or null where the host has none (the web host: the user types a path). */
  readonly choose: ((start: string) => Promise<string | null>) | null;
}

export interface HostPorts {
  vault: KeyVault;
  log: LogSink;
  info: HostInfo;
  exportFolders: ExportFolders;
}

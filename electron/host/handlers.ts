/**
 * The host's handler map: one function per contract channel, built from ports. Handlers hold no
 * transport or Electron knowledge and never log caller-supplied values; vault bytes pass
 * through them only as opaque, already-wrapped slots; export bytes only on their way into the
 * folder the user chose.
 */
import type { Handlers } from './router';
import type { HostPorts } from './ports';
import { HostFailure } from './host-failure';
import { writeExportFiles } from './export-files';
import { createExportStaging } from './export-staging';

export function createHandlers(ports: HostPorts): Handlers {
  const { vault, log, info, exportFolders } = ports;
  const staging = createExportStaging();
  return {
    'app.info': async () => ({
      version: info.version,
      mode: info.mode,
      platform: info.platform,
      deviceBinding: info.deviceBinding,
    }),
    'vault.seal': async ({ data }) => {
      const sealed = await vault.seal(fromBase64(data));
      return { sealed: toBase64(sealed) };
    },
    'vault.unseal': async ({ sealed }) => {
      const data = await vault.unseal(fromBase64(sealed));
      return { data: toBase64(data) };
    },
    'log.write': async (event) => {
      await log.write(event);
      return {};
    },
    'diagnostics.read': async ({ maxLines }) => ({
      version: info.version,
      mode: info.mode,
      platform: info.platform,
      arch: info.arch,
      node: info.versions.node,
      chrome: info.versions.chrome,
      electron: info.versions.electron,
      logTail: await log.tail(maxLines),
    }),
    'files.exportFolder': async () => ({ folder: exportFolders.defaultFolder(), canChoose: exportFolders.choose !== null }),
    'files.chooseFolder': async ({ start }) => {
      if (!exportFolders.choose) throw new HostFailure('not_supported', 'this host has no folder dialog; type the folder path');
      return { folder: await exportFolders.choose(start) };
    },
    'files.writeExport': async ({ folder, files, staged }) => {
      const written = await writeExportFiles(
        folder,
        files.map((f) => ({ name: f.name, data: fromBase64(f.data) })),
        (dir) => staging.take(staged, dir),
      );
      await log.write({ level: 'info', event: 'export.written', fields: { files: written.files.length } });
      return written;
    },
    'files.stageBegin': async ({ folder, name }) => ({ stage: await staging.begin(folder, name) }),
    'files.stageAppend': async ({ stage, seq, data, sha256 }) => ({ bytes: await staging.append(stage, seq, fromBase64(data), sha256) }),
    'files.stageFinish': async ({ stage, bytes }) => staging.finish(stage, bytes),
    'files.stageAbort': async ({ stage }) => {
      await staging.abort(stage);
      return {};
    },
  };
}

function fromBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}

function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

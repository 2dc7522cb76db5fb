/**
 * State of the export screen: what it needs before the officer decides (the book's counts, the
 * default folder and whether a native dialog exists, the file-name pattern, the commune) and
 * the run itself, with the host, the scan store and the export workers plugged into exportBook,
 * and its progress. Holds the result's names and hashes only, never entry values.
 */
import { useCallback, useEffect, useState } from 'react';
import type { InstallInfo, SessionInfo, BookView, Settings } from '../../../store/types';
import type { ScanSourceId } from '../../../store/scan-types';
import type { BookExportCounts } from '../../../store/book-export';
import { toBase64 } from '../../../../shared/crypto/bytes';
import { sha256Hex } from '../../../../shared/excel';
import { useCitizen } from '../../../app/citizen-context';
import { useScans } from '../../../app/scan-context';
import { useServices } from '../../../app/use-services';
import type { HostPort } from '../../../app/host-port';
import { buildExportWorkbook } from '../../../workers/xlsx-write-client';
import { buildScanZipInWorker } from '../../../workers/scan-zip-client';
import { useAction } from '../../../ui/use-action';
import { useT } from '../../../i18n/use-t';
import type { MessageKey } from '../../../i18n/vi';
import { bookExportVi } from '../../../i18n/catalogs/book-export';
import { exportBook, ExportFailure, type ExportDeps, type ExportDone, type ExportProgress } from './export-book';

/** Failures with their own message; any other host code gets the generic one. */
const KNOWN: Readonly<Record<string, true>> = Object.fromEntries(
  Object.keys(bookExportVi)
    .filter((k) => k.startsWith('export.error.'))
    .map((k) => [k, true]),
);

export interface ExportSetup {
  counts: BookExportCounts;
  folder: string;
  canChoose: boolean;
  settings: Settings;
  install: InstallInfo;
}

/** A host answer or the ExportFailure naming its code. */
async function hostCall<T>(answer: Promise<{ ok: true; value: T } | { ok: false; error: { code: string } }>): Promise<T> {
  const result = await answer;
  if (!result.ok) throw new ExportFailure(`host.${result.error.code}`);
  return result.value;
}

function hostStage(host: HostPort): ExportDeps['stage'] {
  return {
    begin: async (folder, name) => (await hostCall(host.invoke('files.stageBegin', { folder, name }))).stage,
    append: async (stage, seq, bytes) => {
      await hostCall(host.invoke('files.stageAppend', { stage, seq, data: toBase64(bytes), sha256: await sha256Hex(bytes) }));
    },
    finish: (stage, bytes) => hostCall(host.invoke('files.stageFinish', { stage, bytes })),
    abort: async (stage) => {
      await hostCall(host.invoke('files.stageAbort', { stage }));
    },
  };
}

export function useBookExport(book: BookView, session: SessionInfo) {
  const t = useT();
  const citizen = useCitizen();
  const scans = useScans();
  const { store, host } = useServices();
  const [setup, setSetup] = useState<ExportSetup | null>(null);
  const [done, setDone] = useState<ExportDone | null>(null);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const loading = useAction();
  const running = useAction();

  useEffect(() => {
    void loading.run(async () => {
      const [counts, target, settings, install] = await Promise.all([
        citizen.exports.counts(book.id),
        host.invoke('files.exportFolder', {}),
        store.settings.get(),
        store.install(),
      ]);
      if (!install) throw new Error('not provisioned');
      setSetup({
        counts,
        folder: target.ok ? target.value.folder : '',
        canChoose: target.ok && target.value.canChoose,
        settings,
        install,
      });
    });
    // Loaded once per book (the action object changes every render); the run reloads the counts itself.
  }, [book.id, citizen, host, store]);

  const choose = useCallback(
    async (start: string): Promise<string | null> => {
      const chosen = await host.invoke('files.chooseFolder', { start });
      return chosen.ok ? chosen.value.folder : null;
    },
    [host],
  );

  const run = useCallback(
    async (layout: string, folder: string) => {
      if (!setup) return;
      const deps: ExportDeps = {
        exports: citizen.exports,
        buildWorkbook: buildExportWorkbook,
        scans: {
          pages: (bookId) => scans.pages(bookId as BookView['id']),
          zip: buildScanZipInWorker,
          read: async (sourceId) => (await scans.readSource(sourceId as ScanSourceId)).bytes,
        },
        stage: hostStage(host),
        write: (target, files, staged) =>
          hostCall(host.invoke('files.writeExport', { folder: target, files: files.map((f) => ({ name: f.name, data: toBase64(f.data) })), staged })),
        now: Date.now,
        progress: setProgress,
      };
      const { commune } = setup.install;
      const explain = (error: unknown): boolean => {
        if (!(error instanceof ExportFailure)) return false;
        const key = `export.error.${error.code}`;
        running.setError(t((key in KNOWN ? key : 'export.error.host.other') as MessageKey, { entries: error.entries.join(', ') }));
        return true;
      };
      await running.run(async () => {
        setDone(null);
        setProgress(null);
        setDone(
          await exportBook(deps, {
            book,
            layout,
            folder,
            pattern: setup.settings.exportFileName,
            place: { commune: commune.commune.name, district: commune.district?.name ?? null, province: commune.province.name },
            person: { id: session.user.id, name: session.user.displayName },
          }),
        );
      }, explain);
      setProgress(null);
      const counts = await citizen.exports.counts(book.id).catch(() => null);
      if (counts) setSetup((current) => (current ? { ...current, counts } : current));
    },
    [book, citizen, host, running, scans, session, setup, t],
  );

  return { setup, loadError: loading.error, choose, run, progress, busy: running.busy, runError: running.error, setRunError: running.setError, done };
}

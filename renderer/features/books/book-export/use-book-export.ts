/**
 * State of the export screen: what it needs before the officer decides (the book's counts, the
 * default folder and whether a native dialog exists, the file-name pattern, the commune) and
 * the run itself, with the host and the export worker plugged into exportBook. Holds the
 * result's names and hashes only, never entry values.
 */
import { useCallback, useEffect, useState } from 'react';
import type { InstallInfo, SessionInfo, BookView, Settings } from '../../../store/types';
import type { BookExportCounts } from '../../../store/book-export';
import { toBase64 } from '../../../../shared/crypto/bytes';
import { useCitizen } from '../../../app/citizen-context';
import { useServices } from '../../../app/use-services';
import { buildExportWorkbook } from '../../../workers/excel-export-client';
import { useAction } from '../../../ui/use-action';
import { useT } from '../../../i18n/use-t';
import type { MessageKey } from '../../../i18n/vi';
import { bookExportVi } from '../../../i18n/catalogs/book-export';
import { exportBook, ExportFailure, type ExportDeps, type ExportDone } from './export-book';

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

export function useBookExport(book: BookView, session: SessionInfo) {
  const t = useT();
  const citizen = useCitizen();
  const { store, host } = useServices();
  const [setup, setSetup] = useState<ExportSetup | null>(null);
  const [done, setDone] = useState<ExportDone | null>(null);
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
        async write(target, files) {
          const written = await host.invoke('files.writeExport', {
            folder: target,
            files: files.map((f) => ({ name: f.name, data: toBase64(f.data) })),
          });
          if (!written.ok) throw new ExportFailure(`host.${written.error.code}`);
          return written.value;
        },
        now: Date.now,
      };
      const { commune } = setup.install;
      const explain = (error: unknown): boolean => {
        if (!(error instanceof ExportFailure)) return false;
        const key = `export.error.${error.code}`;
        running.setError(t((key in KNOWN ? key : 'export.error.host.other') as MessageKey));
        return true;
      };
      await running.run(async () => {
        setDone(null);
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
      const counts = await citizen.exports.counts(book.id).catch(() => null);
      if (counts) setSetup((current) => (current ? { ...current, counts } : current));
    },
    [book, citizen, host, running, session, setup, t],
  );

  return { setup, loadError: loading.error, choose, run, busy: running.busy, runError: running.error, setRunError: running.setError, done };
}

/**
 * The steps of importing one Excel file into a book: choose → read in the worker (progress,
 * cancellable) → preview → write through the store (or discard) → counts. Holds the preview
 * (entry values) in memory only while this screen is open; nothing is written before "Nhập".
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { RegisterTypeCode } from '../../../../shared/domain/register-types';
import { useCitizen } from '../../../app/citizen-context';
import { importFailureEn } from '../../../i18n/catalogs/excel-import';
import { useLocale } from '../../../i18n/use-t';
import type { BookView, ImportCounts } from '../../../store/types';
import { useAction } from '../../../ui/use-action';
import { todayDate } from '../../entry/today';
import type { ImportPreview } from '../../../workers/excel-import-protocol';
import { readImportFile, type ImportRead } from '../../../workers/excel-import-client';

export type ImportStep =
  /** `cancelled`: the last read or preview was dropped, nothing written. */
  | { kind: 'choose'; cancelled: boolean }
  | { kind: 'reading'; phase: 'reading' | 'checking'; done: number; total: number }
  | { kind: 'preview'; preview: ImportPreview }
  | { kind: 'writing'; done: number; total: number }
  | { kind: 'done'; counts: ImportCounts };

export interface ExcelImport {
  step: ImportStep;
  error: string | null;
  choose: (file: File) => Promise<void>;
  /** Stops a read, or drops a preview: the book is not touched either way. */
  cancel: () => void;
  confirm: () => Promise<void>;
  restart: () => void;
}

export function useExcelImport(book: BookView, onImported: () => void): ExcelImport {
  const citizen = useCitizen();
  const { locale } = useLocale();
  const { run, error, setError } = useAction();
  const [step, setStep] = useState<ImportStep>({ kind: 'choose', cancelled: false });
  const reading = useRef<ImportRead | null>(null);

  // Leaving the screen mid-read stops the worker.
  useEffect(() => () => reading.current?.cancel(), []);

  const choose = useCallback(
    async (file: File) => {
      // The store checked the type when the book was registered.
      const type = RegisterTypeCode.parse(book.type);
      setStep({ kind: 'reading', phase: 'reading', done: 0, total: 0 });
      const ok = await run(async () => {
        const read = readImportFile(await file.arrayBuffer(), { type, today: todayDate() }, (p) =>
          setStep((s) => (s.kind === 'reading' ? { kind: 'reading', phase: p.phase, done: p.done, total: p.total } : s)),
        );
        reading.current = read;
        const outcome = await read.outcome;
        reading.current = null;
        if (outcome.kind === 'done') setStep({ kind: 'preview', preview: outcome.preview });
        else if (outcome.kind === 'failed') {
          setStep({ kind: 'choose', cancelled: false });
          setError(locale === 'en' ? importFailureEn[outcome.code] : outcome.message);
        }
      });
      // A file the system cannot read (moved, no permission): run shows the error.
      if (!ok) setStep({ kind: 'choose', cancelled: false });
    },
    [book.type, locale, run, setError],
  );

  const cancel = useCallback(() => {
    reading.current?.cancel();
    setStep((s) => (s.kind === 'reading' || s.kind === 'preview' ? { kind: 'choose', cancelled: true } : s));
  }, []);

  const confirm = useCallback(async () => {
    if (step.kind !== 'preview') return;
    const { preview } = step;
    const total = preview.rows.length;
    setStep({ kind: 'writing', done: 0, total });
    const ok = await run(async () => {
      const counts = await citizen.entries.importRows(
        book.id,
        preview.type,
        preview.rows.map((r) => ({ values: r.values, status: r.status })),
        (done) => setStep({ kind: 'writing', done, total }),
      );
      setStep({ kind: 'done', counts });
    });
    // Chunks already written stay (each is whole and audited); importing the file again skips them.
    if (!ok) setStep({ kind: 'choose', cancelled: false });
    onImported();
  }, [book.id, citizen, onImported, run, step]);

  const restart = useCallback(() => {
    setError(null);
    setStep({ kind: 'choose', cancelled: false });
  }, [setError]);

  return { step, error, choose, cancel, confirm, restart };
}

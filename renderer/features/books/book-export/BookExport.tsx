/**
 * "Xuất dữ liệu cho Bộ Tư pháp" of one accepted book: the counts (approved to export, damaged
 * left out, not approved blocking), the Excel layout where the type has several, the target
 * folder (a path field; in Electron also the native dialog), the file names, then the run with
 * its progress (Excel, then the PDFs from the scans, then the write) and what was written with
 * the manifest's summary and the entries that had no scan. Keyboard only: every control is a
 * labelled field or button in tab order; progress is announced as a status; the result takes
 * focus when it appears.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { profilesOf } from '../../../../shared/excel';
import type { RegisterTypeCode } from '../../../../shared/domain/register-types';
import type { BookView, SessionInfo } from '../../../store/types';
import { formatDateTime } from '../../../i18n/dates';
import { useLocale, useT } from '../../../i18n/use-t';
import { ErrorNotice } from '../../../ui/Notice';
import { ScreenHeading } from '../../../ui/ScreenHeading';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { registerTypeName } from '../register-type-names';
import { ExportFailure, exportFileNames, type ExportFileNames, type ExportProgress } from './export-book';
import { useBookExport } from './use-book-export';

export interface BookExportProps {
  book: BookView;
  session: SessionInfo;
  onBack: () => void;
  /** After a run: the books' counts are stale. */
  onExported: () => void;
}

export function BookExport({ book, session, onBack, onExported }: BookExportProps) {
  const t = useT();
  const { locale } = useLocale();
  const flow = useBookExport(book, session);
  const { setup, done } = flow;
  const profiles = profilesOf(book.type as RegisterTypeCode);
  const [layout, setLayout] = useState(profiles[0]?.layout ?? 'default');
  const [folder, setFolder] = useState<string | null>(null);
  const result = useRef<HTMLDivElement>(null);
  const target = folder ?? setup?.folder ?? '';

  useEffect(() => {
    if (done) result.current?.focus();
  }, [done]);

  const counts = setup?.counts;
  const blocked =
    book.status !== 'accepted'
      ? t('export.blocked.notAccepted')
      : counts && counts.notApproved > 0
        ? t('export.blocked.notApproved')
        : counts && counts.approved === 0
          ? t('export.blocked.empty')
          : null;

  let names: ExportFileNames | null = null;
  let nameError: string | null = null;
  if (setup) {
    const { commune } = setup.install;
    try {
      names = exportFileNames({
        book,
        pattern: setup.settings.exportFileName,
        place: { commune: commune.commune.name, district: commune.district?.name ?? null, province: commune.province.name },
      });
    } catch (error) {
      if (!(error instanceof ExportFailure)) throw error;
      nameError = t('export.error.file_name');
    }
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (blocked || !names || target.trim() === '') return;
    await flow.run(layout, target.trim());
    onExported();
  };

  return (
    <section data-testid="book-export">
      <ScreenHeading>{t('export.title', { type: registerTypeName(book.type, locale), quyenSo: book.quyenSo })}</ScreenHeading>
      <p>{t('export.intro')}</p>
      <ErrorNotice message={flow.loadError} />
      {counts ? (
        <div className="panel">
          <h2>{t('export.counts')}</h2>
          <ul data-testid="export-counts" data-approved={counts.approved} data-damaged={counts.damaged} data-not-approved={counts.notApproved}>
            <li>{t('export.count.approved', { n: counts.approved })}</li>
            <li>{t('export.count.damaged', { n: counts.damaged })}</li>
            <li>{t('export.count.notApproved', { n: counts.notApproved })}</li>
            {counts.exportedBefore > 0 ? <li>{t('export.count.exportedBefore', { n: counts.exportedBefore })}</li> : null}
          </ul>
        </div>
      ) : null}
      {setup ? (
        <form className="panel" onSubmit={(e) => void submit(e)} noValidate>
          {profiles.length > 1 ? (
            <SelectField
              label={t('export.layout')}
              name="exportLayout"
              value={layout}
              options={profiles.map((p) => ({ value: p.layout, label: p.label }))}
              onChange={setLayout}
            />
          ) : null}
          <TextField label={t('export.folder')} name="exportFolder" value={target} onChange={setFolder} hint={t('export.folderHint')} testId="export-folder" spellCheck={false} />
          {setup.canChoose ? (
            <div className="actions">
              <button
                type="button"
                className="secondary"
                data-testid="export-choose"
                onClick={() => void flow.choose(target).then((chosen) => chosen && setFolder(chosen))}
              >
                {t('export.choose')}
              </button>
            </div>
          ) : null}
          {names ? <p data-testid="export-names">{t('export.names', { excel: names.excel, manifest: names.manifest })}</p> : null}
          {names ? <p data-testid="export-zip-name">{t('export.zipName', { zip: names.zip })}</p> : null}
          {flow.busy && flow.progress ? <ProgressLine progress={flow.progress} /> : null}
          {/* After a run the book has nothing left to export: that is the result, not a refusal. */}
          <ErrorNotice message={(done ? null : blocked) ?? nameError ?? flow.runError} />
          <div className="actions">
            <button type="submit" data-testid="export-run" disabled={flow.busy || blocked !== null || names === null || target.trim() === ''}>
              {flow.busy ? t('export.running') : t('export.run')}
            </button>
            <button type="button" className="secondary" data-testid="export-back" onClick={onBack}>
              {t('export.back')}
            </button>
          </div>
        </form>
      ) : null}
      {done ? (
        <div className="panel" ref={result} tabIndex={-1} data-testid="export-done" role="status">
          <p>{t('export.done', { n: done.manifest.counts.exported, folder: done.folder })}</p>
          <h2>{t('export.doneFiles')}</h2>
          <ul>
            {[...done.manifest.files, { name: done.manifestName }].map((f) => (
              <li key={f.name} data-testid="export-file">
                {!('sha256' in f)
                  ? f.name
                  : f.pdfs === undefined
                    ? t('export.fileHash', { name: f.name, bytes: f.bytes, sha256: f.sha256 })
                    : t('export.zipHash', { name: f.name, pdfs: f.pdfs, bytes: f.bytes, sha256: f.sha256 })}
              </li>
            ))}
          </ul>
          {done.manifest.withoutScan.length > 0 ? (
            <p data-testid="export-without-scan">
              {t('export.withoutScan', { n: done.manifest.withoutScan.length, list: done.manifest.withoutScan.join(', ') })}
            </p>
          ) : null}
          <p data-testid="export-manifest">
            {t('export.manifestSummary', {
              ...done.manifest.counts,
              layout: done.manifest.layout.id,
              at: formatDateTime(Date.parse(done.manifest.createdAt)),
              by: done.manifest.createdBy.name,
            })}
          </p>
        </div>
      ) : null}
    </section>
  );
}

const STEP_TEXT = { excel: 'export.progress.excel', scans: 'export.progress.scans', writing: 'export.progress.writing' } as const;

/**
 * The run's current step as a bar and a sentence. Only the step is a live status: a count
 * announced per entry would drown a screen reader; the bar carries it for whoever asks.
 */
function ProgressLine({ progress }: { progress: ExportProgress }) {
  const t = useT();
  return (
    <div data-testid="export-progress" data-step={progress.step}>
      <p role="status">{t(STEP_TEXT[progress.step])}</p>
      {progress.step === 'scans' ? (
        <>
          <progress aria-label={t('export.progress')} value={progress.done} max={Math.max(progress.total, 1)} />{' '}
          <span>{t('export.progress.count', { done: progress.done, total: progress.total })}</span>
        </>
      ) : (
        // No count for this step: an indeterminate bar.
        <progress aria-label={t('export.progress')} />
      )}
    </div>
  );
}

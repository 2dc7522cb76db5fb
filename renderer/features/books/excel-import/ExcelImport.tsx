/**
 * The "Nhập từ tệp Excel" screen of one book: a labelled file input, the worker's progress
 * with Cancel, the preview of every problem with the counts, then "Nhập" (valid rows keyed,
 * problem rows drafts) or "Hủy" (nothing changed), and the counts written. Keys: Ctrl+O
 * chooses a file, Esc cancels, Ctrl+Enter imports; matched on physical key codes so
 * Vietnamese input methods do not change them, and listed on screen.
 */
import { useEffect, useId, useMemo, useRef } from 'react';
import type { BookView } from '../../../store/types';
import { useLocale, useT } from '../../../i18n/use-t';
import type { MessageKey } from '../../../i18n/vi';
import { ErrorNotice, StatusNotice } from '../../../ui/Notice';
import { ScreenHeading } from '../../../ui/ScreenHeading';
import { registerTypeName } from '../register-type-names';
import { ImportProblems } from './ImportProblems';
import { useExcelImport, type ImportStep } from './use-excel-import';

export interface ExcelImportProps {
  book: BookView;
  onBack: () => void;
  /** After a write (whole or partial): the books' counts are stale. */
  onImported: () => void;
}

const SHORTCUTS: readonly { keys: string; aria: string; text: MessageKey }[] = [
  { keys: 'Ctrl+O', aria: 'Control+O', text: 'import.key.choose' },
  { keys: 'Esc', aria: 'Escape', text: 'import.key.cancel' },
  { keys: 'Ctrl+Enter', aria: 'Control+Enter', text: 'import.key.import' },
];
const ariaKeys = (text: MessageKey): string => SHORTCUTS.find((s) => s.text === text)?.aria ?? '';

function ImportProgress({ step }: { step: Extract<ImportStep, { kind: 'reading' | 'writing' }> }) {
  const t = useT();
  const labelId = useId();
  const text =
    step.kind === 'writing'
      ? t('import.writing', { done: step.done, total: step.total })
      : step.phase === 'reading'
        ? t('import.reading')
        : t('import.checking', { percent: Math.floor((100 * step.done) / Math.max(1, step.total)) });
  // While the workbook is unpacked there is nothing to measure: an indeterminate bar.
  const measured = step.kind === 'writing' || step.phase === 'checking';
  return (
    <div className="import-progress" data-testid="import-progress">
      <p id={labelId} role="status">
        {text}
      </p>
      <progress aria-labelledby={labelId} {...(measured ? { max: Math.max(1, step.total), value: step.done } : {})} />
    </div>
  );
}

export function ExcelImport({ book, onBack, onImported }: ExcelImportProps) {
  const t = useT();
  const { locale } = useLocale();
  const fileId = useId();
  const hintId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  const flow = useExcelImport(book, onImported);
  const { step } = flow;

  const counts = useMemo(() => {
    if (step.kind !== 'preview') return null;
    const { rows, problems } = step.preview;
    const drafts = rows.filter((r) => r.status === 'draft').length;
    const errors = problems.filter((p) => p.severity === 'error').length;
    return { rows: rows.length, drafts, keyed: rows.length - drafts, errors, warnings: problems.length - errors };
  }, [step]);

  useEffect(() => {
    if (step.kind === 'preview') summary.current?.focus();
  }, [step.kind]);

  const keys = useRef({ flow, step, onBack });
  useEffect(() => {
    keys.current = { flow, step, onBack };
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const { flow: current, step: now, onBack: back } = keys.current;
      const ctrlOnly = e.ctrlKey && !e.altKey && !e.shiftKey && !e.metaKey;
      if (e.key === 'Escape') {
        e.preventDefault();
        if (now.kind === 'reading' || now.kind === 'preview') current.cancel();
        else if (now.kind !== 'writing') back();
      } else if (ctrlOnly && e.code === 'KeyO' && now.kind === 'choose') {
        e.preventDefault();
        fileInput.current?.click();
      } else if (ctrlOnly && (e.code === 'Enter' || e.code === 'NumpadEnter') && now.kind === 'preview') {
        e.preventDefault();
        void current.confirm();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <section data-testid="excel-import">
      <ScreenHeading takeFocus={false}>{t('import.title', { type: registerTypeName(book.type, locale), quyenSo: book.quyenSo })}</ScreenHeading>
      <p className="import-keys" aria-label={t('import.keys.label')}>
        {SHORTCUTS.map((s) => (
          <span key={s.text}>
            <kbd>{s.keys}</kbd> {t(s.text)}
          </span>
        ))}
      </p>
      <ErrorNotice message={flow.error} />
      {step.kind === 'choose' ? (
        <>
          <StatusNotice message={step.cancelled ? t('import.cancelled') : null} />
          <div className="field">
            <label htmlFor={fileId}>{t('import.file')}</label>
            <input
              ref={fileInput}
              id={fileId}
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={hintId}
              aria-keyshortcuts={ariaKeys('import.key.choose')}
              data-testid="import-file"
              autoFocus
              onChange={(e) => {
                const file = e.target.files?.[0];
                // Cleared at once, so choosing the same file again is a new choice.
                e.target.value = '';
                if (file) void flow.choose(file);
              }}
            />
            <p id={hintId} className="field-hint">
              {t('import.fileHint')}
            </p>
          </div>
          <div className="actions">
            <button type="button" className="secondary" data-testid="import-back" onClick={onBack}>
              {t('import.back')}
            </button>
          </div>
        </>
      ) : null}
      {step.kind === 'reading' || step.kind === 'writing' ? <ImportProgress step={step} /> : null}
      {step.kind === 'reading' ? (
        <div className="actions">
          <button type="button" className="secondary" data-testid="import-cancel" aria-keyshortcuts={ariaKeys('import.key.cancel')} autoFocus onClick={flow.cancel}>
            {t('import.cancel')} <kbd>Esc</kbd>
          </button>
        </div>
      ) : null}
      {step.kind === 'preview' && counts ? (
        <>
          {/* Focus lands on the counts (the file input is gone): read first, then Tab to the list and the buttons. */}
          <p ref={summary} tabIndex={-1} data-testid="import-summary" data-rows={counts.rows} data-keyed={counts.keyed} data-drafts={counts.drafts} data-errors={counts.errors} data-warnings={counts.warnings}>
            {t('import.summary', { rows: counts.rows, profile: step.preview.profileId, keyed: counts.keyed, drafts: counts.drafts })}{' '}
            {counts.errors + counts.warnings > 0 ? t('import.problemCount', { errors: counts.errors, warnings: counts.warnings }) : t('import.noProblems')}
          </p>
          <p className="field-hint">{t('import.duplicatesNote')}</p>
          {step.preview.problems.length > 0 ? <ImportProblems problems={step.preview.problems} /> : null}
          <div className="actions">
            <button type="button" data-testid="import-confirm" aria-keyshortcuts={ariaKeys('import.key.import')} disabled={counts.rows === 0} onClick={() => void flow.confirm()}>
              {t('import.confirm')} <kbd>Ctrl+Enter</kbd>
            </button>
            <button type="button" className="secondary" data-testid="import-discard" aria-keyshortcuts={ariaKeys('import.key.cancel')} onClick={flow.cancel}>
              {t('import.discard')} <kbd>Esc</kbd>
            </button>
          </div>
        </>
      ) : null}
      {step.kind === 'done' ? (
        <>
          <p className="notice notice-ok" role="status" data-testid="import-done" data-keyed={step.counts.keyed} data-drafts={step.counts.drafts} data-duplicates={step.counts.duplicates}>
            {t('import.done', { ...step.counts })}
          </p>
          <div className="actions">
            <button type="button" data-testid="import-finish" autoFocus onClick={onBack}>
              {t('import.back')}
            </button>
            <button type="button" className="secondary" data-testid="import-again" onClick={flow.restart}>
              {t('import.again')}
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}

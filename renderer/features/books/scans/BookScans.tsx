/**
 * The "Ảnh chụp / bản quét" screen of one book: a labelled file input for PDF files and photos
 * (added at the end of the book, by file name), the import's progress with Cancel, and the page
 * grid with page numbers, rotation, reordering, "number from here" and removal after a
 * confirm. Keyboard first: the grid's keys are listed on screen; Esc cancels a running import.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useLocale, useT } from '../../../i18n/use-t';
import type { PageId, ScanImportProgress, ScanRemoval, ScanRemovalTarget } from '../../../store/scan-types';
import type { BookView } from '../../../store/types';
import { ErrorNotice, StatusNotice } from '../../../ui/Notice';
import { ScreenHeading } from '../../../ui/ScreenHeading';
import { TextField } from '../../../ui/TextField';
import { useFocusAfterClose } from '../../../ui/use-focus-after-close';
import { registerTypeName } from '../register-type-names';
import { RemovePagesDialog } from './RemovePagesDialog';
import { ScanGrid } from './ScanGrid';
import { useBookScans } from './use-book-scans';

const MB = 1024 * 1024;

function ImportProgress({ progress, onCancel }: { progress: ScanImportProgress; onCancel: () => void }) {
  const t = useT();
  const labelId = useId();
  const text = t('scans.storing', { done: (progress.done / MB).toFixed(1), total: (progress.total / MB).toFixed(1) });
  return (
    <div className="import-progress" data-testid="scan-progress">
      <p id={labelId} role="status">
        {text}
      </p>
      <progress aria-labelledby={labelId} max={Math.max(1, progress.total)} value={progress.done} />
      <div className="actions">
        <button type="button" className="secondary" data-testid="scan-cancel" onClick={onCancel}>
          {t('scans.cancel')}
        </button>
      </div>
    </div>
  );
}

export function BookScans({ book, onBack }: { book: BookView; onBack: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const fileId = useId();
  const hintId = useId();
  const flow = useBookScans(book.id);
  const [selected, setSelected] = useState<PageId | null>(null);
  const [number, setNumber] = useState('');
  const [removing, setRemoving] = useState<{ target: ScanRemovalTarget; removal: ScanRemoval; number: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const grid = useRef<HTMLOListElement>(null);
  const pages = flow.pages ?? [];
  const current = pages.find((p) => p.id === selected) ?? pages[0];
  const drawn = pages.filter((p) => p.thumbnail).length;

  const askRemoval = async (pageId: PageId, scope: ScanRemovalTarget['scope']) => {
    const page = pages.find((p) => p.id === pageId);
    const target = { scope, pageId };
    const removal = await flow.removal(target);
    if (page && removal) setRemoving({ target, removal, number: page.number });
  };

  // Keying goes on in the grid once the dialog has closed.
  useFocusAfterClose(removing !== null, grid);

  const remove = async ({ target, removal }: { target: ScanRemovalTarget; removal: ScanRemoval }) => {
    const at = pages.findIndex((p) => p.id === target.pageId);
    setBusy(true);
    const list = await flow.remove(target, removal);
    setBusy(false);
    setRemoving(null);
    // The selection stays in its place: on the page that moved up into it.
    if (list) setSelected(list[Math.min(at, list.length - 1)]?.id ?? null);
  };

  useEffect(() => {
    if (current) setNumber(String(current.number));
  }, [current?.id, current?.number]);

  const { progress, cancel } = flow;
  const importing = progress !== null;
  useEffect(() => {
    if (!importing) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        cancel();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [importing, cancel]);

  const first = Number.parseInt(number, 10);
  return (
    <section data-testid="book-scans">
      <ScreenHeading>{t('scans.title', { type: registerTypeName(book.type, locale), quyenSo: book.quyenSo })}</ScreenHeading>
      <div className="actions">
        <button type="button" className="secondary" data-testid="scans-back" onClick={onBack}>
          {t('scans.back')}
        </button>
      </div>
      <ErrorNotice message={flow.error} />
      <StatusNotice message={flow.status} />
      {progress ? (
        <ImportProgress progress={progress} onCancel={cancel} />
      ) : (
        <div className="field">
          <label htmlFor={fileId}>{t('scans.files')}</label>
          <input
            id={fileId}
            type="file"
            multiple
            accept="application/pdf,.pdf,image/jpeg,image/png,.jpg,.jpeg,.png"
            aria-describedby={hintId}
            data-testid="scan-files"
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              // Cleared at once, so choosing the same files again is a new choice.
              e.target.value = '';
              void flow.importFiles(files);
            }}
          />
          <p id={hintId} className="field-hint">
            {t('scans.filesHint')}
          </p>
        </div>
      )}
      {flow.pages === null ? <p className="count">{t('common.loading')}</p> : null}
      {flow.pages && pages.length === 0 ? <p data-testid="scans-empty">{t('scans.empty')}</p> : null}
      {pages.length > 0 ? (
        <>
          <p className="count" data-testid="scans-count">
            {t('scans.count', { n: pages.length })}
          </p>
          {drawn < pages.length ? (
            <p className="count" data-testid="scan-thumbnails">
              {t('scans.thumbnails', { done: drawn, total: pages.length })}
            </p>
          ) : null}
          <p className="import-keys">{t('scans.keys')}</p>
          <ScanGrid
            pages={pages}
            selected={current?.id ?? null}
            onSelect={setSelected}
            onRotate={(id, turns) => void flow.rotate(id, turns)}
            onMove={(id, to) => void flow.move(id, to)}
            onRemove={(id, scope) => void askRemoval(id, scope)}
            list={grid}
          />
          {current ? (
            <form
              className="scan-number-form"
              onSubmit={(e) => {
                e.preventDefault();
                if (Number.isInteger(first) && first > 0) void flow.numberFrom(current.id, first);
              }}
            >
              <TextField label={t('scans.numberFrom')} name="scanNumberFrom" inputMode="numeric" value={number} onChange={setNumber} testId="scan-number" />
              <button type="submit" className="secondary" data-testid="scan-number-apply">
                {t('scans.numberApply')}
              </button>
            </form>
          ) : null}
        </>
      ) : null}
      {removing ? (
        <RemovePagesDialog
          target={removing.target}
          removal={removing.removal}
          number={removing.number}
          busy={busy}
          onConfirm={() => void remove(removing)}
          onClose={() => setRemoving(null)}
        />
      ) : null}
    </section>
  );
}

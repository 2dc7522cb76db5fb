/**
 * A book row's lifecycle buttons, as the transition table offers them to the signed-in person:
 * "Hoàn thành nhập" at once, "Nghiệm thu" by opening the acceptance check, "Mở lại sổ" after a
 * reason in a dialog. Reports each outcome to the screen; the store enforces every rule again.
 */
import { useEffect, useRef, useState } from 'react';
import type { Role } from '../../../../shared/auth/roles';
import { useCitizen } from '../../../app/citizen-context';
import { useErrorText } from '../../../i18n/use-error-text';
import { useT } from '../../../i18n/use-t';
import type { BookView } from '../../../store/types';
import { bookMovesFor } from './book-moves';
import { NoteDialog } from './NoteDialog';

export interface BookStateActionsProps {
  book: BookView;
  roles: readonly Role[];
  onAccept: (book: BookView) => void;
  /** After a move: a message for the screen, which reloads the books. */
  onMoved: (message: string) => void;
  onError: (message: string) => void;
}

export function BookStateActions({ book, roles, onAccept, onMoved, onError }: BookStateActionsProps) {
  const t = useT();
  const citizen = useCitizen();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [reopening, setReopening] = useState(false);
  const moves = bookMovesFor(book.status, roles);
  const cell = useRef<HTMLSpanElement>(null);
  const moved = useRef(false);

  // The button pressed is gone once the status changes: keep the keyboard in this row, on the next move if there is one.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    const next = cell.current?.querySelector('button') ?? cell.current?.closest('td')?.querySelector('button');
    next?.focus();
  }, [book.status]);

  const move = async (action: 'finishKeying' | 'reopen', note?: string) => {
    setBusy(true);
    try {
      await citizen.books.advance(book.id, action, note);
      moved.current = true;
      onMoved(t(action === 'reopen' ? 'acceptance.reopened' : 'acceptance.finished', { quyenSo: book.quyenSo }));
    } catch (e) {
      onError(errorText(e));
    } finally {
      setBusy(false);
      setReopening(false);
    }
  };

  return (
    <span className="book-state-actions" ref={cell}>
      {moves.includes('finishKeying') ? (
        <button type="button" className="secondary" data-testid={`book-finish-${book.quyenSo}`} disabled={busy} onClick={() => void move('finishKeying')}>
          {t('acceptance.finish')}
        </button>
      ) : null}
      {moves.includes('accept') ? (
        <button type="button" data-testid={`book-accept-${book.quyenSo}`} onClick={() => onAccept(book)}>
          {t('acceptance.open')}
        </button>
      ) : null}
      {moves.includes('reopen') ? (
        <button type="button" className="secondary" data-testid={`book-reopen-${book.quyenSo}`} disabled={busy} onClick={() => setReopening(true)}>
          {t('acceptance.reopen')}
        </button>
      ) : null}
      {reopening ? (
        <NoteDialog
          title={t('acceptance.reopenDialog.title', { quyenSo: book.quyenSo })}
          intro={t('acceptance.reopenDialog.intro')}
          label={t('acceptance.reopenDialog.reason')}
          hint={t('acceptance.reopenDialog.reasonHint')}
          submitLabel={t('acceptance.reopenDialog.submit')}
          required
          busy={busy}
          testId="book-reopen-dialog"
          onSubmit={(reason) => void move('reopen', reason)}
          onClose={() => setReopening(false)}
        />
      ) : null}
    </span>
  );
}

/**
 * A modal asking for one line of text before a book moves: the officer's sign-off note when
 * accepting, the reason when re-opening. Enter confirms, Esc closes; confirming is disabled
 * while a required note is empty. Collects the text only; the caller writes the move.
 */
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n/use-t';
import { useModal } from '../../entry/use-modal';

export interface NoteDialogProps {
  title: string;
  intro: string;
  label: string;
  /** Shown under the label: says whether the note is required. */
  hint: string;
  submitLabel: string;
  required: boolean;
  busy: boolean;
  testId: string;
  onSubmit: (note: string) => void;
  onClose: () => void;
}

export function NoteDialog({ title, intro, label, hint, submitLabel, required, busy, testId, onSubmit, onClose }: NoteDialogProps) {
  const t = useT();
  const id = useId();
  const ref = useModal(onClose);
  const [note, setNote] = useState('');
  const ready = !busy && (!required || note.trim() !== '');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (ready) onSubmit(note);
  };

  return (
    <dialog ref={ref} className="entry-dialog" aria-labelledby={`${id}-title`} data-testid={testId}>
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="entry-dialog-intro">{intro}</p>
        <div className="field">
          <label htmlFor={`${id}-note`}>{label}</label>
          <input
            id={`${id}-note`}
            name="note"
            autoFocus
            autoComplete="off"
            required={required}
            aria-describedby={`${id}-hint`}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <p id={`${id}-hint`} className="field-hint">
            {hint}
          </p>
        </div>
        <div className="actions">
          <button type="submit" data-testid={`${testId}-save`} disabled={!ready}>
            {submitLabel}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

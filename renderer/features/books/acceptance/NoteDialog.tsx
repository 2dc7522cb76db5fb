/**
 * A modal asking for one line of text before a book moves: the officer's sign-off note when
 * accepting, the reason when re-opening. Enter confirms, Esc closes; confirming is disabled
 * while a required note is empty. Collects the text only; the caller writes the move.
 */
import { useState } from 'react';
import { FormDialog } from '../../../ui/FormDialog';

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

export function NoteDialog({ label, hint, required, busy, onSubmit, ...dialog }: NoteDialogProps) {
  const [note, setNote] = useState('');
  return (
    <FormDialog {...dialog} ready={!busy && (!required || note.trim() !== '')} onSubmit={() => onSubmit(note)}>
      {(fieldId) => (
        <div className="field">
          <label htmlFor={fieldId('note')}>{label}</label>
          <input
            id={fieldId('note')}
            name="note"
            autoFocus
            autoComplete="off"
            required={required}
            aria-describedby={fieldId('hint')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <p id={fieldId('hint')} className="field-hint">
            {hint}
          </p>
        </div>
      )}
    </FormDialog>
  );
}

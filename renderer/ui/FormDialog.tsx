/**
 * A modal form: title, a line of explanation, the caller's labelled fields, then submit and
 * cancel. Enter submits from any field (a <select> does not submit its form by itself), Esc and
 * Cancel close. Collects nothing itself; the caller owns the fields' state and the write.
 */
import { useId, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { useModal } from './use-modal';

export interface FormDialogProps {
  title: string;
  intro: string;
  submitLabel: string;
  /** False while required input is missing or a write is under way. */
  ready: boolean;
  testId: string;
  onSubmit: () => void;
  onClose: () => void;
  /** The fields; `fieldId(name)` gives each a unique id for its label. */
  children: (fieldId: (name: string) => string) => ReactNode;
}

export function FormDialog({ title, intro, submitLabel, ready, testId, onSubmit, onClose, children }: FormDialogProps) {
  const t = useT();
  const id = useId();
  const ref = useModal(onClose);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (ready) onSubmit();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing && e.target instanceof HTMLSelectElement) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <dialog ref={ref} className="entry-dialog" aria-labelledby={`${id}-title`} data-testid={testId}>
      <form onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="entry-dialog-intro">{intro}</p>
        {children((name) => `${id}-${name}`)}
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

/**
 * The dialog that returns an entry to its clerk: the reason (required) and, optionally, the
 * field it is about; Enter returns it, Esc closes. Collects the input only; the review screen
 * writes it through the store.
 */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { FieldDef } from '../../../shared/domain/field-kinds';
import { useLocale, useT } from '../../i18n/use-t';
import { useModal } from '../entry/use-modal';

export interface ReturnDialogProps {
  so: string;
  fields: readonly FieldDef[];
  busy: boolean;
  onSubmit: (reason: string, field: string | null) => void;
  onClose: () => void;
}

export function ReturnDialog({ so, fields, busy, onSubmit, onClose }: ReturnDialogProps) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const ref = useModal(onClose);
  const [reason, setReason] = useState('');
  const [field, setField] = useState('');
  const ready = reason.trim() !== '' && !busy;

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (ready) onSubmit(reason, field === '' ? null : field);
  };

  // A <select> does not submit its form on Enter by itself; here Enter always returns the entry.
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing && e.target instanceof HTMLSelectElement) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <dialog ref={ref} className="entry-dialog" aria-labelledby={`${id}-title`} data-testid="review-return-dialog">
      <form onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <h2 id={`${id}-title`}>{t('review.return.title', { so })}</h2>
        <p className="entry-dialog-intro">{t('review.return.intro')}</p>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('review.return.reason')}</label>
          <input id={`${id}-reason`} name="reason" autoFocus autoComplete="off" required value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-field`}>{t('review.return.field')}</label>
          <select id={`${id}-field`} name="field" value={field} onChange={(e) => setField(e.target.value)}>
            <option value="">{t('review.return.wholeEntry')}</option>
            {fields.map((f) => (
              <option key={f.key} value={f.key}>
                {locale === 'en' ? f.labelEn : f.label}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit" data-testid="review-return-save" disabled={!ready}>
            {t('review.return.save')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

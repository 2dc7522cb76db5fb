/**
 * The dialog that returns an entry to its clerk: the reason (required) and, optionally, the
 * field it is about; Enter returns it, Esc closes. Collects the input only; the review screen
 * writes it through the store.
 */
import { useState } from 'react';
import type { FieldDef } from '../../../shared/domain/field-kinds';
import { useLocale, useT } from '../../i18n/use-t';
import { FormDialog } from '../../ui/FormDialog';

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
  const [reason, setReason] = useState('');
  const [field, setField] = useState('');

  return (
    <FormDialog
      title={t('review.return.title', { so })}
      intro={t('review.return.intro')}
      submitLabel={t('review.return.save')}
      ready={reason.trim() !== '' && !busy}
      testId="review-return-dialog"
      onSubmit={() => onSubmit(reason, field === '' ? null : field)}
      onClose={onClose}
    >
      {(fieldId) => (
        <>
          <div className="field">
            <label htmlFor={fieldId('reason')}>{t('review.return.reason')}</label>
            <input id={fieldId('reason')} name="reason" autoFocus autoComplete="off" required value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={fieldId('field')}>{t('review.return.field')}</label>
            <select id={fieldId('field')} name="field" value={field} onChange={(e) => setField(e.target.value)}>
              <option value="">{t('review.return.wholeEntry')}</option>
              {fields.map((f) => (
                <option key={f.key} value={f.key}>
                  {locale === 'en' ? f.labelEn : f.label}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
    </FormDialog>
  );
}

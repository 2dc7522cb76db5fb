/**
 * The small dialog that records the current entry as damaged (torn, faded, page missing…):
 * reason, page and note; Enter records it, Esc cancels. Collects the input only; the form
 * writes it through the store.
 */
import { useState } from 'react';
import type { DamageReason } from '../../store/types';
import { useT } from '../../i18n/use-t';
import { FormDialog } from '../../ui/FormDialog';

export const DAMAGE_REASONS: readonly DamageReason[] = ['torn', 'faded', 'missingPage', 'other'];

export interface DamageInput {
  reason: DamageReason;
  page: string;
  note: string;
}

export interface DamageDialogProps {
  page: string;
  busy: boolean;
  onSubmit: (input: DamageInput) => void;
  onClose: () => void;
}

const isReason = (value: string): value is DamageReason => (DAMAGE_REASONS as readonly string[]).includes(value);

export function DamageDialog({ page: initialPage, busy, onSubmit, onClose }: DamageDialogProps) {
  const t = useT();
  const [reason, setReason] = useState<DamageReason>('torn');
  const [page, setPage] = useState(initialPage);
  const [note, setNote] = useState('');

  return (
    <FormDialog
      title={t('entry.damage.title')}
      intro={t('entry.damage.intro')}
      submitLabel={t('entry.damage.save')}
      ready={!busy}
      testId="entry-damage-dialog"
      onSubmit={() => onSubmit({ reason, page, note })}
      onClose={onClose}
    >
      {(fieldId) => (
        <>
          <div className="field">
            <label htmlFor={fieldId('reason')}>{t('entry.damage.reason')}</label>
            <select id={fieldId('reason')} name="reason" autoFocus value={reason} onChange={(e) => isReason(e.target.value) && setReason(e.target.value)}>
              {DAMAGE_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`entry.damage.reason.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={fieldId('page')}>{t('entry.damage.page')}</label>
            <input id={fieldId('page')} name="page" autoComplete="off" value={page} onChange={(e) => setPage(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={fieldId('note')}>{t('entry.damage.note')}</label>
            <input id={fieldId('note')} name="note" autoComplete="off" value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
        </>
      )}
    </FormDialog>
  );
}

/**
 * The small dialog that records the current entry as damaged (torn, faded, page missing…):
 * reason, page and note; Enter records it, Esc cancels. Collects the input only; the form
 * writes it through the store.
 */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { DamageReason } from '../../store/types';
import { useT } from '../../i18n/use-t';
import { useModal } from './use-modal';

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
  const id = useId();
  const ref = useModal(onClose);
  const [reason, setReason] = useState<DamageReason>('torn');
  const [page, setPage] = useState(initialPage);
  const [note, setNote] = useState('');

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (!busy) onSubmit({ reason, page, note });
  };

  // A <select> does not submit its form on Enter by itself; here Enter always records.
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Enter' && !e.nativeEvent.isComposing && e.target instanceof HTMLSelectElement) {
      e.preventDefault();
      submit();
    }
  };

  return (
    <dialog ref={ref} className="entry-dialog" aria-labelledby={`${id}-title`} data-testid="entry-damage-dialog">
      <form onSubmit={submit} onKeyDown={onKeyDown} noValidate>
        <h2 id={`${id}-title`}>{t('entry.damage.title')}</h2>
        <p className="entry-dialog-intro">{t('entry.damage.intro')}</p>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t('entry.damage.reason')}</label>
          <select id={`${id}-reason`} name="reason" autoFocus value={reason} onChange={(e) => isReason(e.target.value) && setReason(e.target.value)}>
            {DAMAGE_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`entry.damage.reason.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-page`}>{t('entry.damage.page')}</label>
          <input id={`${id}-page`} name="page" autoComplete="off" value={page} onChange={(e) => setPage(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('entry.damage.note')}</label>
          <input id={`${id}-note`} name="note" autoComplete="off" value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <div className="actions">
          <button type="submit" data-testid="entry-damage-save" disabled={busy}>
            {t('entry.damage.save')}
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

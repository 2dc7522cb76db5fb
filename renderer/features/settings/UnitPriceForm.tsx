/**
 * Edits the unit price per keyed entry (đồng) that the weekly report's cost estimate uses.
 * Saves through the store (which audits the change) and reports the new settings upward so an
 * open report follows at once.
 */
import { useState, type FormEvent } from 'react';
import { formatVnNumber } from '../../../shared/domain/report/vn-number';
import { MAX_UNIT_PRICE } from '../../../shared/domain/report/weekly-report';
import type { Settings } from '../../store/types';
import { useServices } from '../../app/use-services';
import { useT } from '../../i18n/use-t';
import { ErrorNotice, StatusNotice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';
import { parseUnitPrice } from './unit-price';

export function UnitPriceForm({ settings, onSaved }: { settings: Settings; onSaved: (settings: Settings) => void }) {
  const t = useT();
  const { store } = useServices();
  const [text, setText] = useState(formatVnNumber(settings.unitPrice));
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const price = parseUnitPrice(text);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (price === null) return;
    const ok = await action.run(() => store.settings.set({ unitPrice: price }));
    if (ok) {
      onSaved({ ...settings, unitPrice: price });
      setSaved(true);
    }
  };

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate data-testid="unit-price-form">
      <h2>{t('settings.unitPrice.title')}</h2>
      <TextField
        label={t('settings.unitPrice.label')}
        name="unitPrice"
        inputMode="numeric"
        value={text}
        onChange={(value) => {
          setText(value);
          setSaved(false);
        }}
        error={price === null ? t('settings.unitPrice.range', { max: formatVnNumber(MAX_UNIT_PRICE) }) : null}
      />
      <ErrorNotice message={action.error} />
      <StatusNotice message={saved ? t('settings.saved') : null} />
      <div className="actions">
        <button type="submit" data-testid="unit-price-save" disabled={action.busy}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}

/**
 * Edits how many idle minutes lock the session (1–120). Saves through the store (which audits
 * the change) and reports the new settings upward so the idle timer follows at once.
 */
import { useState, type FormEvent } from 'react';
import type { Settings } from '../../store/types';
import { useServices } from '../../app/use-services';
import { useT } from '../../i18n/use-t';
import { ErrorNotice, StatusNotice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';
import { MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, parseIdleMinutes } from './idle-minutes';

export function IdleLockForm({ settings, onSaved }: { settings: Settings; onSaved: (settings: Settings) => void }) {
  const t = useT();
  const { store } = useServices();
  const [text, setText] = useState(String(settings.idleLockMinutes));
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const minutes = parseIdleMinutes(text);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (minutes === null) return;
    const next = { ...settings, idleLockMinutes: minutes };
    const ok = await action.run(() => store.settings.set(next));
    if (ok) {
      onSaved(next);
      setSaved(true);
    }
  };

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('settings.idle.title')}</h2>
      <TextField
        label={t('settings.idle.label')}
        name="idleLockMinutes"
        type="number"
        inputMode="numeric"
        min={MIN_IDLE_MINUTES}
        max={MAX_IDLE_MINUTES}
        value={text}
        onChange={(value) => {
          setText(value);
          setSaved(false);
        }}
        error={minutes === null ? t('settings.idle.range', { min: MIN_IDLE_MINUTES, max: MAX_IDLE_MINUTES }) : null}
      />
      <ErrorNotice message={action.error} />
      <StatusNotice message={saved ? t('settings.saved') : null} />
      <div className="actions">
        <button type="submit" data-testid="settings-save" disabled={action.busy}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}

/**
 * Edits the pattern of each book's export file names (DOMAIN.md §2, unconfirmed, so a
 * setting): checked with the same rule the store applies, saved through the store (audited).
 */
import { useState, type FormEvent } from 'react';
import { bookFilePatternProblem, type BookFilePatternProblem } from '../../../shared/excel/file-names';
import type { Settings } from '../../store/types';
import { useServices } from '../../app/use-services';
import { useT } from '../../i18n/use-t';
import type { Translate } from '../../i18n/translate';
import { ErrorNotice, StatusNotice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';

function problemText(t: Translate, problem: BookFilePatternProblem): string {
  switch (problem.code) {
    case 'empty':
      return t('settings.exportName.empty');
    case 'unknown-field':
      return t('settings.exportName.unknownField', { field: `{${problem.field}}` });
    case 'no-ext':
      return t('settings.exportName.noExt');
    case 'forbidden-character':
      return t('settings.exportName.forbidden');
  }
}

export function ExportNameForm({ settings, onSaved }: { settings: Settings; onSaved: (settings: Settings) => void }) {
  const t = useT();
  const { store } = useServices();
  const [pattern, setPattern] = useState(settings.exportFileName);
  const [saved, setSaved] = useState(false);
  const action = useAction();
  const problem = bookFilePatternProblem(pattern);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (problem) return;
    const ok = await action.run(() => store.settings.set({ exportFileName: pattern }));
    if (ok) {
      onSaved({ ...settings, exportFileName: pattern });
      setSaved(true);
    }
  };

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('settings.exportName.title')}</h2>
      <TextField
        label={t('settings.exportName.label')}
        name="exportFileName"
        value={pattern}
        spellCheck={false}
        onChange={(value) => {
          setPattern(value);
          setSaved(false);
        }}
        hint={t('settings.exportName.hint')}
        error={problem ? problemText(t, problem) : null}
        testId="settings-export-name"
      />
      <ErrorNotice message={action.error} />
      <StatusNotice message={saved ? t('settings.saved') : null} />
      <div className="actions">
        <button type="submit" data-testid="settings-export-name-save" disabled={action.busy}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}

/**
 * One double entry's arbitration for the justice officer: each differing field side by side
 * (keying A, keying B) with a labelled choice, beside the scanned page the entry was keyed
 * from; on a field's choice group 1 takes A, 2 takes B, and the text input takes a value typed
 * from the book. Ctrl+Enter (or the button) approves with the choices; the store refuses a
 * field left undecided. The page viewer keys are the entry form's.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { RegisterTypeDef } from '../../../shared/domain/field-kinds';
import type { ArbitrationChoice } from '../../../shared/domain/verification';
import { useLocale, useT } from '../../i18n/use-t';
import type { ArbitrationCase as Case } from '../../store/double-entry';
import { PagePanel } from '../entry/PagePanel';
import { usePageViewer } from '../entry/use-page-viewer';
import { applyViewerAction, viewerKeyAction } from '../entry/viewer-keys';

export interface ArbitrationCaseProps {
  def: RegisterTypeDef;
  arbitration: Case;
  busy: boolean;
  onDecide: (choices: Record<string, ArbitrationChoice>) => void;
}

export function ArbitrationCase({ def, arbitration, busy, onDecide }: ArbitrationCaseProps) {
  const t = useT();
  const { locale } = useLocale();
  const [choices, setChoices] = useState<Record<string, ArbitrationChoice>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const keys = arbitration.differences.map((d) => d.key);
  const viewer = usePageViewer(arbitration.entry.bookId, arbitration.entry.pages[0]);

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }, [arbitration]);

  const choose = (key: string, choice: ArbitrationChoice) => setChoices((c) => ({ ...c, [key]: choice }));
  const focusGroup = (key: string | undefined) => {
    if (key) formRef.current?.querySelector<HTMLInputElement>(`fieldset[data-field="${key}"] input[type="radio"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.ctrlKey && e.key === 'Enter') {
      e.preventDefault();
      onDecide(choices);
      return;
    }
    const target = e.target;
    const group = target instanceof HTMLElement ? target.closest('fieldset')?.getAttribute('data-field') : null;
    // In the text input "1" and "2" are text; on the choice buttons they pick a keying.
    if (!group || (target instanceof HTMLInputElement && target.type === 'text')) return;
    if (e.key === '1' || e.key === '2') {
      e.preventDefault();
      choose(group, { pick: e.key === '1' ? 'a' : 'b' });
      focusGroup(keys[keys.indexOf(group) + 1]);
    }
  };

  const onViewerKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const action = viewerKeyAction(e);
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    applyViewerAction(viewer, action);
  };

  return (
    <div className={viewer.open ? 'entry-layout' : 'entry-layout entry-layout-wide'} onKeyDown={onViewerKey}>
      <form ref={formRef} data-testid="arbitration-form" onSubmit={(e) => e.preventDefault()} onKeyDown={onKeyDown}>
        <p className="field-hint">{t('verification.arbitration.keys')}</p>
        {arbitration.differences.map((d) => {
          const field = def.fields.find((f) => f.key === d.key);
          const label = field ? (locale === 'en' ? field.labelEn : field.label) : d.key;
          const choice = choices[d.key];
          const typed = choice?.pick === 'typed' ? choice.value : '';
          const name = `arbitration-${d.key}`;
          return (
            <fieldset key={d.key} data-field={d.key} className="arbitration-field">
              <legend>{label}</legend>
              <label>
                <input type="radio" name={name} checked={choice?.pick === 'a'} onChange={() => choose(d.key, { pick: 'a' })} />
                {t('verification.arbitration.a', { value: d.a || t('verification.arbitration.empty') })}
              </label>
              <label>
                <input type="radio" name={name} checked={choice?.pick === 'b'} onChange={() => choose(d.key, { pick: 'b' })} />
                {t('verification.arbitration.b', { value: d.b || t('verification.arbitration.empty') })}
              </label>
              <label>
                {t('verification.arbitration.typed')}
                <input type="text" name={`${name}-typed`} autoComplete="off" value={typed} onChange={(e) => choose(d.key, { pick: 'typed', value: e.target.value })} />
              </label>
            </fieldset>
          );
        })}
        <div className="actions">
          <button type="button" data-testid="arbitration-approve" disabled={busy} onClick={() => onDecide(choices)}>
            {t('verification.arbitration.approve')}
          </button>
        </div>
      </form>
      <PagePanel viewer={viewer} linked={arbitration.entry.pages} />
    </div>
  );
}

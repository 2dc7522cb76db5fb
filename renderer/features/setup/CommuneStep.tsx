/**
 * Wizard step 1: which era's administrative units apply, then province → (district) → commune.
 * Choosing a level clears the levels below it. Owns no state; SetupWizard keeps the choice so
 * going back keeps it.
 */
import { useMemo, useState, type FormEvent } from 'react';
import type { Era } from '../../store/types';
import { useT } from '../../i18n/use-t';
import { ComboBox } from '../../ui/ComboBox';
import { ErrorNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { eras, levelsOf, resolvePath, toCommuneChoice, unitsOf, type UnitLevel, type UnitNode } from './admin-units';

export interface CommuneStepProps {
  era: Era | null;
  codes: readonly string[];
  onEra: (era: Era) => void;
  onCodes: (codes: string[]) => void;
  onNext: () => void;
}

export function CommuneStep({ era, codes, onEra, onCodes, onNext }: CommuneStepProps) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const path = era ? resolvePath(era, codes) : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!era || !toCommuneChoice(era, codes)) {
      setError(t('setup.commune.incomplete'));
      return;
    }
    onNext();
  };

  return (
    <form onSubmit={submit} noValidate>
      <ScreenHeading>{t('setup.commune.title')}</ScreenHeading>
      <fieldset>
        <legend>{t('setup.era.legend')}</legend>
        {eras.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="era"
              value={value}
              data-testid={`era-${value}`}
              checked={era === value}
              onChange={() => {
                onEra(value);
                setError(null);
              }}
            />
            {t(`setup.era.${value}`)}
          </label>
        ))}
      </fieldset>
      {era
        ? levelsOf(era).map((level, index) => (
            <UnitCombo
              key={`${era}-${level}`}
              level={level}
              nodes={index === 0 ? unitsOf(era) : (path[index - 1]?.children ?? null)}
              value={codes[index] ?? null}
              onChange={(code) => {
                onCodes([...codes.slice(0, index), code]);
                setError(null);
              }}
            />
          ))
        : null}
      <ErrorNotice message={error} />
      <div className="actions">
        <button type="submit" data-testid="setup-next">
          {t('common.continue')}
        </button>
      </div>
    </form>
  );
}

function UnitCombo({ level, nodes, value, onChange }: { level: UnitLevel; nodes: UnitNode[] | null; value: string | null; onChange: (code: string) => void }) {
  const t = useT();
  const options = useMemo(() => (nodes ?? []).map((n) => ({ value: n.code, label: n.name })), [nodes]);
  return (
    <ComboBox
      label={t(`setup.level.${level}`)}
      name={level}
      testId={`unit-${level}`}
      options={options}
      value={value}
      onChange={onChange}
      disabled={nodes === null}
    />
  );
}

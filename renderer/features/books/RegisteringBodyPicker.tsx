/**
 * Helps write the registering body's name as it was then: pick the era of administrative units,
 * the body's level and the units down to it, and the phrase ("UBND xã …, huyện …, tỉnh …") is
 * handed to the form's free-text field. Only a helper: the text field is what gets stored, and
 * this component must not overwrite it except when the clerk picks something here.
 */
import { useMemo, useState } from 'react';
import type { Era } from '../../store/types';
import { useT } from '../../i18n/use-t';
import { ComboBox } from '../../ui/ComboBox';
import { SelectField } from '../../ui/SelectField';
import { eras, levelsOf, resolvePath, unitsOf, type UnitLevel, type UnitNode } from '../setup/admin-units';
import { phraseForChoice } from './registering-body';

interface Choice {
  era: Era;
  level: UnitLevel;
  codes: string[];
}

export function RegisteringBodyPicker({ onPhrase }: { onPhrase: (phrase: string) => void }) {
  const t = useT();
  // Historical books mostly predate the July 2025 reform, so that era is the likelier start.
  const [choice, setChoice] = useState<Choice>({ era: 'before-2025-07-01', level: 'commune', codes: [] });
  const levels = levelsOf(choice.era);
  const shown = levels.slice(0, levels.indexOf(choice.level) + 1);
  const path = resolvePath(choice.era, choice.codes);

  const change = (next: Choice) => {
    setChoice(next);
    const phrase = phraseForChoice(next.era, next.codes, next.level);
    if (phrase) onPhrase(phrase);
  };

  return (
    <fieldset className="body-picker" data-testid="body-picker">
      <legend>{t('books.body.legend')}</legend>
      <div role="radiogroup" aria-label={t('books.body.era')} className="body-eras">
        {eras.map((era) => (
          <label key={era} className="choice">
            <input
              type="radio"
              name="bodyEra"
              value={era}
              data-testid={`body-era-${era}`}
              checked={choice.era === era}
              onChange={() => change({ era, level: levelsOf(era).includes(choice.level) ? choice.level : 'commune', codes: [] })}
            />
            {t(`setup.era.${era}`)}
          </label>
        ))}
      </div>
      <SelectField
        label={t('books.body.level')}
        name="bodyLevel"
        value={choice.level}
        options={[...levels].reverse().map((level) => ({ value: level, label: t(`books.body.level.${level}`) }))}
        onChange={(value) => {
          const level = levels.find((l) => l === value);
          if (level) change({ ...choice, level });
        }}
      />
      <div className="body-units">
        {shown.map((level, index) => (
          <UnitPick
            key={`${choice.era}-${level}`}
            level={level}
            nodes={index === 0 ? unitsOf(choice.era) : (path[index - 1]?.children ?? null)}
            value={choice.codes[index] ?? null}
            onChange={(code) => change({ ...choice, codes: [...choice.codes.slice(0, index), code] })}
          />
        ))}
      </div>
    </fieldset>
  );
}

function UnitPick({ level, nodes, value, onChange }: { level: UnitLevel; nodes: UnitNode[] | null; value: string | null; onChange: (code: string) => void }) {
  const t = useT();
  const options = useMemo(() => (nodes ?? []).map((n) => ({ value: n.code, label: n.name })), [nodes]);
  return (
    <ComboBox
      label={t(`setup.level.${level}`)}
      name={`body-${level}`}
      testId={`body-unit-${level}`}
      options={options}
      value={value}
      onChange={onChange}
      disabled={nodes === null}
    />
  );
}

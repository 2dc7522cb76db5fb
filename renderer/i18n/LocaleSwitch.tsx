/**
 * The language picker shown in the header, on the login screen and in the wizard. Changes
 * only the UI locale; must not touch any other preference.
 */
import { useId } from 'react';
import { locales } from './locale';
import { useLocale, useT } from './use-t';

export function LocaleSwitch({ testId = 'locale-switch' }: { testId?: string }) {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const id = useId();
  return (
    <div className="locale-switch">
      <label htmlFor={id}>{t('locale.label')}</label>
      <select
        id={id}
        name="locale"
        data-testid={testId}
        value={locale}
        onChange={(e) => {
          const next = locales.find((code) => code === e.target.value);
          if (next) setLocale(next);
        }}
      >
        {locales.map((code) => (
          <option key={code} value={code}>
            {t(`locale.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

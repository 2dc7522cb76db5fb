/**
 * Hooks into the i18n context: `useT()` for messages, `useLocale()` for the locale switch.
 * Must only be used below I18nProvider.
 */
import { useContext } from 'react';
import { I18nContext, type I18nValue } from './i18n-context';
import type { Translate } from './translate';

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('i18n: useT outside I18nProvider');
  return value;
}

export const useT = (): Translate => useI18n().t;

export function useLocale(): Pick<I18nValue, 'locale' | 'setLocale'> {
  const { locale, setLocale } = useI18n();
  return { locale, setLocale };
}

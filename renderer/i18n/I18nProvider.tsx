/**
 * Provides the active locale to the tree and persists the user's choice (the code only). Also
 * keeps <html lang> in step so screen readers pronounce Vietnamese correctly.
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en';
import { I18nContext, type I18nValue } from './i18n-context';
import { loadLocale, saveLocale, type Locale } from './locale';
import { translate, type Translate } from './translate';
import { vi } from './vi';

const catalogs = { vi, en } as const;

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(loadLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    saveLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nValue>(() => {
    const t: Translate = (key, params) => translate(catalogs[locale], key, params);
    return { locale, setLocale, t };
  }, [locale, setLocale]);

  return <I18nContext value={value}>{children}</I18nContext>;
}

/**
 * The React context carrying the active locale and its translate function. Holds no state of
 * its own; I18nProvider owns it.
 */
import { createContext } from 'react';
import type { Locale } from './locale';
import type { Translate } from './translate';

export interface I18nValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

export const I18nContext = createContext<I18nValue | null>(null);

/**
 * The UI locale and its persistence. Only the locale code is ever written to localStorage;
 * this module must never store anything else there (citizen data lives only in the store).
 */
export type Locale = 'vi' | 'en';

export const locales: readonly Locale[] = ['vi', 'en'];

const storageKey = 'sohoa.locale';

const isLocale = (value: string | null): value is Locale => value === 'vi' || value === 'en';

export function loadLocale(): Locale {
  try {
    const saved = localStorage.getItem(storageKey);
    return isLocale(saved) ? saved : 'vi';
  } catch {
    // Storage can be unavailable (privacy settings, tests); Vietnamese is the safe default.
    return 'vi';
  }
}

export function saveLocale(locale: Locale): void {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Losing the preference is harmless; the next start falls back to Vietnamese.
  }
}

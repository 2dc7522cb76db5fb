/**
 * Register-type names in the UI's locale, and the options of a type select. Pure; the names
 * come from the register-type definitions, never from a list of our own.
 */
import { getRegisterType, RegisterTypeCode } from '../../../shared/domain/register-types/index';
import type { Locale } from '../../i18n/locale';

export function registerTypeName(code: string, locale: Locale): string {
  const parsed = RegisterTypeCode.safeParse(code);
  if (!parsed.success) return code;
  const def = getRegisterType(parsed.data);
  return locale === 'vi' ? def.name : def.nameEn;
}

export const registerTypeOptions = (locale: Locale): { value: string; label: string }[] =>
  RegisterTypeCode.options.map((code) => ({ value: code, label: `${code} — ${registerTypeName(code, locale)}` }));

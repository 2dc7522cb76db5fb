/**
 * The register-type lookup the store uses: a code read back from a row may be anything, so
 * unknown codes give `undefined` instead of throwing.
 */
import type { RegisterTypeDef } from '../../shared/domain/field-kinds';
import { getRegisterType, RegisterTypeCode } from '../../shared/domain/register-types';

export function definitionOf(code: string): RegisterTypeDef | undefined {
  const parsed = RegisterTypeCode.safeParse(code);
  return parsed.success ? getRegisterType(parsed.data) : undefined;
}

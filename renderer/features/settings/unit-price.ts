/**
 * Reading the unit price as people type money: digits, optionally grouped with dots or spaces
 * ("3.000", "3 000"); a whole number of đồng within the allowed range, or null. Pure.
 */
import { MAX_UNIT_PRICE } from '../../../shared/domain/report/weekly-report';

export function parseUnitPrice(text: string): number | null {
  const digits = text.trim().replace(/[.\s]/g, '');
  if (!/^\d{1,7}$/.test(digits)) return null;
  const price = Number(digits);
  return price <= MAX_UNIT_PRICE ? price : null;
}

/**
 * Turns whatever a store or host call threw into a sentence for the user. Store errors map by
 * code; anything else becomes a generic message, never the raw error text (which could carry
 * internal detail the clerk cannot act on).
 */
import { useCallback } from 'react';
import { StoreError } from '../store/types';
import { useT } from './use-t';

export function useErrorText(): (error: unknown) => string {
  const t = useT();
  return useCallback(
    (error: unknown) => {
      if (!(error instanceof StoreError)) return t('error.unexpected');
      const base = t(`error.${error.code}`);
      const problems = error.detail?.problems ?? [];
      if (problems.length === 0) return base;
      return `${base} ${problems.map((p) => t(`password.rule.${p}`)).join('; ')}.`;
    },
    [t],
  );
}

/**
 * Runs one async user action at a time and keeps its busy flag and translated error, so every
 * form handles "saving…" and failures the same way. Must not swallow errors silently: the
 * message is always shown, and the optional onError lets a caller react to a specific code.
 */
import { useCallback, useState } from 'react';
import { useErrorText } from '../i18n/use-error-text';

export interface Action {
  busy: boolean;
  error: string | null;
  setError: (message: string | null) => void;
  /** Resolves true when `task` succeeded. */
  run: (task: () => Promise<void>, onError?: (error: unknown) => boolean) => Promise<boolean>;
}

export function useAction(): Action {
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (task: () => Promise<void>, onError?: (error: unknown) => boolean) => {
      setBusy(true);
      setError(null);
      try {
        await task();
        return true;
      } catch (e) {
        // onError returning true means the caller turned this error into its own UI state.
        if (!onError?.(e)) setError(errorText(e));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [errorText],
  );

  return { busy, error, setError, run };
}

/**
 * The frame's global keys: Ctrl+L locks, Alt+1..9 / Alt+0 jump to an area. Matches on
 * physical key codes so Vietnamese input methods (Unikey, Telex) do not change them.
 */
import { useEffect, useRef } from 'react';

export interface AppShortcuts {
  onLock: () => void;
  onDigit: (digit: number) => void;
}

export function useAppShortcuts(shortcuts: AppShortcuts): void {
  const ref = useRef(shortcuts);
  useEffect(() => {
    ref.current = shortcuts;
  }, [shortcuts]);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey && !e.altKey && !e.shiftKey && !e.metaKey && e.code === 'KeyL') {
        e.preventDefault();
        ref.current.onLock();
        return;
      }
      const digit = /^Digit([0-9])$/.exec(e.code)?.[1];
      if (e.altKey && !e.ctrlKey && !e.metaKey && digit !== undefined) {
        e.preventDefault();
        ref.current.onDigit(Number(digit));
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/**
 * Gives focus back to `target` once a modal dialog has gone. Focusing from the handler that
 * closes it races React: when the close follows an await, the render that unmounts the dialog
 * may come after the next frame, and nothing outside a modal dialog can take focus. An effect
 * runs after the dialog's own cleanup has closed it.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useFocusAfterClose(open: boolean, target: RefObject<HTMLElement | null>): void {
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) target.current?.focus();
    wasOpen.current = open;
  }, [open, target]);
}

/**
 * Scrolls an element into view whenever its message changes to something, so feedback for a
 * button far down a long screen is never left off-screen.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useReveal(message: string | null): RefObject<HTMLParagraphElement | null> {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [message]);
  return ref;
}

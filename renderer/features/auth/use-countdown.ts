/**
 * Whole seconds left until a deadline, re-rendering while it runs; 0 once passed or when there
 * is no deadline. Used for the login throttle. Reads the clock during render so the first
 * frame after a new deadline is already right.
 */
import { useEffect, useState } from 'react';

export function useCountdown(until: number | null): number {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (until === null) return;
    const timer = setInterval(() => {
      setTick((n) => n + 1);
      if (Date.now() >= until) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - Date.now()) / 1000));
}

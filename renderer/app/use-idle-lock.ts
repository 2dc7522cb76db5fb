/**
 * Calls `onIdle` once after `minutes` without keyboard, mouse or touch activity. Lives inside
 * the authenticated tree, so it stops when the session locks; it must not lock anything itself.
 */
import { useEffect, useRef } from 'react';

const activityEvents = ['keydown', 'mousedown', 'mousemove', 'wheel', 'pointerdown', 'touchstart'] as const;

export function useIdleLock(minutes: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    let lastActivity = Date.now();
    let fired = false;
    const touch = () => {
      lastActivity = Date.now();
    };
    for (const name of activityEvents) window.addEventListener(name, touch, { capture: true, passive: true });
    // Polling a timestamp is cheaper than re-arming a timeout on every mouse move.
    const timer = setInterval(() => {
      if (!fired && Date.now() - lastActivity >= minutes * 60_000) {
        fired = true;
        onIdleRef.current();
      }
    }, 1000);
    return () => {
      clearInterval(timer);
      for (const name of activityEvents) window.removeEventListener(name, touch, { capture: true });
    };
  }, [minutes]);
}

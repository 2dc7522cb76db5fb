/**
 * A callback whose identity never changes but which always runs the latest render's function,
 * so memoised fields are not re-rendered just because a handler closed over new state.
 */
import { useCallback, useEffect, useRef } from 'react';

export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const ref = useRef(fn);
  useEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}

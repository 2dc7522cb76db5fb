/**
 * The h1 of a screen or wizard step. It takes focus when it mounts so keyboard and screen-reader
 * users land at the top of the new content instead of on a button that no longer exists;
 * screens whose first field should take focus instead pass takeFocus={false}.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export function ScreenHeading({ children, takeFocus = true }: { children: ReactNode; takeFocus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-heading">
      {children}
    </h1>
  );
}

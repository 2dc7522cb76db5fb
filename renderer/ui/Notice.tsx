/**
 * Form-level messages: errors as role=alert (announced at once), confirmations as role=status.
 * Renders nothing for an empty message so callers need no conditionals; a new message scrolls
 * itself into view.
 */
import { useReveal } from './use-reveal';

export function ErrorNotice({ message }: { message: string | null }) {
  const ref = useReveal(message);
  if (!message) return null;
  return (
    <p ref={ref} className="notice notice-error" role="alert" data-testid="error">
      {message}
    </p>
  );
}

export function StatusNotice({ message }: { message: string | null }) {
  const ref = useReveal(message);
  if (!message) return null;
  return (
    <p ref={ref} className="notice notice-ok" role="status" data-testid="status">
      {message}
    </p>
  );
}

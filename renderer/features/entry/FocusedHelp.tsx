/**
 * Shows the help of whichever field has focus in one fixed place (the action bar), copied from
 * the field's own hint, which screen readers already get through aria-describedby. Listens to
 * focus itself so moving between fields re-renders this line only, never the form.
 */
import { useEffect, useState, type RefObject } from 'react';

export function FocusedHelp({ form }: { form: RefObject<HTMLFormElement | null> }) {
  const [help, setHelp] = useState('');
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    const onFocusIn = (e: FocusEvent) => {
      const target = e.target;
      if (target instanceof HTMLInputElement && target.id) setHelp(document.getElementById(`${target.id}-hint`)?.textContent ?? '');
    };
    element.addEventListener('focusin', onFocusIn);
    return () => element.removeEventListener('focusin', onFocusIn);
  }, [form]);
  return (
    <p className="entry-focus-help" aria-hidden="true">
      {help}
    </p>
  );
}

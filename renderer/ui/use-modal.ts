/**
 * Opens a native <dialog> as modal while the component that renders it is mounted: the browser
 * then traps focus and turns Esc into a close, which calls `onClose`. Must not be used for
 * anything but dialogs the caller unmounts on close.
 */
import { useEffect, useRef, type RefObject } from 'react';

export function useModal(onClose: () => void): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  });
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const onCancel = (e: Event) => {
      e.preventDefault();
      closeRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
    };
  }, []);
  return ref;
}

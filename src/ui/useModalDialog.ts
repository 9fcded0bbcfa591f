import { useEffect, useRef } from 'react';

/**
 * A ref for a native <dialog> that opens it modally while `open` is true and closes it when false.
 * The native modal gives focus trapping and Escape for free; the dialog's `onClose` must report
 * back so the state follows when the user closes it with Escape.
 */
export function useModalDialog(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return ref;
}

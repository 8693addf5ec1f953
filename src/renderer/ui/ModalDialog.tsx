/**
 * A modal dialog on the native <dialog> element: focus is trapped, the page behind is inert, Escape means
 * "cancel". Errors use role="alertdialog" so screen readers announce them at once.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface ModalDialogProps {
  title: string;
  role?: 'dialog' | 'alertdialog';
  onCancel: () => void;
  children: ReactNode;
  className?: string;
}

export function ModalDialog({ title, role = 'dialog', onCancel, children, className }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) el.showModal();
    return () => {
      if (el?.open) el.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      role={role}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className={`file-dialog${className ? ` ${className}` : ''}`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId}>{children}</div>
    </dialog>
  );
}

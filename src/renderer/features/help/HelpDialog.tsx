/**
 * The frame of a help dialog: a modal native <dialog> (focus stays inside, the page behind is inert) with a
 * title that labels it, a Close button, Escape to close, and focus back where it was when the dialog closes.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface HelpDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * Puts focus back on what had it before the dialog opened. A command run from a toolbar menu leaves focus on
 * a button inside the menu, which is hidden once the menu closes, so the menu's own summary gets it instead.
 */
function returnFocus(opener: Element | null): void {
  if (!(opener instanceof HTMLElement) || !opener.isConnected) return;
  opener.focus();
  // focus() does nothing to an element that cannot take focus now, so check where it went.
  if (document.activeElement !== opener)
    opener.closest('details')?.querySelector<HTMLElement>(':scope > summary')?.focus();
}

export function HelpDialog({ title, onClose, children, className }: HelpDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  // Read while rendering, before showModal moves focus into the dialog.
  const [opener] = useState(() => (typeof document === 'undefined' ? null : document.activeElement));
  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) el.showModal();
    closeButton.current?.focus();
    return () => {
      if (el?.open) el.close();
      returnFocus(opener);
    };
  }, [opener]);
  return (
    <dialog
      ref={ref}
      aria-modal="true"
      aria-labelledby={titleId}
      className={`file-dialog help-dialog${className ? ` ${className}` : ''}`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // The page behind is inert, so its keyboard shortcuts must not act on it either (Escape would also
      // clear the canvas selection). Stopping the key here leaves the dialog's own Escape handling intact.
      onKeyDown={(event) => event.stopPropagation()}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="file-dialog__buttons">
        <button type="button" ref={closeButton} onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}

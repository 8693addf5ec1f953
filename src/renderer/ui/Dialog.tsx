/**
 * The app's one modal dialog frame, on the native <dialog> element opened with showModal(): the page behind
 * is inert, so focus stays inside; the title labels it; Escape (the dialog's `cancel`) calls `onClose`; and
 * when it closes, focus goes back to what had it before it opened. Errors use role="alertdialog" so screen
 * readers announce them at once.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './dialog.css';

export interface DialogProps {
  title: string;
  /** Escape and the Close button (when there is one). For a question, the "cancel" answer. */
  onClose: () => void;
  role?: 'dialog' | 'alertdialog';
  className?: string;
  /** A Close button under the content, or beside the title (large dialogs); it takes focus on opening. */
  close?: 'footer' | 'header';
  /** Whether the content describes the dialog (short questions, errors); long content should not. */
  described?: boolean;
  children: ReactNode;
}

export function Dialog({
  title,
  onClose,
  role = 'dialog',
  className,
  close,
  described = false,
  children,
}: DialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  // Read while rendering, before showModal moves focus into the dialog.
  const [opener] = useState(() => (typeof document === 'undefined' ? null : document.activeElement));
  useEffect(() => {
    const el = ref.current;
    if (el && !el.open) el.showModal();
    closeButton.current?.focus();
    return () => {
      if (el?.open) el.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, [opener]);
  const closeControl = close && (
    <button type="button" ref={closeButton} onClick={onClose}>
      {t('dialog.close')}
    </button>
  );
  return (
    <dialog
      ref={ref}
      role={role}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={described ? bodyId : undefined}
      className={`dialog${className ? ` ${className}` : ''}`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // The page behind is inert, so its keyboard shortcuts must not act on it either (Escape would also
      // clear the canvas selection). Stopping the key here leaves the dialog's own Escape handling intact.
      onKeyDown={(event) => event.stopPropagation()}
    >
      {close === 'header' ? (
        <header className="dialog__header">
          <h2 id={titleId}>{title}</h2>
          {closeControl}
        </header>
      ) : (
        <h2 id={titleId}>{title}</h2>
      )}
      <div id={bodyId} className="dialog__body">
        {children}
      </div>
      {close === 'footer' && <div className="dialog__buttons">{closeControl}</div>}
    </dialog>
  );
}

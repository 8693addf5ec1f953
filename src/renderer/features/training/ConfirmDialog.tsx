/**
 * A small modal question of our own (window.confirm blocks the page and cannot be styled or tested well),
 * on the app's one modal dialog frame (ui/Dialog): Escape means the cancel answer.
 */
import { Dialog } from '../../ui/Dialog';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  if (!open) return null;
  return (
    <Dialog title={title} onClose={onCancel} described>
      <p>{message}</p>
      <div className="dialog__buttons">
        <button type="button" onClick={onCancel}>
          {cancelLabel}
        </button>
        <button type="button" className="primary" onClick={onConfirm} autoFocus>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}

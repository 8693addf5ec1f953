/**
 * Draws the file dialog the store says is showing: unsaved changes, errors, Open Recent, New from template
 * and crash recovery. Actions go to the file controller; this file holds no file logic of its own.
 */
import type { BackupEntry, RecentFilesList } from '../../platform/types';
import { TEMPLATES } from '../../document/templates';
import type { FileController } from './controller';
import { closeFileDialog, showFileDialog, useFileDialog, type FileDialog } from './fileDialogs';
import { Dialog } from '../../ui/Dialog';

const when = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
};

function UnsavedDialog({ dialog }: { dialog: Extract<FileDialog, { kind: 'unsaved' }> }) {
  return (
    <Dialog
      title="Save your changes?"
      onClose={() => dialog.answer('cancel')}
      className="file-dialog--unsaved"
      described
    >
      <p>“{dialog.name}” has unsaved changes. Save them first, or continue without saving (the changes are lost)?</p>
      <div className="dialog__buttons">
        <button type="button" onClick={() => dialog.answer('cancel')}>
          Cancel
        </button>
        <button type="button" onClick={() => dialog.answer('discard')}>
          Don't Save
        </button>
        <button type="button" className="primary" onClick={() => dialog.answer('save')} autoFocus>
          Save
        </button>
      </div>
    </Dialog>
  );
}

function ErrorDialog({ dialog }: { dialog: Extract<FileDialog, { kind: 'error' }> }) {
  return (
    <Dialog title={dialog.title} role="alertdialog" onClose={closeFileDialog} className="file-dialog--error" described>
      <ul className="file-dialog__problems">
        {dialog.messages.map((message, i) => (
          <li key={i}>{message}</li>
        ))}
      </ul>
      <p className="muted">The open project was not changed.</p>
      <div className="dialog__buttons">
        <button type="button" className="primary" onClick={closeFileDialog} autoFocus>
          OK
        </button>
      </div>
    </Dialog>
  );
}

function RecentDialog({
  list,
  failure,
  controller,
}: {
  list: RecentFilesList | null;
  failure: string | null;
  controller: FileController;
}) {
  const open = (id: string) => {
    closeFileDialog();
    void controller.openRecent(id);
  };
  return (
    <Dialog title="Open Recent" onClose={closeFileDialog}>
      {failure && <p className="file-dialog__failure">{failure}</p>}
      {!failure && list === null && <p className="muted">Reading the recent files…</p>}
      {list?.note && <p className="file-dialog__note">{list.note}</p>}
      {list && list.files.length === 0 && (
        <p className="muted">No recent files yet. Files you open or save appear here.</p>
      )}
      {list && list.files.length > 0 && (
        <ul className="file-dialog__choices" aria-label="Recent files">
          {list.files.map((entry) => (
            <li key={entry.id}>
              <button type="button" title={entry.path ?? entry.fileName} onClick={() => open(entry.id)}>
                <span>{entry.fileName}</span>
                <small>{when(entry.openedAt)}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog__buttons">
        <button type="button" onClick={closeFileDialog} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}

function TemplateDialog({ controller }: { controller: FileController }) {
  return (
    <Dialog title="New from template" onClose={closeFileDialog}>
      <ul className="file-dialog__choices" aria-label="Templates">
        {TEMPLATES.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              onClick={() => {
                closeFileDialog();
                void controller.newFromTemplate(template.id);
              }}
            >
              <span>{template.name}</span>
              <small>{template.description}</small>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog__buttons">
        <button type="button" onClick={closeFileDialog} autoFocus>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}

function RecoveryDialog({ backups, controller }: { backups: BackupEntry[]; controller: FileController }) {
  const discard = async (id: string) => {
    await controller.discardBackup(id);
    const rest = backups.filter((b) => b.id !== id);
    showFileDialog(rest.length > 0 ? { kind: 'recovery', backups: rest } : null);
  };
  return (
    <Dialog title="Recover unsaved work" onClose={closeFileDialog}>
      <p>Layerwise closed before this work was saved. Restore it to keep working on it, or discard it.</p>
      <ul className="file-dialog__choices" aria-label="Unsaved work">
        {backups.map((backup) => (
          <li key={backup.id} className="file-dialog__backup">
            <span>
              <strong>{backup.name}</strong>
              <small>
                {' '}
                last changed {when(backup.savedAt)}
                {backup.path ? ` (${backup.path})` : ''}
              </small>
            </span>
            <span className="file-dialog__row-buttons">
              <button
                type="button"
                className="primary"
                aria-label={`Restore ${backup.name}`}
                onClick={() => {
                  closeFileDialog();
                  void controller.restoreBackup(backup.id);
                }}
              >
                Restore
              </button>
              <button type="button" aria-label={`Discard ${backup.name}`} onClick={() => void discard(backup.id)}>
                Discard
              </button>
            </span>
          </li>
        ))}
      </ul>
      <div className="dialog__buttons">
        <button type="button" onClick={closeFileDialog}>
          Decide later
        </button>
      </div>
    </Dialog>
  );
}

export function FileDialogs({ controller }: { controller: FileController }) {
  const dialog = useFileDialog();
  if (!dialog) return null;
  // Keyed by kind so each dialog mounts fresh (and opens modally) when the kind changes.
  switch (dialog.kind) {
    case 'unsaved':
      return <UnsavedDialog key="unsaved" dialog={dialog} />;
    case 'error':
      return <ErrorDialog key={`error-${dialog.title}`} dialog={dialog} />;
    case 'recent':
      return <RecentDialog key="recent" list={dialog.list} failure={dialog.failure} controller={controller} />;
    case 'templates':
      return <TemplateDialog key="templates" controller={controller} />;
    case 'recovery':
      return <RecoveryDialog key="recovery" backups={dialog.backups} controller={controller} />;
  }
}

/**
 * Draws the file dialog the store says is showing: unsaved changes, errors, Open Recent, New from template
 * and crash recovery. Actions go to the file controller; this file holds no file logic of its own.
 */
import { useTranslation } from 'react-i18next';
import { problemOr } from '../../../shared/i18n';
import type { BackupEntry, RecentFilesList } from '../../platform/types';
import { TEMPLATES, templateWords } from '../../document/templates';
import type { FileController } from './controller';
import { closeFileDialog, showFileDialog, useFileDialog, type FileDialog } from './fileDialogs';
import { Dialog } from '../../ui/Dialog';

/** A saved time as the reader writes dates (the app's language, not the machine's). */
const when = (iso: string, language: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(language);
};

function UnsavedDialog({ dialog }: { dialog: Extract<FileDialog, { kind: 'unsaved' }> }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('fileDialog.unsavedTitle')}
      onClose={() => dialog.answer('cancel')}
      className="file-dialog--unsaved"
      described
    >
      <p>{t('fileDialog.unsaved', { name: dialog.name })}</p>
      <div className="dialog__buttons">
        <button type="button" onClick={() => dialog.answer('cancel')}>
          {t('dialog.cancel')}
        </button>
        <button type="button" onClick={() => dialog.answer('discard')}>
          {t('fileDialog.dontSave')}
        </button>
        <button type="button" className="primary" onClick={() => dialog.answer('save')} autoFocus>
          {t('fileDialog.save')}
        </button>
      </div>
    </Dialog>
  );
}

function ErrorDialog({ dialog }: { dialog: Extract<FileDialog, { kind: 'error' }> }) {
  const { t } = useTranslation();
  return (
    <Dialog title={dialog.title} role="alertdialog" onClose={closeFileDialog} className="file-dialog--error" described>
      <ul className="file-dialog__problems">
        {dialog.messages.map((message, i) => (
          <li key={i}>{message}</li>
        ))}
      </ul>
      <p className="muted">{t('fileDialog.unchanged')}</p>
      <div className="dialog__buttons">
        <button type="button" className="primary" onClick={closeFileDialog} autoFocus>
          {t('dialog.ok')}
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
  const { t, i18n } = useTranslation();
  const open = (id: string) => {
    closeFileDialog();
    void controller.openRecent(id);
  };
  return (
    <Dialog title={t('fileDialog.recentTitle')} onClose={closeFileDialog}>
      {failure && <p className="file-dialog__failure">{failure}</p>}
      {!failure && list === null && <p className="muted">{t('fileDialog.reading')}</p>}
      {list?.note && <p className="file-dialog__note">{problemOr(t, list.noteProblem, list.note)}</p>}
      {list && list.files.length === 0 && <p className="muted">{t('fileDialog.noRecent')}</p>}
      {list && list.files.length > 0 && (
        <ul className="file-dialog__choices" aria-label={t('fileDialog.recent')}>
          {list.files.map((entry) => (
            <li key={entry.id}>
              <button type="button" title={entry.path ?? entry.fileName} onClick={() => open(entry.id)}>
                <span>{entry.fileName}</span>
                <small>{when(entry.openedAt, i18n.language)}</small>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog__buttons">
        <button type="button" onClick={closeFileDialog} autoFocus>
          {t('dialog.close')}
        </button>
      </div>
    </Dialog>
  );
}

function TemplateDialog({ controller }: { controller: FileController }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('fileDialog.templatesTitle')} onClose={closeFileDialog}>
      <ul className="file-dialog__choices" aria-label={t('fileDialog.templates')}>
        {TEMPLATES.map((template) => (
          <li key={template.id}>
            <button
              type="button"
              onClick={() => {
                closeFileDialog();
                void controller.newFromTemplate(template.id);
              }}
            >
              <span>{templateWords(template).name}</span>
              <small>{templateWords(template).description}</small>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog__buttons">
        <button type="button" onClick={closeFileDialog} autoFocus>
          {t('dialog.cancel')}
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
  const { t, i18n } = useTranslation();
  return (
    <Dialog title={t('fileDialog.recoverTitle')} onClose={closeFileDialog}>
      <p>{t('fileDialog.recover')}</p>
      <ul className="file-dialog__choices" aria-label={t('fileDialog.unsavedWork')}>
        {backups.map((backup) => (
          <li key={backup.id} className="file-dialog__backup">
            <span>
              <strong>{backup.name}</strong>
              <small>
                {' '}
                {t(backup.path ? 'fileDialog.changedAtPath' : 'fileDialog.changedAt', {
                  when: when(backup.savedAt, i18n.language),
                  path: backup.path,
                })}
              </small>
            </span>
            <span className="file-dialog__row-buttons">
              <button
                type="button"
                className="primary"
                aria-label={t('fileDialog.restoreName', { name: backup.name })}
                onClick={() => {
                  closeFileDialog();
                  void controller.restoreBackup(backup.id);
                }}
              >
                {t('fileDialog.restore')}
              </button>
              <button
                type="button"
                aria-label={t('fileDialog.discardName', { name: backup.name })}
                onClick={() => void discard(backup.id)}
              >
                {t('fileDialog.discard')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      <div className="dialog__buttons">
        <button type="button" onClick={closeFileDialog}>
          {t('fileDialog.later')}
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

/**
 * File → Export…: choose a format (each says what it is for), the weights (a trained run, or the initial
 * weights when nothing has been trained), see the files that will be written, and save them as one zip.
 * A failure says why — a layer a format cannot express is named.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO, type ExportFormat } from '../../../export';
import { useEditor } from '../../document/editorStore';
import { useRuns } from '../../document/runsStore';
import { getPlatform } from '../../platform';
import { failureLines } from '../../platform/failureText';
import { resourcesFor } from '../../run/dataClient';
import { Dialog } from '../../ui/Dialog';
import { buildExport, exportFolderName } from './buildExport';
import './export.css';

type Status =
  { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

const INITIAL = '';

/** A file's key in `exportDialog.formats.<format>.files`: its path without dots ("model.py" → "model_py"). */
const fileKey = (path: string) => path.replace(/\./g, '_');

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const doc = useEditor((s) => s.doc);
  const runs = useRuns((s) => s.runs);
  const trained = runs.filter((r) => r.weights);
  const [format, setFormat] = useState<ExportFormat>('pytorch');
  const [runId, setRunId] = useState<string>(trained.at(-1)?.id ?? INITIAL);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const weightsId = useId();
  const info = EXPORT_FORMAT_INFO[format];
  const folder = exportFolderName(doc.name, format);

  async function runExport(): Promise<void> {
    setStatus({ kind: 'working' });
    try {
      const platform = getPlatform();
      const run = trained.find((r) => r.id === runId) ?? null;
      const [version, resources] = await Promise.all([platform.appVersion(), resourcesFor(doc.dataset)]);
      const built = buildExport(doc, run, format, version, resources);
      await platform.saveDownload(built.fileName, built.zip, 'application/zip');
      setStatus({
        kind: 'done',
        message: t(run ? 'exportDialog.saved' : 'exportDialog.savedInitial', {
          file: built.fileName,
          files: built.files.map((f) => f.path).join(', '),
        }),
      });
    } catch (error) {
      setStatus({
        kind: 'failed',
        message: t('exportDialog.failed', { format: info.title, reason: failureLines(t, error).join(' ') }),
      });
    }
  }

  return (
    <Dialog title={t('exportDialog.title')} onClose={onClose} className="export-dialog">
      <fieldset className="export-dialog__formats">
        <legend>{t('exportDialog.format')}</legend>
        {EXPORT_FORMATS.map((f) => (
          <label key={f} className="export-dialog__format">
            <input
              type="radio"
              name="export-format"
              value={f}
              checked={format === f}
              onChange={() => {
                setFormat(f);
                setStatus({ kind: 'idle' });
              }}
            />
            <span>
              <strong>{EXPORT_FORMAT_INFO[f].title}</strong> —{' '}
              {t(`exportDialog.formats.${f}.purpose`, { defaultValue: EXPORT_FORMAT_INFO[f].purpose })}
            </span>
          </label>
        ))}
      </fieldset>
      <p>
        <label htmlFor={weightsId}>{t('exportDialog.weights')} </label>
        <select id={weightsId} value={runId} onChange={(e) => setRunId(e.target.value)}>
          {trained.map((r) => (
            <option key={r.id} value={r.id}>
              {t('exportDialog.run', {
                id: r.id,
                end: t(`compare.end.${r.end}`, { defaultValue: r.end }),
                count: r.history.length,
              })}
            </option>
          ))}
          <option value={INITIAL}>{t('exportDialog.initial')}</option>
        </select>
      </p>
      <p>{t('exportDialog.writes', { zip: `${folder}.zip`, folder: `${folder}/` })}</p>
      <ul className="export-dialog__files" aria-label={t('exportDialog.files')}>
        {info.files.map((f) => (
          <li key={f.path}>
            <code>{f.path}</code> —{' '}
            {t(`exportDialog.formats.${format}.files.${fileKey(f.path)}`, { defaultValue: f.what })}
          </li>
        ))}
      </ul>
      {status.kind === 'done' && (
        <p role="status" className="export-dialog__done">
          {status.message}
        </p>
      )}
      {status.kind === 'failed' && (
        <p role="alert" className="export-dialog__failure">
          {status.message}
        </p>
      )}
      <div className="dialog__buttons">
        <button type="button" onClick={onClose}>
          {t('dialog.close')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void runExport()}
          disabled={status.kind === 'working'}
          autoFocus
        >
          {status.kind === 'working' ? t('exportDialog.working') : t('exportDialog.export', { format: info.title })}
        </button>
      </div>
    </Dialog>
  );
}

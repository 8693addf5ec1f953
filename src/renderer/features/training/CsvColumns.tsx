/**
 * For a CSV: choose the file (its text is embedded in the dataset spec so the project travels whole), its
 * encoding (detected, or chosen with a preview of the first lines) and separator (detected, shown, changeable),
 * which columns are features, which is the target, and the task. Shows the first rows, every unusable row with
 * its line number, and warnings about the data.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_DELIMITERS, type CsvDatasetSpec, type CsvDelimiter, type Task } from '../../../engine';
import {
  ENCODING_NAMES,
  TEXT_ENCODINGS,
  decodeText,
  type DecodeFailure,
  type TextEncoding,
} from '../../../project/text-decode';
import type { BadRow, DatasetPatch } from '../../../engine/data';
import type { CsvPreview } from '../../run/dataPreview';
import { badRowText, problemText } from '../../../shared/i18n';

export interface CsvColumnsProps {
  spec: CsvDatasetSpec;
  csv: CsvPreview | undefined;
  badRows: BadRow[];
  onChange: (patch: DatasetPatch) => void;
}

/** Past this size a CSV makes the project file unwieldy; it is still accepted. */
const LARGE_CSV_BYTES = 20 * 1024 * 1024;

/** Each separator's name in the catalogue (`csv.delimiter.<name>`). */
const DELIMITER_KEYS: Record<CsvDelimiter, string> = {
  ',': 'csv.delimiter.comma',
  ';': 'csv.delimiter.semicolon',
  '\t': 'csv.delimiter.tab',
};

/** The first lines of a text, for the encoding preview. */
function firstLines(text: string, lines = 3): string {
  return text.split(/\r\n|\n|\r/, lines).join('\n');
}

export function CsvColumns({ spec, csv, badRows, onChange }: CsvColumnsProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [file, setFile] = useState<{ name: string; size: number; bytes: Uint8Array } | null>(null);
  const [encoding, setEncoding] = useState<TextEncoding | 'auto'>('auto');
  const [decoded, setDecoded] = useState<{ encoding: TextEncoding; preview: string } | null>(null);
  const [decodeError, setDecodeError] = useState<DecodeFailure | null>(null);
  const columns = csv?.columns ?? [];
  const target = spec.target ?? columns[columns.length - 1];
  const features = spec.features ?? columns.filter((c) => c !== target);

  /** Decodes the chosen file's bytes and, when that works, embeds the text as the dataset. */
  function load(chosen: { name: string; size: number; bytes: Uint8Array }, as: TextEncoding | 'auto') {
    const result = decodeText(chosen.bytes, chosen.name, as === 'auto' ? {} : { encoding: as });
    if (!result.ok) {
      setDecodeError(result);
      setDecoded(null);
      setFileNote(null);
      return;
    }
    setDecodeError(null);
    setDecoded({ encoding: result.encoding, preview: firstLines(result.text) });
    setFileNote(
      chosen.size > LARGE_CSV_BYTES
        ? t('csv.large', {
            name: chosen.name,
            size: Math.round(chosen.size / 1048576).toLocaleString(i18n.language),
          })
        : t('csv.loaded', { name: chosen.name, encoding: ENCODING_NAMES[result.encoding] }),
    );
    // New text: its columns (and separator) decide the defaults again.
    onChange({
      text: result.text,
      path: undefined,
      features: undefined,
      target: undefined,
      task: undefined,
      delimiter: undefined,
    });
  }

  async function pick(picked: File | undefined) {
    if (!picked) return;
    const chosen = { name: picked.name, size: picked.size, bytes: new Uint8Array(await picked.arrayBuffer()) };
    setFile(chosen);
    load(chosen, encoding);
  }

  function toggleFeature(column: string, on: boolean) {
    const next = on
      ? columns.filter((c) => c === column || features.includes(c))
      : features.filter((c) => c !== column);
    onChange({ features: next });
  }

  return (
    <div className="csv-columns">
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('csv.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void pick(e.target.files?.[0])}
        />
        {fileNote && <small className="field__hint">{fileNote}</small>}
        {decodeError && (
          <p className="field__error" role="alert">
            {problemText(t, decodeError)}
          </p>
        )}
      </div>
      {file && (
        <div className="field">
          <label htmlFor={`${id}-encoding`}>{t('csv.encoding')}</label>
          <select
            id={`${id}-encoding`}
            value={encoding}
            onChange={(e) => {
              const next = e.target.value as TextEncoding | 'auto';
              setEncoding(next);
              load(file, next);
            }}
          >
            <option value="auto">
              {decoded && encoding === 'auto'
                ? t('csv.detected', { name: ENCODING_NAMES[decoded.encoding] })
                : t('csv.detect')}
            </option>
            {TEXT_ENCODINGS.map((e) => (
              <option key={e} value={e}>
                {ENCODING_NAMES[e]}
              </option>
            ))}
          </select>
          {decoded && (
            <pre className="csv-columns__preview" aria-label={t('csv.firstLines')}>
              {decoded.preview}
            </pre>
          )}
        </div>
      )}
      {csv && (
        <div className="field">
          <label htmlFor={`${id}-delimiter`}>{t('csv.separator')}</label>
          <select
            id={`${id}-delimiter`}
            value={spec.delimiter ?? 'auto'}
            onChange={(e) =>
              onChange({
                delimiter: e.target.value === 'auto' ? undefined : (e.target.value as CsvDelimiter),
                features: undefined,
                target: undefined,
              })
            }
          >
            <option value="auto">
              {t('csv.detected', { name: t(DELIMITER_KEYS[spec.delimiter ?? csv.delimiter]) })}
            </option>
            {CSV_DELIMITERS.map((d) => (
              <option key={d} value={d}>
                {t(DELIMITER_KEYS[d])}
              </option>
            ))}
          </select>
        </div>
      )}
      {columns.length > 0 && (
        <>
          <fieldset className="csv-columns__features">
            <legend>{t('csv.features')}</legend>
            {columns.map((c) => (
              <label key={c}>
                <input
                  type="checkbox"
                  checked={features.includes(c)}
                  disabled={c === target}
                  onChange={(e) => toggleFeature(c, e.target.checked)}
                />{' '}
                {c}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-target`}>{t('csv.target')}</label>
            <select
              id={`${id}-target`}
              value={target}
              onChange={(e) =>
                onChange({ target: e.target.value, features: features.filter((f) => f !== e.target.value) })
              }
            >
              {columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-task`}>{t('csv.task')}</label>
            <select
              id={`${id}-task`}
              value={spec.task ?? 'auto'}
              onChange={(e) => onChange({ task: e.target.value === 'auto' ? undefined : (e.target.value as Task) })}
            >
              <option value="auto">{t('csv.taskAuto')}</option>
              <option value="classification">{t('csv.classification')}</option>
              <option value="regression">{t('csv.regression')}</option>
            </select>
          </div>
        </>
      )}
      {csv && csv.rows.length > 0 && (
        <table
          className="data-table"
          aria-label={t('csv.rows', { count: csv.rows.length, total: csv.totalRows.toLocaleString(i18n.language) })}
        >
          <thead>
            <tr>
              <th>{t('csv.line')}</th>
              {csv.columns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {csv.rows.map((row, r) => (
              <tr key={csv.lines[r]}>
                <td>{csv.lines[r]}</td>
                {csv.columns.map((c, k) => (
                  <td key={c}>{row[k] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {csv && csv.warnings.length > 0 && (
        <ul className="csv-columns__warnings" aria-label={t('csv.warnings')}>
          {csv.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {badRows.length > 0 && (
        <div className="bad-rows" role="status">
          <p>{t('csv.leftOut', { count: badRows.length })}</p>
          <ul aria-label={t('csv.leftOutList')}>
            {badRows.slice(0, 50).map((b) => (
              <li key={b.line}>{badRowText(t, b)}</li>
            ))}
            {badRows.length > 50 && <li>{t('csv.more', { count: badRows.length - 50 })}</li>}
          </ul>
        </div>
      )}
    </div>
  );
}

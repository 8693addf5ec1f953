/**
 * For a CSV: choose the file (its text is embedded in the dataset spec so the project travels whole), its
 * encoding (detected, or chosen with a preview of the first lines) and separator (detected, shown, changeable),
 * which columns are features, which is the target, and the task. Shows the first rows, every unusable row with
 * its line number, and warnings about the data.
 */
import { useId, useState } from 'react';
import { CSV_DELIMITERS, type CsvDatasetSpec, type CsvDelimiter, type Task } from '../../../engine';
import { ENCODING_NAMES, TEXT_ENCODINGS, decodeText, type TextEncoding } from '../../../project/text-decode';
import type { BadRow, DatasetPatch } from '../../../engine/data';
import type { CsvPreview } from '../../run/dataPreview';

export interface CsvColumnsProps {
  spec: CsvDatasetSpec;
  csv: CsvPreview | undefined;
  badRows: BadRow[];
  onChange: (patch: DatasetPatch) => void;
}

/** Past this size a CSV makes the project file unwieldy; it is still accepted. */
const LARGE_CSV_BYTES = 20 * 1024 * 1024;

const DELIMITER_NAMES: Record<CsvDelimiter, string> = { ',': 'comma ( , )', ';': 'semicolon ( ; )', '\t': 'tab' };

/** The first lines of a text, for the encoding preview. */
function firstLines(text: string, lines = 3): string {
  return text.split(/\r\n|\n|\r/, lines).join('\n');
}

export function CsvColumns({ spec, csv, badRows, onChange }: CsvColumnsProps) {
  const id = useId();
  const [fileNote, setFileNote] = useState<string | null>(null);
  const [file, setFile] = useState<{ name: string; size: number; bytes: Uint8Array } | null>(null);
  const [encoding, setEncoding] = useState<TextEncoding | 'auto'>('auto');
  const [decoded, setDecoded] = useState<{ encoding: TextEncoding; preview: string } | null>(null);
  const [decodeError, setDecodeError] = useState<string | null>(null);
  const columns = csv?.columns ?? [];
  const target = spec.target ?? columns[columns.length - 1];
  const features = spec.features ?? columns.filter((c) => c !== target);

  /** Decodes the chosen file's bytes and, when that works, embeds the text as the dataset. */
  function load(chosen: { name: string; size: number; bytes: Uint8Array }, as: TextEncoding | 'auto') {
    const result = decodeText(chosen.bytes, chosen.name, as === 'auto' ? {} : { encoding: as });
    if (!result.ok) {
      setDecodeError(result.message);
      setDecoded(null);
      setFileNote(null);
      return;
    }
    setDecodeError(null);
    setDecoded({ encoding: result.encoding, preview: firstLines(result.text) });
    setFileNote(
      chosen.size > LARGE_CSV_BYTES
        ? `${chosen.name} is large (${(chosen.size / 1048576).toFixed(0)} MB); the project file will hold all of it.`
        : `Loaded ${chosen.name} (${ENCODING_NAMES[result.encoding]}).`,
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
        <label htmlFor={`${id}-file`}>CSV file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void pick(e.target.files?.[0])}
        />
        {fileNote && <small className="field__hint">{fileNote}</small>}
        {decodeError && (
          <p className="field__error" role="alert">
            {decodeError}
          </p>
        )}
      </div>
      {file && (
        <div className="field">
          <label htmlFor={`${id}-encoding`}>Encoding</label>
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
              detect{decoded && encoding === 'auto' ? ` (${ENCODING_NAMES[decoded.encoding]})` : ''}
            </option>
            {TEXT_ENCODINGS.map((e) => (
              <option key={e} value={e}>
                {ENCODING_NAMES[e]}
              </option>
            ))}
          </select>
          {decoded && (
            <pre className="csv-columns__preview" aria-label="First lines as decoded">
              {decoded.preview}
            </pre>
          )}
        </div>
      )}
      {csv && (
        <div className="field">
          <label htmlFor={`${id}-delimiter`}>Separator</label>
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
            <option value="auto">detect ({DELIMITER_NAMES[spec.delimiter ?? csv.delimiter]})</option>
            {CSV_DELIMITERS.map((d) => (
              <option key={d} value={d}>
                {DELIMITER_NAMES[d]}
              </option>
            ))}
          </select>
        </div>
      )}
      {columns.length > 0 && (
        <>
          <fieldset className="csv-columns__features">
            <legend>Feature columns</legend>
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
            <label htmlFor={`${id}-target`}>Target column</label>
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
            <label htmlFor={`${id}-task`}>Task</label>
            <select
              id={`${id}-task`}
              value={spec.task ?? 'auto'}
              onChange={(e) => onChange({ task: e.target.value === 'auto' ? undefined : (e.target.value as Task) })}
            >
              <option value="auto">decide from the target</option>
              <option value="classification">classification</option>
              <option value="regression">regression</option>
            </select>
          </div>
        </>
      )}
      {csv && csv.rows.length > 0 && (
        <table className="data-table" aria-label={`First ${csv.rows.length} of ${csv.totalRows} rows of the CSV`}>
          <thead>
            <tr>
              <th>line</th>
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
        <ul className="csv-columns__warnings" aria-label="Warnings about the CSV">
          {csv.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {badRows.length > 0 && (
        <div className="bad-rows" role="status">
          <p>
            {badRows.length} row{badRows.length === 1 ? ' was' : 's were'} left out:
          </p>
          <ul aria-label="Rows left out of the dataset">
            {badRows.slice(0, 50).map((b) => (
              <li key={b.line}>{b.reason}</li>
            ))}
            {badRows.length > 50 && <li>… and {badRows.length - 50} more</li>}
          </ul>
        </div>
      )}
    </div>
  );
}

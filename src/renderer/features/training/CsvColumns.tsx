/**
 * For a CSV: choose the file (its text is embedded in the dataset spec so the project travels whole), which
 * columns are features, which is the target, and the task. Shows the first rows and every unusable row with
 * its line number.
 */
import { useId, useState } from 'react';
import type { DatasetSpec, Task } from '../../../engine';
import type { BadRow } from '../../../engine/data';
import type { CsvPreview } from '../../run/dataPreview';

export interface CsvColumnsProps {
  spec: DatasetSpec;
  csv: CsvPreview | undefined;
  badRows: BadRow[];
  onChange: (patch: Partial<DatasetSpec>) => void;
}

/** Past this size a CSV makes the project file unwieldy; it is still accepted. */
const LARGE_CSV_BYTES = 20 * 1024 * 1024;

export function CsvColumns({ spec, csv, badRows, onChange }: CsvColumnsProps) {
  const id = useId();
  const [fileNote, setFileNote] = useState<string | null>(null);
  const columns = csv?.columns ?? [];
  const target = spec.target ?? columns[columns.length - 1];
  const features = spec.features ?? columns.filter((c) => c !== target);

  async function pick(file: File | undefined) {
    if (!file) return;
    const text = await file.text();
    setFileNote(
      file.size > LARGE_CSV_BYTES
        ? `${file.name} is large (${(file.size / 1048576).toFixed(0)} MB); the project file will hold all of it.`
        : `Loaded ${file.name}.`,
    );
    // New file: its columns decide the defaults again.
    onChange({ text, path: undefined, features: undefined, target: undefined, task: undefined });
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
      </div>
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

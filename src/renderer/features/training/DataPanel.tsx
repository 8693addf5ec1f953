/**
 * Dataset settings. Every change goes through the document store's setDataset, so it is undoable and saved.
 */
import { memo, useId } from 'react';
import { DATASET_KINDS, type DatasetKind } from '../../../engine';
import {
  DATASET_INFO,
  datasetClasses,
  datasetNoise,
  datasetSamples,
  MAX_CLASSES,
  MAX_GENERATED_SAMPLES,
  MAX_VALIDATION_SPLIT,
  MIN_CLASSES,
} from '../../../engine/data';
import { useEditor } from '../../document/editorStore';
import { CsvColumns } from './CsvColumns';
import { DataPreviewView } from './DataPreviewView';
import { NumberField } from '../../ui/NumberField';
import { usePreview } from './previewStore';

export const DataPanel = memo(function DataPanel({ disabled }: { disabled: boolean }) {
  const id = useId();
  const spec = useEditor((s) => s.doc.dataset);
  const setDataset = useEditor((s) => s.setDataset);
  const result = usePreview((s) => s.result);
  const loading = usePreview((s) => s.loading);
  const info = DATASET_INFO[spec.kind];
  const noise = datasetNoise(spec);
  const samples = datasetSamples(spec);
  const preview = result?.ok ? result.preview : null;
  const csv = result ? (result.ok ? result.preview.csv : result.csv) : undefined;
  const badRows = result ? (result.ok ? result.preview.badRows : (result.badRows ?? [])) : [];

  return (
    <section className="data-panel" aria-label="Data">
      <h2 className="panel-title">Data</h2>
      <fieldset className="settings-grid" disabled={disabled}>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Dataset</label>
          <select
            id={`${id}-kind`}
            value={spec.kind}
            onChange={(e) => setDataset({ kind: e.target.value as DatasetKind })}
          >
            {DATASET_KINDS.map((k) => (
              <option key={k} value={k}>
                {DATASET_INFO[k].label}
              </option>
            ))}
          </select>
        </div>
        {noise !== undefined && (
          <NumberField
            label="Noise"
            value={noise}
            min={0}
            max={1}
            step={0.05}
            onChange={(noise) => setDataset({ noise })}
          />
        )}
        {samples !== undefined && (
          <NumberField
            label="Samples"
            value={samples}
            integer
            min={1}
            max={info.samplesMode === 'generate' ? MAX_GENERATED_SAMPLES : undefined}
            hint={
              info.samplesMode === 'subset' ? `a seeded choice; ${info.defaultSamples} or more uses all` : undefined
            }
            onChange={(samples) => setDataset({ samples })}
          />
        )}
        {info.usesClasses && (
          <NumberField
            label="Classes"
            value={datasetClasses(spec) ?? 2}
            integer
            min={MIN_CLASSES}
            max={MAX_CLASSES}
            onChange={(classes) => setDataset({ classes })}
          />
        )}
        <NumberField
          label="Validation share"
          value={spec.validationSplit}
          min={0}
          max={MAX_VALIDATION_SPLIT}
          step={0.05}
          onChange={(validationSplit) => setDataset({ validationSplit })}
        />
        <NumberField label="Data seed" value={spec.seed} integer onChange={(seed) => setDataset({ seed })} />
      </fieldset>
      <p className="data-panel__about">{info.description}</p>
      {spec.kind === 'csv' && <CsvColumns spec={spec} csv={csv} badRows={badRows} onChange={setDataset} />}
      {result && !result.ok && (
        <p className="data-panel__error" role="alert">
          {result.message}
        </p>
      )}
      {loading && !preview && <p className="data-panel__loading">Preparing the data…</p>}
      {preview && (
        <>
          <p className="data-panel__summary">
            {preview.trainSize} training and {preview.validationSize} validation samples, {preview.features} feature
            {preview.features === 1 ? '' : 's'},{' '}
            {preview.task === 'classification' ? `${preview.classes} classes` : 'regression'}.
          </p>
          <DataPreviewView preview={preview} />
        </>
      )}
    </section>
  );
});

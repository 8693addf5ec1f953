/**
 * Dataset settings. Every change goes through the document store's setDataset, so it is undoable and saved.
 */
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
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
import { problemOr } from '../../../shared/i18n';
import { useEditor } from '../../document/editorStore';
import { CsvColumns } from './CsvColumns';
import { DataPreviewView } from './DataPreviewView';
import { NumberField } from '../../ui/NumberField';
import { usePreview } from './previewStore';
import { lessonPart } from '../../ui/lessonPart';

export const DataPanel = memo(function DataPanel({ disabled }: { disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const number = (n: number) => n.toLocaleString(i18n.language);
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
    <section className="data-panel" aria-label={t('data.title')} {...lessonPart('data')}>
      <h2 className="panel-title">{t('data.title')}</h2>
      <fieldset className="settings-grid" disabled={disabled}>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('data.dataset')}</label>
          <select
            id={`${id}-kind`}
            value={spec.kind}
            onChange={(e) => setDataset({ kind: e.target.value as DatasetKind })}
          >
            {DATASET_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`datasets.${k}.label`, { defaultValue: DATASET_INFO[k].label })}
              </option>
            ))}
          </select>
        </div>
        {noise !== undefined && (
          <NumberField
            label={t('data.noise')}
            value={noise}
            min={0}
            max={1}
            step={0.05}
            onChange={(noise) => setDataset({ noise })}
          />
        )}
        {samples !== undefined && (
          <NumberField
            label={t('data.samples')}
            value={samples}
            integer
            min={1}
            max={info.samplesMode === 'generate' ? MAX_GENERATED_SAMPLES : undefined}
            hint={info.samplesMode === 'subset' ? t('data.subset', { count: number(info.defaultSamples) }) : undefined}
            onChange={(samples) => setDataset({ samples })}
          />
        )}
        {info.usesClasses && (
          <NumberField
            label={t('data.classes')}
            value={datasetClasses(spec) ?? 2}
            integer
            min={MIN_CLASSES}
            max={MAX_CLASSES}
            onChange={(classes) => setDataset({ classes })}
          />
        )}
        <NumberField
          label={t('data.validationShare')}
          value={spec.validationSplit}
          min={0}
          max={MAX_VALIDATION_SPLIT}
          step={0.05}
          onChange={(validationSplit) => setDataset({ validationSplit })}
        />
        <NumberField label={t('data.seed')} value={spec.seed} integer onChange={(seed) => setDataset({ seed })} />
      </fieldset>
      <p className="data-panel__about">{t(`datasets.${spec.kind}.description`, { defaultValue: info.description })}</p>
      {spec.kind === 'csv' && <CsvColumns spec={spec} csv={csv} badRows={badRows} onChange={setDataset} />}
      {result && !result.ok && (
        <p className="data-panel__error" role="alert">
          {problemOr(t, result.problem, result.message)}
        </p>
      )}
      {loading && !preview && <p className="data-panel__loading">{t('data.preparing')}</p>}
      {preview && (
        <>
          <p className="data-panel__summary">
            {t(preview.task === 'classification' ? 'data.summaryClasses' : 'data.summaryRegression', {
              train: number(preview.trainSize),
              validation: number(preview.validationSize),
              count: preview.features,
              classes: preview.classes,
            })}
          </p>
          <DataPreviewView preview={preview} />
        </>
      )}
    </section>
  );
});

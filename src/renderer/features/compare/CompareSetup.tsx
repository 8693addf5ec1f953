/**
 * The form for a new comparison: one parameter (and its layer, when it belongs to one) and two to six
 * values. Choices are checkboxes for names (activations, optimizers) and a comma-separated list for numbers.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HIDDEN_ACTIVATIONS, LOSSES, OPTIMIZERS, type DatasetKind } from '../../../engine';
import { useEditor } from '../../document/editorStore';
import { startComparison } from './compareSession';
import { compareStore, useCompare, type SetupPreset } from './compareStore';
import { chosenLayer, layerOptions } from './layers';
import { LayerSelect } from './LayerSelect';
import {
  ACTIVATION_PRESET,
  MAX_VARIANTS,
  MIN_VARIANTS,
  datasetRange,
  valueLabel,
  variesData,
  type CompareParameter,
  type CompareValue,
} from './parameters';

type Choice =
  | 'activationAll'
  | 'activationOne'
  | 'optimizer'
  | 'learningRate'
  | 'units'
  | 'hiddenLayers'
  | 'loss'
  | 'l2All'
  | 'l2One'
  | 'dropoutRate'
  | 'batchSize'
  | 'datasetNoise'
  | 'datasetSamples';

/** In the order the picker lists them; each is worded by `compare.choice.<id>`. */
const CHOICES: { id: Choice }[] = [
  { id: 'activationAll' },
  { id: 'activationOne' },
  { id: 'optimizer' },
  { id: 'learningRate' },
  { id: 'units' },
  { id: 'hiddenLayers' },
  { id: 'loss' },
  { id: 'l2All' },
  { id: 'l2One' },
  { id: 'dropoutRate' },
  { id: 'batchSize' },
  { id: 'datasetNoise' },
  { id: 'datasetSamples' },
];

/** The choices that apply to a dataset kind: noise and samples only where the kind takes them. */
function choicesFor(kind: DatasetKind): typeof CHOICES {
  return CHOICES.filter(
    (c) => (c.id !== 'datasetNoise' && c.id !== 'datasetSamples') || datasetRange(kind, c.id) !== null,
  );
}

const NUMBER_DEFAULTS: Partial<Record<Choice, string>> = {
  learningRate: '0.001, 0.01, 0.1',
  units: '2, 8, 32',
  hiddenLayers: '1, 2, 3',
  l2All: '0, 0.001, 0.01',
  l2One: '0, 0.001, 0.01',
  dropoutRate: '0, 0.2, 0.5',
  batchSize: '8, 32, 128',
  datasetNoise: '0.1, 0.4',
  datasetSamples: '50, 400',
};

function choiceOf(p: CompareParameter | undefined): Choice {
  if (!p) return 'activationAll';
  if (p.kind === 'activation') return p.nodeId ? 'activationOne' : 'activationAll';
  if (p.kind === 'l2') return p.nodeId ? 'l2One' : 'l2All';
  return p.kind;
}

function parameterOf(choice: Choice, nodeId: string): CompareParameter {
  switch (choice) {
    case 'activationAll':
      return { kind: 'activation' };
    case 'activationOne':
      return { kind: 'activation', nodeId };
    case 'units':
      return { kind: 'units', nodeId };
    case 'l2All':
      return { kind: 'l2' };
    case 'l2One':
      return { kind: 'l2', nodeId };
    case 'dropoutRate':
      return { kind: 'dropoutRate', nodeId };
    default:
      return { kind: choice };
  }
}

function parseNumbers(text: string): number[] {
  return text
    .split(/[,;\s]+/)
    .filter((t) => t !== '')
    .map(Number);
}

export function CompareSetup({ preset }: { preset: SetupPreset | null }) {
  const { t } = useTranslation();
  const doc = useEditor((s) => s.doc);
  const error = useCompare((s) => s.error);
  const id = useId();
  const choices = choicesFor(doc.dataset.kind);
  // The dataset by its name in the reader's language, as the data panel shows it ("円 (Circle)").
  const datasetName = t(`datasets.${doc.dataset.kind}.label`, { defaultValue: doc.dataset.kind });
  const [pickedChoice, setChoice] = useState<Choice>(choiceOf(preset?.parameter));
  // A dataset parameter the current dataset does not take falls back to the first choice.
  const choice = choices.some((c) => c.id === pickedChoice) ? pickedChoice : choices[0].id;
  const presetNode = preset && 'nodeId' in preset.parameter ? preset.parameter.nodeId : undefined;
  const [nodeId, setNodeId] = useState<string>(presetNode ?? doc.graph.nodes.find((n) => n.type === 'dense')?.id ?? '');
  const presetNames =
    preset &&
    (preset.parameter.kind === 'activation' ||
      preset.parameter.kind === 'optimizer' ||
      preset.parameter.kind === 'loss')
      ? preset.values.map(String)
      : null;
  const [names, setNames] = useState<string[]>(presetNames ?? [...ACTIVATION_PRESET]);
  const [optimizers, setOptimizers] = useState<string[]>(
    preset?.parameter.kind === 'optimizer' ? preset.values.map(String) : ['sgd', 'adam'],
  );
  const [losses, setLosses] = useState<string[]>(
    preset?.parameter.kind === 'loss' ? preset.values.map(String) : ['binaryCrossEntropy', 'mse'],
  );
  const [numbers, setNumbers] = useState<string>(preset && !presetNames ? preset.values.join(', ') : '');
  const [starting, setStarting] = useState(false);

  const needsNode = choice === 'activationOne' || choice === 'units' || choice === 'l2One' || choice === 'dropoutRate';
  const nodes = layerOptions(doc.graph, (type) =>
    choice === 'dropoutRate'
      ? type === 'dropout'
      : type === 'dense' || (choice === 'activationOne' && type === 'activation'),
  );
  const named = choice === 'activationAll' || choice === 'activationOne' || choice === 'optimizer' || choice === 'loss';
  const numeric = !named;
  // The layer list changes with the choice (dropout layers for a rate): keep a valid layer selected.
  const layerId = chosenLayer(nodes, nodeId);
  const numbersText = numbers === '' ? (NUMBER_DEFAULTS[choice] ?? '') : numbers;

  const values: CompareValue[] =
    choice === 'optimizer' ? optimizers : choice === 'loss' ? losses : numeric ? parseNumbers(numbersText) : names;
  const toggle = (list: string[], set: (l: string[]) => void, value: string) =>
    set(list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

  async function start() {
    setStarting(true);
    compareStore.getState().setError(null);
    await startComparison(doc, parameterOf(choice, layerId), values);
    setStarting(false);
  }

  const options: readonly string[] =
    choice === 'optimizer' ? OPTIMIZERS : choice === 'loss' ? LOSSES : HIDDEN_ACTIVATIONS;
  const chosen = choice === 'optimizer' ? optimizers : choice === 'loss' ? losses : names;
  const setChosen = choice === 'optimizer' ? setOptimizers : choice === 'loss' ? setLosses : setNames;
  const kind = choice === 'optimizer' ? 'optimizer' : choice === 'loss' ? 'loss' : 'activation';

  return (
    <form
      className="compare-setup"
      aria-label={t('compare.setup')}
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-parameter`}>{t('compare.parameter')}</label>
        <select
          id={`${id}-parameter`}
          value={choice}
          onChange={(e) => {
            setChoice(e.target.value as Choice);
            setNumbers('');
          }}
        >
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {t(`compare.choice.${c.id}`)}
            </option>
          ))}
        </select>
      </div>
      {needsNode && (
        <LayerSelect
          id={`${id}-node`}
          label={t('compare.layer')}
          options={nodes}
          value={layerId}
          onChange={setNodeId}
        />
      )}
      {numeric ? (
        <div className="field">
          <label htmlFor={`${id}-values`}>{t('compare.valuesList', { min: MIN_VARIANTS, max: MAX_VARIANTS })}</label>
          <input
            id={`${id}-values`}
            type="text"
            inputMode="decimal"
            value={numbersText}
            onChange={(e) => setNumbers(e.target.value)}
          />
        </div>
      ) : (
        <fieldset className="compare-values">
          <legend>{t('compare.values', { min: MIN_VARIANTS, max: MAX_VARIANTS })}</legend>
          {options.map((value) => (
            <label key={value} className="compare-value">
              <input
                type="checkbox"
                checked={chosen.includes(value)}
                onChange={() => toggle(chosen, setChosen, value)}
              />
              {valueLabel(kind, value, t)}
            </label>
          ))}
        </fieldset>
      )}
      {variesData(parameterOf(choice, layerId)) ? (
        <p className="muted">
          {t(choice === 'datasetNoise' ? 'compare.ownDataNoise' : 'compare.ownDataSamples', {
            kind: datasetName,
            dataSeed: doc.dataset.seed,
            seed: doc.training.seed,
          })}
        </p>
      ) : (
        <p className="muted">
          {t('compare.sameDataSetup', { kind: datasetName, dataSeed: doc.dataset.seed, seed: doc.training.seed })}
        </p>
      )}
      {error && (
        <p role="alert" className="compare-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={starting}>
        {starting ? t('compare.starting') : t('compare.start', { count: values.length })}
      </button>
    </form>
  );
}

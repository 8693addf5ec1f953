/**
 * Edits the selected node: every parameter with a control that fits it, the activation's curve and
 * derivative, the layer's formula in words, and the compiler's verdict on it. Every change recompiles at
 * once, so the canvas updates while the user types.
 */
import { useMemo } from 'react';
import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../shared/i18n';
import { LOSS_KINDS, NODE_KINDS } from '../../../engine';
import { useCompiled } from '../../document/compiled';
import type { EditorNode } from '../../document/document';
import { editorStore, useEditor, type EditorState } from '../../document/editorStore';
import { CommandButton } from '../../ui/CommandButton';
import { NumberField } from '../../ui/NumberField';
import { ActivationPlot } from './ActivationCurve';
import { SelectField, TextField } from './fields';
import { formulaLines, formulaTex } from './formula';
import { Tex } from '../../ui/Tex';
import { WeightsView } from './weights/WeightsView';
import { useNeurons } from '../../run/neuronsStore';
import { NeuronList } from './neurons/NeuronList';
import { lessonPart } from '../../ui/lessonPart';

// Ranges and choices come from the engine's node kinds, so the inspector allows exactly what compiles.
const { units: UNITS, activation: DENSE_ACTIVATION, l2: L2 } = NODE_KINDS.dense.params;
const RATE = NODE_KINDS.dropout.params.rate;
const { activation: OUTPUT_ACTIVATION, loss: LOSS } = NODE_KINDS.output.params;
const HIDDEN_ACTIVATIONS = DENSE_ACTIVATION.options.map((a) => ({ value: a, label: a }));
const OUTPUT_OPTIONS = OUTPUT_ACTIVATION.options.map((a) => ({ value: a, label: a }));
const LOSS_OPTIONS = LOSS.options.map((l) => ({ value: l, label: LOSS_KINDS[l].title }));

/** What the inspector shows of a node: everything but its position, so dragging it re-renders nothing here. */
type InspectedNode = Omit<EditorNode, 'position'>;

function ParamControls({ node }: { node: InspectedNode }) {
  const { t } = useTranslation();
  const p = node.params;
  const update = (patch: Record<string, unknown>) => editorStore.getState().updateParams(node.id, patch);
  switch (node.type) {
    case 'dense':
      return (
        <>
          <NumberField
            label={t('inspector.units')}
            value={p.units}
            min={UNITS.min}
            max={UNITS.max}
            integer
            step={1}
            hint={t('inspector.unitsHint')}
            className="inspector-field"
            onChange={(units) => update({ units })}
          />
          <SelectField
            label={t('inspector.activation')}
            value={p.activation}
            options={HIDDEN_ACTIVATIONS}
            onCommit={(activation) => update({ activation })}
          />
          <div className="inspector-field inspector-field-inline">
            <input
              id={`bias-${node.id}`}
              type="checkbox"
              className="nodrag"
              checked={p.useBias !== false}
              onChange={(event) => update({ useBias: event.target.checked })}
            />
            <label htmlFor={`bias-${node.id}`}>{t('inspector.useBias')}</label>
          </div>
          <NumberField
            label={t('inspector.l2')}
            value={p.l2 ?? L2.absent}
            min={L2.min}
            max={L2.max}
            step={0.0001}
            hint={t('inspector.l2Hint')}
            className="inspector-field"
            onChange={(l2) => update({ l2 })}
          />
        </>
      );
    case 'activation':
      return (
        <SelectField
          label={t('inspector.activation')}
          value={p.activation}
          options={HIDDEN_ACTIVATIONS}
          onCommit={(activation) => update({ activation })}
        />
      );
    case 'dropout': {
      const rate = typeof p.rate === 'number' ? p.rate : 0;
      return (
        <div className="inspector-field">
          <label htmlFor={`rate-${node.id}`}>
            {t('inspector.dropoutRate', {
              rate: new Intl.NumberFormat(i18next.language, { style: 'percent' }).format(rate),
            })}
          </label>
          <input
            id={`rate-${node.id}`}
            type="range"
            className="nodrag"
            min={RATE.min}
            max={RATE.max}
            step={0.05}
            value={rate}
            aria-valuetext={t('inspector.percent', { value: Math.round(rate * 100) })}
            onChange={(event) => update({ rate: Number(event.target.value) })}
          />
        </div>
      );
    }
    case 'output':
      return (
        <>
          <SelectField
            label={t('inspector.outputActivation')}
            value={p.activation}
            options={OUTPUT_OPTIONS}
            onCommit={(activation) => update({ activation })}
          />
          <SelectField
            label={t('inspector.loss')}
            value={p.loss}
            options={LOSS_OPTIONS.map((o) => ({ ...o, label: t(`losses.${o.value}`, { defaultValue: o.label }) }))}
            onCommit={(loss) => update({ loss })}
          />
        </>
      );
    default:
      return <p className="inspector-field-hint">{t('inspector.noSettings')}</p>;
  }
}

function useInspectedNode(): { node: InspectedNode | undefined; selectedCount: number } {
  const selectedCount = useEditor((s) => s.selectedNodeIds.size);
  const id = useEditor((s) => (s.selectedNodeIds.size === 1 ? [...s.selectedNodeIds][0]! : null));
  const find = (s: EditorState) => (id === null ? undefined : s.doc.graph.nodes.find((n) => n.id === id));
  const type = useEditor((s) => find(s)?.type);
  const label = useEditor((s) => find(s)?.label);
  const params = useEditor((s) => find(s)?.params);
  const node = useMemo(
    () =>
      id !== null && type !== undefined && label !== undefined && params !== undefined
        ? { id, type, label, params }
        : undefined,
    [id, type, label, params],
  );
  return { node, selectedCount };
}

export function Inspector() {
  const { node, selectedCount } = useInspectedNode();
  const edges = useEditor((s) => s.doc.graph.edges);
  const { result } = useCompiled();
  const { t } = useTranslation();
  const neuronsShown = useNeurons((s) => node !== undefined && s.expanded.includes(node.id));

  if (!node) {
    return (
      <aside className="inspector" aria-label={t('inspector.title')} {...lessonPart('inspector')}>
        <h2 className="panel-title">{t('inspector.title')}</h2>
        <p className="inspector-field-hint">
          {selectedCount > 1 ? t('inspector.manySelected', { count: selectedCount }) : t('inspector.noneSelected')}
        </p>
      </aside>
    );
  }

  const info = result.nodes[node.id];
  const inputWidth = edges
    .filter((e) => e.target === node.id)
    .map((e) => result.nodes[e.source]?.shape?.[0])
    .reduce<number | undefined>(
      (sum, w) => (sum === undefined || w === undefined ? undefined : node.type === 'add' ? w : sum + w),
      0,
    );
  const problems = result.problems.filter((p) => p.nodeId === node.id);
  const activation =
    node.type === 'dense' || node.type === 'activation' || node.type === 'output' ? node.params.activation : undefined;

  return (
    <aside className="inspector" aria-label={t('inspector.title')} data-testid="inspector" {...lessonPart('inspector')}>
      <h2 className="panel-title">
        {t(`nodeKinds.${node.type}.title`)}: {node.label}
      </h2>
      <form onSubmit={(event) => event.preventDefault()}>
        <TextField
          key={`label-${node.id}`}
          label={t('inspector.name')}
          value={node.label}
          onCommit={(label) => editorStore.getState().setLabel(node.id, label)}
        />
        <ParamControls key={node.id} node={node} />
      </form>
      {(node.type === 'dense' || node.type === 'activation') && (
        // The compare feature's "Compare…" starts from the selected layer, which is the one shown here.
        <CommandButton id="compare.new" className="compare-node-button" lessonPart="compare" />
      )}
      {activation !== undefined && <ActivationPlot activation={activation} />}
      <section className="formula" aria-label={t('inspector.formula')}>
        <h3>{t('inspector.whatItComputes')}</h3>
        {formulaTex(node, inputWidth === 0 ? undefined : inputWidth, info?.shape?.[0]).map((tex) => (
          <Tex key={tex} tex={tex} className="inspector-tex" scrolls />
        ))}
        {formulaLines(t, node, inputWidth === 0 ? undefined : inputWidth, info?.shape?.[0]).map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p className="inspector-field-hint">
          {t('inspector.summary', {
            shape: info?.shape ? `[${info.shape.join(', ')}]` : t('inspector.unknownShape'),
            count: info?.params ?? 0,
          })}
        </p>
      </section>
      {neuronsShown && info?.shape?.[0] !== undefined && (
        <NeuronList key={node.id} nodeId={node.id} label={node.label} units={info.shape[0]} />
      )}
      {(node.type === 'dense' || node.type === 'output') && <WeightsView key={node.id} nodeId={node.id} />}
      {problems.length > 0 && (
        <ul className="inspector-problems">
          {problems.map((p) => (
            <li key={p.message} className={`problem-${p.severity}`}>
              {problemText(t, p)}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

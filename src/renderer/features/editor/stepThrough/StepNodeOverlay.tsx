/**
 * What a node shows during the step-through, beside the node itself: for the current step the formulas
 * with the engine's numbers (the weighted sum and activation of each unit, softmax, a merge's parts, the
 * dropout mask, the loss, δ by the chain rule, a weight's gradient and update); for nodes already passed,
 * their values in one line. The node components only mount it (NodeFrame); it reads its own store.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeBackward, NodeForward, SampleTrace } from '../../../../engine/explain';
import type { WeightRef } from '../../../../engine/protocol/messages';
import {
  ALL_UNITS_UP_TO,
  stepsOf,
  stepThroughActions as act,
  useStepThrough,
  type Step,
} from '../../../run/stepThrough';
import { Tex } from '../../../ui/Tex';
import { formatValue, weightSymbol } from './format';
import {
  activationLayerTex,
  dropoutTex,
  gradientTex,
  hiddenDeltaTex,
  lossTex,
  mergeTex,
  outputDeltaTex,
  passBackTex,
  softmaxTex,
  unitForwardTex,
  updateTex,
  vector,
} from './tex';

const Formula = ({ lines }: { lines: string[] }) => (
  <div className="step-formula">
    {lines.map((line) => (
      <Tex key={line} tex={line} className="tex-line" />
    ))}
  </div>
);

/**
 * A unit's formula in as few lines as the canvas can hold: the general form (the first line) only for the
 * first unit shown, then its numbers on one line (`z = … = 5.6, a = ReLU(5.6) = 5.6`) for each unit.
 */
const unitLines = (lines: string[], first: boolean): string[] => (first ? lines : lines.slice(1));

/** The units written out: all of a small layer, else the one chosen (with a picker). */
function UnitPicker({ nodeId, width, unit }: { nodeId: string; width: number; unit: number }) {
  const { t } = useTranslation();
  if (width <= ALL_UNITS_UP_TO) return null;
  return (
    <label className="step-unit-picker">
      {t('stepThrough.unit')}
      <select
        className="nodrag"
        value={unit}
        onChange={(e) => act.chooseUnit(nodeId, Number(e.target.value))}
        data-testid={`step-unit-${nodeId}`}
      >
        {Array.from({ length: width }, (_, j) => (
          <option key={j} value={j}>
            {j + 1}
          </option>
        ))}
      </select>
    </label>
  );
}

const shownUnits = (width: number, unit: number): number[] =>
  width <= ALL_UNITS_UP_TO ? Array.from({ length: width }, (_, j) => j) : [Math.min(unit, width - 1)];

function ForwardDetail({ node, unit }: { node: NodeForward; unit: number }) {
  const { t } = useTranslation();
  const inputs = <Tex tex={`x = ${vector(node.input)}`} className="tex-line" />;
  if (node.type === 'input') return <Tex tex={`x = ${vector(node.output)}`} className="tex-line" />;
  if (node.units) {
    const units = shownUnits(node.units.length, unit);
    return (
      <>
        {inputs}
        <UnitPicker nodeId={node.nodeId} width={node.units.length} unit={unit} />
        {units.map((j, k) => (
          <Formula key={j} lines={unitLines(unitForwardTex(node.units![j], j, node.activation), k === 0)} />
        ))}
        {node.softmax && units.map((j) => <Formula key={`s${j}`} lines={softmaxTex(node, j)} />)}
      </>
    );
  }
  if (node.type === 'activation') {
    const units = shownUnits(node.output.length, unit);
    return (
      <>
        <UnitPicker nodeId={node.nodeId} width={node.output.length} unit={unit} />
        <Formula lines={units.map((k) => activationLayerTex(node, k))} />
      </>
    );
  }
  if (node.type === 'dropout') {
    return (
      <>
        <p className="step-note">{t('stepThrough.mask')}</p>
        <Tex tex={dropoutTex(node)} className="tex-line" />
      </>
    );
  }
  return (
    <>
      <p className="step-note">{t(node.type === 'add' ? 'stepThrough.addParts' : 'stepThrough.concatParts')}</p>
      <Tex tex={mergeTex(node)} className="tex-line" />
    </>
  );
}

/** The output's δ is a − y exactly for the fused pairs (sigmoid with BCE, softmax with cross-entropy). */
function targetFor(trace: SampleTrace, j: number, activation: string | undefined): number | null {
  const { name, target } = trace.loss;
  if (activation === 'sigmoid' && name === 'binaryCrossEntropy') return target[0];
  if (activation === 'softmax' && name === 'crossEntropy') return j === target[0] ? 1 : 0;
  return null;
}

function WeightPicker({ node, weight, unit }: { node: NodeBackward; weight: WeightRef | null; unit: number }) {
  const { t } = useTranslation();
  const inputs = node.kernelGrad?.length ?? 0;
  const j = weight?.nodeId === node.nodeId ? weight.j : unit;
  const value = weight?.nodeId === node.nodeId ? (weight.i === undefined ? 'b' : String(weight.i)) : '';
  return (
    <label className="step-unit-picker">
      {t('stepThrough.weight')}
      <select
        className="nodrag"
        value={value}
        onChange={(e) => {
          const v = e.target.value;
          act.chooseWeight(v === 'b' ? { nodeId: node.nodeId, j } : { nodeId: node.nodeId, i: Number(v), j });
        }}
        data-testid={`step-weight-${node.nodeId}`}
      >
        {value === '' && <option value="">—</option>}
        {Array.from({ length: inputs }, (_, i) => (
          <option key={i} value={i}>
            {weightSymbol(i, j)}
          </option>
        ))}
        {node.biasGrad && <option value="b">{weightSymbol(undefined, j)}</option>}
      </select>
    </label>
  );
}

function BackwardDetail({
  trace,
  node,
  unit,
  weight,
}: {
  trace: SampleTrace;
  node: NodeBackward;
  unit: number;
  weight: WeightRef | null;
}) {
  const forward = trace.forward.find((f) => f.nodeId === node.nodeId)!;
  if (!node.units) return <Tex tex={passBackTex(node)} className="tex-line" />;
  const units = shownUnits(node.units.length, unit);
  const isOutput = trace.forward[trace.forward.length - 1].nodeId === node.nodeId;
  const chosen = weight?.nodeId === node.nodeId ? weight : null;
  return (
    <>
      <UnitPicker nodeId={node.nodeId} width={node.units.length} unit={unit} />
      {units.map((j) =>
        isOutput ? (
          <Tex
            key={j}
            tex={outputDeltaTex(node.units![j], j, forward.output[j], targetFor(trace, j, forward.activation))}
            className="tex-line"
          />
        ) : (
          <Formula key={j} lines={unitLines(hiddenDeltaTex(node.units![j], j), j === units[0])} />
        ),
      )}
      <WeightPicker node={node} weight={weight} unit={units[0]} />
      {chosen && <GradientLine trace={trace} node={node} weight={chosen} />}
    </>
  );
}

function GradientLine({ trace, node, weight }: { trace: SampleTrace; node: NodeBackward; weight: WeightRef }) {
  const forward = trace.forward.find((f) => f.nodeId === node.nodeId)!;
  const delta = node.units![weight.j].delta;
  const grad = weight.i === undefined ? node.biasGrad![weight.j] : node.kernelGrad![weight.i][weight.j];
  const x = weight.i === undefined ? null : forward.input[weight.i];
  return <Tex tex={gradientTex(delta, x, grad, weight.i, weight.j)} className="tex-line" />;
}

function Detail({ step, nodeId }: { step: Step; nodeId: string }) {
  const { t } = useTranslation();
  const answer = useStepThrough((s) => s.answer)!;
  const weight = useStepThrough((s) => s.weight);
  const unit = useStepThrough((s) => s.units[nodeId] ?? 0);
  const trace = answer.trace;
  if (step.kind === 'forward') {
    return <ForwardDetail node={trace.forward.find((n) => n.nodeId === nodeId)!} unit={unit} />;
  }
  if (step.kind === 'loss') {
    const regression = trace.loss.name === 'mse' && trace.loss.target.length === trace.loss.prediction.length;
    return (
      <>
        <p className="step-note">
          {t('stepThrough.prediction', {
            a: formatValue(trace.loss.prediction),
            y: formatValue(trace.loss.target),
          })}
        </p>
        <Formula lines={lossTex(trace.loss, regression)} />
        <span hidden data-testid="step-loss-value">
          {trace.loss.value}
        </span>
      </>
    );
  }
  const back = trace.backward.find((n) => n.nodeId === nodeId)!;
  if (step.kind === 'backward') return <BackwardDetail trace={trace} node={back} unit={unit} weight={weight} />;
  return (
    <>
      {weight && <GradientLine trace={trace} node={back} weight={weight} />}
      {answer.update && <Formula lines={updateTex(answer.update)} />}
    </>
  );
}

/** The one-line summary of a node the steps have passed: its output forward, its ∂L/∂a backward. */
function summaryOf(trace: SampleTrace, steps: Step[], current: number, nodeId: string): string | null {
  const at = steps[current];
  const forwardAt = steps.findIndex((s) => s.kind === 'forward' && s.nodeId === nodeId);
  const backwardAt = steps.findIndex((s) => s.kind === 'backward' && s.nodeId === nodeId);
  if (backwardAt >= 0 && current >= backwardAt && at.kind !== 'forward') {
    const back = trace.backward.find((n) => n.nodeId === nodeId)!;
    return `δ = ${formatValue(back.units ? back.units.map((u) => u.delta) : back.dOutput)}`;
  }
  if (forwardAt >= 0 && current >= forwardAt) {
    return `a = ${formatValue(trace.forward.find((n) => n.nodeId === nodeId)!.output)}`;
  }
  return null;
}

export const StepNodeOverlay = memo(function StepNodeOverlay({ nodeId }: { nodeId: string }) {
  const answer = useStepThrough((s) => s.answer);
  const weight = useStepThrough((s) => s.weight);
  const stepIndex = useStepThrough((s) => s.step);
  if (!answer || !answer.trace.forward.some((n) => n.nodeId === nodeId)) return null;
  const steps = stepsOf(answer, weight);
  const current = Math.min(stepIndex, steps.length - 1);
  const step = steps[current];
  const here = step.nodeId === nodeId;
  const summary = summaryOf(answer.trace, steps, current, nodeId);
  if (!here && !summary) return null;
  return (
    <div
      className={`step-overlay nodrag nowheel${here ? ' is-current' : ''}`}
      data-testid={`step-overlay-${nodeId}`}
      data-step={here ? step.kind : undefined}
    >
      {summary && <p className="step-summary">{summary}</p>}
      {here && <Detail step={step} nodeId={nodeId} />}
    </div>
  );
});

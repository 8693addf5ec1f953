/**
 * The step-through's state: which sample is being followed through the network, the engine's trace of it
 * (from the panel's worker), which step of forward → loss → backward → update is shown, and which unit and
 * weight the formulas are written out for. Any part may choose a sample (a chart, the data preview); the
 * editor draws the steps on the canvas and fetches the traces (features/editor/stepThrough/).
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Dataset } from '../../engine';
import type { SampleTrace, WeightUpdate } from '../../engine/explain';
import type { WeightRef } from '../../engine/protocol/messages';

/** One sample in the model's units, and where it came from (for its caption). */
export interface ChosenSample {
  x: number[];
  /** Class index, or the regression targets. */
  target: number[];
  split: 'train' | 'validation';
  index: number;
}

export type StepKind = 'forward' | 'loss' | 'backward' | 'update';

export interface Step {
  kind: StepKind;
  nodeId: string;
}

export interface StepAnswer {
  /** Epochs the run had completed when the trace was taken. */
  epoch: number;
  trace: SampleTrace;
  update: WeightUpdate | null;
}

export interface StepThroughState {
  /** The sample being followed; null when the mode is off. */
  sample: ChosenSample | null;
  /** The weight whose gradient and update are written out. */
  weight: WeightRef | null;
  /** Index into stepsOf(answer). */
  step: number;
  playing: boolean;
  /** The unit chosen in each layer too wide to show every unit. */
  units: Readonly<Record<string, number>>;
  answer: StepAnswer | null;
  /** The sample's loss before and after "Apply this step", once it was applied. */
  applied: { lossBefore: number; lossAfter: number } | null;
  busy: boolean;
  error: string | null;
}

const OFF: StepThroughState = {
  sample: null,
  weight: null,
  step: 0,
  playing: false,
  units: {},
  answer: null,
  applied: null,
  busy: false,
  error: null,
};

export const stepThroughStore = createStore<StepThroughState>()(() => OFF);

export function useStepThrough<T>(selector: (s: StepThroughState) => T): T {
  return useStore(stepThroughStore, selector);
}

/** Layers up to this many units show every unit's sum; wider ones show the chosen unit. */
export const ALL_UNITS_UP_TO = 4;

/** Row `index` of a dataset as a sample: its features and its class (or targets). */
export function sampleOf(data: Dataset, index: number, split: ChosenSample['split']): ChosenSample {
  const x = Array.from(data.x.subarray(index * data.features, (index + 1) * data.features));
  const target =
    data.task === 'regression'
      ? Array.from(data.y.subarray(index * data.targets, (index + 1) * data.targets))
      : [data.y[index]];
  return { x, target, split, index };
}

/** The nearest row of either half to the point (x, y) of a 2-D dataset, within `radius` (in data units). */
export function nearestSample(
  halves: { data: Dataset; split: ChosenSample['split'] }[],
  x: number,
  y: number,
  radius: number,
): ChosenSample | null {
  let best: ChosenSample | null = null;
  let bestD = radius * radius;
  for (const { data, split } of halves) {
    for (let i = 0; i < data.n; i++) {
      const d = (data.x[i * data.features] - x) ** 2 + (data.x[i * data.features + 1] - y) ** 2;
      if (d <= bestD) {
        bestD = d;
        best = sampleOf(data, i, split);
      }
    }
  }
  return best;
}

/** The steps of a trace: each node forward, the loss, each layer backward from the output, the update. */
export function stepsOf(answer: StepAnswer | null, weight: WeightRef | null): Step[] {
  if (!answer) return [];
  const { forward, backward } = answer.trace;
  const outputId = forward[forward.length - 1].nodeId;
  return [
    ...forward.map((n) => ({ kind: 'forward' as const, nodeId: n.nodeId })),
    { kind: 'loss', nodeId: outputId },
    ...backward.map((n) => ({ kind: 'backward' as const, nodeId: n.nodeId })),
    ...(weight ? [{ kind: 'update' as const, nodeId: weight.nodeId }] : []),
  ];
}

/** The first weight of the first layer with weights: what the update step explains until one is chosen. */
export function defaultWeight(trace: SampleTrace): WeightRef | null {
  const first = trace.forward.find((n) => n.units);
  return first ? { nodeId: first.nodeId, i: 0, j: 0 } : null;
}

export const stepThroughActions = {
  /** Starts (or moves) the step-through to this sample, at its first step. */
  choose(sample: ChosenSample): void {
    stepThroughStore.setState({ sample, step: 0, playing: false, answer: null, applied: null, error: null });
  },
  leave(): void {
    stepThroughStore.setState(OFF);
  },
  /** Moves by `delta` steps, staying within the steps there are. */
  move(delta: number): void {
    const s = stepThroughStore.getState();
    const count = stepsOf(s.answer, s.weight).length;
    if (count === 0) return;
    const step = Math.min(count - 1, Math.max(0, s.step + delta));
    stepThroughStore.setState({ step, playing: s.playing && step < count - 1 });
  },
  goTo(step: number): void {
    stepThroughStore.setState({ step });
  },
  setPlaying(playing: boolean): void {
    stepThroughStore.setState({ playing });
  },
  chooseUnit(nodeId: string, unit: number): void {
    const s = stepThroughStore.getState();
    stepThroughStore.setState({ units: { ...s.units, [nodeId]: unit } });
  },
  chooseWeight(weight: WeightRef): void {
    stepThroughStore.setState({ weight });
  },
};

/**
 * Evaluating a lesson's checks (schema-lesson.ts) over the live state: the document (graph and settings),
 * the runs trained so far and the learner's answers. Pure and total: any state gives an answer, and a check
 * that needs a run holds only once there is one. The app evaluates the step's check on every change; the
 * lesson test evaluates each lesson's solution after the command line's code path trained it.
 *
 * Also `checkReferences`: what a check names that the project lacks (a node id, an accuracy metric on a
 * regression set), so a lesson file edited by hand cannot ask for the impossible without a test noticing.
 */
import { STEP_THROUGH_PHASES, type ComparisonOp, type LessonCheck } from './schema-lesson';

export interface LiveNode {
  id: string;
  type: string;
  params: Record<string, unknown>;
}

export interface LiveHistoryEntry {
  epoch: number;
  trainLoss: number | null;
  valLoss: number | null;
  trainAccuracy?: number;
  valAccuracy?: number;
}

export interface LiveRun {
  end: string;
  history: readonly LiveHistoryEntry[];
}

export interface LessonLiveState {
  graph: { nodes: readonly LiveNode[] };
  dataset: { kind: string };
  training: {
    optimizer: string;
    learningRate: number;
    batchSize: number;
    epochs: number;
    l2?: number;
    earlyStopping?: { patience: number };
  };
  /** Oldest first; the newest is the one metric checks read. */
  runs: readonly LiveRun[];
  /** The number the learner typed for the current step, when it asks for one. */
  answer?: number | null;
  /** Ids of the layers whose neurons the canvas shows. */
  neuronsShown?: readonly string[];
  /** The step-through's phase now (null when it is off), and whether it applied an update to its sample. */
  stepThrough?: { phase: (typeof STEP_THROUGH_PHASES)[number] | null; applied: boolean };
}

function compare(left: number, op: ComparisonOp, right: number): boolean {
  switch (op) {
    case '>=':
      return left >= right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '<':
      return left < right;
    case '==':
      return left === right;
  }
}

const dense = (state: LessonLiveState) => state.graph.nodes.filter((n) => n.type === 'dense');
const unitsOf = (node: LiveNode) => (typeof node.params.units === 'number' ? node.params.units : 0);
const newestRun = (state: LessonLiveState): LiveRun | undefined => state.runs[state.runs.length - 1];

/** The 1-based epoch with the lowest finite validation loss, or null when there is none. */
export function bestValidationEpoch(run: LiveRun | undefined): number | null {
  let best: LiveHistoryEntry | null = null;
  for (const entry of run?.history ?? []) {
    if (entry.valLoss === null || !Number.isFinite(entry.valLoss)) continue;
    if (best === null || entry.valLoss < (best.valLoss as number)) best = entry;
  }
  return best?.epoch ?? null;
}

function metricValue(state: LessonLiveState, metric: string): number | null {
  const run = newestRun(state);
  if (!run || run.history.length === 0) return null;
  if (metric === 'epochs') return run.history.length;
  if (metric === 'bestValLoss') {
    const epoch = bestValidationEpoch(run);
    return epoch === null ? null : (run.history.find((e) => e.epoch === epoch)?.valLoss ?? null);
  }
  const last = run.history[run.history.length - 1] as unknown as Record<string, number | null | undefined>;
  const value = last[metric];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function settingValue(state: LessonLiveState, setting: string): number {
  const t = state.training;
  if (setting === 'l2') return t.l2 ?? 0;
  return t[setting as 'learningRate' | 'epochs' | 'batchSize'];
}

/** Whether `check` holds on `state`. */
export function evaluateCheck(check: LessonCheck, state: LessonLiveState): boolean {
  if ('all' in check) return check.all.every((c) => evaluateCheck(c, state));
  if ('any' in check) return check.any.some((c) => evaluateCheck(c, state));
  if ('not' in check) return !evaluateCheck(check.not, state);
  if ('metric' in check) {
    const value = metricValue(state, check.metric);
    return value !== null && compare(value, check.op, check.value);
  }
  if ('setting' in check) return compare(settingValue(state, check.setting), check.op, check.value);
  if ('hiddenUnitsAtMost' in check) return dense(state).reduce((s, n) => s + unitsOf(n), 0) <= check.hiddenUnitsAtMost;
  if ('hiddenUnitsAtLeast' in check)
    return dense(state).reduce((s, n) => s + unitsOf(n), 0) >= check.hiddenUnitsAtLeast;
  if ('hiddenLayersAtMost' in check) return dense(state).length <= check.hiddenLayersAtMost;
  if ('hiddenLayersAtLeast' in check) return dense(state).length >= check.hiddenLayersAtLeast;
  if ('activation' in check) {
    const nodes = check.node === undefined ? dense(state) : state.graph.nodes.filter((n) => n.id === check.node);
    return nodes.length > 0 && nodes.every((n) => n.params.activation === check.activation);
  }
  if ('optimizer' in check) return state.training.optimizer === check.optimizer;
  if ('loss' in check) return state.graph.nodes.some((n) => n.type === 'output' && n.params.loss === check.loss);
  if ('dataset' in check) return state.dataset.kind === check.dataset;
  if ('hasNode' in check) return state.graph.nodes.some((n) => n.type === check.hasNode);
  if ('earlyStopping' in check) return (state.training.earlyStopping !== undefined) === check.earlyStopping;
  if ('runsAtLeast' in check) return state.runs.length >= check.runsAtLeast;
  if ('diverged' in check) {
    const run = newestRun(state);
    return run !== undefined && (run.end === 'diverged') === check.diverged;
  }
  if ('neuronsShown' in check) {
    const shown = state.neuronsShown ?? [];
    return check.node === undefined ? shown.length > 0 : shown.includes(check.node);
  }
  if ('stepThrough' in check) {
    const phase = state.stepThrough?.phase;
    return (
      phase !== undefined &&
      phase !== null &&
      STEP_THROUGH_PHASES.indexOf(phase) >= STEP_THROUGH_PHASES.indexOf(check.stepThrough)
    );
  }
  if ('updateApplied' in check) return state.stepThrough?.applied === true;
  // bestValEpochChosen
  const best = bestValidationEpoch(newestRun(state));
  const answer = state.answer;
  return best !== null && typeof answer === 'number' && Math.abs(answer - best) <= (check.within ?? 0);
}

/** What a project must offer for a check to be answerable. */
export interface CheckContext {
  nodeIds: ReadonlySet<string>;
  task: 'classification' | 'regression';
  /** Whether the step asks the learner for a number. */
  asksAnswer: boolean;
}

/** Sentences naming what `check` refers to that the context lacks; empty when everything exists. */
export function checkReferences(check: LessonCheck, context: CheckContext): string[] {
  if ('all' in check) return check.all.flatMap((c) => checkReferences(c, context));
  if ('any' in check) return check.any.flatMap((c) => checkReferences(c, context));
  if ('not' in check) return checkReferences(check.not, context);
  if ('metric' in check && context.task === 'regression' && check.metric.endsWith('Accuracy'))
    return [`the metric "${check.metric}" exists only for classification, and this dataset is a regression`];
  if (
    ('activation' in check || 'neuronsShown' in check) &&
    check.node !== undefined &&
    !context.nodeIds.has(check.node)
  )
    return [`there is no node "${check.node}" in the lesson's graph`];
  if ('bestValEpochChosen' in check && !context.asksAnswer)
    return ['the step checks the epoch the learner chose, but it does not ask for one (add "answer": "epoch")'];
  return [];
}

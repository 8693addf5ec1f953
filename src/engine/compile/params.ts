/**
 * Checks each node's parameters and fills in the documented defaults, so the model never has to guess.
 * Every message says which node, what is wrong and what to choose instead.
 */
import {
  ACTIVATIONS,
  LOSSES,
  OUTPUT_ACTIVATIONS,
  type CompileProblem,
  type DataShape,
  type GraphNode,
  type LossName,
  type OutputActivation,
} from '../types';
import { describeNode } from './names';

export const MAX_UNITS = 4096;
export const MAX_DROPOUT_RATE = 0.95;

type Report = (code: string, message: string) => void;

const isActivation = (v: unknown): boolean => typeof v === 'string' && (ACTIVATIONS as readonly string[]).includes(v);

function checkHiddenActivation(node: GraphNode, value: unknown, report: Report): boolean {
  const who = describeNode(node);
  if (!isActivation(value)) {
    report(
      'bad-activation',
      `${who} has an unknown activation "${String(value)}": choose one of ${ACTIVATIONS.filter((a) => a !== 'softmax').join(', ')}.`,
    );
    return false;
  }
  if (value === 'softmax') {
    report(
      'softmax-hidden',
      `${who} uses softmax, which is only available on the Output node: choose another activation such as relu or tanh.`,
    );
    return false;
  }
  return true;
}

/**
 * Validates `node.params` for its type and returns a copy with defaults filled in, or null when something
 * is invalid (the problems say what).
 */
export function normalizeParams(node: GraphNode, report: Report): Record<string, unknown> | null {
  const p = node.params ?? {};
  const who = describeNode(node);
  switch (node.type) {
    case 'input':
    case 'add':
    case 'concat':
      return {};
    case 'dense': {
      let ok = true;
      const units = p.units;
      if (typeof units !== 'number' || !Number.isInteger(units) || units < 1 || units > MAX_UNITS) {
        report('bad-units', `${who} has ${String(units)} units: use a whole number from 1 to ${MAX_UNITS}.`);
        ok = false;
      }
      if (!checkHiddenActivation(node, p.activation, report)) ok = false;
      if (p.useBias !== undefined && typeof p.useBias !== 'boolean') {
        report('bad-param', `${who} has a "use bias" setting that is not on or off: set it to true or false.`);
        ok = false;
      }
      if (p.l2 !== undefined && (typeof p.l2 !== 'number' || !Number.isFinite(p.l2) || p.l2 < 0)) {
        report(
          'bad-l2',
          `${who} has an L2 strength of ${String(p.l2)}: use 0 or a small positive number such as 0.001.`,
        );
        ok = false;
      }
      return ok ? { units, activation: p.activation, useBias: p.useBias ?? true, l2: p.l2 ?? 0 } : null;
    }
    case 'activation':
      return checkHiddenActivation(node, p.activation, report) ? { activation: p.activation } : null;
    case 'dropout': {
      const rate = p.rate;
      if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > MAX_DROPOUT_RATE) {
        report(
          'bad-rate',
          `${who} has a dropout rate of ${String(rate)}: use a number from 0 to ${MAX_DROPOUT_RATE} (0.2 to 0.5 is typical).`,
        );
        return null;
      }
      return { rate };
    }
    case 'output': {
      let ok = true;
      if (typeof p.activation !== 'string' || !(OUTPUT_ACTIVATIONS as readonly string[]).includes(p.activation)) {
        report(
          'bad-activation',
          `${who} has the activation "${String(p.activation)}": the output can use ${OUTPUT_ACTIVATIONS.join(', ')}.`,
        );
        ok = false;
      }
      if (typeof p.loss !== 'string' || !(LOSSES as readonly string[]).includes(p.loss)) {
        report('bad-loss', `${who} has an unknown loss "${String(p.loss)}": choose one of ${LOSSES.join(', ')}.`);
        ok = false;
      }
      return ok ? { activation: p.activation, loss: p.loss } : null;
    }
    default:
      report('unknown-type', `${who} has a type this version does not know: delete it or update Layerwise.`);
      return null;
  }
}

/**
 * Why cross-entropy usually beats squared error on classes, one sentence per output activation; a pair that
 * can be computed but is unusual is a warning with this advice, so a learner can train it and compare.
 */
const MSE_ON_CLASSES_ADVICE: Record<OutputActivation, string> = {
  sigmoid:
    "sigmoid with binary cross-entropy usually learns faster, because the squared error's gradient fades when a sigmoid is confidently wrong",
  softmax:
    'softmax with cross-entropy usually learns faster, because its gradient stays large while the right class has a small probability',
  linear:
    'softmax with cross-entropy usually works better, because it turns the outputs into class probabilities and punishes confident mistakes most',
};

/**
 * Checks that the output's activation and loss fit the task, and says what to use when they do not. Pairs
 * the maths cannot train (binary cross-entropy on more than 2 classes, a regression through sigmoid, …) are
 * reported with `report` (errors); mean squared error on classes trains, so it goes to `warn`, with advice.
 * Returns true when the pair can be trained.
 */
export function checkOutputFitsTask(
  node: GraphNode,
  activation: OutputActivation,
  loss: LossName,
  shape: DataShape,
  report: Report,
  warn: Report = report,
): boolean {
  const who = describeNode(node);
  if (shape.task === 'regression') {
    if (activation === 'linear' && loss === 'mse') return true;
    report(
      'loss-mismatch',
      `${who} uses ${activation} with ${loss}, but this dataset is a regression task: use a linear output with mean squared error (mse).`,
    );
    return false;
  }
  const classes = shape.classes;
  if (loss === 'mse') {
    const targets = activation === 'linear' ? ' on one-hot class targets' : '';
    warn(
      'loss-unusual',
      `${who} uses ${activation} with mean squared error${targets} on a ${classes}-class task: it trains, but ${MSE_ON_CLASSES_ADVICE[activation]}.`,
    );
    return true;
  }
  if (classes === 2) {
    if (
      (activation === 'sigmoid' && loss === 'binaryCrossEntropy') ||
      (activation === 'softmax' && loss === 'crossEntropy')
    )
      return true;
    report(
      'loss-mismatch',
      `${who} uses ${activation} with ${loss}, but this dataset has 2 classes: use sigmoid with binary cross-entropy (1 unit) or softmax with cross-entropy (2 units).`,
    );
    return false;
  }
  if (activation === 'softmax' && loss === 'crossEntropy') return true;
  if (loss === 'binaryCrossEntropy') {
    report(
      'loss-mismatch',
      `Binary cross-entropy needs one output unit but the dataset has ${classes} classes: use softmax with cross-entropy on ${who}.`,
    );
  } else {
    report(
      'loss-mismatch',
      `${who} uses ${activation} with ${loss}, but this dataset has ${classes} classes: use softmax with cross-entropy.`,
    );
  }
  return false;
}

/** How many units the output node has: fixed by the data, not by the user. */
export function outputWidth(activation: unknown, shape: DataShape): number {
  if (shape.task === 'regression') return shape.targets ?? 1;
  if (shape.classes === 2 && activation === 'sigmoid') return 1;
  return shape.classes;
}

/** Reports a data shape the network cannot be built for (it comes from the dataset, not the graph). */
export function checkDataShape(shape: DataShape, problems: CompileProblem[]): boolean {
  const bad = (message: string): false => {
    problems.push({ severity: 'error', code: 'data-shape', message });
    return false;
  };
  if (!Number.isInteger(shape.features) || shape.features < 1) {
    return bad(`The dataset has ${String(shape.features)} input features: it needs at least one feature column.`);
  }
  if (shape.task === 'classification' && (!Number.isInteger(shape.classes) || shape.classes < 2)) {
    return bad(`The dataset has ${String(shape.classes)} classes: classification needs at least 2 classes.`);
  }
  if (
    shape.task === 'regression' &&
    shape.targets !== undefined &&
    (!Number.isInteger(shape.targets) || shape.targets < 1)
  ) {
    return bad(`The dataset has ${String(shape.targets)} targets: regression needs at least one target column.`);
  }
  return true;
}

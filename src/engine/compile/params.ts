/**
 * Checks each node's parameters and fills in the documented defaults, so the model never has to guess.
 * Every message says which node, what is wrong and what to choose instead.
 */
import {
  LOSSES,
  OUTPUT_ACTIVATIONS,
  type CheckedParams,
  type CompileProblem,
  type DataShape,
  type GraphNode,
  type LossName,
  type OutputActivation,
  type ProblemParams,
} from '../types';
import { HIDDEN_ACTIVATIONS, NODE_KINDS, type HiddenActivation } from '../nodeKinds';
import { describeNode, nodeRef } from './names';

type Report = (code: string, message: string, params?: ProblemParams) => void;

const DENSE = NODE_KINDS.dense.params;
const DROPOUT_RATE = NODE_KINDS.dropout.params.rate;

const isOneOf = <T extends string>(options: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (options as readonly string[]).includes(v);

/** Whether `value` is an activation a hidden layer may use; reports why not. */
function checkHiddenActivation(node: GraphNode, value: unknown, report: Report): value is HiddenActivation {
  const who = describeNode(node);
  const ref = nodeRef(node);
  if (value === 'softmax') {
    report(
      'softmax-hidden',
      `${who} uses softmax, which is only available on the Output node: choose another activation such as relu or tanh.`,
      ref,
    );
    return false;
  }
  if (!isOneOf(HIDDEN_ACTIVATIONS, value)) {
    report(
      'bad-activation',
      `${who} has an unknown activation "${String(value)}": choose one of ${HIDDEN_ACTIVATIONS.join(', ')}.`,
      { ...ref, value: String(value), choices: HIDDEN_ACTIVATIONS.join(', ') },
    );
    return false;
  }
  return true;
}

/**
 * Validates `node.params` against its kind's parameters (nodeKinds.ts) and returns them typed, with the
 * defaults of absent optional parameters filled in, or null when something is invalid (the problems say what).
 */
export function normalizeParams(node: GraphNode, report: Report): CheckedParams | null {
  const p = node.params ?? {};
  const who = describeNode(node);
  const ref = nodeRef(node);
  switch (node.type) {
    case 'input':
    case 'add':
    case 'concat':
      return { type: node.type, params: {} };
    case 'dense': {
      const { units, activation, useBias = DENSE.useBias.absent, l2 = DENSE.l2.absent } = p;
      const unitsOk =
        typeof units === 'number' && Number.isInteger(units) && units >= DENSE.units.min && units <= DENSE.units.max;
      if (!unitsOk) {
        report(
          'bad-units',
          `${who} has ${String(units)} units: use a whole number from ${DENSE.units.min} to ${DENSE.units.max}.`,
          { ...ref, value: String(units), min: DENSE.units.min, max: DENSE.units.max },
        );
      }
      const activationOk = checkHiddenActivation(node, activation, report);
      const useBiasOk = typeof useBias === 'boolean';
      if (!useBiasOk) {
        report('bad-param', `${who} has a "use bias" setting that is not on or off: set it to true or false.`, ref);
      }
      const l2Ok = typeof l2 === 'number' && Number.isFinite(l2) && l2 >= DENSE.l2.min && l2 <= DENSE.l2.max;
      if (!l2Ok) {
        report(
          'bad-l2',
          `${who} has an L2 strength of ${String(l2)}: use a number from ${DENSE.l2.min} to ${DENSE.l2.max}, such as 0.001 (0 turns it off).`,
          { ...ref, value: String(l2), min: DENSE.l2.min, max: DENSE.l2.max },
        );
      }
      return unitsOk && activationOk && useBiasOk && l2Ok
        ? { type: 'dense', params: { units, activation, useBias, l2 } }
        : null;
    }
    case 'activation': {
      const { activation } = p;
      return checkHiddenActivation(node, activation, report) ? { type: 'activation', params: { activation } } : null;
    }
    case 'dropout': {
      const rate = p.rate;
      if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < DROPOUT_RATE.min || rate > DROPOUT_RATE.max) {
        report(
          'bad-rate',
          `${who} has a dropout rate of ${String(rate)}: use a number from ${DROPOUT_RATE.min} to ${DROPOUT_RATE.max} (0.2 to 0.5 is typical).`,
          { ...ref, value: String(rate), min: DROPOUT_RATE.min, max: DROPOUT_RATE.max },
        );
        return null;
      }
      return { type: 'dropout', params: { rate } };
    }
    case 'output': {
      const { activation, loss } = p;
      const activationOk = isOneOf(OUTPUT_ACTIVATIONS, activation);
      const lossOk = isOneOf(LOSSES, loss);
      if (!activationOk) {
        report(
          'bad-activation',
          `${who} has the activation "${String(activation)}": the output can use ${OUTPUT_ACTIVATIONS.join(', ')}.`,
          { ...ref, value: String(activation), choices: OUTPUT_ACTIVATIONS.join(', '), context: 'output' },
        );
      }
      if (!lossOk) {
        report('bad-loss', `${who} has an unknown loss "${String(loss)}": choose one of ${LOSSES.join(', ')}.`, {
          ...ref,
          value: String(loss),
          choices: LOSSES.join(', '),
        });
      }
      return activationOk && lossOk ? { type: 'output', params: { activation, loss } } : null;
    }
    default:
      report('unknown-type', `${who} has a type this version does not know: delete it or update Layerwise.`, ref);
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
  const ref = { ...nodeRef(node), activation, loss };
  if (shape.task === 'regression') {
    if (activation === 'linear' && loss === 'mse') return true;
    report(
      'loss-mismatch',
      `${who} uses ${activation} with ${loss}, but this dataset is a regression task: use a linear output with mean squared error (mse).`,
      { ...ref, context: 'regression' },
    );
    return false;
  }
  const classes = shape.classes;
  if (loss === 'mse') {
    const targets = activation === 'linear' ? ' on one-hot class targets' : '';
    warn(
      'loss-unusual',
      `${who} uses ${activation} with mean squared error${targets} on a ${classes}-class task: it trains, but ${MSE_ON_CLASSES_ADVICE[activation]}.`,
      { ...ref, classes, context: activation },
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
      { ...ref, context: 'twoClasses' },
    );
    return false;
  }
  if (activation === 'softmax' && loss === 'crossEntropy') return true;
  if (loss === 'binaryCrossEntropy') {
    report(
      'loss-mismatch',
      `Binary cross-entropy needs one output unit but the dataset has ${classes} classes: use softmax with cross-entropy on ${who}.`,
      { ...ref, classes, context: 'binaryMany' },
    );
  } else {
    report(
      'loss-mismatch',
      `${who} uses ${activation} with ${loss}, but this dataset has ${classes} classes: use softmax with cross-entropy.`,
      { ...ref, classes, context: 'many' },
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
  const bad = (message: string, context: string, value: unknown): false => {
    problems.push({ severity: 'error', code: 'data-shape', message, params: { context, value: String(value) } });
    return false;
  };
  if (!Number.isInteger(shape.features) || shape.features < 1) {
    return bad(
      `The dataset has ${String(shape.features)} input features: it needs at least one feature column.`,
      'features',
      shape.features,
    );
  }
  if (shape.task === 'classification' && (!Number.isInteger(shape.classes) || shape.classes < 2)) {
    return bad(
      `The dataset has ${String(shape.classes)} classes: classification needs at least 2 classes.`,
      'classes',
      shape.classes,
    );
  }
  if (
    shape.task === 'regression' &&
    shape.targets !== undefined &&
    (!Number.isInteger(shape.targets) || shape.targets < 1)
  ) {
    return bad(
      `The dataset has ${String(shape.targets)} targets: regression needs at least one target column.`,
      'targets',
      shape.targets,
    );
  }
  return true;
}

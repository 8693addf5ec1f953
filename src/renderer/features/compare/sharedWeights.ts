/**
 * The same initial weights for every variant, wherever the shapes allow.
 *
 * Why: the engine's seeded initialisation is a stream that runs through the layers in order and scales
 * with the activation (Glorot for sigmoid/tanh, He for the ReLU family). Left alone, a ReLU variant would
 * start from other numbers than its tanh twin, and a variant with a wider first layer would shift the
 * stream for every later layer. Then two things differ — the parameter *and* the starting point — and a
 * learner cannot tell which one made the difference. So the base network's initial weights are built once
 * (createRunModel with the training seed, exactly as the worker would) and handed to every variant as its
 * `initialWeights`; only a layer whose kernel or bias has another shape in a variant (a changed width, an
 * added layer) falls back to that variant's own seeded initialisation, and the table says which ones did.
 */
import {
  compile,
  createRunModel,
  type DataShape,
  type Graph,
  type TrainingSettings,
  type WeightsByNode,
} from '../../../engine';
import i18next from 'i18next';
import { problemText } from '../../../shared/i18n';
import { CompareError } from './depth';

type NodeWeights = WeightsByNode[string];

export interface InitialWeights {
  /** Complete weights for the variant, or undefined when no layer could share (the worker seeds them all). */
  weights?: WeightsByNode;
  /** Node ids that start from the base network's weights. */
  shared: string[];
  /** Node ids that start from the variant's own seeded initialisation (their shapes differ). */
  seeded: string[];
}

const sameShape = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);

/** Whether a base layer's kernel and bias can stand in for a variant layer's. */
export function shapesMatch(base: NodeWeights | undefined, own: NodeWeights): boolean {
  if (!base || !sameShape(base.kernel.shape, own.kernel.shape)) return false;
  if (!own.bias || !base.bias) return !own.bias && !base.bias;
  return sameShape(base.bias.shape, own.bias.shape);
}

/** The variant's own seeded weights with every same-shaped layer replaced by the base network's. */
export function mergeInitialWeights(base: WeightsByNode, own: WeightsByNode): InitialWeights {
  const weights: WeightsByNode = {};
  const shared: string[] = [];
  const seeded: string[] = [];
  for (const [id, w] of Object.entries(own)) {
    if (shapesMatch(base[id], w)) {
      weights[id] = base[id];
      shared.push(id);
    } else {
      weights[id] = w;
      seeded.push(id);
    }
  }
  return shared.length > 0 ? { weights, shared, seeded } : { shared, seeded };
}

/**
 * The initial weights a worker would give `graph` under `training` (its seed decides them). When the graph
 * does not compile, throws a CompareError: `what` (worded) cannot be trained, and the network's problems.
 */
export function seededWeights(graph: Graph, shape: DataShape, training: TrainingSettings, what: string): WeightsByNode {
  const compiled = compile(graph, shape);
  if (!compiled.plan) {
    const errors = compiled.problems.filter((p) => p.severity === 'error');
    const problems = errors.map((p) => problemText(i18next.t, p)).join(' ');
    throw new CompareError(i18next.t('compare.errors.because', { what, problems }));
  }
  return createRunModel(compiled.plan, training).getWeights();
}

/** One InitialWeights per variant, all sharing the base network's initialisation where shapes match. */
export function sharedInitialWeights(
  base: { graph: Graph; training: TrainingSettings },
  variants: readonly { label: string; graph: Graph; training: TrainingSettings }[],
  shape: DataShape,
): InitialWeights[] {
  const baseWeights = seededWeights(base.graph, shape, base.training, i18next.t('compare.errors.baseBroken'));
  return variants.map((v) =>
    mergeInitialWeights(
      baseWeights,
      seededWeights(v.graph, shape, v.training, i18next.t('compare.errors.variantBroken', { name: v.label })),
    ),
  );
}

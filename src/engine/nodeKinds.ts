/**
 * What each node kind is, in one place: what learners call it, how many inputs it takes, whether other
 * layers may read it, and which parameters it has, with their ranges and defaults. The compiler checks graphs
 * against these facts; the editor's connection rules, palette and inspector read the same ones, so a rule
 * changed here changes everywhere at once. Plain data: no kind's maths lives here (see ops/ and steps/).
 */
import {
  ACTIVATIONS,
  LOSSES,
  OUTPUT_ACTIVATIONS,
  type ActivationName,
  type NodeParamsByType,
  type NodeType,
} from './types';

/** Activations a hidden layer may use: all but softmax, which works on whole rows and is kept to the output. */
export const HIDDEN_ACTIVATIONS = ACTIVATIONS.filter((a): a is Exclude<ActivationName, 'softmax'> => a !== 'softmax');
export type HiddenActivation = (typeof HIDDEN_ACTIVATIONS)[number];

/**
 * One parameter. `initial` is what a freshly dropped node starts with (DESIGN.md's defaults, so it compiles);
 * `absent` is what the compiler assumes when the parameter is missing, and only optional parameters have one.
 */
export type ParamSpec<V> = [V] extends [boolean]
  ? { kind: 'boolean'; absent: boolean }
  : [V] extends [number]
    ? { kind: 'integer' | 'number'; min: number; max: number; initial?: number; absent?: number }
    : { kind: 'choice'; options: readonly V[]; initial: V };

/** A parameter of any kind, for code that walks every parameter. */
export type AnyParamSpec = ParamSpec<boolean> | ParamSpec<number> | ParamSpec<string>;

export type ParamSpecs<T extends NodeType> = {
  readonly [K in keyof NodeParamsByType[T]]-?: ParamSpec<Exclude<NodeParamsByType[T][K], undefined>>;
};

export interface NodeKind<T extends NodeType = NodeType> {
  type: T;
  /** Its name in the palette and in default labels ("Dense 3"). */
  title: string;
  /** How compile messages introduce a node of this kind: "Dense layer 'h2'". */
  phrase: string;
  /** How many incoming connections it needs (min) and takes (max): none, exactly one, or two and more (merges). */
  fanIn: { min: number; max: number };
  /** Whether other layers may take its output (every kind but the output). */
  feedsOthers: boolean;
  params: ParamSpecs<T>;
}

const ONE = { min: 1, max: 1 };
const MERGE = { min: 2, max: Number.POSITIVE_INFINITY };

export const NODE_KINDS: { readonly [T in NodeType]: NodeKind<T> } = {
  input: { type: 'input', title: 'Input', phrase: 'Input', fanIn: { min: 0, max: 0 }, feedsOthers: true, params: {} },
  dense: {
    type: 'dense',
    title: 'Dense',
    phrase: 'Dense layer',
    fanIn: ONE,
    feedsOthers: true,
    params: {
      units: { kind: 'integer', min: 1, max: 4096, initial: 8 },
      activation: { kind: 'choice', options: HIDDEN_ACTIVATIONS, initial: 'relu' },
      useBias: { kind: 'boolean', absent: true },
      l2: { kind: 'number', min: 0, max: 1, absent: 0 },
    },
  },
  activation: {
    type: 'activation',
    title: 'Activation',
    phrase: 'Activation layer',
    fanIn: ONE,
    feedsOthers: true,
    params: { activation: { kind: 'choice', options: HIDDEN_ACTIVATIONS, initial: 'tanh' } },
  },
  dropout: {
    type: 'dropout',
    title: 'Dropout',
    phrase: 'Dropout layer',
    fanIn: ONE,
    feedsOthers: true,
    params: { rate: { kind: 'number', min: 0, max: 0.95, initial: 0.2 } },
  },
  add: { type: 'add', title: 'Add', phrase: 'Add', fanIn: MERGE, feedsOthers: true, params: {} },
  concat: { type: 'concat', title: 'Concat', phrase: 'Concat', fanIn: MERGE, feedsOthers: true, params: {} },
  output: {
    type: 'output',
    title: 'Output',
    phrase: 'Output',
    fanIn: ONE,
    feedsOthers: false,
    params: {
      activation: { kind: 'choice', options: OUTPUT_ACTIVATIONS, initial: 'sigmoid' },
      loss: { kind: 'choice', options: LOSSES, initial: 'binaryCrossEntropy' },
    },
  },
};

/** The kind registered under `type`, or undefined for a type this version does not know (from a file). */
export function nodeKindOf(type: string): NodeKind | undefined {
  return Object.hasOwn(NODE_KINDS, type) ? NODE_KINDS[type as NodeType] : undefined;
}

/** The parameters a freshly dropped node starts with: every parameter that has an initial value. */
export function initialParams(type: NodeType): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  const specs: Readonly<Record<string, AnyParamSpec>> = NODE_KINDS[type].params;
  for (const [name, spec] of Object.entries(specs)) {
    if ('initial' in spec && spec.initial !== undefined) params[name] = spec.initial;
  }
  return params;
}

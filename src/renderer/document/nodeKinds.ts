/**
 * The layer kinds the editor offers: how they are named, what they start with, and the one-line explanation
 * the palette shows. Defaults follow DESIGN.md so a freshly dropped layer compiles.
 */
import type { NodeType } from '../../engine';

export interface NodeKind {
  type: NodeType;
  /** Shown in the palette and used for default labels ("Dense 3"). */
  title: string;
  /** Ids are `<prefix>-<n>` ("dense-3"): readable in files and messages. */
  idPrefix: string;
  /** One sentence a learner can read on hover. */
  description: string;
  defaultParams: () => Record<string, unknown>;
  /** Whether the node takes several incoming connections (merge layers). */
  multipleInputs: boolean;
  hasInput: boolean;
  hasOutput: boolean;
}

export const NODE_KINDS: Record<NodeType, NodeKind> = {
  input: {
    type: 'input',
    title: 'Input',
    idPrefix: 'input',
    description: 'Feeds one sample of the dataset into the network; its width is the number of features.',
    defaultParams: () => ({}),
    multipleInputs: false,
    hasInput: false,
    hasOutput: true,
  },
  dense: {
    type: 'dense',
    title: 'Dense',
    idPrefix: 'dense',
    description:
      'A fully connected layer: every unit takes a weighted sum of all inputs plus a bias, then an activation.',
    defaultParams: () => ({ units: 8, activation: 'relu' }),
    multipleInputs: false,
    hasInput: true,
    hasOutput: true,
  },
  activation: {
    type: 'activation',
    title: 'Activation',
    idPrefix: 'activation',
    description: 'Applies a non-linear function to each value on its own, without weights.',
    defaultParams: () => ({ activation: 'tanh' }),
    multipleInputs: false,
    hasInput: true,
    hasOutput: true,
  },
  dropout: {
    type: 'dropout',
    title: 'Dropout',
    idPrefix: 'dropout',
    description: 'While training, randomly zeroes a share of the values so the network cannot rely on any one unit.',
    defaultParams: () => ({ rate: 0.2 }),
    multipleInputs: false,
    hasInput: true,
    hasOutput: true,
  },
  add: {
    type: 'add',
    title: 'Add',
    idPrefix: 'add',
    description: 'Adds its inputs element by element (a skip connection); all inputs must have the same width.',
    defaultParams: () => ({}),
    multipleInputs: true,
    hasInput: true,
    hasOutput: true,
  },
  concat: {
    type: 'concat',
    title: 'Concat',
    idPrefix: 'concat',
    description: 'Joins its inputs side by side into one longer vector, in the order they are connected.',
    defaultParams: () => ({}),
    multipleInputs: true,
    hasInput: true,
    hasOutput: true,
  },
  output: {
    type: 'output',
    title: 'Output',
    idPrefix: 'output',
    description: "The network's prediction and the loss it is trained on; its width comes from the dataset.",
    defaultParams: () => ({ activation: 'sigmoid', loss: 'binaryCrossEntropy' }),
    multipleInputs: false,
    hasInput: true,
    hasOutput: false,
  },
};

export const PALETTE_ORDER: readonly NodeType[] = [
  'input',
  'dense',
  'activation',
  'dropout',
  'add',
  'concat',
  'output',
];

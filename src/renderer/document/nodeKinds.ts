/**
 * What the editor adds to the engine's node kinds (engine/nodeKinds.ts holds their names, fan-in and
 * parameters with ranges and defaults): the one-line explanation the palette shows, and the palette's order.
 */
import type { NodeType } from '../../engine';

/** One sentence per kind a learner can read on hover. */
export const NODE_DESCRIPTIONS: Record<NodeType, string> = {
  input: 'Feeds one sample of the dataset into the network; its width is the number of features.',
  dense: 'A fully connected layer: every unit takes a weighted sum of all inputs plus a bias, then an activation.',
  activation: 'Applies a non-linear function to each value on its own, without weights.',
  dropout: 'While training, randomly zeroes a share of the values so the network cannot rely on any one unit.',
  add: 'Adds its inputs element by element (a skip connection); all inputs must have the same width.',
  concat: 'Joins its inputs side by side into one longer vector, in the order they are connected.',
  output: "The network's prediction and the loss it is trained on; its width comes from the dataset.",
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

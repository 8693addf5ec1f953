/**
 * React Flow's node-type table, keyed `layer-<type>` (see flowModel). It lives at module scope so React Flow
 * never sees a new object.
 */
import type { NodeTypes } from '@xyflow/react';
import { ActivationNode, DenseNode, DropoutNode, InputNode, MergeNode, OutputNode } from './layerNodes';

export const nodeTypes: NodeTypes = {
  'layer-input': InputNode,
  'layer-dense': DenseNode,
  'layer-activation': ActivationNode,
  'layer-dropout': DropoutNode,
  'layer-add': MergeNode,
  'layer-concat': MergeNode,
  'layer-output': OutputNode,
};

/**
 * The graph as stored in a project file: nodes with their per-type parameters, and edges. Objects are
 * "loose": fields this version does not know (React Flow handles, a newer app's extras) are kept as they are.
 *
 * Defaults (filled in on load, so they are written on the next save):
 *   node.position      { x: 0, y: 0 }  (auto-layout can place such nodes)
 *   node.params        {}              (then each required parameter is reported as missing)
 *   dense.useBias      true
 *   dense.l2           0               (added to the training-wide l2)
 * A missing `label` means the canvas shows the node's id.
 */
import { z } from 'zod';
import {
  ACTIVATION_NAMES as ACTIVATIONS,
  LOSS_NAMES as LOSSES,
  NODE_TYPE_NAMES as NODE_TYPES,
  OUTPUT_ACTIVATION_NAMES as OUTPUT_ACTIVATIONS,
} from './names';
import { flag, intIn, nonEmptyText, numberIn, oneOf, text } from './schema-helpers';
import { customIssue, says } from './schema-issues';

export const MAX_DENSE_UNITS = 4096;
export const MAX_DROPOUT_RATE = 0.95;

const coordinate = () => z.number({ error: says('schema-number') });
export const PositionSchema = z.looseObject({ x: coordinate(), y: coordinate() });

export const InputParamsSchema = z.looseObject({});
export const DenseParamsSchema = z.looseObject({
  units: intIn(1, MAX_DENSE_UNITS),
  activation: oneOf(ACTIVATIONS),
  useBias: flag().default(true),
  l2: numberIn(0, 1).default(0),
});
export const ActivationParamsSchema = z.looseObject({ activation: oneOf(ACTIVATIONS) });
export const DropoutParamsSchema = z.looseObject({ rate: numberIn(0, MAX_DROPOUT_RATE) });
export const MergeParamsSchema = z.looseObject({});
export const OutputParamsSchema = z.looseObject({ activation: oneOf(OUTPUT_ACTIVATIONS), loss: oneOf(LOSSES) });

function nodeOf<const T extends string, P extends z.ZodType>(type: T, params: P) {
  return z.looseObject({
    id: nonEmptyText(),
    type: z.literal(type),
    position: PositionSchema.default(() => ({ x: 0, y: 0 })),
    label: text().optional(),
    params: params.prefault({} as z.input<P>),
  });
}

export const NodeSchema = z.discriminatedUnion(
  'type',
  [
    nodeOf('input', InputParamsSchema),
    nodeOf('dense', DenseParamsSchema),
    nodeOf('activation', ActivationParamsSchema),
    nodeOf('dropout', DropoutParamsSchema),
    nodeOf('add', MergeParamsSchema),
    nodeOf('concat', MergeParamsSchema),
    nodeOf('output', OutputParamsSchema),
  ],
  { error: says('schema-one-of', { values: NODE_TYPES.join(', ') }) },
);

export const EdgeSchema = z.looseObject({ id: nonEmptyText(), source: nonEmptyText(), target: nonEmptyText() });

/**
 * Ids must be unique and edges must join existing nodes: the editor keys everything by id, so a file that
 * breaks this cannot be shown. Shape and wiring problems (cycles, missing output) are the compiler's job.
 */
export const GraphSchema = z
  .looseObject({ nodes: z.array(NodeSchema), edges: z.array(EdgeSchema) })
  .superRefine((graph, ctx) => {
    const nodeIds = new Set<string>();
    graph.nodes.forEach((node, i) => {
      if (nodeIds.has(node.id)) {
        ctx.addIssue(customIssue('schema-duplicate-id', { context: 'node', id: node.id }, ['nodes', i, 'id']));
      }
      nodeIds.add(node.id);
    });
    const edgeIds = new Set<string>();
    graph.edges.forEach((edge, i) => {
      if (edgeIds.has(edge.id)) {
        ctx.addIssue(customIssue('schema-duplicate-id', { context: 'edge', id: edge.id }, ['edges', i, 'id']));
      }
      edgeIds.add(edge.id);
      for (const end of ['source', 'target'] as const) {
        if (!nodeIds.has(edge[end])) {
          ctx.addIssue(customIssue('schema-unknown-node', { id: edge[end] }, ['edges', i, end]));
        }
      }
    });
  });

export type ProjectNode = z.output<typeof NodeSchema>;
export type ProjectEdge = z.output<typeof EdgeSchema>;
export type ProjectGraph = z.output<typeof GraphSchema>;

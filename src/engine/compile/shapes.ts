/**
 * 1-D shape inference and parameter counts. Runs over the topological order and records what it can for
 * every node, even when other parts of the graph are broken, so the editor can show shapes as the learner
 * builds the network.
 */
import type { CheckedParams, DataShape, GraphNode, NodeInfo, ProblemParams } from '../types';
import { describeNode, formatShape, nodeRef } from './names';
import { outputWidth } from './params';
import type { Wiring } from './structure';

type Report = (nodeId: string, code: string, message: string, edgeId?: string, params?: ProblemParams) => void;

export interface ShapeResult {
  info: Record<string, NodeInfo>;
  /** Width of each node's (summed or concatenated) input, when known. */
  inputWidth: Map<string, number>;
}

/** Parameters of a dense-like node: kernel [in, units] plus an optional bias. */
export function denseParamCount(inputs: number, units: number, useBias: boolean): number {
  return inputs * units + (useBias ? units : 0);
}

/**
 * `params` holds the normalized params of nodes that passed validation (missing entries are invalid), and
 * `dataOk` says whether the data shape itself is usable.
 */
export function inferShapes(
  wiring: Wiring,
  params: Map<string, CheckedParams>,
  shape: DataShape,
  dataOk: boolean,
  report: Report,
): ShapeResult {
  const info: Record<string, NodeInfo> = {};
  const inputWidth = new Map<string, number>();
  const widthOf = (id: string): number | undefined => info[id]?.shape?.[0];

  const visit = (node: GraphNode, inTopo: boolean): void => {
    const checked = params.get(node.id);
    const edges = inTopo ? wiring.incoming.get(node.id)! : [];
    const widths = edges.map((e) => widthOf(e.source));
    const allKnown = edges.length > 0 && widths.every((w) => w !== undefined);
    const single = edges.length === 1 && allKnown ? (widths[0] as number) : undefined;
    let width: number | undefined;
    let count = 0;
    switch (node.type) {
      case 'input':
        width = dataOk ? shape.features : undefined;
        break;
      case 'dense':
        if (checked?.type === 'dense') {
          width = checked.params.units;
          if (single !== undefined) count = denseParamCount(single, width, checked.params.useBias);
        }
        break;
      case 'output':
        if (dataOk) {
          width = outputWidth(node.params?.activation, shape);
          if (single !== undefined) count = denseParamCount(single, width, true);
        }
        break;
      case 'activation':
      case 'dropout':
        width = single;
        break;
      case 'add':
        if (allKnown) {
          const first = widths[0] as number;
          const other = widths.find((w) => w !== first);
          if (other === undefined) width = first;
          else
            report(
              node.id,
              'shape-mismatch',
              `${describeNode(node)} joins shapes ${formatShape([first])} and ${formatShape([other])}; they must match: give the layers feeding it the same number of units, or use Concat instead.`,
              undefined,
              { ...nodeRef(node), first: formatShape([first]), other: formatShape([other]) },
            );
        }
        break;
      case 'concat':
        if (allKnown) width = (widths as number[]).reduce((a, b) => a + b, 0);
        break;
    }
    if (allKnown) {
      const ws = widths as number[];
      inputWidth.set(node.id, node.type === 'concat' ? ws.reduce((a, b) => a + b, 0) : ws[0]);
    }
    info[node.id] = { shape: width === undefined ? undefined : [width], params: count };
  };

  const done = new Set(wiring.topo);
  for (const id of wiring.topo) visit(wiring.byId.get(id)!, true);
  // Nodes on or behind a cycle: only what they know by themselves (a dense layer's units).
  for (const node of wiring.byId.values()) if (!done.has(node.id)) visit(node, false);
  return { info, inputWidth };
}

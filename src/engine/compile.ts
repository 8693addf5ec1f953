/**
 * compile(graph, data shape) → an executable plan, or the problems that stop one.
 *
 * The editor calls this on every edit, so it is linear in the graph's size and never throws on bad input.
 * Every problem names its node (by label when present) and, where one is to blame, its edge. Problem codes:
 *   errors   missing-input-node, missing-output-node, multiple-inputs, multiple-outputs, no-path, no-input,
 *            too-many-inputs, merge-needs-two, input-has-incoming, output-has-outgoing, cycle, shape-mismatch,
 *            loss-mismatch, softmax-hidden, bad-units, bad-activation, bad-rate, bad-l2, bad-loss, bad-param,
 *            unknown-type, duplicate-id, duplicate-edge, dangling-edge, data-shape
 *   warnings unreachable, loss-unusual (mean squared error on classes: it trains, cross-entropy usually works
 *            better) — and any of the node errors above on a node the output does not depend on, since
 *            training ignores such a node (a freshly dropped, unconnected layer must not block training).
 */
import type {
  CheckedParams,
  CompileProblem,
  CompileResult,
  ProblemParams,
  DataShape,
  Graph,
  GraphNode,
  Plan,
  PlanNode,
} from './types';
import { describeNode, nodeDisplayName, nodeRef } from './compile/names';
import { checkDataShape, checkOutputFitsTask, normalizeParams } from './compile/params';
import { inferShapes } from './compile/shapes';
import { indexGraph, reachable, reportCycles, type Wiring } from './compile/structure';
import { nodeKindOf } from './nodeKinds';

export { nodeDisplayName } from './compile/names';

export function compile(graph: Graph, shape: DataShape): CompileResult {
  const problems: CompileProblem[] = [];
  const dataOk = checkDataShape(shape, problems);
  const wiring = indexGraph(graph, problems);
  reportCycles(wiring, problems);

  const nodes = [...wiring.byId.values()];
  const inputs = nodes.filter((n) => n.type === 'input');
  const outputs = nodes.filter((n) => n.type === 'output');
  reportEndpoints(inputs, outputs, problems);

  // What the output depends on must be valid; anything else is ignored by training and only warned about.
  const live = new Set<string>();
  if (outputs.length === 0) for (const n of nodes) live.add(n.id);
  for (const out of outputs) for (const id of reachable(wiring, out.id, 'backward')) live.add(id);
  const report: Report = (nodeId, code, message, edgeId, params) => {
    problems.push({ severity: live.has(nodeId) ? 'error' : 'warning', code, message, params, nodeId, edgeId });
  };

  const input = inputs.length === 1 ? inputs[0] : undefined;
  const output = outputs.length === 1 ? outputs[0] : undefined;
  const fromInput = input ? reachable(wiring, input.id, 'forward') : new Set<string>();
  const connected = input !== undefined && output !== undefined && fromInput.has(output.id);
  if (input && output && !connected) {
    problems.push({
      severity: 'error',
      code: 'no-path',
      message: `Nothing connects Input to Output: connect ${describeNode(input)} through your layers to ${describeNode(output)}.`,
      params: { ...nodeRef(input, 'input'), ...nodeRef(output, 'output') },
      nodeId: output.id,
    });
  }

  const params = new Map<string, CheckedParams>();
  for (const node of nodes) {
    const normalized = normalizeParams(node, (code, message, params) =>
      report(node.id, code, message, undefined, params),
    );
    if (normalized) params.set(node.id, normalized);
    // The output's own "has no input" would only repeat the no-path message, and an ignored node's would
    // repeat its 'unreachable' warning.
    const skipNoInput = node.type === 'output' ? input !== undefined && !connected : connected && !live.has(node.id);
    checkFanIn(node, wiring, skipNoInput, report);
    if (normalized?.type === 'output' && dataOk) {
      checkOutputFitsTask(
        node,
        normalized.params.activation,
        normalized.params.loss,
        shape,
        (code, message, params) => report(node.id, code, message, undefined, params),
        (code, message, params) => problems.push({ severity: 'warning', code, message, params, nodeId: node.id }),
      );
    }
  }

  const { info, inputWidth } = inferShapes(wiring, params, shape, dataOk, report);

  if (connected) {
    for (const node of nodes) {
      if (live.has(node.id)) continue;
      const message = fromInput.has(node.id)
        ? `${describeNode(node)} does not lead to Output, so training ignores it: connect it onward or delete it.`
        : `${describeNode(node)} is not connected to Input, so training ignores it: connect it or delete it.`;
      const params = { ...nodeRef(node), context: fromInput.has(node.id) ? 'noOutput' : 'noInput' };
      problems.push({ severity: 'warning', code: 'unreachable', message, params, nodeId: node.id });
    }
  }

  let totalParams = 0;
  for (const id of live) totalParams += info[id]?.params ?? 0;

  const hasError = problems.some((p) => p.severity === 'error');
  const plan =
    hasError || !input || !output
      ? null
      : buildPlan(wiring, fromInput, live, params, info, inputWidth, input.id, output.id, shape);
  return { plan, problems, nodes: info, totalParams };
}

function reportEndpoints(inputs: GraphNode[], outputs: GraphNode[], problems: CompileProblem[]): void {
  const error = (code: string, message: string, node?: GraphNode, count?: number): void => {
    const params = node ? { ...nodeRef(node), count: count ?? 0 } : {};
    problems.push({ severity: 'error', code, message, params, nodeId: node?.id });
  };
  if (inputs.length === 0)
    error(
      'missing-input-node',
      'The network has no Input node: add one from the palette and connect it to your first layer.',
    );
  if (outputs.length === 0)
    error(
      'missing-output-node',
      'The network has no Output node: add one from the palette and connect your last layer to it.',
    );
  for (const extra of inputs.slice(1)) {
    error(
      'multiple-inputs',
      `The network has ${inputs.length} Input nodes but takes exactly one: delete ${describeNode(extra)}.`,
      extra,
      inputs.length,
    );
  }
  for (const extra of outputs.slice(1)) {
    error(
      'multiple-outputs',
      `The network has ${outputs.length} Output nodes but takes exactly one: delete ${describeNode(extra)}.`,
      extra,
      outputs.length,
    );
  }
}

type Report = (nodeId: string, code: string, message: string, edgeId?: string, params?: ProblemParams) => void;

/** Checks a node's connections against its kind's fan-in (nodeKinds.ts). */
function checkFanIn(node: GraphNode, wiring: Wiring, skipNoInput: boolean, report: Report): void {
  const incoming = wiring.incoming.get(node.id)!;
  const outgoing = wiring.outgoing.get(node.id)!;
  const kind = nodeKindOf(node.type);
  const who = describeNode(node);
  const ref = nodeRef(node);
  if (kind?.fanIn.max === 0) {
    if (incoming.length > 0) {
      report(
        node.id,
        'input-has-incoming',
        `${who} cannot receive connections: it is where the data enters. Delete the connection into it.`,
        incoming[0].id,
        ref,
      );
    }
    return;
  }
  if (kind?.feedsOthers === false && outgoing.length > 0) {
    report(
      node.id,
      'output-has-outgoing',
      `${who} cannot feed other layers: it is the end of the network. Delete the connection out of it.`,
      outgoing[0].id,
      ref,
    );
  }
  if (incoming.length === 0) {
    if (!skipNoInput) report(node.id, 'no-input', `${who} has no input: connect a layer into it.`, undefined, ref);
    return;
  }
  if (!kind) return;
  if (incoming.length > kind.fanIn.max) {
    report(
      node.id,
      'too-many-inputs',
      `${who} takes one input but ${incoming.length} are connected: join them with an Add or Concat layer first, or delete the extra connections.`,
      incoming[kind.fanIn.max].id,
      { ...ref, count: incoming.length },
    );
  }
  if (incoming.length < kind.fanIn.min) {
    report(
      node.id,
      'merge-needs-two',
      `${who} has only one input: connect at least two layers into it, or delete it.`,
      undefined,
      ref,
    );
  }
}

function buildPlan(
  wiring: Wiring,
  fromInput: Set<string>,
  live: Set<string>,
  params: Map<string, CheckedParams>,
  info: CompileResult['nodes'],
  inputWidth: Map<string, number>,
  inputId: string,
  outputId: string,
  shape: DataShape,
): Plan {
  const order = wiring.topo.filter((id) => fromInput.has(id) && live.has(id));
  const planNodes: Record<string, PlanNode> = {};
  let offset = 0;
  for (const id of order) {
    const node = wiring.byId.get(id)!;
    const count = info[id].params;
    planNodes[id] = {
      ...params.get(id)!,
      id,
      label: nodeDisplayName(node),
      inputs: wiring.incoming.get(id)!.map((e) => e.source),
      width: info[id].shape![0],
      inputWidth: id === inputId ? shape.features : inputWidth.get(id)!,
      paramOffset: offset,
      paramCount: count,
    };
    offset += count;
  }
  const out = planNodes[outputId];
  if (out.type !== 'output') throw new Error(`Node '${outputId}' is not an Output node: recompile the graph.`);
  return {
    order,
    nodes: planNodes,
    inputId,
    outputId,
    totalParams: offset,
    loss: out.params.loss,
    outputActivation: out.params.activation,
    dataShape: { ...shape },
  };
}

/**
 * Wires during the step-through carry the values flowing along them: forward, the output of the wire's
 * source once the steps have reached it; backward, ∂L/∂a handed back to the source once its consumer's δ is
 * known. Edges without a value are returned as they were (the same objects).
 */
import type { Edge } from '@xyflow/react';
import { stepsOf, useStepThrough } from '../../../run/stepThrough';
import { formatValue } from './format';

export function useStepEdges(edges: Edge[]): Edge[] {
  const answer = useStepThrough((s) => s.answer);
  const weight = useStepThrough((s) => s.weight);
  const stepIndex = useStepThrough((s) => s.step);
  if (!answer) return edges;
  const steps = stepsOf(answer, weight);
  const current = Math.min(stepIndex, steps.length - 1);
  const kind = steps[current].kind;
  const { forward, backward } = answer.trace;
  const reached = (k: string, nodeId: string) => steps.findIndex((s) => s.kind === k && s.nodeId === nodeId);
  return edges.map((edge) => {
    let label: string | null = null;
    if (kind === 'forward') {
      const at = reached('forward', edge.source);
      if (at >= 0 && at <= current) label = formatValue(forward.find((n) => n.nodeId === edge.source)!.output);
    } else {
      const at = reached('backward', edge.target);
      const back = backward.find((n) => n.nodeId === edge.source);
      if (at >= 0 && at <= current && back) label = `∂L/∂a ${formatValue(back.dOutput)}`;
      else label = formatValue(forward.find((n) => n.nodeId === edge.source)?.output ?? []);
    }
    if (!label) return edge;
    return {
      ...edge,
      label,
      className: `${edge.className ?? ''} edge-step`.trim(),
      labelBgPadding: [4, 2] as [number, number],
      labelBgBorderRadius: 3,
    };
  });
}

/**
 * Which connections the editor allows. The canvas asks while a wire is being dragged (to show valid
 * targets) and again when it is dropped, and a refusal always comes with a sentence saying why.
 */
import i18next, { type TFunction } from 'i18next';
import { graphReaches, NODE_KINDS, nodeDisplayName, type Graph } from '../../engine';

/** Returns null when `source → target` may be added, else the reason a learner should read (in `t`'s language). */
export function connectionRefusal(
  graph: Graph,
  source: string,
  target: string,
  t: TFunction = i18next.t,
): string | null {
  const from = graph.nodes.find((n) => n.id === source);
  const to = graph.nodes.find((n) => n.id === target);
  if (!from || !to) return t('connection.gone');
  const names = { from: nodeDisplayName(from), to: nodeDisplayName(to) };
  if (source === target) return t('connection.itself', names);
  const fromKind = NODE_KINDS[from.type];
  const toKind = NODE_KINDS[to.type];
  if (!fromKind.feedsOthers) return t('connection.fromOutput', names);
  if (toKind.fanIn.max === 0) return t('connection.intoInput', names);
  if (graph.edges.some((e) => e.source === source && e.target === target)) return t('connection.already', names);
  // A loop is the more basic mistake, so it is named even when the target is also full.
  if (graphReaches(graph, target, source)) return t('connection.loop', names);
  if (graph.edges.filter((e) => e.target === target).length >= toKind.fanIn.max) return t('connection.full', names);
  return null;
}

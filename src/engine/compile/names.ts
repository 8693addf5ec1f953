/**
 * How compile messages name a node: "Dense layer 'h2'". Learners see these sentences on the canvas, so a
 * node is called by the label they gave it when there is one, else by its id.
 */
import type { GraphNode } from '../types';
import { nodeKindOf } from '../nodeKinds';

/** The name a learner knows a node by: its label when it has a non-blank one, else its id. */
export function nodeDisplayName(node: Pick<GraphNode, 'id' | 'label'>): string {
  const label = typeof node.label === 'string' ? node.label.trim() : '';
  return label.length > 0 ? label : node.id;
}

/** "Dense layer 'h2'" — the type in words followed by the display name in quotes. */
export function describeNode(node: Pick<GraphNode, 'id' | 'label' | 'type'>): string {
  const phrase = nodeKindOf(node.type)?.phrase ?? `Node of type "${String(node.type)}"`;
  return `${phrase} '${nodeDisplayName(node)}'`;
}

/**
 * A node as the parameters of a problem: its display name under `key` and its type under `${key}Type`, which
 * the catalogue words as "Dense layer 'h2'" (src/shared/i18n/problems.ts).
 */
export function nodeRef(node: Pick<GraphNode, 'id' | 'label' | 'type'>, key = 'node'): Record<string, string> {
  return { [key]: nodeDisplayName(node), [`${key}Type`]: String(node.type) };
}

/** Shapes as learners read them in messages: [8]. */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

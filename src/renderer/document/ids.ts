/**
 * Readable, unique ids and labels: "dense-3" from the type, "Dense 3" from the kind's title. The next number
 * is derived from what the graph already holds, never from a module-level counter, so ids stay stable across
 * undo, paste and reload.
 */
import { NODE_KINDS, type NodeType } from '../../engine';

interface Named {
  id: string;
  label?: string;
}

/** Highest n used by `<type>-n` ids or `<Title> n` labels among the given nodes. */
function highestNumber(nodes: readonly Named[], type: NodeType): number {
  const idPattern = new RegExp(`^${type}-(\\d+)$`);
  const labelPattern = new RegExp(`^${NODE_KINDS[type].title} (\\d+)$`);
  let highest = 0;
  for (const node of nodes) {
    const byId = idPattern.exec(node.id);
    if (byId) highest = Math.max(highest, Number(byId[1]));
    const byLabel = node.label ? labelPattern.exec(node.label) : null;
    if (byLabel) highest = Math.max(highest, Number(byLabel[1]));
  }
  return highest;
}

/**
 * Allocates a fresh id and default label for a node of `type`. `taken` collects ids handed out in the same
 * operation (a paste of several nodes) so they do not collide with each other.
 */
export function allocateName(
  type: NodeType,
  existing: readonly Named[],
  taken: Named[] = [],
): { id: string; label: string } {
  const ids = new Set([...existing, ...taken].map((n) => n.id));
  let n = highestNumber([...existing, ...taken], type) + 1;
  while (ids.has(`${type}-${n}`)) n += 1;
  const name = { id: `${type}-${n}`, label: `${NODE_KINDS[type].title} ${n}` };
  taken.push(name);
  return name;
}

/** Whether a label is the default one for its kind ("Dense 3"), so a copy may get a fresh default. */
export function isDefaultLabel(type: NodeType, label: string): boolean {
  return new RegExp(`^${NODE_KINDS[type].title} \\d+$`).test(label);
}

/** An edge id that is unique in the graph: "e-<source>-<target>", numbered when that is taken. */
export function allocateEdgeId(source: string, target: string, existing: readonly { id: string }[]): string {
  const ids = new Set(existing.map((e) => e.id));
  const base = `e-${source}-${target}`;
  if (!ids.has(base)) return base;
  let n = 2;
  while (ids.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/**
 * Keeping the fields of a project file that this version does not know (a newer release's extras, another
 * tool's notes) when the file is saved again.
 *
 * Why it exists: the editor rebuilds objects as the user edits (an edge becomes `{id, source, target}`, a moved
 * node gets a fresh position), so anything it does not model would silently vanish on save. Saving overlays the
 * editor's objects onto the ones parsed from the file, but only for keys the schema does not name: a known key
 * the editor dropped on purpose (an early-stopping setting turned off, a CSV's text after switching to XOR)
 * must stay dropped.
 */
import {
  DATASET_FIELDS_BY_KIND,
  EdgeSchema,
  GraphSchema,
  PositionSchema,
  ProjectSchema,
  SHARED_DATASET_FIELDS,
  TrainingSchema,
} from '../../../project';

type Loose = Record<string, unknown>;

/** The keys a zod object schema names, read from its shape (looking through a transform's input). */
function keysOf(schema: unknown): ReadonlySet<string> {
  const s = schema as { shape?: Loose; in?: { shape?: Loose } };
  return new Set(Object.keys(s.shape ?? s.in?.shape ?? {}));
}

export const PROJECT_KEYS = keysOf(ProjectSchema);
export const GRAPH_KEYS = keysOf(GraphSchema);
/** Every field of every dataset kind: switching kinds drops the old kind's fields, and they must stay dropped. */
export const DATASET_KEYS: ReadonlySet<string> = new Set([
  'kind',
  ...SHARED_DATASET_FIELDS,
  ...Object.values(DATASET_FIELDS_BY_KIND).flat(),
]);
export const TRAINING_KEYS = keysOf(TrainingSchema);
export const EDGE_KEYS = keysOf(EdgeSchema);
export const POSITION_KEYS = keysOf(PositionSchema);
export const NODE_KEYS: ReadonlySet<string> = new Set(['id', 'type', 'position', 'label', 'params']);
/** Every parameter name of every node type: a node never changes type, so the union is safe. */
export const PARAM_KEYS: ReadonlySet<string> = new Set(['units', 'activation', 'useBias', 'l2', 'rate', 'loss']);

const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `current` plus every key of `base` that the schema does not know and `current` lacks. Known keys come from
 * `current` alone. Returns `current` itself when there is nothing to add.
 */
export function keepUnknown<T extends object>(base: unknown, current: T, known: ReadonlySet<string>): T {
  if (!isRecord(base)) return current;
  let result: Loose | null = null;
  for (const key of Object.keys(base)) {
    if (known.has(key) || Object.hasOwn(current, key)) continue;
    result ??= { ...(current as Loose) };
    result[key] = base[key];
  }
  return (result ?? current) as T;
}

/** Only the keys of `base` that the schema does not know. */
export function unknownOnly(base: Loose, known: ReadonlySet<string>): Loose {
  const out: Loose = {};
  for (const key of Object.keys(base)) if (!known.has(key)) out[key] = base[key];
  return out;
}

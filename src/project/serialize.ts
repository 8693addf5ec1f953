/**
 * Writing a project file. The text is stable, so saving an unchanged project gives identical bytes and
 * version control shows small diffs:
 *   - keys the schema knows come in schema order (format, version, name, description, graph, dataset, …);
 *   - keys it does not know (kept from the file) follow, sorted by UTF-16 code units, at every depth;
 *   - record keys (weights by node id) and everything inside unknown values are sorted the same way;
 *   - two-space indentation, one trailing newline; properties whose value is `undefined` are left out.
 * Tensors (Float32Array) are written as base64 of little-endian float32.
 *
 * `serializeProject` throws ProjectSaveError instead of writing a file that would not read back as the same
 * project: a NaN or Infinity anywhere (JSON.stringify would silently write null), a weight that is not
 * finite (the message names the run and the node), or a value JSON cannot hold (a function, a Map, a typed
 * array outside a tensor). It does not re-validate ranges: the app may save work in progress.
 */
import type { Tensor } from '../engine/types';
import { ProjectSaveError } from './errors';
import { MAX_JSON_DEPTH, MAX_PROJECT_BYTES, formatSizeAgainstLimit } from './parse';
import { formatPath, isPlainRecord, type PathSegment } from './paths';
import { ProjectSchema, type Project } from './schema';
import { RunSchema, TensorSchema } from './schema-run';
import { JsonWriter } from './stable-json';
import { encodeTensor } from './tensor';

/** The parts of a zod 4 schema definition the walk needs (zod exposes these as `schema.def`). */
interface SchemaDef {
  type: string;
  shape?: Record<string, Walkable>;
  element?: Walkable;
  innerType?: Walkable;
  in?: Walkable;
  valueType?: Walkable;
  options?: Walkable[];
  discriminator?: string;
  values?: unknown[];
  getter?: () => Walkable;
}
interface Walkable {
  def: SchemaDef;
}

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'nonoptional', 'readonly', 'catch']);

/** The project as file text. Throws ProjectSaveError (see above); never writes NaN as null. */
export function serializeProject(project: Project): string {
  const writer = new Serializer();
  writer.write(ProjectSchema as unknown as Walkable, project);
  const text = `${writer.text()}\n`;
  const bytes = utf8Length(text);
  if (bytes > MAX_PROJECT_BYTES) {
    throw new ProjectSaveError(
      `The project cannot be saved: it would be ${formatSizeAgainstLimit(bytes)}, larger than the ${MAX_PROJECT_BYTES / 1048576} MB (${MAX_PROJECT_BYTES.toLocaleString('en-US')} bytes) a project file may be, so it could not be opened again. ` +
        'Delete old runs with weights, or keep the CSV as a separate file.',
      '',
    );
  }
  return text;
}

/** Bytes of a string in UTF-8, without encoding it. */
function utf8Length(text: string): number {
  if (text.length * 3 <= MAX_PROJECT_BYTES) return text.length; // cannot exceed; skip the count
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Known keys of each object schema, in schema order, computed once per schema. */
const knownKeysCache = new WeakMap<SchemaDef, { list: string[]; set: Set<string> }>();
const NO_KEYS = { list: [], set: new Set<string>() };
function knownKeys(def: SchemaDef | undefined): { list: string[]; set: Set<string> } {
  if (def?.type !== 'object' || !def.shape) return NO_KEYS;
  let keys = knownKeysCache.get(def);
  if (!keys) {
    const list = Object.keys(def.shape);
    keys = { list, set: new Set(list) };
    knownKeysCache.set(def, keys);
  }
  return keys;
}

class Serializer {
  private readonly out = new JsonWriter();
  /** Where the walk is, for messages; kept as a stack so no array is built per value. */
  private readonly path: PathSegment[] = [];
  private runId: string | undefined;
  /** Open objects and arrays, against MAX_JSON_DEPTH. */
  private depth = 0;

  text(): string {
    return this.out.text();
  }

  write(schema: Walkable | undefined, value: unknown): void {
    // Look through optional()/default() first, so `bias: TensorSchema.optional()` is recognised as a tensor.
    while (schema && WRAPPERS.has(schema.def.type)) schema = schema.def.innerType;
    if (schema === (TensorSchema as unknown as Walkable)) {
      this.writeTensor(value);
      return;
    }
    if (schema === (RunSchema as unknown as Walkable) && isPlainRecord(value) && typeof value.id === 'string') {
      const outer = this.runId;
      this.runId = value.id;
      this.writeValue(resolve(schema, value), value);
      this.runId = outer;
      return;
    }
    this.writeValue(resolve(schema, value), value);
  }

  private writeValue(def: SchemaDef | undefined, value: unknown): void {
    if (value === null || typeof value === 'boolean' || typeof value === 'string') {
      this.out.primitive(value);
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw this.nonFinite(value);
      this.out.primitive(value);
    } else if (Array.isArray(value)) {
      const element = def?.type === 'array' ? def.element : undefined;
      this.enter();
      this.out.beginArray();
      for (let i = 0; i < value.length; i++) {
        this.path.push(i);
        if (value[i] === undefined) throw this.notJson('undefined');
        this.write(element, value[i]);
        this.path.pop();
      }
      this.out.endArray();
      this.depth--;
    } else if (typeof value !== 'object') {
      throw this.notJson(typeof value);
    } else {
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null)
        throw this.notJson((value as object).constructor?.name ?? 'an object with a prototype');
      this.enter();
      this.writeObject(def, value as Record<string, unknown>);
      this.depth--;
    }
  }

  private writeObject(def: SchemaDef | undefined, record: Record<string, unknown>): void {
    const known = knownKeys(def);
    const unknown = Object.keys(record).filter((k) => !known.set.has(k));
    unknown.sort();
    const valueType = def?.type === 'record' ? def.valueType : undefined;
    this.out.beginObject();
    for (const keys of [known.list, unknown]) {
      for (const key of keys) {
        if (!Object.hasOwn(record, key) || record[key] === undefined) continue;
        this.path.push(key);
        this.out.key(key);
        this.write(known.set.has(key) ? def?.shape?.[key] : valueType, record[key]);
        this.path.pop();
      }
    }
    this.out.endObject();
  }

  private writeTensor(value: unknown): void {
    const where = formatPath(this.path);
    // Weights live at …weights.<nodeId>.kernel / .bias.
    const n = this.path.length;
    const nodeId = n >= 3 && this.path[n - 3] === 'weights' ? String(this.path[n - 2]) : undefined;
    const details = { runId: this.runId, nodeId };
    if (!isPlainRecord(value) || !(value.data instanceof Float32Array) || !Array.isArray(value.shape)) {
      throw new ProjectSaveError(
        `The project cannot be saved: ${where} is not a tensor ({ shape, data: Float32Array }).`,
        where,
        details,
      );
    }
    const owner = this.runId !== undefined ? `Run "${this.runId}"` : 'A saved tensor';
    const label =
      nodeId !== undefined ? `${owner}, node "${nodeId}" ${String(this.path[n - 1])}` : `${owner} (${where})`;
    let encoded;
    try {
      encoded = encodeTensor(value as unknown as Tensor, label);
    } catch (e) {
      if (e instanceof ProjectSaveError)
        throw new ProjectSaveError(`The project cannot be saved: ${e.message}`, where, details);
      throw e;
    }
    // Fields beside shape and data were kept on load; write them back in the usual order.
    this.writeValue(TensorSchema.def.in.def as unknown as SchemaDef, { ...value, ...encoded });
  }

  private enter(): void {
    if (++this.depth <= MAX_JSON_DEPTH) return;
    const where = formatPath(this.path.slice(0, 8));
    throw new ProjectSaveError(
      `The project cannot be saved: ${where}… is nested more than ${MAX_JSON_DEPTH} levels deep, deeper than a project file may be (it could not be opened again).`,
      where,
      { runId: this.runId },
    );
  }

  private nonFinite(value: number): ProjectSaveError {
    const where = formatPath(this.path);
    const hint = this.path.includes('history')
      ? ' Record a loss that is not finite as null (historyEntryFromMetrics does this).'
      : '';
    return new ProjectSaveError(
      `The project cannot be saved: ${where} is ${String(value)}, which JSON cannot hold (it would silently become null).${hint}`,
      where,
      { runId: this.runId },
    );
  }

  private notJson(what: string): ProjectSaveError {
    const where = formatPath(this.path) || 'the project';
    return new ProjectSaveError(
      `The project cannot be saved: ${where} is ${what}, which a project file cannot hold.`,
      where,
      { runId: this.runId },
    );
  }
}

/** Looks through wrappers (optional, default, pipes…) and picks the union member that fits the value. */
function resolve(schema: Walkable | undefined, value: unknown): SchemaDef | undefined {
  let def = schema?.def;
  for (let guard = 0; def && guard < 64; guard++) {
    if (WRAPPERS.has(def.type)) def = def.innerType?.def;
    else if (def.type === 'pipe') def = def.in?.def;
    else if (def.type === 'lazy') def = def.getter?.().def;
    else if (def.type === 'union') def = pickOption(def, value)?.def;
    else return def;
  }
  return undefined;
}

function pickOption(def: SchemaDef, value: unknown): Walkable | undefined {
  const options = def.options ?? [];
  const discriminator = def.discriminator;
  if (discriminator === undefined || !isPlainRecord(value)) return undefined;
  const tag = value[discriminator];
  return options.find((o) => resolve(o, undefined)?.shape?.[discriminator]?.def.values?.includes(tag));
}

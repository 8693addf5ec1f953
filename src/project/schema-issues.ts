/**
 * What a value in a project file can do wrong, as data: every schema check says its problem as a stable code
 * and parameters (`schema-int-range` with `{ min: 1, max: 4096 }`), and this file keeps the English twin of
 * each sentence, so the project layer words its own messages without the app's catalogue (src/shared/i18n
 * words the same codes in the reader's language; a test checks that its English equals this table).
 *
 * A sentence is the second half of one that starts with the JSON path ("graph.nodes[2].params.units: must
 * be an integer from 1 to 4096"). `{name}` is a parameter; a key with `_<context>` is the variant that
 * `params.context` picks. A parameter named `<x>List` holds a list (items joined by ",", alternatives in an
 * item by "|") and fills `{x}`: "samples and noise", "path or text, features and target".
 */

export type SchemaIssueParams = Record<string, string | number>;

/** The English sentence of every code (and context variant). */
export const SCHEMA_ISSUES = {
  'schema-int-range': 'must be an integer from {min} to {max}',
  'schema-number-range': 'must be a number from {min} to {max}',
  'schema-positive-up-to': 'must be a number greater than 0 and at most {max}',
  'schema-positive': 'must be a number greater than 0',
  'schema-at-least-zero': 'must be a number of at least 0',
  'schema-loss-value': 'must be a number of at least 0, or null when it was not finite',
  'schema-milliseconds': 'must be a number of milliseconds, at least 0',
  'schema-whole-number': 'must be a whole number, {min} or more',
  'schema-whole-epochs': 'must be a whole number of epochs, 0 or more',
  'schema-one-of': 'must be one of {values}',
  'schema-literal': 'must be "{value}"',
  'schema-text': 'must be a text (a string in quotes)',
  'schema-non-empty-text': 'must be a non-empty text',
  'schema-flag': 'must be true or false',
  'schema-true': 'must be true',
  'schema-object': 'must be an object ({ … })',
  'schema-list': 'must be a list ([ … ])',
  'schema-number': 'must be a number',
  'schema-type': 'must be of type {type}',
  'schema-key': 'has a key that is not allowed here',
  'schema-invalid': 'is not valid here',
  'schema-duplicate-id_node': 'repeats the id "{id}" of an earlier node; every node needs its own id',
  'schema-duplicate-id_edge': 'repeats the id "{id}" of an earlier edge; every edge needs its own id',
  'schema-duplicate-id_entry': 'repeats the id "{id}" of an earlier entry; ids must be unique',
  'schema-duplicate-id_step': 'repeats the id "{id}" of an earlier step; ids must be unique',
  'schema-unknown-node': 'refers to node "{id}", which is not in this graph\'s nodes',
  'schema-dataset-field_a': 'does not belong to a "{kind}" dataset, which takes {fields} (besides {shared}): delete it',
  'schema-dataset-field_an':
    'does not belong to an "{kind}" dataset, which takes {fields} (besides {shared}): delete it',
  'schema-dataset-field_aOnly': 'does not belong to a "{kind}" dataset, which takes only {shared}: delete it',
  'schema-dataset-field_anOnly': 'does not belong to an "{kind}" dataset, which takes only {shared}: delete it',
  'schema-path-absolute': 'must be a path relative to the project file (not an absolute path or a URL)',
  'schema-path-nul': 'must not contain a NUL character',
  'schema-path-outside':
    'must stay inside the project\'s folder (a ".." step leads out of it); copy the CSV next to the project file',
  'schema-path-folder': "must name a file inside the project's folder, not the folder itself",
  'schema-dimensions': 'must be a list of at most {max} dimensions',
  'schema-base64-text': 'must be a text holding base64 of little-endian float32 values',
  'schema-weights-object': 'must be an object of weights by node id',
  'schema-iso-time': 'must be a date and time in ISO 8601 form, like "2025-01-31T09:30:00.000Z"',
  'schema-feature-names': 'must list at least one feature name',
  'schema-per-feature': 'holds {count} numbers for {features} features; it needs one per feature',
  'schema-tensor-bytes': 'holds {bytes} bytes, but shape [{shape}] needs {size} float32 values ({sizeBytes} bytes)',
  'schema-tensor-finite': 'holds {value} at index {index}; weights must be finite numbers',
  'schema-base64-length': 'is not valid base64: its length ({textLength}) is not a multiple of 4',
  'schema-base64-char': 'is not valid base64: character {position} is {char}',
  'schema-base64-bits': 'is not valid base64: its last character has stray bits set',
  'schema-lesson-steps': 'must list at least one step',
  'schema-lesson-step': 'is {step}, but the lesson has {steps} steps (counted from 0)',
  'schema-check-object': 'must be a check object, like { "metric": "valAccuracy", "op": ">=", "value": 0.9 }',
  'schema-check-kind': 'must have exactly one of {kinds} (found {present})',
  'schema-check-kind_none': 'must have exactly one of {kinds} (found none)',
  'schema-check-key': 'is not part of a "{kind}" check (it takes {keys})',
  'schema-check-key_nothing': 'is not part of a "{kind}" check (it takes nothing else)',
  'schema-check-list': 'must be a non-empty list of checks',
  'schema-check-depth': 'nests checks more than {depth} levels deep',
  'schema-node-id': 'must be the id of a node (a non-empty text)',
} as const;

export type SchemaIssueKey = keyof typeof SCHEMA_ISSUES;
type WithoutContext<K> = K extends `${infer C}_${string}` ? C : K;
/** A code without its context suffix. */
export type SchemaIssueCode = WithoutContext<SchemaIssueKey>;

/** One problem of one value: what the catalogue words, and its English sentence. */
export interface SchemaIssue {
  code: SchemaIssueCode | 'schema-other';
  params: SchemaIssueParams;
  message: string;
}

/** "a, b and c" / "a or b" in English, from a `…List` parameter (see the top of this file). */
export function englishList(list: string): string {
  const items = list.split(',').map((item) => item.split('|').join(' or '));
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The English sentence of a code with its parameters. */
export function schemaIssueMessage(code: SchemaIssueCode, params: SchemaIssueParams = {}): string {
  const key = params.context === undefined ? code : `${code}_${String(params.context)}`;
  const template: string = Object.hasOwn(SCHEMA_ISSUES, key) ? SCHEMA_ISSUES[key as SchemaIssueKey] : code;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const list = params[`${name}List`];
    if (typeof list === 'string') return englishList(list);
    return String(params[name] ?? `{${name}}`);
  });
}

/**
 * The code and parameters behind each English sentence a schema builder gave zod. zod's checks (min, max,
 * int, the type of a value) carry only a message, so the builders register what each message says; a message
 * always says one thing, which `registerIssue` enforces.
 */
const BY_MESSAGE = new Map<string, SchemaIssue>();

function sameParams(a: SchemaIssueParams, b: SchemaIssueParams): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** The English sentence for zod, remembered with its code and parameters. */
export function says(code: SchemaIssueCode, params: SchemaIssueParams = {}): string {
  const message = schemaIssueMessage(code, params);
  const known = BY_MESSAGE.get(message);
  if (known && (known.code !== code || !sameParams(known.params, params)))
    throw new Error(`The schema message "${message}" is registered twice with different codes.`);
  if (!known) BY_MESSAGE.set(message, { code, params, message });
  return message;
}

/**
 * A custom issue for zod's `ctx.addIssue`: its English message, and as `params` the code and its parameters
 * and whether the sentence already quotes the offending value (then the parser does not append "(found …)").
 */
export function customIssue(
  code: SchemaIssueCode,
  params: SchemaIssueParams,
  path: (string | number)[],
  describesValue = true,
) {
  return {
    code: 'custom' as const,
    path,
    message: schemaIssueMessage(code, params),
    params: { describesValue, schemaCode: code, schemaParams: params },
  };
}

/** What a zod issue raised by these schemas says, as data. An issue no builder phrased keeps its message. */
export function schemaIssueOf(issue: { code: string; message: string; params?: Record<string, unknown> }): SchemaIssue {
  const custom = issue.code === 'custom' ? issue.params : undefined;
  if (custom && typeof custom.schemaCode === 'string') {
    const params = (custom.schemaParams ?? {}) as SchemaIssueParams;
    return { code: custom.schemaCode as SchemaIssueCode, params, message: issue.message };
  }
  return BY_MESSAGE.get(issue.message) ?? { code: 'schema-other', params: {}, message: issue.message };
}

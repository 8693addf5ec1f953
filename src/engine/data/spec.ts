/**
 * Dataset settings as values of the per-kind union: building a spec for a kind, changing one, and reading
 * the fields only some kinds have. Every result carries exactly the fields its kind takes
 * (DATASET_KIND_FIELDS), so a spec switched from xor to csv never keeps a stray `noise`.
 */
import type { CsvDelimiter, DatasetCommon, DatasetKind, DatasetSpec, Task } from '../types';
import { DATASET_KIND_FIELDS } from '../types';
import { DATASET_INFO, DEFAULT_NOISE } from './info';

/** Any field of any kind; what a settings panel sends. Fields the spec's kind does not take are ignored. */
export interface DatasetPatch extends Partial<DatasetCommon> {
  kind?: DatasetKind;
  samples?: number;
  noise?: number;
  classes?: number;
  path?: string;
  text?: string;
  features?: string[];
  target?: string;
  task?: Task;
  delimiter?: CsvDelimiter;
}

function kindTakes(kind: DatasetKind, field: string): boolean {
  return (DATASET_KIND_FIELDS[kind] as readonly string[]).includes(field);
}

/** `samples` of the kinds that have it, else undefined. */
export function datasetSamples(spec: DatasetSpec): number | undefined {
  return 'samples' in spec ? spec.samples : undefined;
}

/** `noise` of the generated kinds, else undefined. */
export function datasetNoise(spec: DatasetSpec): number | undefined {
  return 'noise' in spec ? spec.noise : undefined;
}

/** The class count setting of gaussian and spiral, else undefined. */
export function datasetClasses(spec: DatasetSpec): number | undefined {
  return 'classes' in spec ? spec.classes : undefined;
}

/**
 * A spec of `kind`: the shared settings and the patch's fields where the kind takes them; a missing
 * `samples` gets the kind's default, a missing `noise` DEFAULT_NOISE, a missing `classes` stays unset (2).
 */
function build(kind: DatasetKind, fields: DatasetPatch & DatasetCommon): DatasetSpec {
  const out: Record<string, unknown> = { kind, validationSplit: fields.validationSplit, seed: fields.seed };
  if (fields.standardize !== undefined) out.standardize = fields.standardize;
  for (const field of DATASET_KIND_FIELDS[kind]) {
    const value = fields[field];
    if (value !== undefined) out[field] = value;
  }
  if (kindTakes(kind, 'samples') && out.samples === undefined) out.samples = DATASET_INFO[kind].defaultSamples;
  if (kindTakes(kind, 'noise') && out.noise === undefined) out.noise = DEFAULT_NOISE;
  return out as unknown as DatasetSpec;
}

/**
 * The settings when the user switches to `kind`: the shared settings carry over, the sample count becomes
 * the one the new kind was built for, noise and classes carry over where both kinds take them.
 */
export function switchDatasetKind(spec: DatasetSpec, kind: DatasetKind): DatasetSpec {
  if (kind === spec.kind) return spec;
  return build(kind, { ...spec, samples: undefined });
}

/**
 * `spec` with the patch applied (a new `kind` switches kinds first); fields its kind does not take are
 * dropped, and an optional field patched to undefined (`task: undefined`) is cleared.
 */
export function patchDatasetSpec(spec: DatasetSpec, patch: DatasetPatch): DatasetSpec {
  const base = patch.kind !== undefined ? switchDatasetKind(spec, patch.kind) : spec;
  const fields: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) if (key !== 'kind') fields[key] = value;
  return build(base.kind, fields as unknown as DatasetPatch & DatasetCommon);
}

/** The spec without an embedded CSV text (a saved run records its data transform instead of a copy). */
export function withoutEmbeddedText(spec: DatasetSpec): DatasetSpec {
  if (spec.kind !== 'csv' || spec.text === undefined) return spec;
  const { text: _text, ...rest } = spec;
  return rest;
}

/** How messages name a spec's CSV: its path, "the embedded CSV", or null for the built-in sets. */
export function csvLabel(spec: DatasetSpec): string | null {
  if (spec.kind !== 'csv') return null;
  return spec.text === undefined && spec.path !== undefined ? spec.path : 'the embedded CSV';
}

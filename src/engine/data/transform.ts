/**
 * The data transform a trained run records (DataTransform in types.ts), and what a model needs from it: the
 * data shape to compile for and the scaling of raw rows. With it, `predict` and the output views give the
 * same answers after the training CSV is edited, moved or deleted.
 */
import type { DataShape, DataTransform, DatasetSpec } from '../types';
import type { PreparedData } from './make';
import { checksumHex, FNV_OFFSET } from '../train/checksum';

const FNV_PRIME = 0x01000193;

/** `fnv1a32-<8 hex>-<length>` of a CSV's text (UTF-16 code units), to notice that a file changed. */
export function csvFingerprint(text: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    hash = Math.imul((hash ^ (c & 0xff)) >>> 0, FNV_PRIME) >>> 0;
    hash = Math.imul((hash ^ (c >>> 8)) >>> 0, FNV_PRIME) >>> 0;
  }
  return `fnv1a32-${checksumHex(hash)}-${text.length}`;
}

/** What a transform is made of, as the trainer's `ready` event also reports it. */
export interface TransformFacts {
  task: 'classification' | 'regression';
  featureNames: readonly string[];
  classNames: readonly string[];
  standardization: { mean: readonly number[]; std: readonly number[] } | null;
  /** Usable rows (training + validation). */
  rows: number;
}

/** The transform from its facts; for a CSV also its target column and which text it came from. */
export function dataTransformFrom(spec: DatasetSpec, facts: TransformFacts, csvText?: string): DataTransform {
  const transform: DataTransform = { featureNames: [...facts.featureNames] };
  if (facts.standardization) {
    transform.standardization = { mean: [...facts.standardization.mean], std: [...facts.standardization.std] };
  }
  if (facts.task === 'classification') transform.classNames = [...facts.classNames];
  if (spec.kind === 'csv') {
    if (spec.target !== undefined) transform.target = spec.target;
    const text = spec.text ?? csvText;
    if (text !== undefined) transform.source = { rows: facts.rows, fingerprint: csvFingerprint(text) };
  }
  return transform;
}

/**
 * The transform of prepared data: its feature names, the standardization fitted on the training rows (if
 * any), the class labels in output order, and for a CSV its target column and which text it came from.
 */
export function dataTransformOf(spec: DatasetSpec, prepared: PreparedData, csvText?: string): DataTransform {
  const { dataset, standardization, split } = prepared;
  return dataTransformFrom(spec, { ...dataset, standardization, rows: split.train.n + split.validation.n }, csvText);
}

/** What a recorded transform fixes about the network: inputs, and classes or one regression target. */
export function dataShapeOfTransform(transform: DataTransform): DataShape {
  const features = transform.featureNames.length;
  return transform.classNames
    ? { features, task: 'classification', classes: transform.classNames.length }
    : { features, task: 'regression', classes: 0, targets: 1 };
}

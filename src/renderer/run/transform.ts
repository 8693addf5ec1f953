/**
 * The data transform a saved run records (src/engine/data/transform.ts), made from what the worker reported
 * when the run was ready: the app never holds the prepared data the command line builds it from, but the
 * worker's summary carries the same facts.
 */
import type { DataTransform, DatasetSpec } from '../../engine';
import { csvFingerprint } from '../../engine/data';
import type { HostEvent } from '../../engine/protocol/messages';

type ReadyEvent = Extract<HostEvent, { type: 'ready' }>;

/** As dataTransformOf gives it for the same data; `csvText` is the CSV read for a spec that names a path. */
export function transformFromReady(ready: ReadyEvent, spec: DatasetSpec, csvText?: string): DataTransform {
  const d = ready.dataset;
  const transform: DataTransform = { featureNames: [...d.featureNames] };
  if (d.standardization) {
    transform.standardization = { mean: [...d.standardization.mean], std: [...d.standardization.std] };
  }
  if (d.task === 'classification') transform.classNames = [...d.classNames];
  if (spec.kind === 'csv') {
    if (spec.target !== undefined) transform.target = spec.target;
    const text = spec.text ?? csvText;
    if (text !== undefined) {
      transform.source = { rows: d.trainSize + d.validationSize, fingerprint: csvFingerprint(text) };
    }
  }
  return transform;
}

/**
 * The data transform a saved run records, made from what the worker reported when the run was ready: the app
 * never holds the prepared data the command line builds it from, but the worker's summary carries the same
 * facts, and both go through the engine's one builder (dataTransformFrom).
 */
import type { DataTransform, DatasetSpec } from '../../engine';
import { dataTransformFrom } from '../../engine/data';
import type { HostEvent } from '../../engine/protocol/messages';

type ReadyEvent = Extract<HostEvent, { type: 'ready' }>;

/** As dataTransformOf gives it for the same data; `csvText` is the CSV read for a spec that names a path. */
export function transformFromReady(ready: ReadyEvent, spec: DatasetSpec, csvText?: string): DataTransform {
  const d = ready.dataset;
  return dataTransformFrom(spec, { ...d, rows: d.trainSize + d.validationSize }, csvText);
}

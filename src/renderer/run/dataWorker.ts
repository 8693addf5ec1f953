/// <reference lib="webworker" />
// Builds dataset previews off the UI thread (a large CSV or the 10,000 digits take a moment to prepare).
import type { DatasetSpec } from '../../engine';
import type { DatasetResources } from '../../engine/data';
import { buildDataPreview } from './dataPreview';

export interface DataRequest {
  id: number;
  spec: DatasetSpec;
  resources: DatasetResources;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (e: MessageEvent<DataRequest>) => {
  scope.postMessage({ id: e.data.id, result: buildDataPreview(e.data.spec, e.data.resources) });
};

/**
 * Asks the data worker for a preview of a dataset spec. Only the newest request matters: an older answer
 * that arrives late is dropped, so typing in the sample count never shows a stale preview.
 */
import i18next from 'i18next';
import type { DatasetSpec } from '../../engine';
import type { DatasetResources } from '../../engine/data';
import type { DataPreviewResult } from './dataPreview';
import type { DataRequest } from './dataWorker';

export interface DataClient {
  /** Resolves with the preview, or with null when a newer request replaced this one. */
  preview(spec: DatasetSpec, resources: DatasetResources): Promise<DataPreviewResult | null>;
  dispose(): void;
}

export function createDataClient(): DataClient {
  const worker = new Worker(new URL('./dataWorker.ts', import.meta.url), { type: 'module', name: 'layerwise-data' });
  let latest = 0;
  const waiting = new Map<number, (result: DataPreviewResult | null) => void>();
  worker.addEventListener('message', (e: MessageEvent<{ id: number; result: DataPreviewResult }>) => {
    const resolve = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    resolve?.(e.data.id === latest ? e.data.result : null);
  });
  worker.addEventListener('error', (e: ErrorEvent) => {
    for (const resolve of waiting.values())
      resolve({
        ok: false,
        message: i18next.t('workers.data', { reason: e.message || i18next.t('workers.notLoaded') }),
      });
    waiting.clear();
  });
  return {
    preview(spec, resources) {
      const id = ++latest;
      // Older requests still waiting resolve to null when their answers arrive.
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        const request: DataRequest = { id, spec, resources };
        worker.postMessage(request);
      });
    },
    dispose() {
      waiting.clear();
      worker.terminate();
    },
  };
}

// The 7.9 MB digits file is fetched at most once per window and shared by every run that uses it (a cache).
let mnistBytes: Promise<Uint8Array> | null = null;

/** The digit file of the web build, fetched once relative to the page. */
export function loadMnistBytes(): Promise<Uint8Array> {
  mnistBytes ??= fetch(new URL('data/digits-10k.bin', document.baseURI)).then(async (response) => {
    if (!response.ok)
      throw new Error(i18next.t('workers.digits', { file: 'data/digits-10k.bin', status: response.status }));
    return new Uint8Array(await response.arrayBuffer());
  });
  mnistBytes.catch(() => {
    mnistBytes = null; // let a later attempt try again
  });
  return mnistBytes;
}

/** The bytes a spec needs beyond itself (only the digits need any). */
export async function resourcesFor(spec: DatasetSpec): Promise<DatasetResources> {
  return spec.kind === 'mnist' ? { mnist: await loadMnistBytes() } : {};
}

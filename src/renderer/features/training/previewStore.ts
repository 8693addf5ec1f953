/**
 * The preview of the document's dataset, rebuilt in the data worker whenever the dataset settings change.
 * The charts read the split from here to draw points under the decision boundary and to ask the trained
 * model for predictions on the validation rows.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { DatasetSpec } from '../../../engine';
import { lazy } from '../../../shared/lazy';
import { createDataClient, resourcesFor, type DataClient } from '../../run/dataClient';
import type { DataPreviewResult } from '../../run/dataPreview';

export interface PreviewState {
  spec: DatasetSpec | null;
  result: DataPreviewResult | null;
  loading: boolean;
}

export const previewStore = createStore<PreviewState>()(() => ({ spec: null, result: null, loading: false }));

/** The data worker, started with the first preview. */
const dataClient = lazy<DataClient>(createDataClient);

/** Builds the preview of `spec` unless it is the one already shown. */
export async function refreshPreview(spec: DatasetSpec): Promise<void> {
  if (previewStore.getState().spec === spec) return;
  previewStore.setState({ spec, loading: true });
  try {
    const resources = await resourcesFor(spec);
    const result = await dataClient.get().preview(spec, resources);
    if (result && previewStore.getState().spec === spec) previewStore.setState({ result, loading: false });
  } catch (e) {
    if (previewStore.getState().spec === spec) {
      previewStore.setState({
        result: { ok: false, message: e instanceof Error ? e.message : String(e) },
        loading: false,
      });
    }
  }
}

export function usePreview<T>(selector: (s: PreviewState) => T): T {
  return useStore(previewStore, selector);
}

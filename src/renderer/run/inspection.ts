/**
 * What the editor's inspector (and the canvas) may read of the training panel's run without importing the
 * training feature: the run's per-epoch metrics with their layer health, the graph it trains, and a way to
 * ask its worker for the current weights and the last step's gradients. The training session publishes into
 * it; with no run in the panel the readers fall back to the project's latest saved run (document/runsStore).
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { EpochMetrics, Graph, WeightsByNode } from '../../engine';
import type { GradientsEvent } from './trainingClient';

/** The requests the inspector makes of the panel's worker (a RunDriver answers them). */
export interface LiveModel {
  weights(): Promise<{ epoch: number; weights: WeightsByNode }>;
  gradients(): Promise<GradientsEvent>;
}

export interface InspectionState {
  /** The panel run's epochs so far; empty when no run is in the panel. */
  history: readonly EpochMetrics[];
  /** The graph the panel's run trains, to name its layers. */
  graph: Graph | null;
  /** The panel's worker, while it holds a model; null otherwise. */
  live: LiveModel | null;
}

export const inspectionStore = createStore<InspectionState>()(() => ({ history: [], graph: null, live: null }));

export function useInspection<T>(selector: (s: InspectionState) => T): T {
  return useStore(inspectionStore, selector);
}

/** The min … max band and the mean of one layer's weights per epoch (for the inspector's chart). */
export function weightBand(
  history: readonly EpochMetrics[],
  nodeId: string,
): { epoch: number; range: [number, number]; mean: number }[] {
  const rows: { epoch: number; range: [number, number]; mean: number }[] = [];
  for (const m of history) {
    const l = m.health?.find((h) => h.nodeId === nodeId);
    if (l?.weightMin === undefined || l.weightMax === undefined || l.weightMean === undefined) continue;
    rows.push({ epoch: m.epoch, range: [l.weightMin, l.weightMax], mean: l.weightMean });
  }
  return rows;
}

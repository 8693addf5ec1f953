/**
 * The weights the inspector shows for one layer: the training panel's run while it holds a model (read from
 * its worker at most twice a second as epochs come in), else the project's latest saved run that has weights
 * for the layer. Also the history for the min/mean/max band and, for a live run, the last step's gradients.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { EpochMetrics, Tensor, WeightsByNode } from '../../../../engine';
import { metricsFromHistoryEntry } from '../../../../project';
import { useRuns } from '../../../document/runsStore';
import { useInspection, type LiveModel } from '../../../run/inspection';

const REFRESH_MS = 500;

export interface LayerWeights {
  kernel: Tensor;
  bias?: Tensor;
  history: readonly EpochMetrics[];
  /** Completed epochs of the live run when read; null for a saved run. */
  epoch: number | null;
  /** The saved run's name; null for the live run. */
  savedName: string | null;
  /** The live run's worker, to ask for gradients; null for a saved run. */
  live: LiveModel | null;
}

function useLiveWeights(live: LiveModel | null, epochs: number): { epoch: number; weights: WeightsByNode } | null {
  const [read, setRead] = useState<{ epoch: number; weights: WeightsByNode } | null>(null);
  const lastAt = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (!live) {
      setRead(null);
      return;
    }
    let cancelled = false;
    const fetchNow = () => {
      lastAt.current = performance.now();
      live.weights().then(
        (w) => !cancelled && setRead(w),
        () => undefined, // no model yet (the run is starting): the next epoch asks again
      );
    };
    const wait = lastAt.current + REFRESH_MS - performance.now();
    const timer = setTimeout(fetchNow, Math.max(0, wait));
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [live, epochs]);
  return read;
}

export function useLayerWeights(nodeId: string): LayerWeights | null {
  const live = useInspection((s) => s.live);
  const liveHistory = useInspection((s) => s.history);
  const runs = useRuns((s) => s.runs);
  const read = useLiveWeights(live, liveHistory.length);
  const saved = useMemo(() => {
    for (let i = runs.length - 1; i >= 0; i--) {
      const w = runs[i].weights?.[nodeId];
      if (w) return { run: runs[i], w };
    }
    return null;
  }, [runs, nodeId]);
  return useMemo(() => {
    const liveLayer = read?.weights[nodeId];
    if (live && liveLayer) {
      return { ...liveLayer, history: liveHistory, epoch: read.epoch, savedName: null, live };
    }
    if (!live && saved) {
      return {
        ...saved.w,
        history: saved.run.history.map(metricsFromHistoryEntry),
        epoch: null,
        savedName: saved.run.name ?? saved.run.id,
        live: null,
      };
    }
    return null;
  }, [read, live, liveHistory, saved, nodeId]);
}

/**
 * Neuron pictures of variants that are not training (finished, stopped, or reopened from a file) for a layer
 * they have no pictures of yet: one at a time, a training worker is started paused from the variant's weights
 * and watches that layer, and its first pictures are the variant's. The same run driver and protocol as the
 * live pictures; nothing is computed on the main thread. The worker ends when the queue is empty.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { DatasetSpec } from '../../../engine';
import { GRID_RESOLUTION } from '../../run/outputs';
import type { RunDriver, RunState } from '../../run/runDriver';
import type { ComparisonData } from './comparisonData';
import type { CompareState } from './compareStore';

export interface PictureJob {
  comparisonId: string;
  variantId: string;
  nodeId: string;
}

export interface VariantPicturerDeps {
  store: StoreApi<CompareState>;
  /** A run driver on a fresh worker, reporting to `onChange`. */
  newDriver: (onChange: (state: RunState) => void) => RunDriver;
  /** The data of comparison `id` (or of a variant with data of its own), for its resources and plane. */
  dataFor: (id: string, spec: DatasetSpec) => Promise<ComparisonData>;
}

export interface VariantPicturer {
  add(job: PictureJob): void;
  /** Jobs waiting or under way (for tests). */
  pending(): number;
}

/** The grid's own refresh never runs: the worker stays paused. */
const NO_REFRESH_MS = 3_600_000;

export function createVariantPicturer(deps: VariantPicturerDeps): VariantPicturer {
  const { store } = deps;
  const queue: PictureJob[] = [];
  let current: PictureJob | null = null;
  let driver: RunDriver | null = null;

  const same = (a: PictureJob | null, b: PictureJob) =>
    a !== null && a.variantId === b.variantId && a.nodeId === b.nodeId && a.comparisonId === b.comparisonId;

  function find(job: PictureJob) {
    const comparison = store.getState().comparisons.find((c) => c.id === job.comparisonId);
    const index = comparison?.variants.findIndex((v) => v.id === job.variantId) ?? -1;
    return comparison && index >= 0 ? { comparison, index, variant: comparison.variants[index] } : null;
  }

  function onChange(state: RunState): void {
    const job = current;
    if (!job) return;
    if (state.neurons?.nodeIds.includes(job.nodeId)) {
      const found = find(job);
      // A variant that trains again meanwhile has live pictures of its own.
      if (found && found.variant.status !== 'running' && found.variant.status !== 'queued')
        store.getState().updateVariant(found.comparison.id, found.index, {
          neurons: { ...state.neurons, epoch: found.variant.history.length },
        });
      void next();
    } else if (state.error || state.status === 'done') void next();
  }

  async function next(): Promise<void> {
    const job = queue.shift() ?? null;
    current = job;
    if (!job) {
      driver?.dispose();
      driver = null;
      return;
    }
    const found = find(job);
    if (!found?.variant.weights) return next();
    const { comparison, variant } = found;
    const ownData = JSON.stringify(variant.dataset) !== JSON.stringify(comparison.dataset);
    const data = await deps
      .dataFor(ownData ? variant.id : comparison.id, ownData ? variant.dataset : comparison.dataset)
      .catch(() => null);
    if (current !== job) return;
    if (!data) return next();
    driver ??= deps.newDriver(onChange);
    void driver.start({
      graph: variant.graph,
      dataset: variant.dataset,
      training: variant.training,
      resources: data.resources,
      initialWeights: variant.weights,
      begin: 'paused',
      liveGrid: data.plane2d ? { ...data.ranges, resolution: GRID_RESOLUTION, intervalMs: NO_REFRESH_MS } : undefined,
    });
    driver.watchNeurons([job.nodeId]);
  }

  return {
    add(job) {
      if (same(current, job) || queue.some((q) => same(q, job))) return;
      queue.push(job);
      if (!current) void next();
    },
    pending: () => queue.length + (current ? 1 : 0),
  };
}

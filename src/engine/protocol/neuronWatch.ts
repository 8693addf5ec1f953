/**
 * The host's side of the neuron pictures: which nodes the UI watches, the inputs that fit the run's data
 * (built once per run), and when the next pictures are due. The host calls `tick` after each training slice
 * (throttled) and whenever it catches the UI up (pause, step, end: forced).
 */
import { neuronBuffers, neuronPicturesAndWindow, type NeuronQuery } from '../neurons';
import { PLANE_RANGE } from '../data';
import type { DataSplit } from '../types';
import type { GridRequest, PostEvent } from './messages';
import {
  DEFAULT_NEURON_INTERVAL_MS,
  NEURON_CLASS_ROWS,
  NEURON_CURVE_POINTS,
  NEURON_RESOLUTION,
  type NeuronsEvent,
  type WatchNeuronsCommand,
} from './neuronMessages';
import type { Model } from '../types';

/** What a tick needs to know of the run. */
export interface WatchedRun {
  model: Model;
  data: DataSplit;
  /** Completed epochs, and a number that changes whenever the weights do (samples trained on). */
  epoch: number;
  version: number;
  /** The run's decision-boundary grid, whose ranges 2-D pictures share. */
  liveGrid?: GridRequest;
}

export interface NeuronWatch {
  watch(command: WatchNeuronsCommand): void;
  /** Posts pictures when some nodes are watched, the weights changed, and they are due (or forced). */
  tick(run: WatchedRun, force: boolean): void;
  /** A new run: its inputs are built afresh and its first pictures are due at once. */
  newRun(): void;
}

interface Built {
  query: NeuronQuery;
  facts: Omit<NeuronsEvent, 'type' | 'epoch' | 'pictures' | 'nodeIds' | 'computeMs'>;
}

function bounds(values: Float32Array, stride: number, offset: number, n: number): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const v = values[i * stride + offset];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  if (!Number.isFinite(min)) return [-1, 1];
  const pad = (max - min || 1) * 0.05;
  return [min - pad, max + pad];
}

/** The inputs the pictures are computed over, fitted to the run's data. */
export function neuronQueryFor(model: Model, data: DataSplit, plane?: GridRequest): Built {
  const { train, validation } = data;
  if (model.inputWidth === 2 && train.task === 'classification') {
    const grid = plane ?? {
      xRange: [PLANE_RANGE.min, PLANE_RANGE.max],
      yRange: [PLANE_RANGE.min, PLANE_RANGE.max],
      resolution: NEURON_RESOLUTION,
    };
    return {
      query: { kind: 'plane', xRange: grid.xRange, yRange: grid.yRange, resolution: grid.resolution },
      facts: { kind: 'plane', resolution: grid.resolution },
    };
  }
  if (model.inputWidth === 1 && train.task === 'regression') {
    const [lo, hi] = bounds(train.x, 1, 0, train.n);
    const x = Float32Array.from(
      { length: NEURON_CURVE_POINTS },
      (_, i) => lo + ((hi - lo) * i) / (NEURON_CURVE_POINTS - 1),
    );
    const shown = Math.min(train.n, 200);
    const ty = new Float32Array(shown);
    const tx = new Float32Array(shown);
    const yw = train.targets;
    for (let i = 0; i < shown; i++) {
      tx[i] = train.x[i];
      ty[i] = train.y[i * yw];
    }
    return { query: { kind: 'curve', x }, facts: { kind: 'curve', x, target: { x: tx, y: ty } } };
  }
  const set = validation.n > 0 ? validation : train;
  const rows = Math.min(set.n, NEURON_CLASS_ROWS);
  const byClass = set.task === 'classification';
  const labels = byClass ? set.y.slice(0, rows) : new Float32Array(rows);
  return {
    query: {
      kind: 'classes',
      x: set.x.subarray(0, rows * set.features),
      rows,
      labels,
      classes: byClass ? set.classes : 1,
    },
    facts: { kind: 'classes', classNames: byClass ? set.classNames : [] },
  };
}

export function createNeuronWatch(post: PostEvent, now: () => number): NeuronWatch {
  let command: WatchNeuronsCommand | null = null;
  let built: Built | null = null;
  let lastAt = Number.NEGATIVE_INFINITY;
  let lastVersion = -1;

  return {
    watch(cmd) {
      command = cmd.nodeIds.length > 0 || cmd.window ? cmd : null;
      built = null;
      lastVersion = -1;
    },
    newRun() {
      built = null;
      lastVersion = -1;
      lastAt = Number.NEGATIVE_INFINITY;
    },
    tick(run, force) {
      if (!command) return;
      if (run.version === lastVersion) return;
      if (!force && now() - lastAt < (command.intervalMs ?? DEFAULT_NEURON_INTERVAL_MS)) return;
      const started = now();
      const plane = command.plane ?? (run.liveGrid && { ...run.liveGrid, resolution: NEURON_RESOLUTION });
      built ??= neuronQueryFor(run.model, run.data, plane);
      const { pictures, window } = neuronPicturesAndWindow(run.model, command.nodeIds, built.query, command.window);
      const computeMs = now() - started;
      // The x values and the target are not transferred: the next event sends them again.
      post(
        {
          type: 'neurons',
          epoch: run.epoch,
          ...built.facts,
          pictures,
          nodeIds: [...command.nodeIds],
          ...(window ? { window } : {}),
          computeMs,
        },
        neuronBuffers(window ? [...pictures, window] : pictures),
      );
      lastAt = now();
      lastVersion = run.version;
    },
  };
}

/**
 * The neuron-picture part of the worker protocol (issue 14): the UI says which nodes are expanded, and the
 * worker answers with their pictures (neurons.ts) a few times a second while training, whenever training
 * pauses or ends, and at once when the watched nodes change. The arrays travel as transferables.
 */
import type { NodeNeurons, UnitWindow } from '../neurons';
import type { GridRequest } from './messages';

export interface WatchNeuronsCommand {
  type: 'watchNeurons';
  /** The nodes whose units to picture; empty (and no window) stops the pictures. Kept across runs until changed. */
  nodeIds: string[];
  /** Some units of one node besides (the inspector's scrolled list), sent as the event's `window`. */
  window?: UnitWindow;
  /** Where 2-D data is pictured; default the run's live-grid ranges at NEURON_RESOLUTION. */
  plane?: GridRequest;
  /** Least time between two pictures while training, default 250 ms. */
  intervalMs?: number;
}

export interface NeuronsEvent {
  type: 'neurons';
  /** Completed epochs when the pictures were computed. */
  epoch: number;
  /** What the pictures show: a plane grid, a curve along x, or mean activations per class. */
  kind: 'plane' | 'curve' | 'classes';
  /** plane: cells per side; curve: the x values; classes: the class names (empty for regression: one mean over all rows). */
  resolution?: number;
  x?: Float32Array;
  classNames?: string[];
  /** 1-D regression: the training points, for the target drawn beside the output's pieces (at most 200). */
  target?: { x: Float32Array; y: Float32Array };
  pictures: NodeNeurons[];
  /** The nodes the command asked for (some may have no pictures: not in this network, or without units). */
  nodeIds: string[];
  /** The units of the command's window, when it asked for one of a pictured node. */
  window?: NodeNeurons;
  /** Worker milliseconds spent computing these pictures. */
  computeMs: number;
}

/** Grid cells per side of a 2-D neuron picture: tiles are small, and 40² keeps eight of them cheap. */
export const NEURON_RESOLUTION = 40;
/** Points along x of a 1-D neuron curve. */
export const NEURON_CURVE_POINTS = 120;
/** Rows at most whose activations are averaged per class. */
export const NEURON_CLASS_ROWS = 1000;
export const DEFAULT_NEURON_INTERVAL_MS = 250;

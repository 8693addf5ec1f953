/**
 * The network's health, recorded once per epoch while training: for every weighted layer the size of its
 * gradient and the scale and spread of its weights, and for every hidden activated layer the share of dead
 * ReLUs or saturated sigmoid/tanh units on a fixed probe set. These are the numbers behind "why is it not
 * learning?" (vanishing or exploding gradients, dead units, saturation); diagnose.ts reads them.
 *
 * Cost: one pass over the gradients per batch (a sum of squares, O(parameters), small beside the backward
 * pass that made them) and, at the end of an epoch, one forward pass over the probe rows and one pass over
 * the weights.
 */
import { parameterLayout, summarize, unitStats } from '../inspect';
import type { Dataset, LayerHealth, Model, PlanNode } from '../types';

/** Rows of the training set the unit shares are measured on: the first ones, the same every epoch. */
export const HEALTH_PROBE_ROWS = 256;

export class HealthRecorder {
  /** The layers with parameters, in plan order. */
  private readonly weighted: PlanNode[];
  /** Per weighted layer: the sum over this epoch's batches of the squared gradient norm. */
  private readonly squaredNorms: Float64Array;
  private batches = 0;

  constructor(private readonly model: Model) {
    this.weighted = model.plan.order.map((id) => model.plan.nodes[id]).filter((n) => n.paramCount > 0);
    this.squaredNorms = new Float64Array(this.weighted.length);
  }

  /** Adds the gradients of one batch (model.grads after computeGradients). */
  addBatch(): void {
    const g = this.model.grads;
    for (let l = 0; l < this.weighted.length; l++) {
      const node = this.weighted[l];
      let sq = 0;
      for (let i = node.paramOffset, end = node.paramOffset + node.paramCount; i < end; i++) sq += g[i] * g[i];
      this.squaredNorms[l] += sq;
    }
    this.batches += 1;
  }

  /**
   * The epoch's health, in plan order, and a fresh start for the next epoch. gradientNorm is the RMS over
   * the epoch's batches of the layer's gradient L2 norm (kernel and bias together): sqrt(mean_b ‖g_b‖²).
   * Runs a forward pass over the probe rows, so call it after the epoch's evaluation, not between a
   * forward and a backward pass.
   */
  finishEpoch(train: Dataset): LayerHealth[] {
    const { model } = this;
    const byId = new Map<string, LayerHealth>();
    this.weighted.forEach((node, l) => {
      const { kernelFrom, kernelTo } = parameterLayout(node);
      const kernel = summarize(model.params, kernelFrom, kernelTo);
      byId.set(node.id, {
        nodeId: node.id,
        gradientNorm: this.batches > 0 ? Math.sqrt(this.squaredNorms[l] / this.batches) : 0,
        weightRms: kernelTo > kernelFrom ? kernel.norm / Math.sqrt(kernelTo - kernelFrom) : 0,
        weightMin: kernel.min,
        weightMean: kernel.mean,
        weightMax: kernel.max,
      });
    });
    this.squaredNorms.fill(0);
    this.batches = 0;
    const rows = Math.min(train.n, HEALTH_PROBE_ROWS, model.maxBatch);
    if (rows > 0) {
      for (const units of unitStats(model, train.x, rows)) {
        // The output's own activation is left out: a confident sigmoid output is "saturated" by design.
        if (model.plan.nodes[units.nodeId].type === 'output') continue;
        if (units.deadShare === undefined && units.saturatedShare === undefined) continue;
        const entry = byId.get(units.nodeId) ?? { nodeId: units.nodeId };
        if (units.deadShare !== undefined) entry.deadShare = units.deadShare;
        if (units.saturatedShare !== undefined) entry.saturatedShare = units.saturatedShare;
        byId.set(units.nodeId, entry);
      }
    }
    return model.plan.order.flatMap((id) => byId.get(id) ?? []);
  }
}

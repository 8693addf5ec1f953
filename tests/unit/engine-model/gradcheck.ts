/** Finite-difference gradient checking for whole models (central differences, evaluated in float64). */
import { expect } from 'vitest';
import { compile } from '../../../src/engine/compile';
import { createModel } from '../../../src/engine/model';
import { Rng } from '../../../src/engine/rng';
import type { DataShape, Graph, Model, RandomSource } from '../../../src/engine/types';

/** A RandomSource that replays the same numbers after every reset, so dropout masks repeat exactly. */
export class ReplayRandom implements RandomSource {
  private i = 0;
  private readonly values: number[] = [];
  constructor(private readonly seed: number) {}
  reset(): this {
    this.i = 0;
    return this;
  }
  next(): number {
    if (this.i === this.values.length) this.values.push(new Rng(this.seed + this.i * 7919).next());
    return this.values[this.i++];
  }
}

/** `wasm`: the WebAssembly SIMD kernel module (default: the TypeScript kernels). */
export function buildModel(
  graph: Graph,
  shape: DataShape,
  maxBatch = 8,
  l2 = 0,
  seed = 3,
  wasm: WebAssembly.Module | null = null,
): Model {
  const r = compile(graph, shape);
  if (!r.plan) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return createModel(r.plan, { maxBatch, seed, l2, wasm });
}

/** Random inputs and matching targets for a data shape. */
export function batchFor(shape: DataShape, batch: number, seed = 11): { x: Float32Array; y: Float32Array } {
  const rng = new Rng(seed);
  const x = Float32Array.from({ length: batch * shape.features }, () => rng.uniform(-1.5, 1.5));
  const y =
    shape.task === 'regression'
      ? Float32Array.from({ length: batch * (shape.targets ?? 1) }, () => rng.uniform(-1, 1))
      : Float32Array.from({ length: batch }, (_, i) => i % shape.classes);
  return { x, y };
}

export interface GradCheckOptions {
  eps?: number;
  rtol?: number;
  atol?: number;
  /** Extra penalty added to the loss for the numeric side (the model's returned loss excludes L2). */
  penalty?: (params: Float32Array) => number;
  random?: ReplayRandom;
}

/**
 * Compares the model's gradient with central differences on every parameter (the models here are small).
 * Returns the largest relative error seen, for reporting.
 */
export function gradCheck(
  model: Model,
  x: Float32Array,
  y: Float32Array,
  batch: number,
  o: GradCheckOptions = {},
): number {
  const eps = o.eps ?? 1e-3;
  const rtol = o.rtol ?? 1e-2;
  const atol = o.atol ?? 2e-4;
  const lossAt = (): number =>
    model.computeGradients(x, y, batch, o.random?.reset()) + (o.penalty ? o.penalty(model.params) : 0);
  lossAt();
  const analytic = Float64Array.from(model.grads);
  let worst = 0;
  let checked = 0;
  for (let i = 0; i < model.params.length; i++) {
    const orig = model.params[i];
    model.params[i] = orig + eps;
    const hi = model.params[i];
    const lp = lossAt();
    model.params[i] = orig - eps;
    const lo = model.params[i];
    const lm = lossAt();
    model.params[i] = orig;
    const numeric = (lp - lm) / (hi - lo);
    const a = analytic[i];
    const err = Math.abs(a - numeric);
    const scale = Math.max(Math.abs(a), Math.abs(numeric));
    if (err > rtol * scale + atol) {
      expect.fail(`gradient of parameter ${i}: analytic ${a}, numeric ${numeric}`);
    }
    if (scale > 1e-3) worst = Math.max(worst, err / scale);
    checked++;
  }
  expect(checked).toBe(model.params.length);
  return worst;
}

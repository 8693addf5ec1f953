/**
 * One training run on Node: compile → model → the engine's Trainer, batch by batch.
 *
 * The loop hands control back to the event loop every few milliseconds. Training itself is synchronous, so
 * without those pauses a Ctrl-C (SIGINT) could not be delivered until the run ended; with them, the stop
 * signal is seen after the current batch, and the run ends 'stopped' with its weights intact.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { compile } from '../engine/compile';
import { dataShapeOf, type PreparedData } from '../engine/data';
import { createRunModel } from '../engine/train/setup';
import { loadKernelModule } from './kernel-file';
import { Trainer, type BatchReport, type TrainingOutcome } from '../engine/train/trainer';
import type { CompileResult, EpochMetrics, Graph, Model, TrainingSettings } from '../engine/types';

/** How often the loop lets timers and signals run, in milliseconds of training. */
const YIELD_EVERY_MS = 20;

/**
 * The same model the app's training worker builds (engine createRunModel), so CLI and app report the same
 * numbers, on the WebAssembly SIMD kernels when wasm/build/kernels.wasm is there.
 */
export function buildModel(compiled: CompileResult, training: TrainingSettings): Model {
  if (!compiled.plan) throw new Error('buildModel needs a graph that compiled without errors.');
  return createRunModel(compiled.plan, training, loadKernelModule());
}

export function compileFor(graph: Graph, prepared: PreparedData): CompileResult {
  return compile(graph, dataShapeOf(prepared.dataset));
}

export interface SessionHooks {
  onEpoch?(metrics: EpochMetrics, trainer: Trainer): void;
  /** After every batch; the caller throttles what it does with it. */
  onBatch?(report: BatchReport, trainer: Trainer): void;
  /** When aborted, the run stops after the batch in progress. */
  signal?: AbortSignal;
  now?: () => number;
}

export interface SessionResult {
  outcome: TrainingOutcome;
  history: EpochMetrics[];
  model: Model;
}

export async function trainModel(
  model: Model,
  prepared: PreparedData,
  training: TrainingSettings,
  hooks: SessionHooks = {},
): Promise<SessionResult> {
  const now = hooks.now ?? (() => performance.now());
  const trainer = new Trainer(model, prepared.split, training, { now });
  let lastYield = now();
  while (!trainer.finished) {
    if (hooks.signal?.aborted) {
      trainer.stop();
      break;
    }
    const report = trainer.trainBatch();
    hooks.onBatch?.(report, trainer);
    if (report.epochMetrics) hooks.onEpoch?.(report.epochMetrics, trainer);
    if (now() - lastYield >= YIELD_EVERY_MS) {
      await yieldToEventLoop();
      lastYield = now();
    }
  }
  return { outcome: trainer.outcome as TrainingOutcome, history: [...trainer.history], model };
}

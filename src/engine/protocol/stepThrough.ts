/**
 * The worker's side of the step-through: one sample traced through the run's live model (forward, loss,
 * backward, and a chosen weight's update under the run's optimizer with its real state), and "Apply this
 * step" — one training step on that sample alone with the run's own optimizer. The numbers all come from
 * explain.ts; the UI only draws them.
 */
import { applySampleStep, explainUpdate, traceSample, type SampleTrace, type WeightUpdate } from '../explain';
import { Rng } from '../rng';
import type { Trainer } from '../train/trainer';
import { deriveSeeds } from '../train/seeds';
import type { SampleRequest, WeightRef } from './messages';

/** What a trace request is answered with (the 'sampleTrace' event without its type and id). */
export interface SampleTraceAnswer {
  /** Completed epochs of the run when the trace was taken. */
  epoch: number;
  trace: SampleTrace;
  /** The chosen weight's update; null when no weight was chosen. */
  update: WeightUpdate | null;
}

/**
 * The dropout masks of a traced sample. A fresh stream from the run's seed for every request, so a trace and
 * the step applied after it draw the same masks, and the run's own dropout stream is not disturbed.
 */
const sampleRandom = (trainer: Trainer): Rng => new Rng((deriveSeeds(trainer.settings.seed).dropout ^ 0x5a17) >>> 0);

export function traceRequest(trainer: Trainer, request: SampleRequest): SampleTraceAnswer {
  const model = trainer.model;
  const l2 = trainer.settings.l2 ?? 0;
  const trace = traceSample(model, request.x, request.target, { l2, random: sampleRandom(trainer) });
  return { epoch: trainer.epoch, trace, update: request.weight ? weightUpdate(trainer, trace, request.weight) : null };
}

function weightUpdate(trainer: Trainer, trace: SampleTrace, weight: WeightRef): WeightUpdate {
  return explainUpdate(
    trainer.model,
    trace,
    {
      name: trainer.settings.optimizer,
      learningRate: trainer.learningRate,
      hyper: { momentum: trainer.settings.momentum },
      state: trainer.optimizer.state(),
    },
    weight.nodeId,
    weight.j,
    weight.i,
  );
}

/** One real training step on the sample (a batch of one); the sample's loss before and after, and its new trace. */
export function applyRequest(
  trainer: Trainer,
  request: SampleRequest,
): SampleTraceAnswer & { lossBefore: number; lossAfter: number } {
  const { lossBefore, lossAfter } = applySampleStep(
    trainer.model,
    trainer.optimizer,
    trainer.learningRate,
    request.x,
    request.target,
    sampleRandom(trainer),
  );
  return { ...traceRequest(trainer, request), lossBefore, lossAfter };
}

/**
 * The three ways `train` shows its progress (see progress.ts for the formats): a reporter receives the
 * trainer's batches and epochs and writes to stdout in one of them.
 */
import type { BatchReport, Trainer, TrainingOutcome } from '../engine/train/trainer';
import { KERNEL_PATH_LABELS, type KernelPath } from '../engine/kernels';
import type { EpochMetrics, Task } from '../engine/types';
import type { OutputStream } from './io';
import { epochJson, plainEpochLine, progressBarLine, ProgressBar, type DoneLine } from './progress';

export interface Reporter {
  batch(report: BatchReport, trainer: Trainer): void;
  epoch(metrics: EpochMetrics, trainer: Trainer): void;
  done(outcome: TrainingOutcome, kernels: KernelPath): void;
}

export function jsonReporter(out: OutputStream, task: Task): Reporter {
  return {
    batch() {},
    epoch(m) {
      out.write(`${JSON.stringify(epochJson(m, task))}\n`);
    },
    done(outcome, kernels) {
      const line: DoneLine = {
        done: true,
        end: outcome.end,
        epochs: outcome.epochs,
        message: outcome.message,
        kernels: KERNEL_PATH_LABELS[kernels],
      };
      out.write(`${JSON.stringify(line)}\n`);
    },
  };
}

export function plainReporter(out: OutputStream, task: Task): Reporter {
  return {
    batch() {},
    epoch(m, trainer) {
      out.write(`${plainEpochLine(m, trainer.totalEpochs, task)}\n`);
    },
    done(outcome) {
      out.write(`${outcome.message}\n`);
    },
  };
}

/** Least time between two redraws of the bar within an epoch; every finished epoch redraws at once. */
const REDRAW_MS = 100;

export function barReporter(out: OutputStream, task: Task, now: () => number): Reporter {
  const bar = new ProgressBar(out);
  let latest: EpochMetrics | null = null;
  let batches = 0;
  let lastDraw = Number.NEGATIVE_INFINITY;
  const draw = (trainer: Trainer): void => {
    const total = trainer.totalEpochs * trainer.batchesPerEpoch;
    // Time per batch so far (evaluation at epoch ends included) times the batches still to go.
    const remainingMs = batches > 0 ? ((total - batches) * trainer.trainingMs) / batches : Number.NaN;
    const epoch = Math.min(trainer.totalEpochs, trainer.epoch + (trainer.batchInEpoch > 0 ? 1 : 0));
    bar.draw(
      progressBarLine(
        { epoch, totalEpochs: trainer.totalEpochs, fraction: batches / total, latest, remainingMs },
        task,
        out.columns,
      ),
    );
    lastDraw = now();
  };
  return {
    batch(_report, trainer) {
      batches++;
      if (now() - lastDraw >= REDRAW_MS) draw(trainer);
    },
    epoch(m, trainer) {
      latest = m;
      draw(trainer);
    },
    done(outcome) {
      bar.finish();
      out.write(`${outcome.message}\n`);
    },
  };
}

/**
 * The three ways `train` shows its progress (see progress.ts for the formats): a reporter receives what the
 * training host reports (finished epochs, where the run stands, how it ended) and writes to stdout in one of
 * them.
 */
import { KERNEL_PATH_LABELS, type KernelPath } from '../engine/kernels';
import type { EpochMetrics, RunEnd, Task } from '../engine/types';
import { t } from './i18n';
import type { OutputStream } from './io';
import { epochJson, plainEpochLine, progressBarLine, ProgressBar, type DoneLine } from './progress';
import type { ProgressEvent } from './session';

export interface Reporter {
  epochs(epochs: readonly EpochMetrics[]): void;
  progress(progress: ProgressEvent): void;
  /** `kernels`: the path that trained, and `threads` how many computed it, named in the JSON summary line. */
  done(end: RunEnd, message: string, epochs: number, kernels: KernelPath, threads: number): void;
}

export function jsonReporter(out: OutputStream, task: Task): Reporter {
  return {
    epochs(epochs) {
      for (const m of epochs) out.write(`${JSON.stringify(epochJson(m, task))}\n`);
    },
    progress() {},
    done(end, message, epochs, kernels, threads) {
      const line: DoneLine = { done: true, end, epochs, message, kernels: KERNEL_PATH_LABELS[kernels], threads };
      out.write(`${JSON.stringify(line)}\n`);
    },
  };
}

export function plainReporter(out: OutputStream, task: Task, totalEpochs: number): Reporter {
  return {
    epochs(epochs) {
      for (const m of epochs) out.write(`${plainEpochLine(m, totalEpochs, task, t)}\n`);
    },
    progress() {},
    done(_end, message) {
      out.write(`${message}\n`);
    },
  };
}

/** Redraws the bar whenever the host reports (epochs finished, or about ten times a second while training). */
export function barReporter(out: OutputStream, task: Task, totalEpochs: number): Reporter {
  const bar = new ProgressBar(out);
  let latest: EpochMetrics | null = null;
  let last: ProgressEvent | null = null;
  const draw = (): void => {
    const completed = latest?.epoch ?? 0;
    // Batches of the epoch in progress count once the host says it is under way; after the last epoch none are.
    const inEpoch = last && last.epoch > completed && last.batchesPerEpoch > 0 ? last.batch / last.batchesPerEpoch : 0;
    const epoch = Math.min(totalEpochs, completed + (inEpoch > 0 ? 1 : 0));
    bar.draw(
      progressBarLine(
        {
          epoch,
          totalEpochs,
          fraction: totalEpochs > 0 ? (completed + inEpoch) / totalEpochs : 1,
          latest,
          remainingMs: last?.etaMs ?? Number.NaN,
        },
        task,
        out.columns,
        t,
      ),
    );
  };
  return {
    epochs(epochs) {
      latest = epochs[epochs.length - 1] ?? latest;
      draw();
    },
    progress(progress) {
      last = progress;
      draw();
    },
    done(_end, message) {
      bar.finish();
      out.write(`${message}\n`);
    },
  };
}

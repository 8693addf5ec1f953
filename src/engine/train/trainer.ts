/**
 * The trainer: epochs of seeded, shuffled mini-batches driven one batch at a time, so a host can pause,
 * resume, step or stop between any two batches.
 *
 * Metrics: at the end of each epoch the training and validation sets are both re-evaluated with the epoch's
 * final weights in inference mode (see metrics.ts). That costs one extra forward pass over the training set,
 * but the two curves are then measured the same way, so the gap between them is the overfitting a learner is
 * meant to see (a running mean over the epoch's batches would mix weights from different steps and include
 * dropout noise). Without validation rows valLoss (and valAccuracy) are NaN and early stopping watches the
 * training loss. `elapsedMs` counts time spent training, not time spent paused.
 *
 * Divergence: before each optimizer step the weights are copied aside; the first non-finite loss (during a
 * batch or in the end-of-epoch evaluation) ends the run as 'diverged' and puts back the last weights whose
 * loss was finite.
 */
import { HealthRecorder } from '../health/record';
import { createOptimizer, type Optimizer } from '../optim';
import type { GradientPool } from '../parallel';
import { Rng } from '../rng';
import type { DataSplit, EpochMetrics, Model, RunEnd, TrainingSettings } from '../types';
import { BatchSampler } from './batches';
import { EarlyStopping } from './earlyStopping';
import { scoreDataset } from './metrics';
import { deriveSeeds } from './seeds';

export interface TrainingOutcome {
  end: RunEnd;
  /** A sentence for the learner: how the run ended and, when useful, what to do next. */
  message: string;
  /**
   * The same as data, for the catalogue to word in the reader's language: a stable code (`run-completed`,
   * `run-early-stop`, `run-stopped`, `run-diverged`) and its parameters (`context` picks the variant).
   */
  code: string;
  params: Record<string, string | number>;
  /** Completed epochs. */
  epochs: number;
  /** Set when early stopping ended the run: the epoch whose weights were restored. */
  restoredEpoch?: number;
}

export interface BatchReport {
  /** 1-based epoch the batch belonged to. */
  epoch: number;
  /** 1-based batch index within the epoch. */
  batch: number;
  /** Rows in this batch. */
  rows: number;
  /** Mean data loss of the batch before the update (NaN when it diverged). */
  loss: number;
  /** Present when this batch finished an epoch. */
  epochMetrics?: EpochMetrics;
  /** Present when the run ended with this batch. */
  outcome?: TrainingOutcome;
}

export interface TrainerOptions {
  /** Clock in milliseconds; defaults to performance.now (present in browsers, workers and Node). */
  now?: () => number;
  /** Record each epoch's layer health (EpochMetrics.health, see health/record.ts); default true. */
  health?: boolean;
  /**
   * Computes each batch's gradient in its stead (engine/parallel: the same bits on several threads);
   * default model.computeGradients.
   */
  gradients?: GradientPool | null;
}

function defaultNow(): number {
  return globalThis.performance.now();
}

/** 0.01 rather than 0.010000000000000002 in messages. */
function formatRate(lr: number): string {
  return String(Number(lr.toPrecision(3)));
}

export function checkLearningRate(lr: number): void {
  if (!(Number.isFinite(lr) && lr > 0)) {
    throw new Error(`The learning rate must be a positive number (got ${lr}); try 0.01.`);
  }
}

export class Trainer {
  readonly batchesPerEpoch: number;
  readonly totalEpochs: number;
  readonly batchSize: number;
  private readonly sampler: BatchSampler;
  /** The run's optimizer; the step-through reads its state and applies one sample's step with it. */
  readonly optimizer: Optimizer;
  private readonly dropoutRng: Rng;
  private readonly lastGood: Float32Array;
  private readonly earlyStopping: EarlyStopping | null;
  private readonly now: () => number;
  private readonly health: HealthRecorder | null;
  private readonly gradients: GradientPool | null;
  private readonly metrics: EpochMetrics[] = [];
  private lr: number;
  private completedEpochs = 0;
  private nextBatch = 0;
  private samples = 0;
  private activeMs = 0;
  private hasGoodSnapshot = false;
  private result: TrainingOutcome | null = null;
  private lastGradients: { epoch: number; batch: number } | null = null;

  constructor(
    readonly model: Model,
    readonly data: DataSplit,
    readonly settings: TrainingSettings,
    options: TrainerOptions = {},
  ) {
    checkLearningRate(settings.learningRate);
    if (!(Number.isInteger(settings.batchSize) && settings.batchSize >= 1)) {
      throw new Error(`The batch size must be a whole number of at least 1 (got ${settings.batchSize}).`);
    }
    if (!(Number.isInteger(settings.epochs) && settings.epochs >= 0)) {
      throw new Error(`The number of epochs must be a whole number (got ${settings.epochs}).`);
    }
    if (data.train.n === 0) {
      throw new Error('The training set is empty; lower the validation split or add samples.');
    }
    if (settings.batchSize > model.maxBatch && data.train.n > model.maxBatch) {
      throw new Error(
        `The model was built for batches of at most ${model.maxBatch} rows but training asks for ${settings.batchSize}; ` +
          'create the model with maxBatch at least the batch size.',
      );
    }
    const seeds = deriveSeeds(settings.seed);
    this.now = options.now ?? defaultNow;
    this.lr = settings.learningRate;
    this.totalEpochs = settings.epochs;
    this.sampler = new BatchSampler(data.train, settings.batchSize, new Rng(seeds.shuffle));
    this.batchSize = this.sampler.batchSize;
    this.batchesPerEpoch = this.sampler.batchesPerEpoch;
    this.dropoutRng = new Rng(seeds.dropout);
    this.optimizer = createOptimizer(
      settings.optimizer,
      model.params.length,
      { momentum: settings.momentum },
      model.kernels,
    );
    this.health = options.health === false ? null : new HealthRecorder(model);
    this.gradients = options.gradients ?? null;
    this.lastGood = new Float32Array(model.params.length);
    this.earlyStopping = settings.earlyStopping
      ? new EarlyStopping(settings.earlyStopping.patience, model.params.length)
      : null;
    if (this.totalEpochs === 0) {
      this.result = {
        end: 'completed',
        message: 'Nothing to train: the number of epochs is 0.',
        code: 'run-no-epochs',
        params: {},
        epochs: 0,
      };
    }
  }

  get learningRate(): number {
    return this.lr;
  }

  /** Changes the learning rate from the next batch on (optimizer state is kept). */
  setLearningRate(lr: number): void {
    checkLearningRate(lr);
    this.lr = lr;
  }

  /** Epochs finished so far. */
  get epoch(): number {
    return this.completedEpochs;
  }

  /** Batches already trained in the current (unfinished) epoch. */
  get batchInEpoch(): number {
    return this.nextBatch;
  }

  /** Training rows processed so far (counting repeats across epochs). */
  get samplesSeen(): number {
    return this.samples;
  }

  /** Which batch model.grads come from (the last one trained, or the one that diverged); null before any. */
  get gradientsFrom(): { epoch: number; batch: number } | null {
    return this.lastGradients;
  }

  /** Milliseconds spent inside trainBatch (pauses excluded). */
  get trainingMs(): number {
    return this.activeMs;
  }

  get history(): readonly EpochMetrics[] {
    return this.metrics;
  }

  /**
   * FNV-1a checksum of the training rows (features and targets) in the order the first epoch fed them, or
   * null before that epoch ends. Runs with the same data, seed and batch size have the same checksum.
   */
  dataChecksum: string | null = null;

  /** How the run ended, or null while it can still train. */
  get outcome(): TrainingOutcome | null {
    return this.result;
  }

  get finished(): boolean {
    return this.result !== null;
  }

  /** Trains one mini-batch; at the end of an epoch also evaluates and reports the epoch's metrics. */
  trainBatch(): BatchReport {
    if (this.result) throw new Error('This training run has already ended; start a new run to train again.');
    const started = this.now();
    const epoch = this.completedEpochs + 1;
    const batch = this.nextBatch + 1;
    if (this.nextBatch === 0) this.sampler.shuffle();
    const rows = this.sampler.gather(this.nextBatch);
    const { model } = this;
    const loss = this.gradients
      ? this.gradients.computeGradients(this.sampler.x, this.sampler.y, rows, this.dropoutRng)
      : model.computeGradients(this.sampler.x, this.sampler.y, rows, this.dropoutRng);
    this.lastGradients = { epoch, batch };
    if (!Number.isFinite(loss)) {
      const outcome = this.diverge(`at epoch ${epoch}, batch ${batch}`, loss, { where: 'batch', epoch, batch });
      this.activeMs += this.now() - started;
      return { epoch, batch, rows, loss, outcome };
    }
    this.health?.addBatch();
    this.lastGood.set(model.params);
    this.hasGoodSnapshot = true;
    this.optimizer.step(model.params, model.grads, this.lr);
    this.samples += rows;
    this.nextBatch += 1;
    const report: BatchReport = { epoch, batch, rows, loss };
    if (this.nextBatch === this.batchesPerEpoch) {
      this.nextBatch = 0;
      if (epoch === 1) this.dataChecksum = this.sampler.firstEpochChecksum();
      this.finishEpoch(epoch, report, started);
    }
    this.activeMs += this.now() - started;
    return report;
  }

  /** Trains to the end of the current epoch (or of the run); returns that epoch's metrics if it finished. */
  trainEpoch(): BatchReport {
    let report = this.trainBatch();
    while (!report.epochMetrics && !report.outcome) report = this.trainBatch();
    return report;
  }

  /** Trains until the run ends (for the command line and tests). */
  run(): TrainingOutcome {
    while (!this.result) this.trainBatch();
    return this.result;
  }

  /** Ends the run now, between batches, keeping the current weights. */
  stop(): TrainingOutcome {
    if (this.result) return this.result;
    const where =
      this.nextBatch === 0
        ? `after epoch ${this.completedEpochs}`
        : `during epoch ${this.completedEpochs + 1} (after batch ${this.nextBatch} of ${this.batchesPerEpoch})`;
    this.result = {
      end: 'stopped',
      message: `Training was stopped ${where}.`,
      code: 'run-stopped',
      params: {
        context: this.nextBatch === 0 ? 'afterEpoch' : 'duringEpoch',
        epoch: this.nextBatch === 0 ? this.completedEpochs : this.completedEpochs + 1,
        batch: this.nextBatch,
        batches: this.batchesPerEpoch,
      },
      epochs: this.completedEpochs,
    };
    return this.result;
  }

  private finishEpoch(epoch: number, report: BatchReport, started: number): void {
    const train = scoreDataset(this.model, this.data.train);
    const hasValidation = this.data.validation.n > 0;
    const validation = hasValidation ? scoreDataset(this.model, this.data.validation) : null;
    if (!Number.isFinite(train.loss) || (validation && !Number.isFinite(validation.loss))) {
      const bad = Number.isFinite(train.loss) ? (validation as { loss: number }).loss : train.loss;
      report.outcome = this.diverge(`at the end of epoch ${epoch}`, bad, { where: 'epochEnd', epoch, batch: 0 });
      return;
    }
    const metrics: EpochMetrics = {
      epoch,
      trainLoss: train.loss,
      valLoss: validation ? validation.loss : Number.NaN,
      learningRate: this.lr,
      elapsedMs: this.activeMs + (this.now() - started),
    };
    if (train.accuracy !== undefined) metrics.trainAccuracy = train.accuracy;
    if (validation?.accuracy !== undefined) metrics.valAccuracy = validation.accuracy;
    if (this.health) metrics.health = this.health.finishEpoch(this.data.train);
    this.metrics.push(metrics);
    this.completedEpochs = epoch;
    report.epochMetrics = metrics;

    const monitored = validation ? validation.loss : train.loss;
    if (this.earlyStopping?.update(epoch, monitored, this.model.params)) {
      const es = this.earlyStopping;
      es.restore(this.model.params);
      const which = validation ? 'validation' : 'training';
      report.outcome = this.result = {
        end: 'completed',
        message:
          `Stopped early at epoch ${epoch}: the ${which} loss had not improved for ${es.patience} epochs. ` +
          `Restored the weights from epoch ${es.bestEpoch} (${which} loss ${es.bestLoss.toPrecision(4)}).`,
        code: 'run-early-stop',
        params: {
          context: which,
          epoch,
          patience: es.patience,
          bestEpoch: es.bestEpoch,
          bestLoss: es.bestLoss.toPrecision(4),
        },
        epochs: epoch,
        restoredEpoch: es.bestEpoch,
      };
    } else if (epoch >= this.totalEpochs) {
      report.outcome = this.result = {
        end: 'completed',
        message: `Trained for ${epoch} epoch${epoch === 1 ? '' : 's'}.`,
        code: 'run-completed',
        params: { count: epoch },
        epochs: epoch,
      };
    }
  }

  private diverge(
    where: string,
    loss: number,
    at: { where: 'batch' | 'epochEnd'; epoch: number; batch: number },
  ): TrainingOutcome {
    // Put back the weights from before the last update: they were the last ones to give a finite loss.
    if (this.hasGoodSnapshot) this.model.params.set(this.lastGood);
    const what = Number.isNaN(loss) ? 'NaN' : 'infinite';
    this.result = {
      end: 'diverged',
      message:
        `Training diverged ${where}: the loss became ${what}. ` +
        `Try a learning rate 10× lower (${formatRate(this.lr / 10)}). ` +
        'The weights from the last step with a finite loss were kept.',
      code: 'run-diverged',
      params: {
        context: `${at.where}${Number.isNaN(loss) ? 'NaN' : 'Infinite'}`,
        epoch: at.epoch,
        batch: at.batch,
        rate: formatRate(this.lr / 10),
      },
      epochs: this.completedEpochs,
    };
    return this.result;
  }
}

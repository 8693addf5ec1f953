/** A finished, stopped or diverged training run as the project keeps it. */
import type { DataTransform, DatasetSpec, EpochMetrics, RunEnd, TrainingSettings, WeightsByNode } from '../../engine';

export interface RunSettings {
  training: TrainingSettings;
  /** The dataset spec without an embedded CSV's text (the document keeps that once). */
  dataset: DatasetSpec;
  /** Trainable parameters of the network that was trained. */
  totalParams: number;
  /** "2 → 8 tanh → 1 sigmoid": the layers, for the run list. */
  network: string;
}

export interface TrainingRun {
  id: string;
  /** ISO timestamps. */
  startedAt: string;
  endedAt: string;
  end: RunEnd;
  message: string;
  settings: RunSettings;
  history: EpochMetrics[];
  weights?: WeightsByNode;
  /** How raw rows became the model's inputs (saved as run.transform). */
  transform?: DataTransform;
}

/**
 * What a run's output view asks the model for once it has learnt something: the fitted curve over x for 1-D
 * regression, or predictions for the validation rows of a classification. 2-D sets draw a decision boundary
 * instead, sent live by the worker at GRID_RESOLUTION. Pure apart from the one request to the client.
 */
import type { Dataset } from '../../engine';
import { featureBounds, linspace } from './gridRange';
import type { TrainingClient } from './trainingClient';

/** Decision-boundary cells per side, in the training panel and in compare: 80² is smooth and cheap. */
export const GRID_RESOLUTION = 80;
/** Points along a fitted curve. */
export const CURVE_POINTS = 200;

/** The rows to predict: evenly spaced x for a curve, or the validation rows for classes. */
export type OutputQuery = { kind: 'curve'; x: Float32Array } | { kind: 'classes'; x: Float32Array; rows: number };

/** Model outputs for the output view, and the completed epochs they were computed after. */
export type RunOutputs =
  | { kind: 'curve'; x: Float32Array; values: Float32Array; epoch: number }
  | { kind: 'classes'; values: Float32Array; width: number; rows: number; epoch: number };

/** The output query for data split into `train` and `validation`, or null when the view draws a boundary. */
export function outputQuery(train: Dataset, validation: Dataset, plane2d: boolean): OutputQuery | null {
  if (plane2d) return null;
  if (train.task === 'regression' && train.features === 1)
    return { kind: 'curve', x: linspace(featureBounds([train, validation], 0, 0.05), CURVE_POINTS) };
  if (train.task === 'classification' && validation.n > 0)
    return { kind: 'classes', x: validation.x, rows: validation.n };
  return null;
}

/** Asks the worker; the rows are copied because the client transfers what it sends. */
export async function fetchOutputs(client: TrainingClient, query: OutputQuery, epoch: number): Promise<RunOutputs> {
  if (query.kind === 'curve') {
    const answer = await client.predict(query.x.slice(), query.x.length);
    return { kind: 'curve', x: query.x, values: answer.values, epoch };
  }
  const answer = await client.predict(query.x.slice(), query.rows);
  return { kind: 'classes', values: answer.values, width: answer.width, rows: answer.rows, epoch };
}

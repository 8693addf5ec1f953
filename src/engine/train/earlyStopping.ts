/**
 * Early stopping on the validation loss (the training loss when there is no validation set): remembers the
 * best epoch and a copy of its weights, and says when `patience` epochs have passed without improvement.
 */
export class EarlyStopping {
  bestLoss = Number.POSITIVE_INFINITY;
  bestEpoch = 0;
  private readonly bestParams: Float32Array;
  private epochsWithoutImprovement = 0;

  constructor(
    readonly patience: number,
    paramCount: number,
  ) {
    if (!(Number.isInteger(patience) && patience >= 1)) {
      throw new Error(`Early stopping patience must be a whole number of epochs, at least 1 (got ${patience}).`);
    }
    this.bestParams = new Float32Array(paramCount);
  }

  /** Records an epoch's monitored loss; returns true when training should stop. */
  update(epoch: number, loss: number, params: Float32Array): boolean {
    if (loss < this.bestLoss) {
      this.bestLoss = loss;
      this.bestEpoch = epoch;
      this.bestParams.set(params);
      this.epochsWithoutImprovement = 0;
      return false;
    }
    this.epochsWithoutImprovement += 1;
    return this.epochsWithoutImprovement >= this.patience;
  }

  /** Copies the best epoch's weights into `params`. */
  restore(params: Float32Array): void {
    if (this.bestEpoch > 0) params.set(this.bestParams);
  }
}

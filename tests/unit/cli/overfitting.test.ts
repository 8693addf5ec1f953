import { describe, expect, it } from 'vitest';
import { train } from '../../../src/cli/train-command';
import { jsonLines, run } from './helpers';

interface EpochLine {
  epoch: number;
  trainLoss: number;
  valLoss: number;
}

describe('examples/overfitting.nnproj, trained for all its epochs', () => {
  it('shows the validation loss turning up while the training loss keeps falling', async () => {
    const result = await run(train, ['examples/overfitting.nnproj', '--json']);
    expect(result.code).toBe(0);
    const lines = jsonLines(result.stdout);
    const epochs = lines.slice(0, -1) as unknown as EpochLine[];
    const last = epochs[epochs.length - 1];
    expect(last.epoch).toBe(300);

    const best = epochs.reduce((a, b) => (b.valLoss < a.valLoss ? b : a));
    // The validation minimum comes early: in the first quarter of the run …
    expect(best.epoch).toBeLessThan(last.epoch / 4);
    // … and from there the validation loss climbs to well above it,
    expect(last.valLoss).toBeGreaterThan(1.5 * best.valLoss);
    // while the training loss keeps falling, through the middle of the run to its end.
    const middle = epochs[Math.floor((best.epoch + last.epoch) / 2) - 1];
    expect(middle.trainLoss).toBeLessThan(best.trainLoss);
    expect(last.trainLoss).toBeLessThan(middle.trainLoss);
    expect(last.trainLoss).toBeLessThan(best.trainLoss / 5);
  });
});

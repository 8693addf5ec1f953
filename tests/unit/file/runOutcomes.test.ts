/**
 * The run history's hover text: a run trained in this window keeps how it ended as data (runsStore's
 * `outcomes`, not saved) and is worded in the reader's language; a run read from a file keeps its message.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { runsStore } from '../../../src/renderer/document/runsStore';
import type { Run } from '../../../src/project';
import { createTranslator, problemText } from '../../../src/shared/i18n';

const run = (id: string) => ({ id, message: 'Trained for 3 epochs.' }) as unknown as Run;
const outcome = { code: 'run-completed', message: 'Trained for 3 epochs.', params: { count: 3 } };

afterEach(() => runsStore.getState().loadRuns([]));

describe('run outcomes', () => {
  it('keeps the outcome of a run trained here, forgets it when the run is deleted or a project opened', () => {
    const { addRun, deleteRun, loadRuns } = runsStore.getState();
    addRun(run('a'), outcome);
    addRun(run('b'));
    expect(runsStore.getState().outcomes).toEqual({ a: outcome });
    expect(problemText(createTranslator('ja'), runsStore.getState().outcomes.a)).toMatch(/3/);
    expect(problemText(createTranslator('ja'), runsStore.getState().outcomes.a)).not.toBe(outcome.message);
    deleteRun('a');
    expect(runsStore.getState().outcomes).toEqual({});
    addRun(run('c'), outcome);
    loadRuns([run('d')]);
    expect(runsStore.getState().outcomes).toEqual({});
  });
});

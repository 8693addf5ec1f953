/** The optional `lesson` field: it round-trips, and a hand-edited lesson is refused with the JSON path. */
import { describe, expect, it } from 'vitest';
import { parseProject, serializeProject } from '../../../src/project';

function lessonProject(lesson: unknown): string {
  return JSON.stringify({
    format: 'layerwise-project',
    version: 2,
    name: 'Lesson',
    graph: {
      nodes: [
        { id: 'in', type: 'input', params: {} },
        { id: 'out', type: 'output', params: { activation: 'sigmoid', loss: 'binaryCrossEntropy' } },
      ],
      edges: [{ id: 'e1', source: 'in', target: 'out' }],
    },
    dataset: { kind: 'xor', samples: 200, noise: 0.1, validationSplit: 0.3, seed: 1 },
    training: { optimizer: 'adam', learningRate: 0.01, batchSize: 16, epochs: 10, seed: 42 },
    lesson,
  });
}

const LESSON = {
  id: 'xor',
  number: 2,
  title: { ja: '直線ではXORを解けない', en: 'A line cannot do XOR' },
  step: 1,
  steps: [
    { id: 'read', text: { ja: '読んでください。', en: 'Read this.' }, terms: ['perceptron'], hide: ['compare'] },
    {
      id: 'hidden',
      text: { ja: '隠れ層を足します。', en: 'Add a hidden layer.' },
      check: {
        all: [
          { metric: 'valAccuracy', op: '>=', value: 0.9 },
          { hiddenUnitsAtMost: 4 },
          { not: { diverged: true } },
          { any: [{ activation: 'tanh' }, { activation: 'relu', node: 'in' }] },
        ],
      },
      lock: ['data'],
      futureField: 'kept',
    },
  ],
};

function errorsOf(lesson: unknown): string[] {
  const result = parseProject(lessonProject(lesson), 'lesson.nnproj');
  if (result.ok) throw new Error('expected the lesson to be refused');
  return result.errors.map((e) => e.message);
}

describe('lesson in the project file', () => {
  it('reads a lesson with its steps, checks and controls, and writes back the same text', () => {
    const result = parseProject(lessonProject(LESSON), 'lesson.nnproj');
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.project.lesson?.steps[1]?.check).toEqual(LESSON.steps[1]!.check);
    expect(result.project.lesson?.step).toBe(1);
    const text = serializeProject(result.project);
    const again = parseProject(text, 'again.nnproj');
    if (!again.ok) throw new Error('did not reopen');
    expect(again.project).toStrictEqual(result.project);
    expect(serializeProject(again.project)).toBe(text);
    expect(JSON.parse(text).lesson.steps[1].futureField).toBe('kept');
  });

  it('starts at step 0 when the file does not say', () => {
    const result = parseProject(lessonProject({ ...LESSON, step: undefined }), 'lesson.nnproj');
    expect(result.ok && result.project.lesson?.step).toBe(0);
  });

  it('names the JSON path of a misspelt metric, a check with two kinds and an unknown control', () => {
    const steps = structuredClone(LESSON.steps) as Record<string, unknown>[];
    steps[1]!.check = {
      all: [
        { metric: 'valAccuracyy', op: '>=', value: 0.9 },
        { diverged: true, runsAtLeast: 2 },
      ],
    };
    steps[0]!.hide = ['everything'];
    const errors = errorsOf({ ...LESSON, steps });
    expect(errors).toContainEqual(
      expect.stringContaining('lesson.steps[1].check.all[0].metric: must be one of trainLoss'),
    );
    expect(errors).toContainEqual(
      expect.stringContaining('lesson.steps[1].check.all[1]: must have exactly one of all, any, not'),
    );
    expect(errors).toContainEqual(expect.stringContaining('(found diverged and runsAtLeast)'));
    expect(errors).toContainEqual(expect.stringContaining('lesson.steps[0].hide[0]: must be one of palette'));
  });

  it('refuses a key that is not part of the check, a missing text, a step past the end and repeated step ids', () => {
    const steps = structuredClone(LESSON.steps) as Record<string, unknown>[];
    steps[1]!.check = { hiddenUnitsAtMost: 4, op: '<=' };
    steps[1]!.text = { ja: '日本語だけ' };
    const errors = errorsOf({ ...LESSON, steps });
    expect(errors).toContainEqual(
      expect.stringContaining('lesson.steps[1].check.op: is not part of a "hiddenUnitsAtMost" check'),
    );
    expect(errors).toContainEqual(expect.stringContaining('lesson.steps[1].text.en: is missing'));
    const renamed = structuredClone(LESSON.steps) as Record<string, unknown>[];
    renamed[0]!.id = 'hidden';
    const more = errorsOf({ ...LESSON, steps: renamed, step: 2 });
    expect(more).toContainEqual(expect.stringContaining('lesson.step: is 2, but the lesson has 2 steps'));
    expect(more).toContainEqual(expect.stringContaining('lesson.steps[1].id: repeats the id "hidden"'));
  });

  it('refuses checks nested without end and code in place of a check', () => {
    let deep: unknown = { diverged: true };
    for (let i = 0; i < 12; i++) deep = { not: deep };
    const steps = structuredClone(LESSON.steps) as Record<string, unknown>[];
    steps[1]!.check = deep;
    expect(errorsOf({ ...LESSON, steps }).join('\n')).toContain('nests checks more than 8 levels deep');
    steps[1]!.check = 'run => run.valAccuracy > 0.9';
    expect(errorsOf({ ...LESSON, steps }).join('\n')).toContain('lesson.steps[1].check: must be a check object');
  });
});

/**
 * Every shipped lesson (examples/lessons): it opens as a project, both languages have every text, its terms are
 * in the glossary, its checks refer to nodes and metrics that exist, and its solution passes every check when
 * each move is trained by the command line (`npm run train -- … --json --out`), while no check holds before its
 * move (so none can pass by itself).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { train } from '../../../src/cli/train-command';
import { checkReferences, evaluateCheck, parseProject, type LessonLiveState, type Project } from '../../../src/project';
import { GLOSSARY, GLOSSARY_DEFINITIONS, glossaryEntry } from '../../../src/shared/i18n/glossary';
import { run, tempDir } from '../cli/helpers';

const DIR = 'examples/lessons';
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.nnproj'))
  .sort();

interface Move {
  step: string;
  graph?: Project['graph'];
  training?: Partial<Project['training']>;
  dataset?: Project['dataset'];
  train?: boolean;
  answer?: number | null;
  /** Layers whose neurons the learner shows on the canvas. */
  neuronsShown?: string[];
  /** Where the learner takes the step-through. */
  stepThrough?: LessonLiveState['stepThrough'];
}

function open(file: string): Project {
  const result = parseProject(readFileSync(join(DIR, file), 'utf8'), file);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.project;
}

/** A glossary term's Japanese must be in a Japanese text whose English uses the term (as in the catalogue). */
function glossaryMisses(en: string, ja: string): string[] {
  return GLOSSARY.filter(
    (g) => new RegExp(`\\b${g.en.replace(/[-]/g, '\\-')}\\b`, 'i').test(en) && !ja.includes(g.ja),
  ).map((g) => `"${g.en}" without 「${g.ja}」`);
}

const temp = tempDir();
afterAll(() => temp.cleanup());

describe('lessons', () => {
  it('ships at least 11 lessons numbered 1, 2, 3 … in the order of their files, with unique ids', () => {
    const lessons = FILES.map((f) => open(f).lesson);
    expect(lessons.length).toBeGreaterThanOrEqual(11);
    expect(lessons.map((l) => l?.number)).toEqual(lessons.map((_, i) => i + 1));
    expect(new Set(lessons.map((l) => l?.id)).size).toBe(lessons.length);
    FILES.forEach((f, i) => expect(f.startsWith(String(i + 1).padStart(2, '0'))).toBe(true));
  });

  it.each(FILES)('%s: every text in both languages, glossary terms, and checks that refer to what exists', (file) => {
    const project = open(file);
    const lesson = project.lesson!;
    expect(lesson, 'the file has a lesson').toBeDefined();
    const texts = [lesson.title, ...lesson.steps.map((s) => s.text), ...(lesson.variants ?? []).map((v) => v.name)];
    for (const text of texts) {
      expect(text.ja.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
      expect(text.ja, 'Japanese text is written in Japanese').toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(glossaryMisses(text.en, text.ja), text.en).toEqual([]);
    }
    const nodeIds = new Set(project.graph.nodes.map((n) => n.id));
    const task = project.dataset.kind === 'sine' ? 'regression' : 'classification';
    lesson.steps.forEach((step, i) => {
      for (const term of step.terms ?? [])
        expect(glossaryEntry(term), `${file} step ${i}: term "${term}"`).toBeDefined();
      // A step that switches the dataset (lesson 5's last) is checked against the dataset it asks for.
      const stepTask = step.check && JSON.stringify(step.check).includes('"dataset":"sine"') ? 'regression' : task;
      if (step.check)
        expect(checkReferences(step.check, { nodeIds, task: stepTask, asksAnswer: step.answer === 'epoch' })).toEqual(
          [],
        );
    });
  });

  it('defines every glossary term in both languages, worded with the glossary, under unique ids', () => {
    expect(new Set(GLOSSARY_DEFINITIONS.map((d) => d.id)).size).toBe(GLOSSARY_DEFINITIONS.length);
    for (const d of GLOSSARY_DEFINITIONS) {
      for (const text of [d.term, d.definition]) {
        expect(text.en.trim(), d.id).not.toBe('');
        expect(text.ja, d.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]|^[A-Za-z ]+$/);
      }
      expect(glossaryMisses(d.definition.en, d.definition.ja), d.id).toEqual([]);
    }
  });

  it('each lesson solution passes its checks when trained by the command line, and none holds before its move', async () => {
    for (const file of FILES) {
      const project = open(file);
      const lesson = project.lesson!;
      const solution = JSON.parse(
        readFileSync(join(DIR, 'solutions', file.replace('.nnproj', '.solution.json')), 'utf8'),
      ) as { lesson: string; moves: Move[] };
      expect(solution.lesson).toBe(lesson.id);
      const checked = lesson.steps.filter((s) => s.check).map((s) => s.id);
      expect(
        solution.moves.map((m) => m.step),
        `${file}: a move for every checked step, in order`,
      ).toEqual(checked);

      const current: Project = { ...project, runs: [] };
      let neuronsShown: string[] = [];
      let stepThrough: LessonLiveState['stepThrough'] = { phase: null, applied: false };
      const live = (answer: number | null = null): LessonLiveState => ({
        neuronsShown,
        stepThrough,
        graph: current.graph,
        dataset: current.dataset,
        training: current.training,
        runs: current.runs,
        answer,
      });
      for (const move of solution.moves) {
        const step = lesson.steps.find((s) => s.id === move.step)!;
        expect(evaluateCheck(step.check!, live(null)), `${file} "${move.step}" holds before its move`).toBe(false);
        if (move.neuronsShown) neuronsShown = move.neuronsShown;
        if (move.stepThrough) stepThrough = move.stepThrough;
        if (move.graph) current.graph = move.graph;
        if (move.dataset) current.dataset = move.dataset;
        if (move.training) current.training = { ...current.training, ...move.training };
        if (move.train) {
          const input = join(temp.dir, file);
          const output = join(temp.dir, `trained-${file}`);
          writeFileSync(input, JSON.stringify({ ...current, runs: [] }));
          const result = await run(train, [input, '--json', '--out', output]);
          expect([0, 1], `${file} "${move.step}": ${result.stderr}`).toContain(result.code);
          const trained = parseProject(readFileSync(output, 'utf8'), output);
          if (!trained.ok) throw new Error('the trained project did not reopen');
          current.runs = [...current.runs, trained.project.runs[0]!];
        }
        const last = current.runs[current.runs.length - 1]?.history.at(-1);
        expect(
          evaluateCheck(step.check!, live(move.answer ?? null)),
          `${file} "${move.step}" after its move (last epoch ${JSON.stringify(last)})`,
        ).toBe(true);
      }
    }
  });
});

/**
 * Format version 2: every project the previous release shipped or saved (copies in tests/fixtures/projects/v1)
 * opens, is upgraded in memory to version 2 with the same graph, settings, runs and weights, and round-trips;
 * the upgraded text is refused, with the "newer version" message, by a reader that knows only version 1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DATASET_FIELDS_BY_KIND,
  SHARED_DATASET_FIELDS,
  parseProject,
  serializeProject,
  type Project,
} from '../../../src/project';
import { createTranslator, upgradeText } from '../../../src/shared/i18n';
import { fixtureText } from './fixture-files';

const V1_DIR = new URL('../../fixtures/projects/v1/', import.meta.url);
const V1_FILES = readdirSync(V1_DIR).filter((f) => f.endsWith('.nnproj'));
const EXAMPLES = new URL('../../../examples/', import.meta.url);

function open(text: string, name: string): Project & Record<string, unknown> {
  const result = parseProject(text, name);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.project;
}

type Json = Record<string, unknown>;
const allowedDatasetKeys = (kind: keyof typeof DATASET_FIELDS_BY_KIND) =>
  new Set<string>(['kind', ...SHARED_DATASET_FIELDS, ...DATASET_FIELDS_BY_KIND[kind]]);

describe('v1 files of the previous release', () => {
  it('are all here: every example it shipped, plus trained files with runs and weights', () => {
    const shipped = readdirSync(EXAMPLES).filter((f) => f.endsWith('.nnproj'));
    expect(shipped.length).toBe(7);
    for (const f of shipped) expect(V1_FILES).toContain(f);
    for (const f of V1_FILES) expect(JSON.parse(fixtureText(`v1/${f}`)).version).toBe(1);
    expect(V1_FILES).toEqual(expect.arrayContaining(['csv-trained.nnproj', 'xor-trained.nnproj']));
  });

  it.each(V1_FILES)('%s migrates to v2 keeping graph, settings, runs and weights', (file) => {
    const text = fixtureText(`v1/${file}`);
    const raw = JSON.parse(text) as Json;
    const result = parseProject(text, file);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(result.migratedFrom).toBe(1);
    const project = result.project;
    expect(project.version).toBe(2);

    const saved = JSON.parse(serializeProject(project)) as Json;
    expect(saved.version).toBe(2);
    expect(saved.graph).toMatchObject(raw.graph as Json);
    expect(saved.training).toMatchObject(raw.training as Json);
    // The dataset keeps every field its kind takes, with the same value, and nothing of another kind.
    const datasets = [
      [raw.dataset, saved.dataset],
      ...(raw.runs as Json[]).map((r, i) => [
        (r.settings as Json).dataset,
        ((saved.runs as Json[])[i].settings as Json).dataset,
      ]),
    ] as [Json, Json][];
    for (const [before, after] of datasets) {
      const allowed = allowedDatasetKeys(before.kind as keyof typeof DATASET_FIELDS_BY_KIND);
      expect(Object.keys(after).every((k) => allowed.has(k))).toBe(true);
      for (const [k, v] of Object.entries(before)) if (allowed.has(k)) expect(after[k]).toEqual(v);
    }
    // Runs: same ids, history and weights, byte for byte in base64.
    expect((saved.runs as Json[]).map((r) => [r.id, r.end, r.history, r.weights])).toEqual(
      (raw.runs as Json[]).map((r) => [r.id, r.end, r.history, r.weights]),
    );
  });

  it.each(V1_FILES)('%s round-trips as v2 and is refused by a v1-only reader', (file) => {
    const upgraded = open(fixtureText(`v1/${file}`), file);
    const text = serializeProject(upgraded);
    const again = parseProject(text, file);
    expect(again.ok && again.migratedFrom).toBe(undefined);
    expect(again.ok && again.project).toStrictEqual(upgraded);
    expect(serializeProject(open(text, file))).toBe(text);

    const oldReader = parseProject(text, file, { migrations: [] });
    expect(!oldReader.ok && oldReader.errors.map((e) => [e.kind, e.message])).toEqual([
      [
        'versionTooNew',
        `${file} was made by a newer version of Layerwise (file format version 2); this version reads up to 1. Update Layerwise to open it.`,
      ],
    ]);
  });

  it.each(readdirSync(EXAMPLES).filter((f) => f.endsWith('.nnproj')))(
    'the shipped example %s is the v1 copy, upgraded',
    (file) => {
      const shipped = readFileSync(new URL(file, EXAMPLES), 'utf8');
      const result = parseProject(shipped, file);
      expect(result.ok && result.migratedFrom).toBe(undefined);
      expect(open(shipped, file)).toStrictEqual(open(fixtureText(`v1/${file}`), file));
    },
  );

  it('drops what a kind does not take and says so when that changes the rows used', () => {
    const v1 = JSON.parse(fixtureText('v1/iris.nnproj')) as Json;
    (v1.dataset as Json).samples = 40;
    const result = parseProject(JSON.stringify(v1), 'iris.nnproj');
    expect(result.ok && result.project.dataset).not.toHaveProperty('samples');
    expect(result.ok && result.upgradeNotes?.map((n) => n.message)).toEqual([
      'The dataset used 40 of the 150 irises (dataset.samples); this version always uses all 150.',
    ]);
    const csv = parseProject(fixtureText('v1/csv-trained.nnproj'), 'csv-trained.nnproj');
    expect(csv.ok && csv.project.dataset).not.toHaveProperty('noise');
    expect(csv.ok && csv.upgradeNotes?.[0].message).toMatch(
      /limited to 1000 rows of the CSV .* now trains on all of them/,
    );
    const plain = parseProject(fixtureText('v1/xor.nnproj'), 'xor.nnproj');
    expect(plain.ok && plain.upgradeNotes).toEqual([]);
  });

  it('says once, in plain words, that the file was upgraded', () => {
    const en = createTranslator('en');
    expect(upgradeText(en, 'xor.nnproj', 1, 2)).toBe(
      'xor.nnproj was saved in file format version 1 and was upgraded to version 2. The file on disk changes only when you save it; older versions of Layerwise cannot open the saved file.',
    );
    expect(upgradeText(en, 'a.nnproj', 1, 2, [{ message: 'One.' }, { message: 'Two.' }])).toMatch(
      /cannot open the saved file\. One\. Two\.$/,
    );
  });
});

describe('v2 dataset settings per kind', () => {
  const v2 = (dataset: Json): string => {
    const base = JSON.parse(fixtureText('xor.nnproj')) as Json;
    return JSON.stringify({ ...base, dataset, runs: [] });
  };

  it('a CSV dataset needs neither samples nor noise, and noise on it is refused naming the path and the kind', () => {
    const ok = parseProject(v2({ kind: 'csv', path: 'd.csv', target: 'y', validationSplit: 0.2, seed: 1 }), 'c.nnproj');
    expect(ok.ok && ok.project.dataset).toEqual({
      kind: 'csv',
      path: 'd.csv',
      target: 'y',
      validationSplit: 0.2,
      seed: 1,
    });
    const bad = parseProject(v2({ kind: 'csv', path: 'd.csv', noise: 0.1, validationSplit: 0.2, seed: 1 }), 'c.nnproj');
    expect(!bad.ok && bad.errors.map((e) => e.message)).toEqual([
      'c.nnproj: dataset.noise: does not belong to a "csv" dataset, which takes path or text, features, target, task and delimiter (besides validationSplit, seed and standardize): delete it.',
    ]);
  });

  it("fills in the kind's defaults for missing samples, noise and classes, and keeps unknown fields", () => {
    const r = parseProject(v2({ kind: 'spiral', validationSplit: 0.2, seed: 1, colour: 'teal' }), 's.nnproj');
    expect(r.ok && r.project.dataset).toEqual({
      kind: 'spiral',
      samples: 400,
      noise: 0.1,
      classes: 2,
      validationSplit: 0.2,
      seed: 1,
      colour: 'teal',
    });
    const iris = parseProject(v2({ kind: 'iris', noise: 0, validationSplit: 0.2, seed: 1 }), 'i.nnproj');
    expect(!iris.ok && iris.errors[0].message).toMatch(
      /dataset\.noise: does not belong to an "iris" dataset, which takes only validationSplit, seed and standardize/,
    );
  });
});

/**
 * A seeded fuzz test over damaged projects and CSVs (issue 12): whatever the bytes, `validate` exits 0 or 2
 * (never 1, which would mean a crash or an unhandled case), and every problem it reports names the file and
 * a place in it (line and column, line, or JSON path). The commands run in-process, one case after another.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { validate } from '../../../src/cli/validate-command';
import { run, tempDir } from './helpers';

const temp = tempDir();
afterAll(() => temp.cleanup());

const CASES = Number(process.env.FUZZ_CASES ?? 10_000);

/** mulberry32: small, seeded, reproducible. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A small dataset keeps each valid case to the parsing and checking that the test is about.
const example = JSON.parse(readFileSync('examples/xor.nnproj', 'utf8')) as { dataset: Record<string, unknown> };
const xor = { ...example, dataset: { ...example.dataset, samples: 40 } } as Record<string, unknown>;
const XOR_TEXT = `${JSON.stringify(xor, null, 2)}\n`;
const CSV_PROJECT = `${JSON.stringify(
  {
    ...xor,
    dataset: {
      kind: 'csv',
      samples: 100,
      noise: 0,
      validationSplit: 0.25,
      seed: 1,
      path: 'data.csv',
      features: ['x', 'y'],
      target: 'label',
    },
  },
  null,
  2,
)}\n`;
const CSV = `x,y,label\n${Array.from({ length: 40 }, (_, k) => `${(k % 7) / 7},${(k % 5) / 5},${k % 2}`).join('\n')}\n`;

const SNIPPETS = [
  '1e39',
  '0x1A',
  '-0',
  'NaN',
  'null',
  '"',
  '\\',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '""',
  '{"a":',
  '[[[[[[',
  '\u0000',
  '\uFFFD',
  '😀',
  'é',
  '\r',
  '\n',
  ';',
  '\t',
  '"format"',
  '"version": 99',
  '"kind": "csv"',
  '"path": "../x.csv"',
  '"units": 0',
  '"activation": "nope"',
  '"runs": [{}]',
  '1.0',
  '01',
  '-',
  '.',
  'Infinity',
  '9'.repeat(400),
];

type Random = () => number;
const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)];

/** One random damage: flip, delete, insert, duplicate, truncate or re-encode. */
function damage(r: Random, text: string): Buffer {
  const at = Math.floor(r() * (text.length + 1));
  const len = 1 + Math.floor(r() * 20);
  switch (Math.floor(r() * 9)) {
    case 0:
      return Buffer.from(text.slice(0, at));
    case 1:
      return Buffer.from(text.slice(0, at) + text.slice(at + len));
    case 2:
      return Buffer.from(text.slice(0, at) + pick(r, SNIPPETS) + text.slice(at));
    case 3:
      return Buffer.from(text.slice(0, at) + text.slice(Math.max(0, at - len), at) + text.slice(at));
    case 4: {
      const bytes = Buffer.from(text);
      for (let k = 0; k < 1 + r() * 4; k++) bytes[Math.floor(r() * bytes.length)] = Math.floor(r() * 256);
      return bytes;
    }
    case 5:
      return Buffer.from(text.replace(/-?\d+(\.\d+)?/g, (m) => (r() < 0.1 ? pick(r, SNIPPETS) : m)));
    case 6:
      return Buffer.from(text.replace(/"(\w+)":/g, (m, key: string) => (r() < 0.05 ? `"${key}x":` : m)));
    case 7:
      return Buffer.from(text, pick(r, ['latin1', 'utf16le'] as const));
    default:
      return Buffer.from(text.slice(0, at) + '['.repeat(300 + Math.floor(r() * 300)) + text.slice(at));
  }
}

/** A reported line names the file and a place in it. */
function hasFileAndPlace(line: string, file: string): boolean {
  if (!line.includes(file)) return false;
  return /:\d+:\d+|line \d+|dataset\.path|\b(graph|dataset|training|runs|comparisons|version|format)\b[.[\]\w]*/.test(
    line,
  );
}

it(`validate exits 0 or 2 and places every problem, over ${CASES.toLocaleString('en-US')} damaged inputs`, async () => {
  const r = rng(12);
  const failures: string[] = [];
  const exits = { 0: 0, 2: 0 };
  const start = performance.now();
  for (let c = 0; c < CASES; c++) {
    const folder = join(temp.dir, `case-${c % 50}`);
    mkdirSync(folder, { recursive: true });
    const project = join(folder, 'p.nnproj');
    const csvCase = r() < 0.4;
    if (csvCase) {
      writeFileSync(project, CSV_PROJECT);
      writeFileSync(join(folder, 'data.csv'), damage(r, CSV));
    } else {
      writeFileSync(project, damage(r, XOR_TEXT));
    }
    const result = await run(validate, [project]);
    if (result.code === 0 || result.code === 2) exits[result.code]++;
    const problems = result.stderr
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('  ') && !l.startsWith('Warning: '));
    const label =
      csvCase && result.stderr.includes('data.csv') && !result.stderr.includes('p.nnproj') ? 'data.csv' : 'p.nnproj';
    const unplaced =
      result.code === 2 ? problems.filter((l) => !hasFileAndPlace(l, label) && !l.startsWith('No ')) : [];
    if ((result.code !== 0 && result.code !== 2) || unplaced.length > 0) {
      failures.push(`case ${c} (exit ${result.code}): ${(unplaced[0] ?? result.stderr).slice(0, 300)}`);
    }
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `${CASES} fuzz cases in ${seconds.toFixed(1)} s, ${failures.length} failures; ${exits[0]} valid, ${exits[2]} refused`,
  );
  expect(exits[0]).toBeGreaterThan(CASES / 20); // the damage leaves some inputs usable
  expect(exits[2]).toBeGreaterThan(CASES / 4);
  const kinds = new Map<string, string>();
  for (const f of failures)
    kinds.set(
      f
        .replace(/^case \d+ /, '')
        .replace(/\/tmp\/\S+/g, 'F')
        .replace(/\d+/g, 'N')
        .slice(0, 90),
      f,
    );
  expect([...kinds.values()].slice(0, 12)).toEqual([]);
}, 300_000); // the runner's limit, far above the time it takes alone (see the log line), since the suite runs files in parallel

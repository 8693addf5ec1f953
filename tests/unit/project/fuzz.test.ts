/**
 * Damaged files never crash the parser: thousands of seeded mutations of real project files either parse
 * or come back as errors, and any file that parses can be saved and reopened unchanged. Every error is also
 * data the catalogue words: a code it knows, worded in English exactly as the message and in Japanese without
 * an English phrase left in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProject, serializeProject, type ProjectError } from '../../../src/project';
import { createTranslator, problemText } from '../../../src/shared/i18n';
import { fixtureText } from './fixture-files';

const en = createTranslator('en');
const ja = createTranslator('ja');

const SOURCES = ['xor.nnproj', 'unknown-fields.nnproj', 'schema-errors.nnproj'].map(fixtureText);
const KINDS: ProjectError['kind'][] = [
  'syntax',
  'schema',
  'notAProject',
  'versionTooNew',
  'tooLarge',
  'migrationFailed',
];

/** Parses, and checks that the outcome is well-formed; returns which outcome it was. */
function checkOutcome(text: string): string {
  const result = parseProject(text, 'fuzzed.nnproj');
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(KINDS).toContain(error.kind);
      expect(error.message.startsWith('fuzzed.nnproj')).toBe(true);
      expect(error.code, error.message).toBeDefined();
      expect(error.code, error.message).not.toBe('schema-other');
      expect(problemText(en, error)).toBe(error.message);
      const japanese = problemText(ja, error);
      expect(japanese).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(japanese).not.toMatch(/\b(must|found|missing|is not|expected|unexpected)\b/);
    }
    return result.errors[0].kind;
  }
  const saved = serializeProject(result.project);
  const again = parseProject(saved, 'fuzzed.nnproj');
  // The round-trip property test compares whole projects; here the saved text standing still suffices.
  expect(again.ok && serializeProject(again.project)).toBe(saved);
  return 'ok';
}

/** Edits to the text: cut it, delete a stretch, or insert JSON-ish characters. */
const textEdit = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(',', '}', ']', '"', ':', '{', '[', 'null', '-1', '1e999', '\\u0000', 'NaN', ' ', '"x":1,'),
  }),
);

/** Edits to the parsed JSON: replace or delete the value at a random place, to reach the schema checks. */
const valueEdit = fc.record({ pick: fc.nat(), remove: fc.boolean(), value: fc.jsonValue({ maxDepth: 2 }) });

type TextEdit = typeof textEdit extends fc.Arbitrary<infer T> ? T : never;

function applyTextEdit(text: string, edit: TextEdit): string {
  const at = edit.at % (text.length + 1);
  if (edit.op === 'cut') return text.slice(0, at);
  if (edit.op === 'delete') return text.slice(0, at) + text.slice(at + edit.length);
  return text.slice(0, at) + edit.text + text.slice(at);
}

/** Every [container, key] pair in a JSON value, in a fixed order. */
function slots(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = []) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([value, i]);
      slots(v, out);
    });
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, k]);
      slots(v, out);
    }
  }
  return out;
}

describe('fuzzing', () => {
  it('survives thousands of damaged texts', () => {
    const outcomes = new Map<string, number>();
    fc.assert(
      fc.property(fc.nat(SOURCES.length - 1), fc.array(textEdit, { minLength: 1, maxLength: 3 }), (source, edits) => {
        let text = SOURCES[source];
        for (const edit of edits) text = applyTextEdit(text, edit);
        const outcome = checkOutcome(text);
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }),
      { seed: 99, numRuns: 1500 },
    );
    // The mutations reach more than the JSON syntax check.
    expect(outcomes.get('syntax')).toBeGreaterThan(500);
    expect(outcomes.get('schema')).toBeGreaterThan(50);
    expect(outcomes.get('ok')).toBeGreaterThan(50);
  });

  it('survives thousands of files with values replaced or removed', () => {
    const outcomes = new Map<string, number>();
    fc.assert(
      fc.property(fc.nat(SOURCES.length - 1), fc.array(valueEdit, { minLength: 1, maxLength: 3 }), (source, edits) => {
        const json: unknown = JSON.parse(SOURCES[source]);
        for (const edit of edits) {
          const all = slots(json);
          if (all.length === 0) break;
          const [container, key] = all[edit.pick % all.length];
          if (edit.remove && !Array.isArray(container)) delete container[key as string];
          else (container as Record<string | number, unknown>)[key] = edit.value;
        }
        const outcome = checkOutcome(JSON.stringify(json));
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }),
      { seed: 7, numRuns: 1000 },
    );
    expect(outcomes.get('schema')).toBeGreaterThan(500);
    expect(outcomes.get('ok')).toBeGreaterThan(50);
    expect(outcomes.get('notAProject')).toBeGreaterThan(0);
  });
});
